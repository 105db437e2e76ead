#!/bin/sh
# tender import of a jadwal as SPSE shows it (issue 12): the table pasted
# from a browser (tab-separated, with or without its header), the same
# saved by a spreadsheet as ';' CSV, standard input, and every bad line
# named FILE:LINE with nothing imported.
#
# The fixtures (tests/fixtures/README says what each imitates):
#   jadwal-spse-tempel.tsv  a browser copy of a 12-stage jadwal of SPSE 4's
#                           pattern, overlaps and all
#   jadwal-spse.csv         the same jadwal saved as ';' CSV with a BOM,
#                           CRLF and a quoted line break
. "$(dirname "$0")/../lib.sh"
DB=$T/g.db
G() { g -c "$CFG" -d "$DB" "$@"; }
FX=$TOP/tests/fixtures
stages() { G tender show "$1" --format json; printf '%s' "$OUT" | jq -c .stages; }

G init
expect_rc "a new register" 0
for code in 1111111 2222222 3333333 4444444 5555555; do
	G tender add $code --name "Paket $code" --committee "Pokja I"
done

# ---- a browser paste and a ';' CSV give the same stages ----
G tender import 1111111 "$FX/jadwal-spse-tempel.tsv"
expect_rc "a tab-separated browser copy imports" 0
expect_eq "its 12 stages" "$OUT" 12
G tender import 2222222 "$FX/jadwal-spse.csv"
expect_rc "the ';' CSV with a BOM, CRLF and a quoted line break imports" 0
expect_eq "its 12 stages" "$OUT" 12
paste_stages=$(stages 1111111)
csv_stages=$(stages 2222222)
expect_eq "both give the same stored stages" "$csv_stages" "$paste_stages"

j() { printf '%s' "$paste_stages" | jq -r "$1"; }
expect_eq "the names as SPSE shows them, without a cell's second line" \
	"$(j '[.[].name] | join("|")')" \
	"Pengumuman Pascakualifikasi|Download Dokumen Pemilihan|Pemberian Penjelasan|Upload Dokumen Penawaran|Pembukaan Dokumen Penawaran|Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga|Pembuktian Kualifikasi|Penetapan Pemenang|Pengumuman Pemenang|Masa Sanggah|Surat Penunjukan Penyedia Barang/Jasa|Penandatanganan Kontrak"
expect_eq "an Indonesian date in the unit's zone" "$(j '.[0].start')" "2025-11-03T08:00:00+07:00"
expect_eq "a date with a non-breaking space" "$(j '.[2].start')" "2025-11-05T09:00:00+07:00"
# The overlaps of SPSE 4 are kept as they are.
expect_eq "Download opens a minute after the announcement" "$(j '.[1].start')" "2025-11-03T08:01:00+07:00"
expect_eq "Download and Upload end together" "$(j '.[1].end')" "$(j '.[3].end')"
expect_eq "the upload starts inside the announcement" \
	"$(j 'if .[3].start < .[0].end then "inside" else "after" end')" inside
expect_eq "Pembuktian lies inside Evaluasi" \
	"$(j 'if .[6].start > .[5].start and .[6].end <= .[5].end then "inside" else "outside" end')" inside

# ---- standard input; without the header line ----
tail -n +2 "$FX/jadwal-spse-tempel.tsv" >"$T/rows.tsv"
G tender import 3333333 - <"$T/rows.tsv"
expect_rc "the paste without its header, from standard input" 0
expect_eq "its 12 stages" "$OUT" 12
expect_eq "the same stages again" "$(stages 3333333)" "$paste_stages"

# Part of the table, its first line the Evaluasi row: the commas of that
# name do not make it a ',' CSV.
tail -n +8 "$FX/jadwal-spse-tempel.tsv" >"$T/part.tsv"
G tender import 5555555 - <"$T/part.tsv"
expect_rc "a paste that opens with a name holding commas" 0
expect_eq "its 7 stages" "$OUT" 7
expect_eq "the first is Evaluasi, whole" "$(stages 5555555 | jq -r '.[0].name')" \
	"Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga"

