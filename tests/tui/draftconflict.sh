#!/bin/sh
# Several operators and one draft: an operator's correction form is left
# half typed (the SSH session drops), another operator corrects the same
# incident from the command line, and the first resumes the draft.  The
# draft's old values must not silently undo the other correction: the
# resume says so, and saving meets the store's conflict check.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
CFG=$SAMPLE_CFG
DB=$T/dc.db
G() { g -c "$CFG" -d "$DB" "$@"; }
G init >/dev/null
G report --start "kemarin 08.00" --cause jaringan --summary "ISP putus" --impact "SPSE mati"

tui_start 100 30
wait_screen "list" "1 gangguan"
tui_keys Enter E
wait_screen "the correction form" "Koreksi data gangguan"
tui_keys C-u
tui_type "ringkasan dari draf"
_draft_has() { grep -lFq -- "$1" "$T/state/gangguan/"draft-*.txt 2>/dev/null; }
if _poll "$DEADLINE" _draft_has "ringkasan dari draf"; then ok "the half-typed form is a draft"
else not_ok "the half-typed form is a draft" "$(ls -l "$T/state/gangguan" 2>&1)"; fi
tui_stop   # the session drops: SIGHUP
wait_gone_proc() { ! pgrep -f -- "-d $DB" >/dev/null; }
_poll "$DEADLINE" wait_gone_proc

G edit 1 --impact "dampak dari operator lain" --reason "dampak dilengkapi"
expect_rc "another operator corrects the impact meanwhile" 0

tui_start 100 30
wait_screen "the draft is offered" "Draf belum disimpan"
tui_keys y
wait_screen "the resume warns that the incident changed since" "Gangguan #1 diubah operator lain sejak draf ini ditulis"
tui_keys F2
wait_screen "the reason is asked first" "wajib diisi"
tui_type "salah ketik"
tui_keys F2
wait_screen "saving the old draft meets the conflict check" "diubah"
G show 1 --format json
expect_out "the other operator's correction stands" '"impact":"dampak dari operator lain"'
expect_out "and the draft's summary was not written over it" '"summary":"ISP putus"'
tui_stop
expect_all_exited "no program of this test lives on"
finish
