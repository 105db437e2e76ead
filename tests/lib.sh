# Shared helpers for the shell suites (sourced).  Each check prints one TAP
# line; the suite's exit status is non-zero when any check failed.
#
#   GANGGUAN   the binary under test (make check sets the sanitizer build)
#   T          a private scratch directory, removed on exit

TOP=$(cd "$(dirname "$0")/../.." && pwd)
GANGGUAN=${GANGGUAN:-$TOP/gangguan}
GANGGUAN_DATADIR=${GANGGUAN_DATADIR:-$TOP/data}
export GANGGUAN_DATADIR
T=$(mktemp -d "${TMPDIR:-/tmp}/gangguan-t.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
# Keep the user's own config out of the tests.
unset GANGGUAN_CONFIG
XDG_CONFIG_HOME=$T/xdg
export XDG_CONFIG_HOME
LC_ALL=C.UTF-8
export LC_ALL
CFG=$TOP/data/examples/lebong-2018.ini
# The sample a unit starts from today (standard templates, invented signatory).
SAMPLE_CFG=$TOP/data/gangguan.ini
_fails=0

ok() { echo "ok - $1"; }
not_ok() { echo "not ok - $1"; shift; for l in "$@"; do echo "#   $l"; done; _fails=$((_fails + 1)); }

# g ARGS...: run gangguan; sets OUT, ERR, RC.
g() {
	"$GANGGUAN" "$@" >"$T/.out" 2>"$T/.err"
	RC=$?
	OUT=$(cat "$T/.out")
	ERR=$(cat "$T/.err")
}

# expect_rc NAME CODE: the last g returned CODE.
expect_rc() {
	if [ "$RC" -eq "$2" ]; then ok "$1"; else not_ok "$1" "exit $RC, wanted $2" "stdout: $OUT" "stderr: $ERR"; fi
}

# expect_out NAME PATTERN / expect_err NAME PATTERN: grep -E on stdout/stderr.
expect_out() {
	if printf '%s\n' "$OUT" | grep -Eq -- "$2"; then ok "$1"; else not_ok "$1" "stdout lacks /$2/" "stdout: $OUT" "stderr: $ERR"; fi
}
expect_err() {
	if printf '%s\n' "$ERR" | grep -Eq -- "$2"; then ok "$1"; else not_ok "$1" "stderr lacks /$2/" "stderr: $ERR"; fi
}

# expect_eq NAME GOT WANTED
expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1" "got:    $2" "wanted: $3"; fi
}

finish() { [ "$_fails" -eq 0 ]; exit $?; }
