#!/bin/sh
# The Tender & Remedi tab gives what `gangguan remedy` gives (issue 12):
# the hit stages marked, the reason of each move under its stage, the
# whole stage name where the terminal has room, the year of a date of
# another year; no tender for a void incident; "menunggu pulih" while the
# incident is open.  The schedule is tests/cli/spse.sh's.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
sed 's/^timezone .*/timezone  = WITA/' "$SAMPLE_CFG" >"$T/wita.ini"
CFG=$T/wita.ini
G() { g -c "$CFG" -d "$DB" "$@"; }

# Package 10095767000 of LPSE Kabupaten Tapin (from
# github.com/israndria/asisten-pokja, analyze_jadwal.py).
cp "$TOP/tests/fixtures/jadwal-tapin-10095767000.csv" "$T/spse.csv"

# db NAME START [RESTORE]: a database with the tender and one incident.
db() {
	DB=$T/$1.db
	G init >/dev/null
	G tender add 10095767000 --name "Normalisasi Sungai Haur"
	G tender import 10095767000 "$T/spse.csv" >/dev/null
	G report --start "$2" --cause listrik --summary "server SPSE mati"
	G open 1 --at "$2" >/dev/null
	G event 1 --at "$2" --text "listrik padam" >/dev/null
	[ -n "${3:-}" ] && G restore 1 --at "$3"
	return 0
}

# tab W H: the first incident's Tender & Remedi tab, scrolled to its end.
tab() {
	tui_start "$1" "$2"
	wait_screen "list" "1 gangguan"
	tui_keys Enter 4
	wait_screen "the tab" "Tender terdampak"
	tui_keys End
}

# ---- restored: the proposal with its reasons, the names whole ----
db rest "2025-11-12 16:00" "2025-11-15 10:00"
tab 132 50
wait_screen "the hit stage marked, its whole name at 132 columns" \
	"*6 Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga 13/11 10:03-18/11 16:00 > 17/11 10:03-24/11 16:00"
wait_screen "the reason of a weekend end, as the CLI gives it" "bergeser +4 hari; akhir jatuh Sabtu 22/11 (akhir pekan): +2 hari"
wait_screen "the reason of a one-day Pokja stage" "tahap Pokja satu hari, mulai jatuh Sabtu 22/11 (akhir pekan): +2 hari"
wait_screen "the reason of a relation kept" "+3 hari agar mulai sesudah tahap 10 berakhir"
tui_keys q q
wait_exit "leaves" 0

# ---- 80 columns: a long name goes on its own line, nothing cut ----
tab 80 50
wait_screen "the long name is whole" "*6 Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga"
tui_keys q q
wait_exit "leaves" 0

# ---- the year of a date of another year ----
DB=$T/dec.db
G init >/dev/null
G tender add 2025121 --name "Jalan Lingkar" --method tender-pascakualifikasi-1-file --from 2025-12-15
G report --start "2025-12-22 09:00" --cause listrik --summary "server SPSE mati"
G open 1 --at "2025-12-22 09:00" >/dev/null
G event 1 --at "2025-12-22 09:00" --text "listrik padam" >/dev/null
G restore 1 --at "2025-12-22 11:00"
tab 132 50
wait_screen "a 2026 date carries its year" "31/12 09:00-06/01/2026 16:00 > 06/01/2026 09:00-12/01/2026 16:00"
tui_keys q q
wait_exit "leaves" 0

# ---- open: nothing proposed, menunggu pulih ----
db open "2025-11-12 16:00"
tab 132 50
wait_screen "the schedule waits for the restore" "Jadwal baru menunggu pulih"
wait_screen "a stage hit so far" "terdampak sejauh ini: jadwal baru menunggu pulih"
if screen | grep -q "bergeser"; then not_ok "no shift is proposed while open" "$(screen)"; else ok "no shift is proposed while open"; fi
tui_keys q q
wait_exit "leaves" 0

# ---- void: no tender (a report found mistaken before it was opened) ----
DB=$T/void.db
G init >/dev/null
G tender add 10095767000 --name "Normalisasi Sungai Haur"
G tender import 10095767000 "$T/spse.csv" >/dev/null
G report --start "2025-11-12 16:00" --cause listrik --summary "laporan keliru"
G void 1 --reason "jaringan kantor pelapor"
expect_rc "the report is void" 0
tui_start 132 50
wait_screen "list" "gangguan"
tui_keys Enter 4
wait_screen "a void incident lists no tender" "Gangguan dibatalkan (void): tidak ada tender terdampak."
if screen | grep -q "10095767000"; then not_ok "not the tender whose stage ran then" "$(screen)"; else ok "not the tender whose stage ran then"; fi
tui_keys q q
wait_exit "leaves" 0
expect_all_exited "no program is left running after its terminal is gone"
finish
