#!/bin/sh
# gangguan rekap (issue 10) against a hand-worked fixture in 2025: two
# overlapping incidents in March, one across the March/April boundary, one
# void (not counted); and one still open, counted up to now and marked.
. "$(dirname "$0")/../lib.sh"
DB=$T/r.db
G() { g -c "$SAMPLE_CFG" -d "$DB" "$@"; }
G init >/dev/null
# open ID WHEN / shut ID WHEN: the letters of a year are issued in date order.
open_at() { G open "$1" --at "$2"; G event "$1" --at "$2" --text "mulai"; }
shut_at() { G restore "$1" --at "$2"; G close "$1" --at "$2"; }
G report --start "2025-03-10 08:00" --cause listrik --summary "uji rekap A"
G report --start "2025-03-10 10:00" --cause jaringan --summary "uji rekap B"
G report --start "2025-03-31 22:00" --cause aplikasi --summary "uji rekap C"
open_at 1 "2025-03-10 08:00"
open_at 2 "2025-03-10 10:00"
shut_at 1 "2025-03-10 12:00"
shut_at 2 "2025-03-10 14:00"
open_at 3 "2025-03-31 22:00"
shut_at 3 "2025-04-01 03:00"
G report --start "2025-03-20 08:00" --cause listrik --summary "laporan palsu"
G void "$OUT" --reason "bukan gangguan"
G rekap --year 2025 --format json
J=$OUT
expect_eq "March: the void report is not counted" "$(printf '%s' "$J" | jq '.rows[2].incidents')" 3
expect_eq "March: 8 hours down, the overlap once" "$(printf '%s' "$J" | jq '.rows[2].down_s')" 28800
expect_eq "March: availability to two decimals" "$(printf '%s' "$J" | jq -r '.rows[2].availability_percent')" "98.92"
expect_eq "March: the longest outage, 5 hours" "$(printf '%s' "$J" | jq '.rows[2].longest_s')" 18000
expect_eq "March: mean time to restore" "$(printf '%s' "$J" | jq '.rows[2].mttr_s')" 15600
expect_eq "March: the letters issued" "$(printf '%s' "$J" | jq '.rows[2].documents')" 5
expect_eq "April: the rest of the incident across the boundary" "$(printf '%s' "$J" | jq '.rows[3].down_s')" 10800
expect_eq "the year" "$(printf '%s' "$J" | jq '.total.down_s')" 39600
G rekap --year 2025 --month 3 --by cause --format json
expect_eq "by cause: listrik, 4 hours" \
	"$(printf '%s' "$OUT" | jq '[.rows[] | select(.period == "Listrik")][0].down_s')" 14400
# One still open: counted up to now, marked.
G report --start "kemarin 20.00" --cause kahar --summary "banjir"
G open "$OUT" --at "kemarin 20.05"
G rekap --format json
expect_eq "an open incident is counted and marked" "$(printf '%s' "$OUT" | jq '.total.open')" 1
expect_eq "its time down grows with now" "$(printf '%s' "$OUT" | jq '.total.down_s > 0')" true
G rekap
expect_out "the table marks it" "termasuk 1 gangguan yang belum pulih, dihitung sampai sekarang"
G rekap --year 2025 --format csv --sep ';'
expect_out "CSV, one row per month and the year" "^2025-03;2025-03-01T00:00:00\+07:00;3;0;28800;98\.92;18000;15600;5;0"
if command -v pdftotext >/dev/null 2>&1; then
	G rekap --year 2025 --format pdf -o "$T/rekap.pdf"
	expect_rc "rekap as PDF" 0
	pdf=$(pdftotext -layout "$T/rekap.pdf" -)
	case $pdf in *"Rekap Gangguan Layanan"*"2025-03"*"98.92%"*) ok "the PDF has the title and the March figures" ;;
	*) not_ok "the PDF has the title and the March figures" "$pdf" ;; esac
	case $pdf in *"Jam gangguan per bulan"*"Jam gangguan per penyebab"*) ok "and the charts by month and by cause" ;;
	*) not_ok "and the charts by month and by cause" "$pdf" ;; esac
	G rekap --year 2025 --format pdf
	expect_rc "a PDF needs a file" 64
else
	echo "# skip: poppler-utils is not installed (pdftotext)"
fi
G rekap --by pekan
expect_rc "an unknown grouping is a usage error" 64
finish
