#!/bin/sh
# The tender screens (issue 12): a tender added by pasting its SPSE jadwal,
# seen in the tender list with the incident that hit it, the hit confirmed
# from a pick-list, a reschedule recorded from the pick-lists and revised,
# every revision on the tender screen; stages generated from a method and
# a first day as `tender add --method --from` makes them; deleting a stage
# and a tender, refused once a decision refers to it; long stage names at
# 80 and 132 columns.  The database is checked through the CLI.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
DB=$T/tenders.db
G() { g -c "$CFG" -d "$DB" "$@"; }
G demo
# The seed's incident #1: 2018-02-03 14:30 to 2018-02-04 09:00 WIB, a weekend.

paste_file() {   # paste_file FILE: as a terminal pastes it, with the markers
	$TMUX_CMD load-buffer -b p "$1"
	$TMUX_CMD paste-buffer -p -b p -t t
}

# SPSE's jadwal table as a spreadsheet saves it (the TSV a browser copies
# is import12's); the upload runs through the disruption.
LONG="Surat Penunjukan Penyedia Barang/Jasa dan Penandatanganan Kontrak oleh PPK"
cat >"$T/jadwal.csv" <<EOF
No,Tahap,Mulai,Sampai,Perubahan
1,Pengumuman Pascakualifikasi,22 Januari 2018 08:00,26 Januari 2018 16:00,
2,Download Dokumen Pemilihan,26 Januari 2018 16:00,29 Januari 2018 08:00,
3,Pemberian Penjelasan,29 Januari 2018 09:00,29 Januari 2018 12:00,
4,Upload Dokumen Penawaran,29 Januari 2018 13:00,5 Februari 2018 10:00,
5,Pembukaan Dokumen Penawaran,5 Februari 2018 10:00,5 Februari 2018 12:00,
6,"Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga",5 Februari 2018 13:00,9 Februari 2018 16:00,
7,Pembuktian Kualifikasi,12 Februari 2018 08:00,13 Februari 2018 16:00,
8,Penetapan Pemenang,14 Februari 2018 08:00,14 Februari 2018 16:00,
9,Pengumuman Pemenang,15 Februari 2018 08:00,15 Februari 2018 16:00,
10,Masa Sanggah,15 Februari 2018 16:00,20 Februari 2018 16:00,
11,$LONG,21 Februari 2018 08:00,22 Februari 2018 16:00,
12,Penandatanganan Kontrak,23 Februari 2018 08:00,26 Februari 2018 16:00,
EOF
cat >"$T/bad.csv" <<'EOF'
No,Tahap,Mulai,Sampai,Perubahan
1,Pengumuman Pascakualifikasi,22 Januari 2018 08:00,26 Januari 2018 16:00,
2,Download Dokumen Pemilihan,31 Februari 2018 08:00,1 Maret 2018 08:00,
3,Upload Dokumen Penawaran,5 Februari 2018 10:00,1 Februari 2018 10:00,
EOF

tui_start 80 24
wait_screen "list" "1 gangguan"
tui_keys T
wait_screen "T opens the tender list" "0 tender · 0 terkena gangguan"

# ---- a pasted jadwal with bad lines imports nothing, each line named ----
tui_keys n
wait_screen "the tender form" "Tender baru"
tui_type "2018002"; tui_keys Tab; tui_type "Rehabilitasi Gedung Kantor Bupati"; tui_keys Tab
tui_type "Pokja ULP II"; tui_keys Tab Tab Tab
paste_file "$T/bad.csv"
tui_keys F2
wait_screen "every bad line is listed" "tempelan:3: mulai:"
wait_screen "the end before the start too" "tempelan:4: tahap \"Upload Dokumen Penawaran\": waktu selesai sebelum"
wait_screen "nothing is imported" "tempelan: 2 masalah; tidak ada yang diimpor"
tui_keys Escape
wait_screen "Esc returns to the form, the field marked" "! 2 masalah; tidak ada yang diimpor"
G tender show 2018002
expect_rc "no tender was recorded" 66
tui_keys Escape y

