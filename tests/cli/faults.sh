#!/bin/sh
# Storage faults named as they are (gangguan(1), EXIT STATUS): a full disk,
# a read-only directory or file system, a damaged page, a result that
# cannot be printed, a file size limit, and check, which never writes.
# Each case that cannot be set up here says "# skip: why"; none passes
# silently.
. "$(dirname "$0")/../lib.sh"

if ! command -v sqlite3 >/dev/null 2>&1; then
	echo "# skip: no sqlite3 shell; every case needs it"
	finish
fi
sha() { cat "$@" 2>/dev/null | sha256sum | cut -d' ' -f1; }
root=0
[ "$(id -u)" = 0 ] && root=1
# as_nobody CMD...: run as an unprivileged user (root passes every permission check)
as_nobody() { setpriv --reuid 65534 --regid 65534 --clear-groups "$@"; }
can_drop=0
[ "$root" = 1 ] && command -v setpriv >/dev/null 2>&1 && as_nobody true 2>/dev/null && can_drop=1

# --- a full disk: reads work, writes say so with the path ---------------
M=$T/small
mkdir -p "$M"
if [ "$root" = 1 ] && mount -t tmpfs -o size=1m tmpfs "$M" 2>/dev/null; then
	trap 'umount "$M" 2>/dev/null; rm -rf "$T"' EXIT INT TERM
	g -c "$CFG" -d "$M/g.db" demo
	expect_rc "demo on a 1 MB tmpfs" 0
	dd if=/dev/zero of="$M/fill" bs=4096 2>/dev/null
	before=$(sha "$M/g.db")
	g -c "$CFG" -d "$M/g.db" list
	expect_rc "list works on a full disk" 0
	expect_out "list shows the seed incident on a full disk" "tidak dapat diakses"
	g -c "$CFG" -d "$M/g.db" show 1 --format json
	expect_rc "show works on a full disk" 0
	g -c "$CFG" -d "$M/g.db" report --start "2018-02-05 10:00" --cause listrik --summary percobaan
	expect_rc "a report on a full disk exits 74" 74
	expect_err "the refusal says the disk is full, with the path" "disk penuh: $M/g.db tidak dapat ditulis"
	expect_eq "the database is unchanged" "$(sha "$M/g.db")" "$before"
	rm -f "$M/fill"
	g -c "$CFG" -d "$M/g.db" report --start "2018-02-05 10:00" --cause listrik --summary percobaan
	expect_rc "with space again the report is saved" 0
	umount "$M" 2>/dev/null
else
	echo "# skip: full disk: cannot mount a size-limited tmpfs here (needs root)"
fi

# --- a directory this user cannot write (no -shm can be made) -----------
if [ "$can_drop" = 1 ]; then
	D=$T/rodir
	mkdir -p "$D"
	g -c "$CFG" -d "$D/g.db" demo
	chown -R 65534 "$D"
	chmod 555 "$D"
	chmod 755 "$T"
	as_nobody "$GANGGUAN" -c "$CFG" -d "$D/g.db" list >"$T/o" 2>"$T/e"
	rc=$?
	expect_eq "list in a read-only directory exits 0 (as nobody)" "$rc" 0
	grep -q "tidak dapat diakses" "$T/o" && ok "list in a read-only directory shows the incident" ||
		not_ok "list in a read-only directory shows the incident" "$(cat "$T/e")"
	as_nobody "$GANGGUAN" -c "$CFG" -d "$D/g.db" report --start "2018-02-05 10:00" --cause listrik --summary percobaan >"$T/o" 2>"$T/e"
	rc=$?
	expect_eq "a report in a read-only directory exits 73" "$rc" 73
	grep -q "direktorinya harus dapat ditulis\|tidak dapat ditulis" "$T/e" &&
		ok "the refusal names the directory" || not_ok "the refusal names the directory" "$(cat "$T/e")"
	[ ! -e "$D/g.db-shm" ] && ok "nothing was left beside the database" ||
		not_ok "nothing was left beside the database"
	chmod 755 "$D"
else
	echo "# skip: read-only directory: needs root and setpriv to run as an unprivileged user"
fi

# --- a read-only file system (a read-only bind mount) -------------------
if [ "$root" = 1 ]; then
	R=$T/rosrc
	RO=$T/romnt
	mkdir -p "$R" "$RO"
	g -c "$CFG" -d "$R/g.db" demo
	if mount --bind "$R" "$RO" 2>/dev/null && mount -o remount,bind,ro "$RO" 2>/dev/null; then
		trap 'umount "$RO" 2>/dev/null; umount "$M" 2>/dev/null; rm -rf "$T"' EXIT INT TERM
		g -c "$CFG" -d "$RO/g.db" list
		expect_rc "list on a read-only file system (root)" 0
		expect_out "it shows the incident" "tidak dapat diakses"
		if [ "$can_drop" = 1 ]; then
			chmod 755 "$T"
			as_nobody "$GANGGUAN" -c "$CFG" -d "$RO/g.db" show 1 >"$T/o" 2>"$T/e"
			expect_eq "show on a read-only file system as another user (no lock-out: no one can write)" "$?" 0
		fi
		g -c "$CFG" -d "$RO/g.db" report --start "2018-02-05 10:00" --cause listrik --summary percobaan
		expect_rc "a report on a read-only file system exits 73" 73
		expect_err "the refusal says the file system is read-only" "sistem berkas tempat $RO/g.db hanya-baca"
		umount "$RO"
	else
		echo "# skip: read-only file system: cannot make a read-only bind mount here"
	fi
