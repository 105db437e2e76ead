#!/bin/sh
# A register nobody can quietly rewrite: each tampering, done with the
# sqlite3 shell on a copy of the demo register (the immutability trigger
# dropped first, the document's SHA-256 recomputed where an attacker
# would), makes check fail and name the audit row; an untouched register
# and one migrated from schema 6 pass; verify, anchor, check --anchor,
# and a number jump explained apart from a missing number.
. "$(dirname "$0")/../lib.sh"
if ! command -v sqlite3 >/dev/null 2>&1; then
	echo "# skip: the sqlite3 shell is not installed (apt-get install sqlite3)"
	finish
fi
DB=$T/demo.db
N23="023/LPSE.Lebongkab/II/2018"
G() { g -c "$CFG" -d "$DB" "$@"; }
# on DB: a fresh copy of the demo register, the SQL run on it
copy() { cp "$T/pristine.db" "$DB"; rm -f "$DB-wal" "$DB-shm"; sqlite3 "$DB" "$1"; }
# tampered NAME SQL PATTERN: check exits 65 and names the row
tampered() {
	copy "$2"
	G check
	if [ "$RC" -eq 65 ] && printf '%s\n' "$OUT" | grep -Eq -- "$3"; then ok "$1"
	else not_ok "$1" "exit $RC" "stdout: $(printf '%s\n' "$OUT" | tail -n 4)"; fi
}

G demo
expect_rc "demo loads the seed incident" 0
# nothing beside the file: a plain copy is the attacker's copy
G check
expect_rc "the untouched demo register passes check" 0
expect_out "check names the audit chain" "rantai audit: baik"
cp "$DB" "$T/pristine.db"
rm -f "$DB-wal" "$DB-shm"

# The closing letter's row in the audit (issue of 023) and its restore row.
ISSUE23=$(sqlite3 "$T/pristine.db" "SELECT id FROM audit WHERE action = 'issue' AND after LIKE '%\"023 %'")
RESTORE=$(sqlite3 "$T/pristine.db" "SELECT id FROM audit WHERE action = 'restore'")
EVENT2=$(sqlite3 "$T/pristine.db" "SELECT id FROM audit WHERE action = 'event' AND after LIKE '{\"event\":2,%'")
[ -n "$ISSUE23" ] && [ -n "$RESTORE" ] && [ -n "$EVENT2" ] || not_ok "the demo's audit rows found" "$ISSUE23/$RESTORE/$EVENT2"

# 1. the signatory changed, the stored SHA-256 recomputed as an attacker would
TEXT=$(sqlite3 "$T/pristine.db" "SELECT text FROM document WHERE seq = 23")
FORGED=$(printf '%s' "$TEXT" | sed 's/Drs\./Ir./')
[ "$FORGED" != "$TEXT" ] || FORGED="$TEXT."
SHA=$(printf '%s' "$FORGED" | sha256sum | cut -d' ' -f1)
printf '%s' "$FORGED" >"$T/forged.txt"
tampered "signatory changed, SHA-256 recomputed: check names the issue row" \
	"DROP TRIGGER document_immutable_update;
	 UPDATE document SET text = CAST(readfile('$T/forged.txt') AS TEXT), sha256 = '$SHA' WHERE seq = 23;" \
	"baris audit $ISSUE23: dokumen 023 .* tidak sama dengan yang terbit"
G doc "$N23"
expect_rc "doc of the forged letter exits 65" 65
expect_err "doc warns that it does not match its issue row" "PERINGATAN: .*baris audit penerbitan $ISSUE23"
G doc "$N23" --format pdf -o "$T/forged.pdf"
expect_rc "no PDF to sign of the forged letter" 65
[ ! -e "$T/forged.pdf" ] && ok "the forged PDF was not written" || not_ok "the forged PDF was not written"

# 2. the closing letter deleted
tampered "closing letter deleted: check names its issue row" \
	"DROP TRIGGER document_immutable_delete; DELETE FROM search WHERE rowid = 4000000000000 + 2;
	 DELETE FROM document WHERE seq = 23;" \
	"baris audit $ISSUE23: dokumen 023 .* tidak ada lagi"

# 3. an audit row deleted, 4. one edited
tampered "an audit row deleted: check names the row after the hole" \
	"DROP TRIGGER audit_immutable_delete; DELETE FROM audit WHERE id = 6;" \
	"baris audit 7: baris 6 sebelumnya hilang \\(rantai"
tampered "an audit row edited: check names it" \
	"DROP TRIGGER audit_immutable_update; UPDATE audit SET unix_user = 'orang-lain' WHERE id = 5;" \
	"baris audit 5: isinya tidak cocok dengan hash-nya"

# 5. restored_at three days later (the incident table has no trigger)
tampered "restored_at moved by three days: check names the restore row" \
	"UPDATE incident SET restored_at = restored_at + 3 * 86400;" \
	"baris audit $RESTORE: gangguan #1: restored_at menurut jejak audit"

# 6. a chronology event edited, 7. one deleted
tampered "a chronology event edited: check names its audit row" \
	"UPDATE event SET text = 'server pulih sendiri' WHERE id = 2;" \
	"baris audit $EVENT2: kronologi #2 gangguan #1 tidak sama"
tampered "a chronology event deleted: check names its audit row" \
	"DELETE FROM event WHERE id = 2;" \
	"baris audit $EVENT2: kronologi #2 gangguan #1 tercatat, tetapi tidak ada lagi"

# 8. the counter wound back, to issue a number twice
tampered "the counter wound back: check names the row that set it" \
	"UPDATE doc_counter SET next_seq = 23 WHERE year = 2018;" \
	"baris audit $ISSUE23: penomoran 2018: nomor berikutnya menurut jejak audit 024"

