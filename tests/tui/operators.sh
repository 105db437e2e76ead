#!/bin/sh
# The TUI side of [operators] (tests/cli/operators.sh has the CLI's):
# operators sharing an account choose their name at start, the header
# shows it, the audit records it; a read-only role sees "baca saja" and
# its write is refused by the store with the same words as the CLI's.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
DB=$T/op.db
CFG=$T/op.ini
sed -e 's/^; names = .*/names = Andi|Budi|Sari|Rina/' -e 's/^; readonly_users = .*/readonly_users = Rina/' \
	"$SAMPLE_CFG" >"$CFG"
me=$(id -un)
g -c "$CFG" -d "$DB" init

tui_start 80 24
wait_screen "the operator is asked at start, one key per name" "Operator: 1 Andi 2 Budi 3 Sari 4 Rina"
tui_keys 7
wait_screen "a key that names nobody says what to press" "Pilih nomor operator (1-4)"
tui_keys 2
wait_screen "the header names the chosen operator beside the unit" "Budi · LPSE Kabupaten Lebong"
tui_keys '?'
wait_screen "the help screen says who the audit will name" "Tercatat di audit sebagai: Budi (akun $me). Peran: dapat"
tui_keys q
wait_gone "help closes" "Tercatat di audit"
tui_keys n
wait_screen "report form opens" "Laporan gangguan baru"
tui_keys C-u; tui_type "2026-11-30 10:00"; tui_keys Tab Tab
tui_type "SPSE tidak dapat diakses"; tui_keys F2
wait_screen "the report is recorded" "Gangguan #1 dicatat"
tui_keys q q
wait_exit "the TUI ends" 0
g -c "$CFG" -d "$DB" audit
expect_out "the audit names the operator chosen in the TUI" "Budi \\($me\\) +lokal +1 +mencatat laporan"

tui_start 80 24 GANGGUAN_OPERATOR=Rina
wait_screen "\$GANGGUAN_OPERATOR: no question, the header says read-only" "Rina · baca saja · LPSE"
tui_keys n
wait_screen "report form opens" "Laporan gangguan baru"
tui_keys C-u; tui_type "2026-11-30 11:00"; tui_keys Tab Tab
tui_type "tidak boleh"; tui_keys F2
wait_screen "the store refuses a read-only operator, as on the CLI" "berperan baca saja"
tui_keys Escape
tui_keys q q
g -c "$CFG" -d "$DB" list --format tsv
expect_out "nothing was written" "^1	"
if printf '%s\n' "$OUT" | grep -q "tidak boleh"; then not_ok "the refused report is not in the list" "$OUT"; else ok "the refused report is not in the list"; fi
g -c "$CFG" -d "$DB" audit
expect_out "the TUI's refusal is audited" "Rina \\($me\\) +lokal +- +perubahan ditolak \\(peran baca saja\\)"

tui_start 80 24
wait_screen "asked again" "Operator: 1 Andi"
tui_keys q
wait_exit "q at the question leaves" 0
expect_all_exited "no program of this test lives on"
finish
