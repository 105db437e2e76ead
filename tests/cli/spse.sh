#!/bin/sh
# Tenders as SPSE shows them (issue 12): a real SPSE 4 schedule whose stages
# overlap, imported as SPSE's jadwal table, hit by a disruption during the
# upload, gets the new schedule worked out by hand first (the same table is
# in tests/unit/test_schedule.c and gangguan-remedies(7), EXAMPLES); the
# reason of each move; dates of another year with their year; nothing
# proposed for a void incident, nor beyond now for an open one.
. "$(dirname "$0")/../lib.sh"
DB=$T/spse.db
# LPSE Kabupaten Tapin keeps WITA.
sed 's/^timezone .*/timezone  = WITA/' "$SAMPLE_CFG" >"$T/wita.ini"
G() { g -c "$T/wita.ini" -d "$DB" "$@"; }
G init >/dev/null

# Package 10095767000 of LPSE Kabupaten Tapin as SPSE showed it (WITA),
# from github.com/israndria/asisten-pokja, analyze_jadwal.py; written as
# SPSE's jadwal page writes dates.
cp "$TOP/tests/fixtures/jadwal-tapin-10095767000.csv" "$T/10095767000.csv"
G tender add 10095767000 --name "Normalisasi Sungai Haur dan Sungai Labuhan" --committee "Pokja Pemilihan"
G tender import 10095767000 "$T/10095767000.csv"
expect_rc "the overlapping SPSE schedule imports" 0
expect_eq "all 12 stages" "$OUT" 12

# The same jadwal as a browser copies it from SPSE (tab-separated, no
# header, CRLF) and as a spreadsheet under Indonesian settings saves it
# (';', a BOM): each imports to the very same stages.
stages_of() { "$GANGGUAN" -c "$T/wita.ini" -d "$DB" tender show "$1" --format json | jq -c '[.stages[] | [.name, .start, .end]]'; }
want_stages=$(stages_of 10095767000)
python3 - "$T/10095767000.csv" "$T/paste.tsv" "$T/semicolon.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    for r in rows[1:]:
        f.write("\t".join(r) + "\r\n")