# ---- the jadwal pasted whole ----
tui_keys n
wait_screen "the tender form again" "Tender baru"
tui_type "2018002"; tui_keys Tab; tui_type "Rehabilitasi Gedung Kantor Bupati"; tui_keys Tab
tui_type "Pokja ULP II"; tui_keys Tab Tab Tab
paste_file "$T/jadwal.csv"
wait_screen "the paste lands in the jadwal area" "Penandatanganan Kontrak,23 Februari 2018"
tui_keys F2
wait_screen "recorded with its 12 stages" "Tender 2018002 dicatat dengan 12 tahap"
wait_screen "its screen opens" "2018002 · Rehabilitasi Gedung Kantor Bupati"
wait_screen "a quoted name with commas, wrapped at 80 columns" "6 Evaluasi Administrasi, Kualifikasi,"
G tender show 2018002 --format json
expect_eq "the store has 12 stages" "$(printf '%s' "$OUT" | jq '.stages | length')" "12"
expect_eq "named as SPSE names them" "$(printf '%s' "$OUT" | jq -r '.stages[5].name')" \
	"Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga"
expect_eq "the upload's end" "$(printf '%s' "$OUT" | jq -r '.stages[3].end' | cut -c1-16)" "2018-02-05T10:00"
expect_eq "the committee" "$(printf '%s' "$OUT" | jq -r '.committee')" "Pokja ULP II"

# ---- the tender list: the incident that hit it ----
tui_keys q
wait_screen "the tender list has it" "2018002   Rehabilitasi Gedung Kantor Bupati"
wait_screen "with the incident that hit it, proposed" "gangguan #1 (ditutup): diusulkan, belum dikonfirmasi; belum ada"
wait_screen "and the count" "1 tender · 1 terkena gangguan"

# ---- the tender screen: the stage hit, the proposal and its reasons ----
tui_keys Enter
wait_screen "the tender screen" "Tahapan (a tambah, Enter ubah, X hapus, I tempel jadwal SPSE)"
# past the 12 stages to the incident
tui_keys j j j j j j j j j j j j
wait_screen "the incident that hit it" "Gangguan #1 ditutup · 2018-02-03 14:30 s.d. 2018-02-04 09:00"
wait_screen "the stage hit is named" "Tahap terkena: 4 Upload Dokumen Penawaran"
wait_screen "and marked" "*4 Upload Dokumen"
tui_keys PgDn
G remedy 1
note=$(printf '%s\n' "$OUT" | sed -E -n '/ 6 Evaluasi Administrasi/s/.*[0-9]{2}:[0-9]{2} //p' | cut -c1-40)
case $note in
?*) ok "the CLI gives the evaluation's move a reason" ;;
*) not_ok "the CLI gives the evaluation's move a reason" "$OUT" ;;
esac
wait_screen "the move's reason as the CLI gives it" "$note"
if screen | grep -Fq "$LONG"; then not_ok "at 80 columns the long name wraps" "$(screen)"; else ok "at 80 columns the long name wraps"; fi

# ---- H from the incident: the proposed tenders in a pick-list ----
tui_keys q q
wait_screen "back on the incident list" "1 gangguan"
tui_keys Enter 4 H
wait_screen "H offers the tenders the incident hit" "Tender terdampak gangguan #1"
wait_screen "with the stages hit" "diusulkan; tahap terkena: 4 Upload Dokumen Penawaran"
tui_keys Enter
wait_screen "the hit is confirmed" "Tender 2018002 dikonfirmasi terdampak"
G hit 1 --format json
expect_eq "the store has it confirmed" "$(printf '%s' "$OUT" | jq -r '.[] | select(.code == "2018002") | .confirmed')" "true"

