#!/bin/sh
# Two operators on one incident: a form opened before another operator's
# change is refused on submit (the row version moved), the reason is on
# the status line, nothing is written twice; the retry sees the new state.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
DB=$T/c.db
g -c "$CFG" -d "$DB" init
g -c "$CFG" -d "$DB" report --start "2018-03-01 08:00" --cause jaringan --summary "jaringan ISP putus"
expect_rc "a report" 0
g -c "$CFG" -d "$DB" open 1 --at "2018-03-01 08:30"
expect_rc "opened" 0

tui_start 80 24
wait_screen "list" "1 gangguan"
tui_keys Enter e
wait_screen "event form opened by the first operator" "Uraian"
tui_keys C-u; tui_type "2018-03-01 09:00"; tui_keys Tab Tab Tab; tui_type "menghubungi ISP"
# Meanwhile the second operator records the restore from the command line.
g -c "$CFG" -d "$DB" restore 1 --at "2018-03-01 10:00"
expect_rc "the other operator restores it" 0
tui_keys Escape
wait_screen "leaving asks" "Buang isian"
tui_keys y
tui_keys r
wait_screen "restore refused: it was restored meanwhile" "Ditolak: hanya gangguan yang sudah dibuka"
tui_keys c
wait_screen "close form: the detail shows the fresh state" "Waktu penutupan"
g -c "$CFG" -d "$DB" event 1 --at "2018-03-01 10:30" --text "catatan operator lain"
expect_rc "the other operator adds a line (the row version moves)" 0
tui_keys C-u; tui_type "2018-03-01 11:00"; tui_keys Enter
wait_screen "preview" "Terbitkan No."
tui_keys y
wait_screen "the stale version is refused with the store's reason" "diubah oleh pengguna lain"
g -c "$CFG" -d "$DB" show 1 --format json
expect_out "nothing was issued by the refused close" '"state":"restored"'
tui_keys F2
wait_screen "the retry previews again" "Terbitkan No."
tui_keys y
wait_screen "the retry, with the version now seen, issues it" "diterbitkan"
g -c "$CFG" -d "$DB" show 1 --format json
expect_out "closed once" '"state":"closed"'
tui_keys q q
wait_exit "leaves" 0
expect_all_exited "no program is left running after its terminal is gone"
finish
