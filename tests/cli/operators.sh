#!/bin/sh
# Who did it ([operators] in gangguan.ini(5)): operators sharing one Unix
# account choose a name from the config's list, the audit records it
# beside the account; a read-only role is refused every write, in the
# store, and every refusal is itself audited.  The TUI side is in
# tests/tui/operators.sh.
. "$(dirname "$0")/../lib.sh"
DB=$T/op.db
C=$T/op.ini
sed -e 's/^; names = .*/names = Andi|Budi|Sari|Rina/' -e 's/^; readonly_users = .*/readonly_users = Rina/' \
	"$SAMPLE_CFG" >"$C"
me=$(id -un)

g -c "$C" -d "$DB" init
expect_rc "init needs no operator (the program's own change)" 0
g -c "$C" -d "$DB" report --start "2026-11-30 10:00" --cause jaringan --summary "tanpa nama"
expect_rc "a write without an operator is refused" 64
expect_err "the refusal says how to choose" "pilih nama operator dulu \\(--operator NAMA"
g -c "$C" -d "$DB" list
expect_rc "reading needs no operator" 0
g -c "$C" -d "$DB" --operator zed report --start "2026-11-30 10:00" --cause jaringan --summary x
expect_rc "an operator not in the list is refused" 64
expect_err "the refusal names the choices" "operator 'zed' tidak ada di \\[operators\\] names; pilih salah satu: Andi, Budi, Sari, Rina"
g -c "$C" -d "$DB" --operator budi report --start "2026-11-30 10:00" --cause jaringan --summary "oleh Budi"
expect_rc "--operator (any case) lets the write through" 0
GANGGUAN_OPERATOR=Sari g -c "$C" -d "$DB" report --start "2026-11-30 11:00" --cause listrik --summary "oleh Sari"
expect_rc "\$GANGGUAN_OPERATOR does the same" 0
g -c "$C" -d "$DB" audit
expect_out "the audit names the operator with the account (config's spelling)" "Budi \\($me\\) +lokal +1 +mencatat laporan"
expect_out "and the one from the environment" "Sari \\($me\\) +lokal +2 +mencatat laporan"
g -c "$C" -d "$DB" audit --format json
expect_out "JSON carries the operator" '"user":"'"$me"'","operator":"Budi"'

# A read-only role: refused in the store, whatever face asks, and audited.
before=$("$GANGGUAN" -c "$C" -d "$DB" list --format tsv)
g -c "$C" -d "$DB" --operator Rina report --start "2026-11-30 12:00" --cause listrik --summary "oleh Rina"
expect_rc "a read-only operator's write is refused, permission (77)" 77
expect_err "the refusal says read-only and audited" "Rina / $me berperan baca saja.*tercatat di audit"
g -c "$C" -d "$DB" --operator Rina edit 1 --summary "diubah Rina" --reason coba
expect_rc "a correction too" 77
expect_eq "nothing changed" "$("$GANGGUAN" -c "$C" -d "$DB" list --format tsv)" "$before"
g -c "$C" -d "$DB" --operator Rina show 1
expect_rc "a read-only operator still reads" 0
g -c "$C" -d "$DB" audit
expect_out "each refusal is audited with the operator and what was refused" "Rina \\($me\\) +lokal +- +perubahan ditolak \\(peran baca saja\\): store_incident_report"
expect_out "the correction's refusal too" "perubahan ditolak \\(peran baca saja\\): store_incident_edit"

g -c "$C" -d "$DB" --operator Budi backup "$T/copy.db"
expect_rc "an operator takes a backup" 0
g -c "$C" -d "$DB" --operator Rina backup "$T/copy2.db"
expect_rc "a read-only operator may take a backup (it reads)" 0
g -c "$C" -d "$DB" --operator Rina restore "$T/copy.db"
expect_rc "a read-only operator may not restore (it replaces the register)" 77
expect_eq "nothing changed by the refused restore" "$("$GANGGUAN" -c "$C" -d "$DB" list --format tsv)" "$before"
g -c "$C" -d "$DB" audit
expect_out "the refused restore is audited" "perubahan ditolak \\(peran baca saja\\): store_restore"

# A read-only group: the process's own group, as the kernel sees it.
grp=$(id -gn)
sed "s/^readonly_users = .*/readonly_groups = $grp/" "$C" >"$T/grp.ini"
g -c "$T/grp.ini" -d "$DB" --operator Budi report --start "2026-11-30 13:00" --cause listrik --summary x
expect_rc "a member of a read-only group is refused" 77
sed "s/^readonly_groups = .*/readonly_groups = tidak-ada-grup-ini/" "$T/grp.ini" >"$T/grp2.ini"
g -c "$T/grp2.ini" -d "$DB" --operator Budi report --start "2026-11-30 13:00" --cause listrik --summary x
expect_rc "a group that does not exist makes nobody read-only" 0

# No list: the Unix account alone, and --operator makes no sense.
g -c "$SAMPLE_CFG" -d "$T/plain.db" --operator Budi init
expect_rc "--operator without [operators] names is refused" 64
expect_err "saying why" "tidak memuat daftar operator"
g -c "$SAMPLE_CFG" -d "$T/plain.db" init
g -c "$SAMPLE_CFG" -d "$T/plain.db" report --start "2026-11-30 10:00" --cause jaringan --summary x
expect_rc "without a list, no name is asked" 0
finish
