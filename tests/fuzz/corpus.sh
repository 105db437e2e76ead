#!/bin/sh
# make check's share of the fuzzing: each harness's replay binary (built
# by make test from tests/fuzz/fuzz_NAME.c and replay.c, under ASan and
# UBSan) runs every checked-in input of tests/fuzz/corpus/NAME/ once: the
# seeds and every crash make fuzz has found.  See tests/fuzz/README.
. "$(dirname "$0")/../lib.sh"
for src in "$TOP"/tests/fuzz/fuzz_*.c; do
	name=$(basename "$src" .c)
	bin=$TOP/build/fuzz/replay/$name
	corpus=$TOP/tests/fuzz/corpus/${name#fuzz_}
	if [ ! -x "$bin" ]; then
		not_ok "$name replays its corpus" "$bin is not built (make test builds it)"
		continue
	fi
	"$bin" "$corpus" >"$T/out" 2>"$T/err"
	rc=$?
	if [ "$rc" -eq 0 ] && grep -q '^ok ' "$T/out"; then
		cat "$T/out"
	else
		not_ok "$name replays its corpus" "exit $rc; last input: $(grep '^replay: ' "$T/err" | tail -n 1)" \
			"$(grep -v '^replay: ' "$T/err" | head -n 20)"
	fi
done
finish
