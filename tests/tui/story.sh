#!/bin/sh
# The seed's story through the forms only, from an empty database to the
# closing report, at 80x24: the exported closing report is the issued
# text, byte for byte, and the same text `gangguan demo` issues for it.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
DB=$T/story.db

g -c "$CFG" -d "$DB" init
expect_rc "init creates an empty database" 0
# The unit moved from the paper book: 001-021 were issued on paper.
g -c "$CFG" -d "$DB" number --year 2018 --set 22
expect_rc "next number set to 22" 0

tui_start 80 24
wait_screen "empty list says how to start" "Tekan n untuk mencatat"

# 1. The report (nota laporan), with a wrong date first.
tui_keys n
wait_screen "report form opens" "Laporan gangguan baru"
# The start is filled in with the current time; typing replaces it.
tui_type "30/02/2018 14.30"; tui_keys Tab
wait_screen "typing into the filled-in time replaces it" "Mulai gangguan *       30/02/2018 14.30 "
wait_screen "an impossible date is refused beside the field" "30/02/2018: tanggal tidak ada"
tui_keys F2
wait_screen "the form cannot be saved while a field is invalid" "Formulir belum dapat disimpan"
# The failed save put the cursor back on the invalid field.
tui_keys C-u; tui_type "2018-02-03 14:30"; tui_keys Tab
wait_gone "the reason goes once the date is right" "tanggal tidak ada"
tui_keys Tab; tui_type "tidak dapat diakses secara online"
tui_keys Tab; tui_type "server LPSE tidak bisa diakses secara online"
tui_keys F2
wait_screen "the report is recorded" "Gangguan #1 dicatat"
wait_screen "its detail shows it reported" "#1 · dilaporkan"

# 2. A refused transition: closing what was never opened.
tui_keys c
wait_screen "closing a reported incident is refused with the reason" "Ditolak: hanya gangguan yang sudah pulih"
g -c "$CFG" -d "$DB" show 1 --format json
expect_out "nothing was written by the refusal" '"state":"reported"'

# 3. Opening: the number, the preview, and "no" as the default answer.
tui_keys o
wait_screen "open form" "Buka gangguan"
tui_keys C-u; tui_type "2018-02-03 15:00"; tui_keys Tab
wait_screen "the form shows the number it will use" "Nomor yang akan dipakai: 022 /LPSE.Lebongkab/II/2018"
tui_keys F2
wait_screen "the preview asks before issuing" "Terbitkan No. 022 /LPSE.Lebongkab/II/2018?"
tui_keys Enter
wait_screen "Enter answers no" "Tidak diterbitkan"
g -c "$CFG" -d "$DB" show 1 --format json
expect_out "declining issued nothing" '"state":"reported"'
tui_keys F2
wait_screen "preview again" "Terbitkan No. 022"
tui_keys y
wait_screen "y issues the opening report" "No. 022 /LPSE.Lebongkab/II/2018 diterbitkan"

# 4. The chronology, as the demo has it.
add_event() {   # add_event KEY WHEN ABOUT(y/n) TEXT
	tui_keys "$1"
	wait_screen "event form ($2)" "Uraian"
	tui_keys C-u; tui_type "$2"; tui_keys Tab
	[ "$3" = y ] && tui_keys Right
	tui_keys Tab Tab; tui_type "$4"; tui_keys F2   # Enter in the text area would break the line
	wait_gone "event form closes ($2)" "Uraian"
}
add_event e "2018-02-03 14:30" y "selama ±40 menit terjadi pemadam arus listrik PLN pada lokasi Server LPSE Kabupaten Lebong, yang mengakibatkan server LPSE tidak bisa diakses secara online"
add_event e "2018-02-03 15:10" n "server LPSE telah aktif namun aplikasi SPSE tidak otomatis berjalan, sehingga masih belum bisa diakses"
add_event a "2018-02-03 16:00" n "mereset password server"
add_event a "2018-02-04 08:00" n "memberikan akses ke LKPP melakukan remote server sehingga aplikasi sudah dapat diakses kembali"
tui_keys 2
wait_screen "the chronology tab lists the actions" "[tindakan] mereset password server"