# ---- bad lines: every one named, nothing imported ----
before=$(stages 1111111)
tab=$(printf '\t')
cat >"$T/bad.tsv" <<EOF
No${tab}Tahap${tab}Mulai${tab}Sampai${tab}Perubahan
1${tab}Pengumuman Pascakualifikasi${tab}3 November 2025 08:00${tab}2 November 2025 16:00${tab}
2${tab}Download Dokumen Pemilihan${tab}03 Nov 2025 08:01${tab}17 November 2025 10:00${tab}
3${tab}Pemberian Penjelasan${tab}5 November 2025 09:00
4${tab}Pengumuman Pascakualifikasi${tab}6 November 2025 08:00${tab}17 November 2025 10:00${tab}
5${tab}Pembukaan Dokumen Penawaran${tab}31 November 2025 10:01${tab}17 November 2205 16:00${tab}
6${tab}Evaluasi${tab}17 November 2025 10:05${tab}21 November 2205 16:00${tab}
7${tab}Pembuktian Kualifikasi${tab}20 November 2025 08:00${tab}21 November 2025 16:00${tab}
EOF
G tender import 1111111 "$T/bad.tsv"
expect_rc "a paste with bad lines is refused" 65
expect_err "an end before the start, by line" "bad.tsv:2: tahap \"Pengumuman Pascakualifikasi\": waktu selesai sebelum waktu mulai"
expect_err "a month SPSE does not write, by line" "bad.tsv:3: mulai: '03 Nov 2025 08:01': bulan 'Nov' tidak dikenal"
expect_err "a short row, by line" "bad.tsv:4: 3 kolom, kepala berkas punya 5"
expect_err "a stage twice, by line" "bad.tsv:5: tahap \"Pengumuman Pascakualifikasi\" sudah ada di baris 2"
expect_err "a day that does not exist, by line" "bad.tsv:6: mulai: '31 November 2025 10:01': tanggal tidak ada"
expect_err "a year that is a typo, by line" "bad.tsv:7: tahap \"Evaluasi\": tahun di luar 2000-2099"
expect_eq "one line a problem, the good line not named" \
	"$(printf '%s\n' "$ERR" | grep -c 'bad.tsv:[0-9]')" 6
expect_err "nothing is imported" "tender import: .*bad.tsv: 6 masalah; tidak ada yang diimpor"
expect_eq "the stored stages are unchanged" "$(stages 1111111)" "$before"

G tender import 4444444 - <"$T/bad.tsv"
expect_rc "bad lines from standard input are refused" 65
expect_err "they are named -:LINE" "^-:3: mulai: '03 Nov 2025 08:01'"
expect_eq "and nothing is imported" "$(stages 4444444)" "[]"

# A ';' CSV: an unclosed quote costs its own line, the others are read.
printf 'tahap;mulai;sampai\r\n"Pengumuman;3 November 2025 08:00;4 November 2025 16:00\r\nUpload;5 November 2025 08:00;4 November 2025 16:00\r\n' >"$T/quote.csv"
G tender import 4444444 "$T/quote.csv"
expect_rc "an unclosed quote is refused" 65
expect_err "by its line" "quote.csv:2: tanda kutip tidak ditutup"
expect_err "and the next line is still checked" "quote.csv:3: tahap \"Upload\": waktu selesai sebelum"

printf '\377\376t\000a\000' >"$T/utf16.csv"
G tender import 4444444 "$T/utf16.csv"
expect_rc "a UTF-16 file is refused" 65
expect_err "saying what to save it as" "utf16.csv: berkas UTF-16; simpan sebagai CSV UTF-8"

printf 'No\tTahap\tMulai\tSampai\tPerubahan\r\n\r\n' >"$T/empty.tsv"
G tender import 1111111 "$T/empty.tsv"
expect_rc "a header without rows is refused" 65
expect_err "by its line" "empty.tsv:1: tidak ada baris tahap"
expect_eq "and does not empty the tender" "$(stages 1111111)" "$before"

finish