# ---- D: the tender, then the remedy, from pick-lists ----
tui_keys D
wait_screen "D offers the confirmed tenders" "Keputusan Pokja: tender gangguan #1"
wait_screen "each with its decision" "belum ada keputusan"
tui_keys Enter
wait_screen "then the remedies the regime allows" "Upaya untuk tender 2018002"
wait_screen "a reschedule among them" "penyesuaian jadwal (reschedule)"
tui_keys Enter
wait_screen "the decision form" "Keputusan Pokja (remedi)"
wait_screen "filled in for the tender" "Kode tender *          2018002"
wait_screen "with the remedy chosen" "< reschedule"
tui_type "BA/05/POKJA/II/2018"; tui_keys Tab C-u; tui_type "05/02/2018 10.00"
tui_keys F2
wait_screen "revision 1 recorded" "Keputusan dicatat (revisi 1)"
G remedy 1 --format json
expect_eq "the store has the reschedule" \
	"$(printf '%s' "$OUT" | jq -r '.tenders[] | select(.code == "2018002") | .decision | "\(.remedy) \(.ref) \(.revision)"')" \
	"reschedule BA/05/POKJA/II/2018 1"

G tender show 2018002 --format json
expect_eq "the reschedule is the tender's schedule revision 1" "$(printf '%s' "$OUT" | jq '.revision')" "1"

# ---- revision 1 on the tender screen; a revised decision from it ----
tui_keys q T
wait_screen "the list shows the decision" "gangguan #1 (ditutup): dikonfirmasi; keputusan: penyesuaian jadwal"
wait_screen "and the schedule revision" "jadwal Perubahan 1"
tui_keys Enter
wait_screen "the tender screen names revision 1" "Jadwal  : Perubahan 1, karena keputusan Pokja atas gangguan #1 (revisi 1)"
tui_keys j j j j j j j j j j j
wait_screen "with the history, under the stages" "Riwayat jadwal"
wait_screen "from the schedule entered" "jadwal semula (Perubahan 0: seperti dicatat atau diimpor)"
tui_keys G D
wait_screen "the remedies, the latest revision named" "Upaya untuk tender 2018002 (revisi 1"
tui_keys Enter
wait_screen "the form has the latest reference" "BA/05/POKJA/II/2018"
wait_screen "and says what it becomes" "ini menjadi revisi 2"
tui_keys C-u; tui_type "BA/06/POKJA/II/2018"; tui_keys Tab C-u; tui_type "06/02/2018 09.00"
tui_keys F2
wait_screen "revision 2 recorded" "Keputusan dicatat (revisi 2)"
tui_keys G
wait_screen "the tender screen lists every revision" "Keputusan, semua revisi:"
wait_screen "revision 1" "revisi 1: Penyesuaian jadwal"
wait_screen "revision 2" "BA BA/06/POKJA/II/2018, 2018-02-06 09:00"
G remedy 1 --format json
expect_eq "the store has revision 2" \
	"$(printf '%s' "$OUT" | jq -r '.tenders[] | select(.code == "2018002") | .decision | "\(.ref) \(.revision)"')" \
	"BA/06/POKJA/II/2018 2"

# ---- nothing a decision refers to is deleted ----
tui_keys g X
wait_screen "deleting a stage asks" "Hapus tahap 1 \"Pengumuman Pascakualifikasi\"? (y/T)"
tui_keys y
wait_screen "and is refused: a decision refers to the tender" "tidak dapat dihapus: sudah ada keputusan"
tui_keys q
wait_screen "the tender list" "1 tender · 1 terkena gangguan"
tui_keys X
wait_screen "deleting the tender asks" "Hapus tender 2018002 beserta 12 tahapnya? (y/T)"
tui_keys y
wait_screen "and is refused" "tender 2018002 tidak dapat dihapus: sudah ada keputusan"
G tender show 2018002 --format json
expect_eq "the store still has all 12 stages" "$(printf '%s' "$OUT" | jq '.stages | length')" "12"

# ---- stages from a method and a first day, as the CLI makes them ----
G tender add 2018010 --name "Kembar dari baris perintah" --method tender-pascakualifikasi-1-file --from 2018-03-05
expect_rc "the CLI's twin" 0
tui_keys n
wait_screen "the tender form" "Tender baru"
tui_type "2018009"; tui_keys Tab; tui_type "Pengadaan Laptop"; tui_keys Tab Tab
wait_screen "the method is chosen from the shipped lists" "< (tanpa daftar tahap) >"
tui_keys Right
wait_screen "the first list" "< seleksi-prakualifikasi-2-file >"
tui_keys Right
wait_screen "the second" "< tender-pascakualifikasi-1-file >"
tui_keys Tab; tui_type "2018-03-05"
tui_keys F2
wait_screen "recorded with the method's stages" "Tender 2018009 dicatat dengan 12 tahap"
G tender show 2018009 --format json
got=$(printf '%s' "$OUT" | jq -c '[.method, .stages]')
G tender show 2018010 --format json
expect_eq "the same stages as tender add --method --from" "$got" "$(printf '%s' "$OUT" | jq -c '[.method, .stages]')"