with open(sys.argv[3], "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
PY
G tender add 10095767001 --name "tempelan SPSE"
G tender import 10095767001 - <"$T/paste.tsv"
expect_rc "the tab-separated paste imports from standard input" 0
expect_eq "the paste gives the same stages as the CSV" "$(stages_of 10095767001)" "$want_stages"
G tender add 10095767002 --name "CSV ;"
G tender import 10095767002 "$T/semicolon.csv"
expect_rc "the ';' CSV with a BOM imports" 0
expect_eq "the ';' CSV gives the same stages" "$(stages_of 10095767002)" "$want_stages"
G tender delete 10095767001
G tender delete 10095767002

# incident START RESTORE: reported, opened, restored; prints its id.
incident() {
	G report --start "$1" --cause listrik --summary "server SPSE tidak dapat diakses"
	i=$OUT
	G open "$i" --at "$1"
	G event "$i" --at "$1" --text "listrik padam"
	[ -n "${2:-}" ] && G restore "$i" --at "$2"
	echo "$i"
}

# The disruption during the upload: Wednesday 12/11/2025 16:00 to Saturday
# 15/11 10:00, four days.
id=$(incident "2025-11-12 16:00" "2025-11-15 10:00")
G hit "$id"
expect_out "the tender is proposed" "^10095767000 +diusulkan"
G remedy "$id" --format json
expect_rc "remedy json" 0
expect_eq "four days" "$(printf '%s' "$OUT" | jq .days)" 4

# The new schedule, worked out by hand (see tests/unit/test_schedule.c for
# the working): No, hit, new start, new end.
cat >"$T/want" <<'TABLE'
1 false 2025-11-07T14:30 2025-11-12T14:30
2 true 2025-11-07T14:31 2025-11-17T10:01
3 false 2025-11-10T08:00 2025-11-10T10:00
4 true 2025-11-10T11:00 2025-11-17T10:01
5 true 2025-11-17T10:02 2025-11-18T09:00
6 true 2025-11-17T10:03 2025-11-24T16:00
7 false 2025-11-24T09:00 2025-11-24T15:50
8 false 2025-11-24T16:01 2025-11-24T18:00
9 false 2025-11-24T18:01 2025-11-24T22:00
10 false 2025-11-24T22:01 2025-12-01T08:00
11 false 2025-12-01T08:01 2025-12-05T16:00
12 false 2025-12-01T14:00 2025-12-08T16:00
TABLE
printf '%s' "$OUT" | jq -r '.tenders[0].stages | to_entries[] |
	"\(.key + 1) \(.value.hit) \(.value.new_start[0:16]) \(.value.new_end[0:16])"' >"$T/got"
if diff "$T/want" "$T/got" >"$T/diff"; then ok "the proposal is the hand-worked table"
else not_ok "the proposal is the hand-worked table" "$(cat "$T/diff")"; fi
expect_eq "Download and Upload still end together" \
	"$(printf '%s' "$OUT" | jq -r '.tenders[0].stages | [.[1].new_end, .[3].new_end] | unique | length')" 1
expect_eq "Pembuktian is still inside Evaluasi" \
	"$(printf '%s' "$OUT" | jq -r '.tenders[0].stages | (.[6].new_start >= .[5].new_start and .[6].new_end <= .[5].new_end)')" true
expect_eq "the Masa Sanggah keeps at least its whole days" \
	"$(printf '%s' "$OUT" | jq -r '.tenders[0].stages[9] | [.sanggah_days, .pushed_days, .pushed_after] | join(" ")')" "6 2 9"
expect_eq "a stage waits only while the incident is open" \
	"$(printf '%s' "$OUT" | jq -r '[.tenders[0].stages[].waiting] | unique | join(",")')" false

G remedy "$id"
expect_out "the reason of a weekend end" "^ +\*6 Evaluasi .* akhir jatuh Sabtu 22/11 \(akhir pekan\): \+2 hari$"
expect_out "the reason of a one-day Pokja stage" \
	"^ +7 Pembuktian Kualifikasi .* tahap Pokja satu hari, mulai jatuh Sabtu 22/11 \(akhir pekan\): \+2 hari$"
expect_out "the reason of a relation kept" "^ +8 Penetapan Pemenang .* \+2 hari agar mulai sesudah tahap 6 berakhir$"
expect_out "the reason of the Masa Sanggah" "^ +10 Masa Sanggah .*masa sanggah 6 hari kalender \(semula 5\)$"
expect_out "a running stage keeps its start" "^ +\*4 Upload Dokumen Penawaran .*berjalan saat gangguan: mulai tetap, akhir \+4 hari$"
expect_out "a stage finished before it is kept" "^ +1 Pengumuman Pascakualifikasi .*selesai sebelum gangguan: tetap$"
expect_out "the whole stage name is shown" "Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga"

# ---- the shipped stage list across the year's end: dates of 2026 carry
# their year; Natal and its cuti bersama are not working days ----
G tender add 2025121 --name "Jalan Lingkar" --method tender-pascakualifikasi-1-file --from 2025-12-15
expect_rc "a tender from the SPSE-pattern stage list" 0
G tender show 2025121 --format json
expect_eq "Download closes with Upload in the shipped list" \
	"$(printf '%s' "$OUT" | jq -r '.stages | [.[1].end, .[3].end] | unique | length')" 1
expect_eq "Download opens a minute after the announcement" \
	"$(printf '%s' "$OUT" | jq -r '.stages | [.[0].start, .[1].start] | join(" ")')" \
	"2025-12-15T08:00:00+08:00 2025-12-15T08:01:00+08:00"
id_dec=$(incident "2025-12-22 09:00" "2025-12-22 11:00")
G remedy "$id_dec"
expect_out "an end on a cuti bersama day" \
	"^ +\*6 Evaluasi .* 23/12 10:02-29/12 16:00 .*akhir jatuh Jumat 26/12 \(cuti bersama, Cuti bersama Hari Raya Natal\): \+3 hari$"
expect_out "a date of the next year carries its year" \
	"^ +10 Masa Sanggah .* 29/12 21:01-05/01/2026 21:01 .*akhir jatuh Sabtu 03/01/2026 \(akhir pekan\): \+2 hari"
expect_out "so do the stages after it" "^ +12 Penandatanganan Kontrak .* 31/12 09:00-06/01/2026 16:00 06/01/2026 09:00-12/01/2026 16:00 "

# ---- a void incident hits no tender ----
G report --start "2025-11-12 16:00" --cause listrik --summary "laporan keliru"
id_void=$OUT
G void "$id_void" --reason "jaringan kantor pelapor"
G hit "$id_void"
expect_eq "hit lists no tender for a void incident" "$(printf '%s\n' "$OUT" | sed 1d)" ""
G hit "$id_void" --format json
expect_eq "nor in JSON" "$OUT" "[]"
G remedy "$id_void" --format json
expect_eq "remedy of a void incident lists no tender" "$(printf '%s' "$OUT" | jq -c '[.void, .tenders]')" '[true,[]]'
G remedy "$id_void"
expect_out "and says why" "gangguan dibatalkan \(void\): tidak ada tender terdampak"

# ---- an open incident: days so far, hits so far, nothing after now ----
# Times around the real now, hours from any boundary: the program reads the
# clock itself (the unit tests fix "now": tests/unit/test_remedy.c).
at() { TZ=Asia/Makassar date -d "@$(( $(date +%s) + $1 ))" '+%Y-%m-%d %H:%M'; }
H=3600
D=86400
cat >"$T/now.csv" <<CSV
tahap,mulai,sampai
Upload Dokumen Penawaran,$(at $((-3 * D))),$(at $((2 * D)))
Pembukaan Dokumen Penawaran,$(at $((2 * D + 60))),$(at $((3 * D)))
CSV
G tender add 2026001 --name "Berjalan"
G tender import 2026001 "$T/now.csv"
cat >"$T/later.csv" <<CSV
tahap,mulai,sampai
Pengumuman Pascakualifikasi,$(at $((1 * D))),$(at $((6 * D)))
CSV
G tender add 2026002 --name "Belum mulai"
G tender import 2026002 "$T/later.csv"
id_open=$(incident "$(at $((-2 * H)))")
G hit "$id_open" --format json
expect_eq "an open incident proposes only the tender with a stage begun by now" \
	"$(printf '%s' "$OUT" | jq -r '[.[] | select(.proposed) | .code] | join(",")')" 2026001
G remedy "$id_open" --format json
expect_eq "its days are provisional" "$(printf '%s' "$OUT" | jq .provisional)" true
expect_eq "no tender whose stages all begin after now" \
	"$(printf '%s' "$OUT" | jq -r '[.tenders[].code] | join(",")')" 2026001
expect_eq "the running stage is hit so far and waits; the later one is not hit and waits" \
	"$(printf '%s' "$OUT" | jq -c '[.tenders[0].stages[] | [.hit, .waiting, .new_start, .new_end]]')" \
	'[[true,true,null,null],[false,true,null,null]]'
expect_eq "its reason" "$(printf '%s' "$OUT" | jq -r '.tenders[0].stages[1].reason')" "belum dimulai: menunggu pulih"
G remedy "$id_open"
expect_out "the text says the schedule waits for the restore" "Jadwal baru menunggu pulih: jumlah hari gangguan belum diketahui"
expect_out "for every stage not finished" "^ +2 Pembukaan Dokumen Penawaran .* menunggu pulih +belum dimulai: menunggu pulih$"
# Back-dated: open since 204 days ago.  No "+205 hari" shift is proposed.
id_old=$(incident "$(at $((-204 * D)))")
G remedy "$id_old" --format json
expect_eq "a back-dated open incident counts its days, provisional" \
	"$(printf '%s' "$OUT" | jq -c '[.days, .provisional]')" '[205,true]'
expect_eq "and proposes no shift" \
	"$(printf '%s' "$OUT" | jq -r '[.tenders[].stages[] | select(.shifted or .new_start != null and .waiting)] | length')" 0
G remedy "$id_old"
if printf '%s' "$OUT" | grep -Eq '\+20[0-9] hari'; then not_ok "no +205 hari in the text" "$OUT"
else ok "no +205 hari in the text"; fi
finish
