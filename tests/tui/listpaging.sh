#!/bin/sh
# The incident list pages by keyset (issue 14): End, PageUp, PageDown and
# Home on 45 incidents whose start times come in threes (ties broken by
# id), 80x24 (18 rows a page).  A page moves by one row less than a
# screen, keeping the edge row in sight, and stops at either end; each
# screen equals the same rows of `list --sort newest`, and Enter opens
# the selected one.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
DB=$T/p.db
CFG=$SAMPLE_CFG
g -c "$CFG" -d "$DB" init
i=1
while [ $i -le 45 ]; do
	day=$(( (i + 2) / 3 + 1 ))
	g -c "$CFG" -d "$DB" report --start "2026-11-$(printf %02d $day) 08:00" --cause listrik --summary "gangguan nomor $i"
	[ "$RC" -eq 0 ] || not_ok "report $i" "$ERR"
	i=$((i + 1))
done
g -c "$CFG" -d "$DB" list --sort newest --format tsv
ORDER=$(printf '%s\n' "$OUT" | sed 1d | cut -f1 | tr '\n' ' ')
expect_eq "newest first, ties by id" "$ORDER" "$(seq 45 -1 1 | tr '\n' ' ')"

# rows FROM TO of the newest-first order, as the ids on screen should read
rows() { printf '%s\n' $ORDER | sed -n "$1,$2p" | tr '\n' ' '; }
on_screen() { screen | sed -n '5,22p' | awk '{ printf "%s ", $1 }'; }
# page NAME FIRST LAST SELECTED: the screen holds rows FIRST..LAST and Enter opens #SELECTED
page() {
	_poll "$DEADLINE" sh -c '[ "$1" = "$2" ]' _ "$(rows "$2" "$3")" "$(on_screen)" 2>/dev/null
	got=$(on_screen)
	want=$(rows "$2" "$3")
	if [ "$got" = "$want" ]; then ok "$1: rows $2-$3"; else not_ok "$1: rows $2-$3" "got:  $got" "want: $want"; fi
	tui_keys Enter
	wait_screen "$1: the selected incident is #$4" "Gangguan #$4"
	tui_keys Escape
	wait_screen "$1: back to the list" "Daftar gangguan"
}

tui_start 80 24
wait_screen "the list opens" "45 gangguan · dilaporkan 45"
page "the first screen" 1 18 45
tui_keys End
page "End: the last screen, the last incident selected" 28 45 1
tui_keys PageUp
page "PageUp from the end" 11 28 18
tui_keys PageUp
page "PageUp again stops at the top" 1 18 35
tui_keys PageDown
page "PageDown" 18 35 18
tui_keys PageDown
page "PageDown to the end" 28 45 1
tui_keys PageDown
page "PageDown at the end stays" 28 45 1
tui_keys Home
page "Home" 1 18 45
tui_stop
finish