else
	echo "# skip: read-only file system: needs root for a read-only bind mount"
fi

# --- a damaged page stops writes ----------------------------------------
C=$T/corrupt.db
g -c "$CFG" -d "$C" demo
page=$(sqlite3 "$C" "PRAGMA page_size")
root_doc=$(sqlite3 "$C" "SELECT rootpage FROM sqlite_schema WHERE name = 'document'")
head -c "$page" /dev/zero | tr '\0' x | dd of="$C" bs="$page" seek=$((root_doc - 1)) conv=notrunc 2>/dev/null
n_before=$(sqlite3 "$C" "SELECT count(*) FROM incident")
g -c "$CFG" -d "$C" report --start "2018-02-05 10:00" --cause listrik --summary percobaan
expect_rc "a report into a database with a damaged page exits 74" 74
expect_err "the refusal says it is damaged and what to do" "rusak .*perubahan ditolak.*gangguan restore"
expect_eq "no incident was added" "$(sqlite3 "$C" "SELECT count(*) FROM incident")" "$n_before"
g -c "$CFG" -d "$C" list
expect_rc "list still reads the pages that are whole" 0
g -c "$CFG" -d "$C" check
[ "$RC" -ne 0 ] && ok "check fails on the damaged page" || not_ok "check fails on the damaged page" "$OUT"
# the way back that the message gives: the damaged file aside, the backup restored to its path
g -c "$CFG" -d "$T/bak-src.db" demo
g -c "$CFG" -d "$T/bak-src.db" backup "$T/last.db"
mv "$C" "$C.rusak"
rm -f "$C-wal" "$C-shm"
g -c "$CFG" -d "$C" restore "$T/last.db"
expect_rc "the last backup restores to the damaged file's path" 0
g -c "$CFG" -d "$C" report --start "2018-02-05 10:00" --cause listrik --summary percobaan
expect_rc "and writes work again" 0

# --- a result that cannot be printed ------------------------------------
F=$T/full.db
g -c "$CFG" -d "$F" demo
if [ -w /dev/full ]; then
	"$GANGGUAN" -c "$CFG" -d "$F" report --start "2018-02-05 10:00" --cause listrik --summary percobaan >/dev/full 2>"$T/e"
	rc=$?
	expect_eq "report >/dev/full exits 74" "$rc" 74
	id=$(sqlite3 "$F" "SELECT max(id) FROM incident")
	grep -q "keluaran tidak dapat ditulis (.*); laporan gangguan #$id sudah tersimpan" "$T/e" &&
		ok "stderr says the report was saved, with its id" || not_ok "stderr says the report was saved, with its id" "$(cat "$T/e")"
	"$GANGGUAN" -c "$CFG" -d "$F" list >/dev/full 2>"$T/e"
	rc=$?
	expect_eq "list >/dev/full exits 74" "$rc" 74
	grep -q "keluaran tidak dapat ditulis" "$T/e" && ! grep -q tersimpan "$T/e" &&
		ok "a read says only that its output failed" || not_ok "a read says only that its output failed" "$(cat "$T/e")"
else
	echo "# skip: no writable /dev/full"
fi

# --- a file size limit (ulimit -f): a message, not SIGXFSZ -------------
L=$T/limit.db
g -c "$CFG" -d "$L" demo
before=$(sha "$L")
(ulimit -f 8 && exec "$GANGGUAN" -c "$CFG" -d "$L" report --start "2018-02-05 10:00" --cause listrik --summary percobaan) >"$T/o" 2>"$T/e"
rc=$?
expect_eq "past ulimit -f a report exits 74, not killed by SIGXFSZ (153)" "$rc" 74
grep -q "ulimit -f" "$T/e" && ok "the message names the file size limit" ||
	not_ok "the message names the file size limit" "$(cat "$T/e")"

# --- check never writes; migrate does ----------------------------------
O=$T/old.db
g -c "$CFG" -d "$O" demo
latest=$(sqlite3 "$O" "PRAGMA user_version")
sqlite3 "$O" "PRAGMA user_version = $((latest - 1))"
before=$(sha "$O")
g -c "$CFG" -d "$O" check
expect_rc "check on an older schema exits 65" 65
expect_out "check says to run migrate" "gangguan migrate"
expect_eq "check left the file as it was" "$(sha "$O")" "$before"
expect_eq "check left the schema version" "$(sqlite3 "$O" "PRAGMA user_version")" "$((latest - 1))"
g -c "$CFG" -d "$F" migrate
expect_rc "migrate on a current database" 0
expect_out "migrate says it is current" "skema $latest, sudah terbaru"
finish
