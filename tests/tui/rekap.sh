#!/bin/sh
# The Rekap screen (issue 10): the year's figures with a text bar per
# month and per cause, at 80x24 on a vt100 without colours, and the PDF.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
CFG=$SAMPLE_CFG
DB=$T/rekap.db
G() { g -c "$CFG" -d "$DB" "$@"; }
G init >/dev/null
G report --start "2025-03-10 08:00" --cause listrik --summary "PLN padam"
G open 1 --at "2025-03-10 08:00"
G event 1 --at "2025-03-10 08:00" --text "padam"
G restore 1 --at "2025-03-10 12:30"
G close 1 --at "2025-03-10 12:30"
tui_start 80 24 HOME="$T" NO_COLOR=1 TERM=vt100
wait_screen "list" "1 gangguan"
tui_keys R
wait_screen "R opens the Rekap of this year" "Rekap 20"
tui_keys '['
wait_screen "the year before" "Rekap 2025 per bulan"
wait_screen "March with its hours and a bar of #" "2025-03              1       4,5    99,40%  ##"
wait_screen "the total" "1 gangguan · mati 4,5 jam"
tui_keys b
wait_screen "by cause" "Rekap 2025 per penyebab"
wait_screen "the cause's row" "Listrik"
tui_keys p
wait_screen "p asks for the PDF's file" "Ekspor PDF ke berkas"
tui_keys C-u
tui_type "~/rekap-2025.pdf"
tui_keys Enter
wait_screen "exported" "(PDF A4)"
expect_eq "the file is a PDF" "$(head -c 5 "$T/rekap-2025.pdf" 2>/dev/null)" "%PDF-"
tui_keys '?'
wait_screen "the help screen lists the Rekap keys" "ekspor rekap tahun ini sebagai PDF A4"
tui_keys q q q
wait_exit "leaves" 0
expect_all_exited "no program is left running after its terminal is gone"
finish
