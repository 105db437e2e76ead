#!/bin/sh
# Eight operators writing at once to one database (WAL, busy timeout):
# each writer reports incidents and opens them (issuing a numbered BA
# Pembukaan) for WRITERS_SECONDS.  Every acknowledged write (exit 0 and
# the id or number printed) must be in the store afterwards, no writer
# may be refused "dikunci" (locked), and the register must be gapless by
# `check` and by the numbers themselves.  Figures: tests/reliability/README.
. "$(dirname "$0")/../lib.sh"
DB=$T/g.db
WRITERS=${WRITERS:-8}
WRITERS_SECONDS=${WRITERS_SECONDS:-20}
G() { g -c "$CFG" -d "$DB" "$@"; }

G init
expect_rc "the database is made" 0

# writer W: until the deadline, report then open; one log line per
# acknowledged write ("R id summary", "O id number"), and every refusal
# with its exit code and message in $T/fail.W.
writer() {
	w=$1 end=$2 i=0
	while [ "$(date +%s)" -lt "$end" ]; do
		i=$((i + 1))
		if id=$("$GANGGUAN" -c "$CFG" -d "$DB" report --start "2026-01-05 08:00" --cause listrik \
		          --summary "w$w-$i" 2>"$T/err.$w"); then
			echo "R $id w$w-$i" >>"$T/ack.$w"
		else
			echo "report rc=$?: $(cat "$T/err.$w")" >>"$T/fail.$w"
			continue
		fi
		if num=$("$GANGGUAN" -c "$CFG" -d "$DB" open "$id" --at "2026-01-05 08:05" 2>"$T/err.$w"); then
			echo "O $id $num" >>"$T/ack.$w"
		else
			echo "open $id rc=$?: $(cat "$T/err.$w")" >>"$T/fail.$w"
		fi
	done
}

end=$(($(date +%s) + WRITERS_SECONDS))
pids=
w=0
while [ "$w" -lt "$WRITERS" ]; do
	w=$((w + 1))
	: >"$T/ack.$w"
	: >"$T/fail.$w"
	writer "$w" "$end" &
	pids="$pids $!"
done
for p in $pids; do wait "$p"; done

cat "$T"/ack.* >"$T/acked"
cat "$T"/fail.* >"$T/failed"
reports=$(grep -c '^R ' "$T/acked")
opens=$(grep -c '^O ' "$T/acked")
locked=$(grep -c 'dikunci' "$T/failed")
refused=$(wc -l <"$T/failed")
echo "# $WRITERS writers, $WRITERS_SECONDS s: $reports reports and $opens openings acknowledged, $refused refused ($locked locked)"

if [ "$reports" -ge "$WRITERS" ]; then ok "every writer got writes through ($reports reports)"
else not_ok "every writer got writes through" "only $reports reports acknowledged"; fi
expect_eq "no writer was refused 'locked'" "$locked" 0
if [ "$refused" -eq 0 ]; then ok "no write was refused"
else not_ok "no write was refused" "$(head -n 5 "$T/failed")"; fi

# Each acknowledged report is stored with its summary; each acknowledged
# opening is in the register under the number printed, for its incident.
G list --format tsv
printf '%s\n' "$OUT" | awk -F '\t' 'NR > 1 { print "R " $1 " " $8 }' | sort >"$T/stored.r"
grep '^R ' "$T/acked" | sort >"$T/acked.r"
lost=$(comm -23 "$T/acked.r" "$T/stored.r" | wc -l)
if [ "$lost" -eq 0 ]; then ok "0 of $reports acknowledged reports lost"
else not_ok "0 acknowledged reports lost" "$lost lost, e.g. $(comm -23 "$T/acked.r" "$T/stored.r" | head -n 3)"; fi

G doc list --format tsv
printf '%s\n' "$OUT" | awk -F '\t' 'NR > 1 { sub(/^#/, "", $4); print "O " $4 " " $1 }' | sort >"$T/stored.o"
grep '^O ' "$T/acked" | sort >"$T/acked.o"
lost=$(comm -23 "$T/acked.o" "$T/stored.o" | wc -l)
if [ "$lost" -eq 0 ]; then ok "0 of $opens acknowledged openings lost (number and incident as printed)"
else not_ok "0 acknowledged openings lost" "$lost lost, e.g. $(comm -23 "$T/acked.o" "$T/stored.o" | head -n 3)"; fi
issued=$(wc -l <"$T/stored.o")
expect_eq "the register holds exactly the acknowledged openings" "$issued" "$opens"

# Gapless: the serial numbers of 2026 are 1..N, each once.
nums=$(printf '%s\n' "$OUT" | awk -F '\t' 'NR > 1 { split($1, a, /[ \/]/); print a[1] + 0 }' | sort -n)
want=$(seq 1 "$issued")
if [ "$nums" = "$want" ]; then ok "the register is gapless: 001 to $(printf '%03d' "$issued"), each once"
else not_ok "the register is gapless" "numbers: $(printf '%s' "$nums" | tr '\n' ' ' | cut -c1-200)"; fi

G check
expect_rc "check passes after the writers" 0
expect_out "check finds integrity and numbering sound" "integritas, penomoran.*baik"
finish
