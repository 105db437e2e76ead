#!/bin/sh
# Corrections from the TUI (issue 9): a chronology line corrected (E) and
# deleted (X), the incident's summary corrected (E), a time typed alone,
# the count as you type, a closing letter withdrawn (W) behind a question
# whose default is No; each seen through the CLI and in the audit.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
CFG=$SAMPLE_CFG
DB=$T/corr.db
G() { g -c "$CFG" -d "$DB" "$@"; }
G init >/dev/null
G report --start "kemarin 08.00" --cause jaringan --summary "ISP putus"
G open 1 --at "kemarin 08.10"
G event 1 --at "kemarin 08.05" --text "baris ganda"
G event 1 --at "kemarin 08.20" --text "teknisi dihubungi"

tui_start 100 30 HOME="$T"
wait_screen "list" "1 gangguan"
tui_keys Enter 2
wait_screen "the chronology tab numbers its lines" " 2. "
tui_keys Down E
wait_screen "E on a line opens its correction form" "Koreksi baris kronologi"
wait_screen "prefilled with the line" "teknisi dihubungi"
tui_keys Tab Tab Tab Tab C-u
tui_type "teknisi ISP mengganti kabel"
wait_screen "the count as you type" "27/1000"
tui_keys Tab
tui_type "lengkapi tindakan"
tui_keys F2
wait_screen "the correction is recorded" "Baris kronologi 2 dikoreksi"
G show 1
expect_out "the store has the corrected line" "2\. .*teknisi ISP mengganti kabel"

# Another operator adds an earlier line while this screen still shows the
# old numbering: X acts on the line shown, by its record, not its number.
G event 1 --at "kemarin 08.01" --text "catatan operator lain"
tui_keys Home X
wait_screen "X names the line it deletes and asks a reason" 'Hapus baris 2 ("baris ganda")?'
tui_type "baris ganda"
tui_keys Enter
wait_screen "the line is deleted" "dihapus; tercatat di audit"
G show 1
if printf '%s' "$OUT" | grep -q "baris ganda"; then not_ok "the store no longer has it" "$OUT"; else ok "the store no longer has it"; fi
expect_out "the other operator's line is untouched" "catatan operator lain"

tui_keys 1 E
wait_screen "E elsewhere corrects the incident" "Koreksi data gangguan"
tui_keys C-u
tui_type "jaringan ISP putus"
tui_keys Tab Tab Tab Tab Tab Tab
tui_type "ringkasan kurang jelas"
tui_keys F2
wait_screen "the incident is corrected" "Koreksi dicatat di audit"
G audit 1
expect_out "the audit says it in words" "mengubah ringkasan: 'ISP putus' -> 'jaringan ISP putus' \(alasan: ringkasan kurang jelas\)"
expect_out "and the line's correction" "mengoreksi kronologi .*'teknisi dihubungi' -> 'teknisi ISP mengganti kabel' \(alasan: lengkapi tindakan\)"

# A time typed alone is today: midnight today is after yesterday's opening.
tui_keys r
wait_screen "restore form" "Tandai pulih"
tui_type "00.00"
tui_keys F2
wait_screen "restored at a time typed alone" "Gangguan ditandai pulih"
G show 1 --format json
expect_eq "00.00 is today in the unit's zone" "$(printf '%s' "$OUT" | jq -r .restored)" "$(TZ=Asia/Jakarta date +%Y-%m-%d)T00:00:00+07:00"

G close 1
expect_rc "closed from the CLI" 0
closing=$OUT
tui_keys 5
wait_screen "the audit tab speaks words" "mengubah ringkasan"
tui_keys 3 Down W
wait_screen "W asks first, the default is No" "Batalkan BA $closing (keliru terbit)? (y/T)"
tui_keys Enter
wait_screen "Enter answers no" "Tidak jadi dibatalkan"
tui_keys W
wait_screen "asked again" "(y/T)"
tui_keys y
wait_screen "then the reason" "Alasan pembatalan BA"
tui_type "ditutup terlalu cepat"
tui_keys Enter
wait_screen "withdrawn, its number kept" "dibatalkan, nomornya tetap terpakai"
wait_screen "the tab marks it" "DIBATALKAN"
G show 1
expect_out "the incident is restored again" "\[pulih\]"
expect_out "the letter is kept, marked withdrawn" "$closing .*DIBATALKAN"
# Export from the pager: "~" is the home directory; a failure in Indonesian.
tui_keys Home Enter
wait_screen "the pager shows the letter" "BERITA ACARA PEMBUKAAN"
tui_keys e
wait_screen "export asks for a file" "Ekspor ke berkas"
tui_keys C-u
tui_type "~/BA-uji.txt"
tui_keys Enter
wait_screen "exported to the home directory" "Diekspor ke $T/BA-uji.txt"
wait_file "the file is there" "$T/BA-uji.txt" "BERITA ACARA PEMBUKAAN"
tui_keys e C-u
tui_type "~/BA-uji.pdf"
tui_keys Enter
wait_screen "exported as an A4 PDF" "(PDF A4)"
expect_eq "the file is a PDF" "$(head -c 5 "$T/BA-uji.pdf")" "%PDF-"
tui_keys e C-u
tui_type "~/tidak/ada/BA.txt"
tui_keys Enter
wait_screen "a failed export says why, in Indonesian" "direktorinya tidak ada"
tui_keys q q q
wait_exit "leaves" 0
expect_all_exited "no program is left running after its terminal is gone"
finish
