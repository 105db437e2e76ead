#!/bin/sh
# The decision form refuses what `gangguan decide` refuses, with the same
# message: the rules live beneath both faces (src/service/remedycase.c,
# src/core/remedyview.c).  A 2026 incident under Perpres 16/2018.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
CFG=$SAMPLE_CFG
G() { g -c "$CFG" -d "$DB" "$@"; }

# db NAME RESTORED: one 2026 incident, open (and restored), tender 2026001 hit.
db() {
	DB=$T/$1.db
	G init >/dev/null
	G report --start "2026-11-30 07:15" --cause listrik --summary "server SPSE mati"
	G open 1 --at "2026-11-30 07:30"
	G event 1 --at "2026-11-30 07:30" --text "listrik PLN padam"
	[ "$2" = yes ] && G restore 1 --at "2026-11-30 12:00"
	G tender add 2026001 --name "Rehabilitasi Puskesmas" --method tender-pascakualifikasi-1-file --from 2026-11-23
	G hit 1 2026001
}

# decide_in_form REMEDY_UPS W H: D, the confirmed tender, the remedy N
# lines up from "reschedule" in the pick-list, no note, submitted.
decide_in_form() {
	tui_start "$2" "$3"
	wait_screen "list" "1 gangguan"
	tui_keys Enter 4
	wait_screen "the tab names the regime" "Perpres Nomor 16 Tahun 2018"
	tui_keys D
	wait_screen "the confirmed tenders" "Keputusan Pokja: tender gangguan #1"
	tui_keys Enter
	wait_screen "the remedies" "Upaya untuk tender 2026001"
	n=$1
	while [ "$n" -gt 0 ]; do tui_keys Up; n=$((n - 1)); done
	tui_keys Enter
	wait_screen "decision form" "Keputusan Pokja (remedi)"
	wait_screen "the form names the regime's words for the remedies" "Pokja Pemilihan, Perpres Nomor 16 Tahun 2018: cancel = tender gagal"
	tui_type "BA/01/POKJA/XII/2026"
	tui_keys F2
}

# The CLI's refusal, without its "gangguan: decide: " prefix, cut to what
# a 132-column status line shows.
cli_refusal() {
	printf '%s' "$ERR" | sed -n 's/^gangguan: decide: //p' | head -n 1 | cut -c1-110
}

# ---- fail the tender with no ground named (Pasal 51 ayat (2)) ----
db cancel yes
G decide 1 2026001 --remedy cancel --ref BA/01/POKJA/XII/2026 --date "2026-12-01 09:00"
expect_rc "the CLI refuses cancel without a ground" 65
want=$(cli_refusal)
decide_in_form 1 132 30
wait_screen "the form refuses it with the CLI's message" "$want"
wait_screen "the whole message, wrapped over the bottom rows, none cut" "Catat alasannya (--note)."
if screen | grep -q "Keputusan dicatat"; then not_ok "nothing is recorded"; else ok "nothing is recorded"; fi
tui_keys q
tui_stop
G remedy 1 --format json
expect_eq "the store has no decision" "$(printf '%s' "$OUT" | jq -r '.tenders[0].decision')" "null"

# ---- reschedule while the service is not restored ----
db open no
G decide 1 2026001 --remedy reschedule --ref BA/01/POKJA/XII/2026 --date "2026-12-01 09:00"
expect_rc "the CLI refuses a reschedule before restore" 65
want=$(cli_refusal | cut -c1-40)
tui_start 80 24
wait_screen "list" "1 gangguan"
tui_keys Enter 4 D
wait_screen "the confirmed tenders" "Keputusan Pokja: tender gangguan #1"
tui_keys Enter
wait_screen "the remedies" "Upaya untuk tender 2026001"
wait_screen "a reschedule is not offered, and the list says why in the CLI's words (80x24)" "$want"
wait_screen "the end of the long message is on the screen too" "gangguan restore)"
if screen | grep -Eq '\(reschedule\) *$'; then not_ok "reschedule is not among the choices"; else ok "reschedule is not among the choices"; fi
tui_keys Escape
wait_gone "Esc leaves the pick-list" "Upaya untuk tender 2026001"
tui_keys q q
wait_exit "leaves" 0
expect_all_exited "no program is left running after its terminal is gone"
finish