# 5. Restored, then closed with the closing report.
tui_keys r
wait_screen "restore form" "Waktu pulih"
tui_keys C-u; tui_type "04/02/2018 09.00"; tui_keys Enter
wait_screen "restored" "Gangguan ditandai pulih"
tui_keys c
wait_screen "close form" "Waktu penutupan"
tui_keys C-u; tui_type "04/02/2018 10.00"; tui_keys Enter
wait_screen "closing preview with its number" "Terbitkan No. 023 /LPSE.Lebongkab/II/2018?"
tui_keys y
wait_screen "the closing report is issued" "No. 023 /LPSE.Lebongkab/II/2018 diterbitkan"

# 6. The pager: read and export it; a second export asks before overwriting.
tui_keys 3
wait_screen "documents tab lists both reports" "023 /LPSE.Lebongkab/II/2018"
tui_keys Down Enter
wait_screen "the pager shows the closing report" "Berita Acara Penutupan Gangguan No. 023"
tui_keys e
wait_screen "export asks for a file name" "Ekspor ke berkas:"
tui_keys C-u; tui_type "$T/penutupan.txt"; tui_keys Enter
wait_screen "exported" "Diekspor ke $T/penutupan.txt"
echo "not the report" >"$T/other.txt"
tui_keys e
wait_screen "export asks again" "Ekspor ke berkas:"
tui_keys C-u; tui_type "$T/other.txt"; tui_keys Enter
wait_screen "an existing file is not overwritten without asking" "sudah ada. Timpa?"
tui_keys Enter
wait_screen "the default answer keeps the file" "Tidak ditimpa"
expect_eq "the existing file is untouched" "$(cat "$T/other.txt")" "not the report"

g -c "$CFG" -d "$DB" show 1 --format json
expect_out "the incident is closed" '"state":"closed"'
issued=$(printf '%s' "$OUT" | jq -r '.documents[] | select(.kind=="closing") | .sha256')

# The export is what `gangguan doc` prints for that number, byte for byte.
"$GANGGUAN" -c "$CFG" -d "$DB" doc "023 /LPSE.Lebongkab/II/2018" >"$T/doc.txt" 2>"$T/doc.err"
if [ -s "$T/doc.txt" ] && cmp -s "$T/doc.txt" "$T/penutupan.txt"; then ok "the export equals gangguan doc's output"
else not_ok "the export equals gangguan doc's output" "$(cat "$T/doc.err")" "$(diff "$T/doc.txt" "$T/penutupan.txt" | head -10)"; fi
grep -q "PENUTUPAN" "$T/penutupan.txt" && ok "the export is the closing report" || not_ok "the export is the closing report"

# The demo loads the same story through the CLI: the forms issued the
# very same closing report (same frozen text, so the same fingerprint).
g -c "$CFG" -d "$T/demo.db" demo
g -c "$CFG" -d "$T/demo.db" show 1 --format json
demo=$(printf '%s' "$OUT" | jq -r '.documents[] | select(.kind=="closing") | .sha256')
expect_eq "the forms issue the demo's closing report" "${issued:-none issued}" "${demo:-no demo document}"
"$GANGGUAN" -c "$CFG" -d "$T/demo.db" doc 1 --kind closing >"$T/demo.txt"
if cmp -s "$T/demo.txt" "$T/penutupan.txt"; then ok "the export equals the demo's closing report"
else not_ok "the export equals the demo's closing report" "$(diff "$T/demo.txt" "$T/penutupan.txt" | head -10)"; fi

# A .md name exports markdown.
tui_keys e
wait_screen "export once more" "Ekspor ke berkas:"
tui_keys C-u; tui_type "$T/penutupan.md"; tui_keys Enter
wait_screen "exported as markdown" "Diekspor ke $T/penutupan.md"
"$GANGGUAN" -c "$CFG" -d "$DB" doc "023 /LPSE.Lebongkab/II/2018" --format markdown >"$T/doc.md"
if cmp -s "$T/doc.md" "$T/penutupan.md"; then ok "the .md export equals gangguan doc --format markdown"
else not_ok "the .md export equals gangguan doc --format markdown" "$(diff "$T/doc.md" "$T/penutupan.md" | head)"; fi

tui_keys q q q
wait_exit "q from the list leaves with status 0" 0
if [ -s "$T/tui.err" ]; then not_ok "nothing on stderr" "$(head -20 "$T/tui.err")"; else ok "nothing on stderr"; fi
expect_all_exited "no program is left running after its terminal is gone"
finish
