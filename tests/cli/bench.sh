#!/bin/sh
# make bench's tools still work (they are not run in make check
# otherwise): bench_gen writes a register of 200 incidents through the
# store and the letters, and tests/bench/bench.py --smoke drives the binary
# under test in a pseudo-terminal through every key it measures and runs
# every CLI command it measures beside the sqlite3 shell.
. "$(dirname "$0")/../lib.sh"

gen=$TOP/build/bench/bench_gen
if [ ! -x "$gen" ] || [ ! -x "$TOP/build/bench/bench_run" ]; then
	echo "# skip: build/bench/bench_gen or bench_run not built (make build/bench/bench_gen build/bench/bench_run)"
	finish
fi
if ! command -v python3 >/dev/null || ! command -v sqlite3 >/dev/null; then
	echo "# skip: python3 or the sqlite3 shell is missing"
	finish
fi

"$gen" "$T/r.db" 200 7 >"$T/gen.out" 2>"$T/gen.err"
RC=$?; OUT=$(cat "$T/gen.out"); ERR=$(cat "$T/gen.err")
expect_rc "bench_gen writes 200 incidents" 0
expect_out "bench_gen says what it wrote" '^schema [0-9]+ incidents 200 reported [0-9]+ open [0-9]+ restored [0-9]+ closed [0-9]+ void [0-9]+ events [0-9]+ documents [0-9]+ tenders [1-9]'
# The mix is real: every state, letters with their fingerprints, audit rows.
states=$(sqlite3 "$T/r.db" "SELECT group_concat(state) FROM (SELECT DISTINCT state FROM incident ORDER BY state)")
expect_eq "every state is in the register" "$states" "closed,open,reported,restored,void"
extra=$(sqlite3 "$T/r.db" "SELECT count(*) FROM sqlite_master WHERE name LIKE 'bench_gen%'")
expect_eq "the register has the product's schema (no object of the generator's)" "$extra" 0
g -c "$SAMPLE_CFG" -d "$T/r.db" check
expect_rc "the generated register passes check (numbering, fingerprints, audit chain)" 0
"$gen" "$T/r.db" 200 7 >/dev/null 2>&1
RC=$?; OUT=""; ERR=""
expect_rc "bench_gen refuses to overwrite a register" 73

python3 "$TOP/tests/bench/bench.py" --smoke --bin "$GANGGUAN" --gen "$gen" \
	--runner "$TOP/build/bench/bench_run" --cache "$T/cache" >"$T/smoke.out" 2>&1
RC=$?; OUT=$(cat "$T/smoke.out"); ERR=""
expect_rc "bench.py --smoke drives the TUI and the CLI" 0
expect_out "every key of the TUI script answered" 'search letter 5 "pemad" +cpu [0-9.]+'
expect_out "show is measured beside sqlite3" 'show ID +gangguan [0-9.]+ .* ratio [0-9.]+'
expect_out "the smoke run ends well" '^bench smoke: 24 TUI measures, 10 CLI pairs; ok$'
finish
