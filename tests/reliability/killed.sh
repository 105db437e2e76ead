#!/bin/sh
# SIGKILL mid-write: a writer (report, or open issuing a numbered BA) is
# killed once it has the database open, after a random number of further
# polls, until KILLS writers have died that way.  Between kills, writes
# that were acknowledged (exit 0, id or number printed) are recorded.  At
# the end `check` must find integrity and numbering sound, and not one
# acknowledged write may be missing.  Figures: tests/reliability/README.
. "$(dirname "$0")/../lib.sh"
DB=$T/g.db
KILLS=${KILLS:-100}
G() { g -c "$CFG" -d "$DB" "$@"; }

if [ ! -d /proc/self/fd ]; then
	echo "# skip: no /proc/PID/fd to see when a writer has the database open"
	finish
fi

G init
expect_rc "the database is made" 0

# holds_db PID: PID has the database (or its WAL) open.
holds_db() {
	for f in /proc/"$1"/fd/*; do
		# test -ef follows the fd's link: no fork, so the poll is quick
		# next to the writer's life.
		[ "$f" -ef "$DB" ] && return 0
	done
	return 1
}

: >"$T/acked"
unopened=
kills=0 early=0 done_first=0 tries=0 checks_bad=0
while [ "$kills" -lt "$KILLS" ] && [ "$tries" -lt $((KILLS * 4)) ]; do
	tries=$((tries + 1))
	# Alternately a report and the opening of an earlier report, so that
	# kills land in the numbering too.
	set -- $unopened
	if [ $((tries % 2)) -eq 0 ] && [ $# -gt 0 ]; then
		what="O $1"
		"$GANGGUAN" -c "$CFG" -d "$DB" open "$1" --at "2026-01-05 08:05" >"$T/out" 2>"$T/err" &
	else
		what="R"
		"$GANGGUAN" -c "$CFG" -d "$DB" report --start "2026-01-05 08:00" --cause listrik \
			--summary "k$tries" >"$T/out" 2>"$T/err" &
	fi
	pid=$!
	# Wait (with a deadline of polls) for the writer to open the database.
	n=0
	while kill -0 "$pid" 2>/dev/null && ! holds_db "$pid" && [ "$n" -lt 20000 ]; do n=$((n + 1)); done
	extra=$(od -An -N1 -tu1 /dev/urandom | tr -d ' ')
	n=0
	while [ "$n" -lt "$extra" ]; do holds_db "$pid" >/dev/null; n=$((n + 1)); done
	holds_db "$pid" && open_at_kill=1 || open_at_kill=0
	kill -KILL "$pid" 2>/dev/null
	{ wait "$pid"; } 2>/dev/null
	rc=$?
	if [ "$rc" -eq 137 ]; then
		[ "$open_at_kill" -eq 1 ] && kills=$((kills + 1)) || early=$((early + 1))
	elif [ "$rc" -eq 0 ]; then
		done_first=$((done_first + 1))
		case $what in
		R) echo "R $(cat "$T/out") k$tries" >>"$T/acked"; unopened="$unopened $(cat "$T/out")" ;;
		O*) echo "O ${what#O } $(cat "$T/out")" >>"$T/acked" ;;
		esac
	else
		not_ok "a writer not killed succeeds or is refused only as the busy store allows" "$what rc=$rc: $(cat "$T/err")"
	fi
	# A killed opening leaves its report unopened or opened: look it up.
	case $what in
	O*)
		set -- $unopened; shift; unopened=$*
		;;
	esac
	# An acknowledged write after the kill: the store still takes them.
	if G report --start "2026-01-05 08:00" --cause listrik --summary "a$tries"; then
		echo "R $OUT a$tries" >>"$T/acked"
		unopened="$unopened $OUT"
	else
		not_ok "a write after kill $kills is acknowledged" "rc=$RC: $ERR"
	fi
	if [ $((tries % 25)) -eq 0 ]; then
		G check
		[ "$RC" -eq 0 ] || { checks_bad=$((checks_bad + 1)); not_ok "check after $kills kills" "$OUT" "$ERR"; }
	fi
done
echo "# $tries writers started, $kills killed with the database open, $early killed before opening it, $done_first finished before the kill"
if [ "$kills" -ge "$KILLS" ]; then ok "$kills writers were killed mid-write"
else not_ok "at least $KILLS writers killed mid-write" "only $kills of $tries (the rest finished first)"; fi
expect_eq "every intermediate check passed" "$checks_bad" 0

G check
expect_rc "check passes after $kills kills" 0
expect_out "check finds integrity and numbering sound" "integritas, penomoran.*baik"

G list --format tsv
printf '%s\n' "$OUT" | awk -F '\t' 'NR > 1 { print "R " $1 " " $8 }' | sort >"$T/stored.r"
grep '^R ' "$T/acked" | sort >"$T/acked.r"
lost=$(comm -23 "$T/acked.r" "$T/stored.r" | wc -l)
n=$(wc -l <"$T/acked.r")
if [ "$lost" -eq 0 ]; then ok "0 of $n acknowledged reports lost"
else not_ok "0 acknowledged reports lost" "$lost lost: $(comm -23 "$T/acked.r" "$T/stored.r" | head -n 3)"; fi
G doc list --format tsv
printf '%s\n' "$OUT" | awk -F '\t' 'NR > 1 { sub(/^#/, "", $4); print "O " $4 " " $1 }' | sort >"$T/stored.o"
grep '^O ' "$T/acked" | sort >"$T/acked.o"
lost=$(comm -23 "$T/acked.o" "$T/stored.o" | wc -l)
n=$(wc -l <"$T/acked.o")
if [ "$lost" -eq 0 ]; then ok "0 of $n acknowledged openings lost"
else not_ok "0 acknowledged openings lost" "$lost lost: $(comm -23 "$T/acked.o" "$T/stored.o" | head -n 3)"; fi
issued=$(($(printf '%s\n' "$OUT" | wc -l) - 1))
nums=$(printf '%s\n' "$OUT" | awk -F '\t' 'NR > 1 { split($1, a, /[ \/]/); print a[1] + 0 }' | sort -n)
if [ "$nums" = "$(seq 1 "$issued")" ]; then ok "the register is gapless after the kills (001 to $(printf '%03d' "$issued"))"
else not_ok "the register is gapless after the kills" "numbers: $(printf '%s' "$nums" | tr '\n' ' ' | cut -c1-200)"; fi
finish