# A register of schema 6 (the chain columns dropped as 6 had none) is
# chained as found by `migrate` (check only reads), and passes.
copy "DROP TRIGGER audit_immutable_update; ALTER TABLE audit DROP COLUMN prev; ALTER TABLE audit DROP COLUMN hash;
      CREATE TRIGGER audit_immutable_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'x'); END;
      PRAGMA user_version = 6;"
G migrate
expect_rc "migrate takes schema 6 to 7" 0
G check
expect_rc "a register of schema 6, migrated, passes check" 0
expect_eq "migration 7 chained every row from row 1" \
	"$(sqlite3 "$DB" "SELECT count(*) FROM audit WHERE length(hash) = 64 AND length(prev) = 64")" \
	"$(sqlite3 "$DB" "SELECT count(*) FROM audit")"
expect_eq "row 1 starts the chain" "$(sqlite3 "$DB" "SELECT prev FROM audit WHERE id = 1")" \
	"0000000000000000000000000000000000000000000000000000000000000000"

# verify: the closing report as doc prints it, and with one word changed
copy ""
G doc "$N23"
printf '%s\n' "$OUT" >"$T/023.txt"
G verify "$T/023.txt"
expect_rc "verify accepts the closing report as printed" 0
expect_out "verify names the number" "cocok: 023 /LPSE.Lebongkab/II/2018"
G doc "$N23" --format markdown
printf '%s\n' "$OUT" >"$T/023.md"
G verify "$T/023.md"
expect_rc "verify accepts it as markdown too" 0
sed '0,/server/s/server/sever/' "$T/023.txt" >"$T/023-changed.txt"
cmp -s "$T/023.txt" "$T/023-changed.txt" && not_ok "one word changed in the copy"
G verify "$T/023-changed.txt"
expect_rc "verify refuses it with one word changed" 65
expect_err "and names the number it claims" "TIDAK COCOK: berkas menyebut 023 /LPSE.Lebongkab/II/2018"
echo "Surat lain sama sekali" >"$T/other.txt"
G verify "$T/other.txt"
expect_rc "verify refuses a text of no document" 65
copy "DROP TRIGGER document_immutable_update; UPDATE document SET text = text || ' ' WHERE seq = 23;"
G verify "$T/023.txt"
expect_rc "verify refuses a print whose register copy was changed" 65
expect_err "and says the register's copy fails its fingerprint" "tidak cocok dengan sidiknya"

# anchor, then tampering before it and after it
copy ""
G anchor
expect_rc "anchor prints the head" 0
ANCHOR=$OUT
HEAD=$(sqlite3 "$DB" "SELECT max(id) FROM audit")
expect_out "the anchor names the date, the head row and 128 bits of its hash" \
	"^GGN-[0-9]{4}-[0-9]{2}-[0-9]{2}-r$HEAD(-[0-9a-f]{4}){8}$"
G check --anchor "$ANCHOR"
expect_rc "check --anchor on the untouched register" 0
expect_out "it says the anchor matches" "jangkar .*: cocok"
G check --anchor "GGN-2026-01-01-r3-zzzz"
expect_rc "a text that is no anchor is a usage error" 64
sqlite3 "$DB" "DROP TRIGGER audit_immutable_update; UPDATE audit SET client = 'x' WHERE id = 3;"
G check --anchor "$ANCHOR"
expect_rc "tampering before the anchor fails check --anchor" 65
expect_out "and check says the history before it was rewritten" "jangkar r$HEAD: .*ditulis ulang"
copy ""
G report --start "2018-03-01 08:00" --cause listrik --summary "listrik padam"
expect_rc "a row after the anchor" 0
AFTER=$(sqlite3 "$DB" "SELECT max(id) FROM audit")
sqlite3 "$DB" "DROP TRIGGER audit_immutable_update; UPDATE audit SET client = 'x' WHERE id = $AFTER;"
G check --anchor "$ANCHOR"
expect_rc "tampering after the anchor still fails check" 65
expect_out "the anchor check passes" "jangkar .*: cocok"
expect_out "the chain check names the row" "baris audit $AFTER: isinya tidak cocok"

# number --set: a jump after numbers of that year needs a reason, and is
# then no gap; a counter moved behind the program's back is.
DB=$T/jump.db
G init
G report --start "2018-02-01 08:00" --cause listrik --summary "listrik padam"
G open 1 --at "2018-02-01 09:00"
expect_rc "001 issued" 0
cp "$DB" "$T/jump-pristine.db"
G number --year 2018 --set 50
expect_rc "number --set after 2018's 001 needs --reason" 64
expect_err "the refusal says so" "perlu alasan \(--reason\)"
G number --year 2018 --set 50 --reason "buku agenda kertas dipakai untuk 002-049"
expect_rc "number --set with a reason" 0
G report --start "2018-03-01 08:00" --cause listrik --summary "listrik padam lagi"
G open 2 --at "2018-03-01 09:00"
expect_out "050 issued after the jump" "050"
G check
expect_rc "check passes: the jump is explained" 0
G audit
expect_out "the reason is in the audit" "buku agenda kertas"
cp "$T/jump-pristine.db" "$DB"
sqlite3 "$DB" "UPDATE doc_counter SET next_seq = 50 WHERE year = 2018;"
G report --start "2018-03-01 08:00" --cause listrik --summary "listrik padam lagi"
G open 2 --at "2018-03-01 09:00"
G check
expect_rc "a counter moved behind the program's back fails check" 65
expect_out "the numbers skipped are missing" "penomoran 2018: nomor urut 002 sampai 049 hilang"
finish