# ---- a jadwal as a browser copies it from SPSE: tab-separated ----
G tender add 2025002 --name "Kembar tempelan"
G tender import 2025002 "$TOP/tests/fixtures/jadwal-spse-tempel.tsv"
expect_rc "the CLI imports the browser's copy" 0
tui_keys q n
wait_screen "the tender form for a tab-separated paste" "Tender baru"
tui_type "2025001"; tui_keys Tab; tui_type "Puskesmas dari SPSE"; tui_keys Tab Tab Tab Tab
paste_file "$TOP/tests/fixtures/jadwal-spse-tempel.tsv"
tui_keys F2
wait_screen "the tab-separated paste is read" "Tender 2025001 dicatat dengan 12 tahap"
G tender show 2025001 --format json
got=$(printf '%s' "$OUT" | jq -c '.stages')
G tender show 2025002 --format json
expect_eq "the same stages as tender import of the same copy" "$got" "$(printf '%s' "$OUT" | jq -c '.stages')"
tui_keys q
wait_screen "back to the list" "5 tender"
tui_keys g j Enter
wait_screen "the method's tender again" "2018009 · Pengadaan Laptop"

# ---- deleting a stage and a tender no decision refers to ----
tui_keys g X
wait_screen "deleting stage 1 asks" "Hapus tahap 1 \"Pengumuman Pascakualifikasi\"? (y/T)"
tui_keys y
wait_screen "the stage is deleted" "Tahap \"Pengumuman Pascakualifikasi\" dihapus"
G tender show 2018009 --format json
expect_eq "the store has 11 stages" "$(printf '%s' "$OUT" | jq '.stages | length')" "11"
tui_keys q
wait_screen "five tenders" "5 tender · 1 terkena gangguan"
tui_keys X
wait_screen "deleting the selected tender asks" "Hapus tender 2018009 beserta 11 tahapnya? (y/T)"
tui_keys y
wait_screen "the tender is deleted" "Tender 2018009 dihapus"
G tender show 2018009
expect_rc "the store no longer has it" 66
G audit --format json
expect_out "the deletion is audited" '"action":"tender-delete"'

# ---- editing a tender ----
wait_screen "four left" "4 tender · 1 terkena gangguan"
tui_keys j E
wait_screen "the edit form" "Ubah tender"
wait_screen "filled in" "Kembar dari baris perintah"
tui_keys C-u; tui_type "Pengadaan Laptop Sekolah"
tui_keys F2
wait_screen "changed" "Tender 2018010 diubah"
wait_screen "the list has the new name" "2018010   Pengadaan Laptop Sekolah"
G tender show 2018010 --format json
expect_eq "the store has the new name" "$(printf '%s' "$OUT" | jq -r '.name')" "Pengadaan Laptop Sekolah"
tui_keys q q
wait_exit "leaves" 0

# ---- long stage names use the width of a 132-column terminal ----
tui_start 132 40
wait_screen "list" "1 gangguan"
tui_keys T Enter
wait_screen "the tender screen at 132 columns" "2018002 · Rehabilitasi Gedung Kantor Bupati"
wait_screen "the long name on one line" "$LONG"
G tender show 2018002 --format json
s11=$(printf '%s' "$OUT" | jq -r '.stages[10].start' | cut -c1-16 | tr T ' ')
e11=$(printf '%s' "$OUT" | jq -r '.stages[10].end' | cut -c1-16 | tr T ' ')
wait_screen "beside its current times" "$LONG $s11 - $e11"
tui_keys G
wait_screen "in the proposal too" "11 $LONG"
tui_keys q q q
wait_exit "leaves at 132 columns" 0
expect_all_exited "no program is left running after its terminal is gone"
finish
