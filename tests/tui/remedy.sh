#!/bin/sh
# The Tender & Remedi tab: the regulation in force, the hit tender with
# its schedule beside the proposed one, confirming the hit from a
# pick-list and recording the committee's decision through the pick-lists
# and the form.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
DB=$T/rem.db
g -c "$CFG" -d "$DB" demo
tui_start 80 24
wait_screen "list" "1 gangguan"
# The tender and a stage through the forms, the other stage by the CLI.
tui_keys T
wait_screen "T opens the tender list" "0 tender"
tui_keys n
wait_screen "tender form" "Tender baru"
tui_type "1234567"; tui_keys Tab; tui_type "Pembangunan Jalan Desa"; tui_keys Tab; tui_type "Pokja ULP I"
tui_keys F2
wait_screen "tender recorded, its screen open" "Tender 1234567 dicatat dengan 0 tahap"
wait_screen "the tender screen says how to add stages" "Belum ada tahap"
tui_keys a
wait_screen "stage form" "Tahap tender"
wait_screen "the stage form has the tender's code" "1234567"
tui_type "Upload Dokumen Penawaran"; tui_keys Tab
tui_type "2018-02-05 16:00"; tui_keys Tab; tui_type "2018-02-01 08:00"; tui_keys Tab
wait_screen "an end before the start is refused beside the field" "selesai harus sesudah mulai"
tui_keys BTab BTab C-u; tui_type "2018-02-01 08:00"; tui_keys Tab C-u; tui_type "2018-02-05 16:00"
tui_keys F2
wait_screen "stage recorded" "tender 1234567 dicatat"
wait_screen "the tender screen lists it" "2018-02-01 08:00 - 2018-02-05 16:00"
tui_keys q q
wait_screen "back on the incident list" "1 gangguan"
g -c "$CFG" -d "$DB" tender stage 1234567 --name "Pembukaan Dokumen Penawaran" --start "2018-02-06 08:00" --end "2018-02-06 16:00"
expect_rc "a second stage by the CLI" 0
g -c "$CFG" -d "$DB" tender show 1234567
expect_out "the form's stage is stored" "Upload Dokumen Penawaran"
tui_keys Enter 4
wait_screen "the regulation in force" "Perka LKPP Nomor 1 Tahun 2015"
wait_screen "the days of disruption" "2 hari kalender"
tui_keys End
wait_screen "the tender hit, proposed" "Terdampak: diusulkan, belum dikonfirmasi"
wait_screen "current and proposed schedule side by side" "06/02 08:00-06/02 16:00 > 08/02 08:00-08/02 16:00"

tui_keys D
wait_screen "a decision before any hit is confirmed is refused with the reason" "Belum ada tender yang dikonfirmasi terdampak gangguan #1"
if screen | grep -q "Keputusan Pokja"; then not_ok "no form opens before the hit is confirmed"; else ok "no form opens before the hit is confirmed"; fi

tui_keys H
wait_screen "H offers the proposed tenders" "Tender terdampak gangguan #1"
wait_screen "with the stages hit" "diusulkan; tahap terkena: 1 Upload Dokumen Penawaran"
tui_keys Enter
wait_screen "hit confirmed" "Tender 1234567 dikonfirmasi terdampak"
tui_keys D
wait_screen "D offers the confirmed tenders" "Keputusan Pokja: tender gangguan #1"
tui_keys Enter
wait_screen "then the remedies the regime allows" "Upaya untuk tender 1234567"
wait_screen "in the regime's words" "penyesuaian jadwal (reschedule)"
tui_keys Enter
wait_screen "decision form" "Keputusan Pokja (remedi)"
wait_screen "the chosen tender is filled in" "Kode tender *          1234567"
wait_screen "and the chosen remedy" "< reschedule"
tui_type "BA/05/POKJA/II/2018"; tui_keys Tab C-u; tui_type "05/02/2018 10.00"
tui_keys F2
wait_screen "the decision is recorded" "Keputusan dicatat (revisi 1)"
tui_keys 4 End
wait_screen "the tab shows it" "BA BA/05/POKJA/II/2018"
g -c "$CFG" -d "$DB" remedy 1 --format json
expect_out "the store has the decision" '"remedy":"reschedule","ref":"BA/05/POKJA/II/2018"'
tui_keys q q
wait_exit "leaves" 0
expect_all_exited "no program is left running after its terminal is gone"
finish
