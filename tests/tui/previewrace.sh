#!/bin/sh
# The preview race, two processes on one register: the TUI previews an
# opening letter numbered 001, another operator opens another incident
# from the command line (issuing 001), then the TUI operator confirms.
# What is confirmed is what is issued: nothing is, the TUI shows the new
# preview (002) and issues only after a second confirmation.  The time
# is the "now" the form filled in, left as it was: the store reads it
# inside its write transaction.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
DB=$T/p.db
G() { g -c "$CFG" -d "$DB" "$@"; }
# Local time in the unit's zone (WIB, UTC+7) $1 seconds ago.
wib() { date -u -d "@$(( $(date +%s) + 7 * 3600 - ${1:-0} ))" '+%Y-%m-%d %H:%M:%S'; }

G init
G report --start "$(wib 600)" --cause listrik --summary "gangguan operator TUI"
expect_rc "the TUI operator's incident is reported" 0

tui_start 100 30
wait_screen "list" "1 gangguan"
tui_keys Enter
wait_screen "its detail" "#1 · dilaporkan"
tui_keys o
wait_screen "open form, the time filled in as now" "Buka gangguan"
wait_screen "the form shows the number it will use" "Nomor yang akan dipakai: 001 "
tui_keys F2
wait_screen "the preview asks for 001" "Terbitkan No. 001 "
wait_screen "the letter previewed says 001" "Nomor : 001 "

# Meanwhile the other operator opens another incident from the CLI.
G report --start "$(wib 300)" --cause jaringan --summary "gangguan operator CLI"
expect_rc "the CLI operator's incident is reported" 0
cli_id=$OUT
G open "$cli_id"
expect_rc "the CLI opens it, with the default time" 0
expect_out "and takes 001" "^001 "

tui_keys y
wait_screen "the confirmation is refused: 001 was taken" "sudah diterbitkan operator lain: periksa pratinjau baru"
wait_screen "the new preview asks for 002" "Terbitkan No. 002 "
wait_screen "the letter shown now says 002" "Nomor : 002 "
G show 1 --format json
expect_out "nothing was issued by the first confirmation" '"state":"reported"'

tui_keys y
# A minute that turns between preview and confirmation changes the
# letter's "pukul": that too is a new preview to confirm, never issued unseen.
_issued_or_changed() { _on_screen "diterbitkan" || _on_screen "berubah sejak pratinjau"; }
_poll "$DEADLINE" _issued_or_changed
if _on_screen "berubah sejak pratinjau"; then
	echo "# the minute turned: one more confirmation"
	tui_keys y
fi
wait_screen "the second confirmation issues 002" "No. 002 "
wait_screen "issued" "diterbitkan"

G show "$cli_id" --format json
expect_out "the CLI's incident holds 001" '"number":"001 '
G show 1 --format json
expect_out "the TUI's incident is open" '"state":"open"'
expect_out "and holds 002" '"number":"002 '
G check
expect_rc "check passes" 0
expect_out "the register is whole" "penomoran, sidik dokumen, rantai audit: baik"
tui_keys q q
wait_exit "leaves" 0
expect_all_exited "no program is left running after its terminal is gone"
finish
