#!/bin/sh
# The clock race: several operators' commands at once on one register,
# every open and close with the default time ("now").  Numbers follow the
# dates of issue (a letter may not be dated before the last one), so a
# default time read before the write transaction begins can lose the race
# to a letter issued meanwhile and be refused as the user's fault (65).
# Read inside the transaction it cannot: a race is only ever "coba lagi"
# (75), and the register stays gapless.
#
# RACE_WRITERS writer loops (at least 4) each run RACE_CYCLES cycles of
# report + open + event + restore + close (a closing letter tells the
# chronology); a step refused 75 is retried.
. "$(dirname "$0")/../lib.sh"
DB=$T/race.db
WRITERS=${RACE_WRITERS:-4}
CYCLES=${RACE_CYCLES:-12}
[ "$WRITERS" -ge 4 ] || WRITERS=4
G() { g -c "$CFG" -d "$DB" "$@"; }

G init
expect_rc "init" 0

# Local time in the unit's zone (WIB, UTC+7) now, or $1 seconds ago:
# arithmetic, so that no tz database is needed.
wib() { date -u -d "@$(( $(date +%s) + 7 * 3600 - ${1:-0} ))" '+%Y-%m-%d %H:%M:%S'; }

# run LOG ARGS...: one command; its exit code and message go to LOG.
# Retries a 75 (at most 20 times: a lock held for 5 s each time is a bug).
run() {
	log=$1; shift
	n=0
	while :; do
		"$GANGGUAN" -c "$CFG" -d "$DB" "$@" >"$log.out" 2>"$log.err"
		rc=$?
		echo "$rc $1 $(head -c 300 "$log.err" | tr '\n' ' ')" >>"$log"
		[ "$rc" -eq 75 ] && [ "$n" -lt 20 ] || break
		n=$((n + 1))
	done
	return "$rc"
}

writer() {
	w=$1
	log=$T/w$w.log
	: >"$log"
	c=0
	while [ "$c" -lt "$CYCLES" ]; do
		c=$((c + 1))
		run "$log" report --start "$(wib 120)" --cause listrik --summary "penulis $w putaran $c" || continue
		id=$(cat "$log.out")
		run "$log" open "$id" || continue
		run "$log" event "$id" --at "$(wib)" --text "dicek penulis $w" || continue
		run "$log" restore "$id" --at "$(wib)" || continue
		run "$log" close "$id" || continue
	done
	echo done >"$T/w$w.done"
}

w=0
while [ "$w" -lt "$WRITERS" ]; do
	w=$((w + 1))
	writer "$w" &
done
wait

all=$(cat "$T"/w*.log)
steps=$(printf '%s\n' "$all" | grep -c .)
done_n=$(ls "$T"/w*.done 2>/dev/null | wc -l)
expect_eq "every writer ran to its end" "$done_n" "$WRITERS"
order=$(printf '%s\n' "$all" | grep -c 'tidak boleh bertanggal lebih awal')
expect_eq "no default time refused as earlier than a letter issued meanwhile ($steps commands)" "$order" 0
other=$(printf '%s\n' "$all" | grep -Ev '^(0|75) ' | head -n 5)
expect_eq "every command succeeded or was 'coba lagi' (75)" "$other" ""
busy=$(printf '%s\n' "$all" | grep -c '^75 ')
busy_bad=$(printf '%s\n' "$all" | grep '^75 ' | grep -v 'coba lagi' | head -n 3)
expect_eq "each busy ($busy of them) says coba lagi" "$busy_bad" ""

G list --format tsv
closed=$(printf '%s\n' "$OUT" | awk -F '\t' '$2 == "closed"' | grep -c .)
expect_eq "every cycle closed its incident" "$closed" "$((WRITERS * CYCLES))"
G check
expect_rc "check passes: the register is gapless" 0
expect_out "check says the numbering is whole" "penomoran, sidik dokumen, rantai audit: baik"
echo "# $WRITERS writers x $CYCLES cycles: $steps commands, $busy busy (75), $order refused by the time rule"
finish
