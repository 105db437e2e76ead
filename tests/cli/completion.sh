#!/bin/sh
# The bash completion (data/bash-completion/gangguan), sourced in bash and
# called as bash calls it: COMP_WORDS and COMP_CWORD set, COMPREPLY read.
. "$(dirname "$0")/../lib.sh"
SCRIPT=$TOP/data/bash-completion/gangguan

if ! command -v bash >/dev/null 2>&1; then
	echo "# skip: bash is not installed"
	finish
fi

# comp WORD...: the candidates, sorted, one a line, for a line of the
# words after "gangguan", the last one being completed.  COMP_WORDS[0] is
# the binary under test, which the script asks.
comp() {
	OUT=$(bash -c '. "$1" && shift && COMP_WORDS=("$@") && COMP_CWORD=$(($# - 1)) && _gangguan &&
		printf "%s\n" "${COMPREPLY[@]}"' _ "$SCRIPT" "$GANGGUAN" "$@" 2>"$T/.err" | grep . | sort)
	ERR=$(cat "$T/.err")
}
# lines WORD...: the words, one a line, sorted
lines() { printf '%s\n' "$@" | sort; }

if bash -n "$SCRIPT" 2>"$T/e"; then ok "the script parses"; else not_ok "the script parses" "$(cat "$T/e")"; fi
if bash -c '. "$1" && complete -p gangguan' _ "$SCRIPT" >"$T/c" 2>&1 && grep -q "_gangguan gangguan" "$T/c"; then
	ok "it registers _gangguan for gangguan"
else
	not_ok "it registers _gangguan for gangguan" "$(cat "$T/c")"
fi

# The commands and the options are the program's.
g help --options
all_cmds=$(printf '%s\n' "$OUT" | sed -n 's/^cmd	//p' | sort)
globals=$(printf '%s\n' "$OUT" | sed -n 's/^opt	\([^	]*\).*/\1/p' | sort)
comp ""
expect_eq "an empty line: every command" "$OUT" "$all_cmds"
expect_eq "and nothing on stderr" "$ERR" ""
comp re
expect_eq "a prefix: the commands it starts" "$OUT" "$(lines rekap remedy report restore)"
comp -
expect_eq "a dash before the command: the global options" "$OUT" "$globals"
comp report --
expect_eq "report --: the options of report's table" "$OUT" \
	"$("$GANGGUAN" help --options report | sed -n 's/^opt	\(--[^	]*\).*/\1/p' | sort)"
comp list --f
expect_eq "list --f: --format" "$OUT" "--format"
comp list --state open --f
expect_eq "an option after an option's value" "$OUT" "--format"
comp list --format ""
expect_eq "list --format: its choices" "$OUT" "$(lines csv json table tsv)"
comp list --format =
expect_eq "list --format=: its choices (bash splits at =)" "$OUT" "$(lines csv json table tsv)"
comp list --format = j
expect_eq "list --format=j: json" "$OUT" "json"
comp doc 1 --format ""
expect_eq "doc --format: doc's choices" "$OUT" "$(lines markdown pdf text)"
comp event 1 --at ""
expect_eq "a free value (--at WHEN): nothing" "$OUT" ""
comp tender ""
expect_eq "tender: its sub-commands" "$OUT" "$(lines add delete edit import list schedule show stage)"
comp tender add --
expect_eq "tender add --: its options" "$OUT" "$(lines --committee --from --help --method --name)"
comp help ""
expect_eq "help: the commands" "$OUT" "$all_cmds"
comp help tender ""
expect_eq "help tender: its sub-commands" "$OUT" "$(lines add delete edit import list schedule show stage)"

# File names where a file is expected.
mkdir "$T/files"
: >"$T/files/satu.pdf"
: >"$T/files/sidik.ini"
comp -c "$T/files/si"
expect_eq "-c: a file name" "$OUT" "$T/files/sidik.ini"
comp rekap -o "$T/files/sa"
expect_eq "rekap -o: a file name" "$OUT" "$T/files/satu.pdf"
comp tender import 123 "$T/files/sa"
expect_eq "tender import CODE FILE: a file name" "$OUT" "$T/files/satu.pdf"

# Incident numbers and tender codes from the database the line names.
A=$T/a.db
B=$T/b.db
for db in "$A" "$B"; do
	g -c "$CFG" -d "$db" init
	for n in 1 2; do
		g -c "$CFG" -d "$db" report --start "2018-02-03 14:30" --cause listrik --summary "gangguan $n"
	done
done
g -c "$CFG" -d "$B" report --start "2018-02-03 14:30" --cause listrik --summary "gangguan 3"
expect_eq "database B has a third incident" "$OUT" 3
g -c "$CFG" -d "$A" tender add 2018001 --name "Rehabilitasi Gedung"
comp -c "$CFG" -d "$A" show ""
expect_eq "show with -d A: A's incidents" "$OUT" "$(lines 1 2)"
comp -c "$CFG" -d "$B" show ""
expect_eq "show with -d B: B's incidents" "$OUT" "$(lines 1 2 3)"
comp -c "$CFG" -d "$B" event 3 --edit 1 --reason x ""
expect_eq "after the argument: nothing more" "$OUT" ""
comp -c "$CFG" -d "$A" hit 1 ""
expect_eq "hit ID TENDER: the tender codes" "$OUT" "2018001"
comp -c "$CFG" -d "$A" doc ""
expect_eq "doc: its sub-command and the incidents" "$OUT" "$(lines 1 2 list)"
comp -c "$T/none.ini" -d "$A" show ""
expect_eq "without a config: no numbers, no error" "$OUT$ERR" ""

finish
