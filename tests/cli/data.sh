#!/bin/sh
# Data for scripts (issue 10): JSON carries numeric durations and UTC times
# beside the local ones (jq 1.6 parses only "...Z"); CSV as RFC 4180 has it,
# with ';' for spreadsheets under Indonesian settings.
. "$(dirname "$0")/../lib.sh"
DB=$T/d.db
G() { g -c "$CFG" -d "$DB" "$@"; }
G demo
G list --format json
expect_eq "started_utc is UTC" "$(printf '%s' "$OUT" | jq -r '.[0].started_utc')" "2018-02-03T07:30:00Z"
expect_eq "jq 1.6 reads it as the same instant as the local time" \
	"$(printf '%s' "$OUT" | jq -r '.[0].started_utc | fromdateiso8601')" "1517643000"
expect_eq "duration_s: start to restore in seconds" "$(printf '%s' "$OUT" | jq -r '.[0].duration_s')" "66600"
G show 1 --format json
expect_eq "each chronology line has at_utc" "$(printf '%s' "$OUT" | jq -r '.events[0].at_utc')" "2018-02-03T07:30:00Z"
G report --start "2018-03-01 08:00" --cause aplikasi --summary 'galat "500"; halaman kosong, lagi' \
	--impact "$(printf 'dua\nbaris')"
G list --format json
expect_eq "an incident not restored has duration_s null" "$(printf '%s' "$OUT" | jq -r '.[1].duration_s')" "null"
G list --format csv --sep ';'
printf '%s' "$OUT" >"$T/list.csv"
fields=$(python3 -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1], newline=""), delimiter=";")); print(len(r), r[2][7], "|", r[2][8].replace("\n", "\\n"))' "$T/list.csv")
expect_eq "CSV with ';': quotes doubled, separators and line breaks inside quotes" "$fields" \
	'3 galat "500"; halaman kosong, lagi | dua\nbaris'
expect_eq "records end in CRLF" "$(python3 -c 'import sys; print(open(sys.argv[1], "rb").read().split(b"\n")[0].endswith(b"\r"))' "$T/list.csv")" "True"
G list --format csv --sep '|'
expect_rc "a separator other than , or ; is refused" 64
G doc list --format csv
expect_out "doc list as CSV" "^023 /LPSE.Lebongkab/II/2018,2018-02-04T10:00:00\+07:00,2018-02-04T03:00:00Z,closing,1,022 /LPSE.Lebongkab/II/2018,"
G tender add 1234567 --name "Jalan, Jembatan" --method tender-pascakualifikasi-1-file --from 2018-01-22
G tender show 1234567 --format csv
expect_out "a tender's stages as CSV" "^1,Pengumuman Pascakualifikasi,2018-01-22T08:00:00\+07:00,"
G tender list --format csv
expect_out "the tender list as CSV, a comma quoted" '^1234567,"Jalan, Jembatan",'
finish
