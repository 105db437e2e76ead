#!/bin/sh
# Global options, exit codes (sysexits), and refusal of database files that
# are missing, foreign, corrupt or from a newer version.
. "$(dirname "$0")/../lib.sh"
DB=$T/g.db

g --help
expect_rc "--help exits 0" 0
expect_out "--help lists the commands" "report --start WHEN"
g --version
expect_out "--version prints the version" "^gangguan [0-9]"
g frobnicate
expect_rc "unknown command is a usage error" 64
expect_err "unknown command is named" "perintah tidak dikenal: frobnicate"
g -x list
expect_rc "unknown global option is a usage error" 64
g -c
expect_rc "-c without a file is a usage error" 64

g -c "$T/none.ini" -d "$DB" list
expect_rc "missing config file exits 78" 78
expect_err "missing config file is named" "none.ini"
(cd "$T" && GANGGUAN_CONFIG= "$GANGGUAN" list >/dev/null 2>"$T/e"); RC=$?
expect_eq "no config anywhere exits 78" "$RC" 78

g -c "$CFG" -d "$DB" list
expect_rc "missing database exits 66" 66
expect_err "missing database says how to create it" "gangguan init"
g -c "$CFG" -d "$DB" init
expect_rc "init creates the database" 0
expect_out "init reports the schema" "skema [0-9]+"
g -c "$CFG" -d "$DB" init
expect_rc "init again is harmless" 0
g -c "$CFG" -d "$DB" list --format json
expect_rc "list on an empty database" 0
expect_eq "empty list is an empty JSON array" "$(printf '%s' "$OUT" | jq -c .)" "[]"

cp "$DB" "$T/newer.db"
sqlite3 "$T/newer.db" "PRAGMA user_version = 99"
before=$(sha256sum "$T/newer.db" | cut -d' ' -f1)
g -c "$CFG" -d "$T/newer.db" list
expect_rc "a database from a newer version exits 78" 78
expect_err "the newer database is explained" "lebih baru"
expect_eq "the newer database is left untouched" "$(sha256sum "$T/newer.db" | cut -d' ' -f1)" "$before"
g -c "$CFG" -d "$T/newer.db" report --start "2018-02-03 14:30" --cause listrik --summary x
expect_rc "no write to a newer database" 78

sqlite3 "$T/other.db" "CREATE TABLE t(x)"
g -c "$CFG" -d "$T/other.db" init
expect_rc "another program's database exits 74" 74
expect_err "another program's database is explained" "bukan milik gangguan"

head -c 4096 /dev/urandom >"$T/junk.db"
g -c "$CFG" -d "$T/junk.db" list
expect_rc "a corrupt file exits 74" 74

mkdir "$T/dir.db"
g -c "$CFG" -d "$T/dir.db" list
expect_rc "a directory as database exits 66" 66

# A write while another process holds the lock: exit 75, nothing written.
sqlite3 "$DB" "SELECT 1" >/dev/null
# The holder waits for the lock itself (.timeout): without it, its BEGIN
# could fail against our probe and leave nothing locked.
( echo ".timeout 10000"; echo "BEGIN IMMEDIATE;"; echo "SELECT 1;"; sleep 30; echo "ROLLBACK;" ) |
	sqlite3 "$DB" >/dev/null 2>&1 &
holder=$!
deadline=$(($(date +%s) + 20))
locked=no
while [ "$(date +%s)" -lt "$deadline" ]; do
	if ! sqlite3 -cmd ".timeout 0" "$DB" "BEGIN IMMEDIATE; ROLLBACK;" >/dev/null 2>&1; then
		locked=yes
		break
	fi
done
expect_eq "the test holds the lock" "$locked" yes
g -c "$CFG" -d "$DB" report --start "2018-02-03 14:30" --cause listrik --summary "terkunci"
expect_rc "a locked database exits 75" 75
expect_err "the lock is explained" "dikunci"
kill "$holder" 2>/dev/null; pkill -P "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
g -c "$CFG" -d "$DB" list --format tsv
expect_eq "nothing was written while locked" "$(printf '%s\n' "$OUT" | wc -l)" 1

# Viewing the next number is a read: it leaves a rollback-journal file as
# it was; only --set writes.
sqlite3 "$T/j.db" "PRAGMA journal_mode=DELETE" >/dev/null
g -c "$CFG" -d "$T/j.db" init
sqlite3 "$T/j.db" "PRAGMA journal_mode=DELETE" >/dev/null
before=$(sqlite3 "$T/j.db" "SELECT count(*) FROM audit")
g -c "$CFG" -d "$T/j.db" number --year 2018
expect_eq "number prints the next number" "$OUT" "2018 001"
expect_eq "number does not switch the journal" "$(sqlite3 "$T/j.db" "PRAGMA journal_mode")" "delete"
g -c "$CFG" -d "$T/j.db" number --year 2018 --set 22
expect_eq "number --set sets it" "$OUT" "2018 022"
expect_eq "number --set is audited" "$(sqlite3 "$T/j.db" "SELECT count(*) FROM audit")" "$((before + 1))"

finish
