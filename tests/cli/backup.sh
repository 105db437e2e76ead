#!/bin/sh
# Backup and restore (issue 11): a backup taken while four operators write
# is a checked, self-contained copy holding every write acknowledged before
# it began; restore refuses a file that is not a sound gangguan register,
# keeps the current register aside (itself a checked copy) and puts the
# backup's content back; `restore ID --at` still marks an incident; the
# examples (systemd units, cron line) work as written.
. "$(dirname "$0")/../lib.sh"
T=$(cd "$T" && pwd -P)   # the audit names files by their real path
DB=$T/live.db
G() { g -c "$CFG" -d "$DB" "$@"; }
# ids DB: the incident numbers in DB, one a line, sorted as comm wants
ids() { "$GANGGUAN" -c "$CFG" -d "$1" list --format tsv | sed 1d | cut -f1 | sort; }
# header DB: bytes 18 and 19 of the file: "1 1" rollback journal, "2 2" WAL
header() { od -An -tu1 -j18 -N2 "$1" | tr -s ' ' | sed 's/^ //'; }
# wait_until SECONDS COMMAND...: polls COMMAND until it succeeds; 1 after the deadline
wait_until() {
	_end=$(($(date +%s) + $1))
	shift
	until "$@"; do
		[ "$(date +%s)" -lt "$_end" ] || return 1
		sleep 0.05
	done
}
lines() { if [ -f "$1" ]; then wc -l <"$1"; else echo 0; fi; }
# summaries DB: the incidents' summaries in DB, sorted as comm wants
summaries() { "$GANGGUAN" -c "$CFG" -d "$1" list --format tsv | sed 1d | cut -f8 | sort; }

# Four operators writing: start_writers DB TAG starts them, each logging in
# $T/TAG-W.log the summary of a report only after `report` returned 0 (the
# log is what the operators were told was saved); stop_writers TAG ends them.
writer() { # DB TAG W
	n=0
	while [ ! -e "$T/$2.stop" ]; do
		n=$((n + 1))
		if "$GANGGUAN" -c "$CFG" -d "$1" report --start "2018-03-01 10:00" --cause jaringan \
			--summary "$2 penulis $3 laporan $n" >/dev/null 2>>"$T/$2-$3.err"; then
			echo "$2 penulis $3 laporan $n" >>"$T/$2-$3.log"
		fi
	done
}
start_writers() {
	pids=
	for w in 1 2 3 4; do
		: >"$T/$2-$w.err"
		writer "$1" "$2" $w &
		pids="$pids $!"
	done
}
stop_writers() {
	touch "$T/$1.stop"
	wait $pids
}
logged() { cat "$T/$1"-[1-4].log 2>/dev/null; }
each_log_has() { for w in 1 2 3 4; do [ "$(lines "$T/$1-$w.log")" -ge "$2" ] || return 1; done; }
total_at_least() { [ "$(logged "$1" | wc -l)" -ge "$2" ]; }
no_temp_files() { [ -z "$(find "$T" -name '*.tmp-*' -o -name '*.restore-*')" ]; }

G demo >/dev/null

# ---- a backup while four operators write ----
# An operator's session stays open meanwhile, as the TUI does for hours:
# then no writer is the last to close the register, the WAL is not folded
# back into the file, and a copy of the file alone would miss writes.
{
	echo "SELECT 'open', count(*) FROM incident;"
	wait_until 600 test -e "$T/session.stop"
} | sqlite3 "$DB" >"$T/session" &
session=$!
wait_until 60 test -s "$T/session" || not_ok "an operator's session opens the register"
start_writers "$DB" b
if wait_until 120 each_log_has b 3; then
	ok "four writers are writing (each has 3 reports acknowledged)"
else
	not_ok "four writers are writing (each has 3 reports acknowledged)" "logged: $(logged b | wc -l)"
fi
logged b | sort >"$T/acked"
G backup "$T/during.db"
expect_rc "backup while four operators write" 0
backup_out=$OUT
after=$(logged b | wc -l)
if wait_until 120 total_at_least b $((after + 4)); then
	ok "the writers go on after the backup"
else
	not_ok "the writers go on after the backup" "logged: $(logged b | wc -l), at the backup's end: $after"
fi
stop_writers b
touch "$T/session.stop"
wait $session
expect_eq "no writer was refused meanwhile" "$(cat "$T"/b-[1-4].err)" ""

expect_eq "backup prints the file first" "$(printf '%s\n' "$backup_out" | head -n 1)" "$T/during.db"
expect_eq "the copy needs no -wal: rollback journal in its header" "$(header "$T/during.db")" "1 1"
if [ ! -e "$T/during.db-wal" ] && [ ! -e "$T/during.db-shm" ] && no_temp_files; then
	ok "no -wal, -shm or temporary file beside the copy"
else
	not_ok "no -wal, -shm or temporary file beside the copy" "$(ls "$T")"
fi
ids "$T/during.db" >"$T/copied"
expect_eq "every write acknowledged before the backup began is in it" \
	"$(summaries "$T/during.db" | comm -23 "$T/acked" -)" ""
n=$(wc -l <"$T/copied")
echo "# acknowledged before the backup: $(wc -l <"$T/acked"); in the copy: $n incidents; written in all: $(logged b | wc -l)"
case $backup_out in
*"disalin: $n gangguan, 2 berita acara"*) ok "backup says what it copied" ;;
*) not_ok "backup says what it copied" "$backup_out" "wanted $n incidents, 2 documents" ;;
esac
g -c "$CFG" -d "$T/during.db" check
expect_rc "check passes on the copy" 0

# ---- restore it into a scratch register ----
SC=$T/scratch.db
S() { g -c "$CFG" -d "$SC" "$@"; }
S init >/dev/null
S report --start "2018-04-01 08:00" --cause listrik --summary "catatan sebelum restore"
S restore "$T/during.db"
expect_rc "restore a backup into a scratch register" 0
expect_out "restore says where the register before it is kept" \
	"basis data sebelumnya disimpan di $SC\.sebelum-restore-[0-9]{8}-[0-9]{6} \(1 gangguan, 0 berita acara"
expect_out "and what it put back" "dipulihkan dari $T/during.db: $n gangguan, 2 berita acara"
kept=$(printf '%s\n' "$OUT" | sed -n 's/^basis data sebelumnya disimpan di \([^ ]*\) .*/\1/p')
if [ -n "$kept" ] && [ -f "$kept" ]; then ok "the register before is kept aside"; else not_ok "the register before is kept aside" "$OUT"; fi
g -c "$CFG" -d "$kept" check
expect_rc "the copy kept aside passes check" 0
g -c "$CFG" -d "$kept" list
expect_out "it holds the register as it was" "catatan sebelum restore"
expect_eq "the restored register holds the backup's incidents" "$(ids "$SC")" "$(cat "$T/copied")"
S check
expect_rc "the restored register passes check" 0
S audit
expect_out "the restore is audited, naming the file and the copy kept" \
	"memulihkan basis data dari cadangan $T/during.db; yang sebelumnya disimpan di $kept"
S doc "023 /LPSE.Lebongkab/II/2018"
expect_rc "the backup's letters are there as issued" 0
if no_temp_files; then ok "restore leaves no staging file"; else not_ok "restore leaves no staging file" "$(ls "$T")"; fi

# ---- restore refuses what is not a sound gangguan register ----
before=$(ids "$SC")
refuse() { # NAME FILE CODE PATTERN
	S restore "$2"
	expect_rc "restore refuses $1" "$3"
	expect_err "naming the file and what is wrong ($1)" "$4"
}
printf 'ini bukan basis data\n' >"$T/teks.db"
refuse "a file that is not SQLite" "$T/teks.db" 74 "$T/teks.db bukan berkas basis data SQLite"
: >"$T/kosong.db"
refuse "an empty file" "$T/kosong.db" 74 "$T/kosong.db bukan berkas basis data SQLite \(berkas kosong\)"
sqlite3 "$T/lain.db" "CREATE TABLE catatan(x); INSERT INTO catatan VALUES (1)"
refuse "another program's SQLite file" "$T/lain.db" 74 "$T/lain.db adalah basis data SQLite, tetapi bukan milik gangguan"
cp "$T/during.db" "$T/appid.db"
sqlite3 "$T/appid.db" "PRAGMA application_id = 1234"
refuse "a file marked by another application_id" "$T/appid.db" 74 "bukan milik gangguan \(application_id 0x000004d2"
cp "$T/during.db" "$T/baru.db"
sqlite3 "$T/baru.db" "PRAGMA user_version = 99"
refuse "a file from a newer schema" "$T/baru.db" 78 "$T/baru.db dibuat oleh versi gangguan yang lebih baru \(skema 99"
# a b-tree page overwritten: the incident table's root
cp "$T/during.db" "$T/rusak.db"
root=$(sqlite3 "$T/rusak.db" "SELECT rootpage FROM sqlite_schema WHERE name = 'incident'")
python3 -c "
import sys
with open(sys.argv[1], 'r+b') as f:
    f.seek(4096 * (int(sys.argv[2]) - 1)); f.write(b'\xff' * 16)" "$T/rusak.db" "$root"
refuse "a corrupted file (a page overwritten)" "$T/rusak.db" 74 "$T/rusak.db rusak"
# one letter of an issued document changed in the file: the pages are sound
cp "$T/during.db" "$T/diubah.db"
python3 -c "
import sys
p = sys.argv[1]; d = open(p, 'rb').read(); i = d.find(b'Demikian')
assert i > 0
open(p, 'r+b').write(d[:i] + b'Demikiam' + d[i + 8:])" "$T/diubah.db"
g -c "$CFG" -d "$T/diubah.db" check
expect_rc "check finds the changed letter too (the flip took)" 65
refuse "a file whose document no longer matches its fingerprint" "$T/diubah.db" 65 \
	"$T/diubah.db: dokumen .*: teks tidak lagi cocok dengan sidik SHA-256"
refuse "a file that does not exist" "$T/tidak-ada.db" 66 "$T/tidak-ada.db"
refuse "the register itself" "$SC" 64 "adalah basis data itu sendiri"
expect_eq "every refusal left the register as it was" "$(ids "$SC")" "$before"
expect_eq "and kept nothing aside" "$(ls "$SC".sebelum-restore-* | wc -l)" 1
if no_temp_files; then ok "a refusal leaves no staging file"; else not_ok "a refusal leaves no staging file" "$(ls "$T")"; fi

# ---- a restore while four operators write ----
# The copy kept aside is read under the restore's write lock: every write
# an operator was told was saved is in it, or (after the restore) in the
# restored register; none falls between the two.
start_writers "$SC" r
if wait_until 120 each_log_has r 3; then
	ok "four writers are writing to the scratch register"
else
	not_ok "four writers are writing to the scratch register" "logged: $(logged r | wc -l)"
fi
S restore "$T/during.db"
expect_rc "restore while four operators write" 0
kept2=$(printf '%s\n' "$OUT" | sed -n 's/^basis data sebelumnya disimpan di \([^ ]*\) .*/\1/p')
after=$(logged r | wc -l)
if wait_until 120 total_at_least r $((after + 4)); then
	ok "the writers go on, in the restored register"
else
	not_ok "the writers go on, in the restored register" "logged: $(logged r | wc -l), at the restore's end: $after"
fi
stop_writers r
expect_eq "no writer was refused meanwhile" "$(cat "$T"/r-[1-4].err)" ""
logged r | sort >"$T/r-acked"
summaries "$kept2" >"$T/r-kept"
summaries "$SC" >"$T/r-now"
expect_eq "every acknowledged write is in the copy kept aside or in the restored register" \
	"$(sort -u "$T/r-kept" "$T/r-now" | comm -23 "$T/r-acked" -)" ""
echo "# acknowledged: $(wc -l <"$T/r-acked"); kept aside: $(comm -12 "$T/r-acked" "$T/r-kept" | wc -l); after the restore: $(comm -12 "$T/r-acked" "$T/r-now" | wc -l)"
g -c "$CFG" -d "$kept2" check
expect_rc "the copy kept aside while they wrote passes check" 0
S check
expect_rc "and so does the restored register" 0

# ---- backup refuses to overwrite, and to copy a damaged register ----
sum=$(cksum <"$T/during.db")
G backup "$T/during.db"
expect_rc "an existing file is not overwritten" 73
expect_err "saying so, and how" "$T/during.db sudah ada dan tidak ditimpa; beri --force"
expect_eq "the file is as it was" "$(cksum <"$T/during.db")" "$sum"
G backup "$T/during.db" --force
expect_rc "--force overwrites it" 0
expect_eq "with the register as it is now" "$(ids "$T/during.db")" "$(ids "$DB")"
g -c "$CFG" -d "$T/diubah.db" backup "$T/dari-rusak.db"
expect_rc "a register whose letter no longer matches is not backed up" 65
expect_err "the message names the check that failed" "teks tidak lagi cocok dengan sidik SHA-256.*cadangan tidak ditulis"
if [ ! -e "$T/dari-rusak.db" ] && no_temp_files; then
	ok "a refused backup leaves no file, whole or half"
else
	not_ok "a refused backup leaves no file, whole or half" "$(ls "$T")"
fi
G backup "$T/tidak/ada/x.db"
expect_rc "a directory that does not exist" 73

# ---- a directory: the name carries the unit's local time ----
mkdir "$T/harian"
day0=$(TZ=Asia/Jakarta date +%Y%m%d)
G backup "$T/harian"
expect_rc "backup into a directory" 0
day1=$(TZ=Asia/Jakarta date +%Y%m%d)
first=$(printf '%s\n' "$OUT" | head -n 1)
case $first in
"$T/harian/gangguan-$day0-"[0-9][0-9][0-9][0-9][0-9][0-9].db | "$T/harian/gangguan-$day1-"[0-9][0-9][0-9][0-9][0-9][0-9].db)
	ok "named gangguan-YYYYMMDD-HHMMSS.db in the unit's zone (WIB)" ;;
*) not_ok "named gangguan-YYYYMMDD-HHMMSS.db in the unit's zone (WIB)" "$OUT" ;;
esac
[ -f "$first" ] && ok "and written there" || not_ok "and written there" "$(ls "$T/harian")"
G backup "$T/harian"
G backup "$T/harian"
expect_eq "backups within one second get names of their own" "$(ls "$T/harian" | wc -l)" 3

# ---- the backup takes the register's group and mode, read-only but for its owner ----
chmod 640 "$DB"
G backup "$T/mode.db"
expect_eq "the backup gets the register's mode" "$(stat -c %a "$T/mode.db")" 640
if [ "$(id -u)" = 0 ] && getent group daemon >/dev/null; then
	chgrp daemon "$DB"
	chmod 660 "$DB"
	G backup "$T/grup.db"
	expect_eq "and its group, without the group's write bit (a copy is evidence)" "$(stat -c '%G %a' "$T/grup.db")" "daemon 640"
else
	echo "# skip: the register's group: not root, cannot give a file another group"
fi

# ---- restore ID --at WHEN still marks an incident; digits are an incident ----
G report --start "2018-05-01 09:00" --cause listrik --summary "listrik padam"
id=$OUT
G open "$id" --at "2018-05-01 09:10"
G restore "$id" --at "2018-05-01 11:00"
expect_rc "restore ID --at WHEN marks the service restored" 0
G show "$id" --format json
expect_eq "the incident is restored" "$(printf '%s' "$OUT" | jq -r .state)" restored
G restore "$T/during.db" --at "2018-05-01 11:00"
expect_rc "--at with a file is a usage error" 64
cp "$T/during.db" "$T/99999"
(cd "$T" && "$GANGGUAN" -c "$CFG" -d "$SC" restore 99999 --at "2018-05-01 11:00") >/dev/null 2>"$T/err"
expect_eq "a file named only by digits is an incident's number" "$(cat "$T/err")" \
	"gangguan: restore: gangguan #99999 tidak ada"
(cd "$T" && "$GANGGUAN" -c "$CFG" -d "$SC" restore ./99999) >"$T/out" 2>&1
RC=$?
OUT=$(cat "$T/out")
expect_rc "./99999 is the file" 0

# ---- a backup with another page size (made elsewhere) ----
cp "$T/during.db" "$T/halaman.db"
sqlite3 "$T/halaman.db" "PRAGMA page_size = 8192; VACUUM"
expect_eq "the fixture has pages of 8192 bytes" "$(sqlite3 "$T/halaman.db" "PRAGMA page_size")" 8192
S restore "$T/halaman.db"
expect_rc "a backup of another page size is restored into the WAL register" 0
expect_eq "with its content" "$(ids "$SC")" "$(ids "$T/during.db")"
S check
expect_rc "which passes check" 0

# ---- a register that does not exist yet is created from the backup ----
g -c "$CFG" -d "$T/server-baru.db" restore "$T/during.db"
expect_rc "restore onto a new server (no register yet)" 0
expect_eq "it holds the backup's incidents" "$(ids "$T/server-baru.db")" "$(ids "$T/during.db")"
if ls "$T"/server-baru.db.sebelum-restore-* >/dev/null 2>&1; then
	not_ok "and keeps nothing aside: there was nothing" "$(ls "$T")"
else
	ok "and keeps nothing aside: there was nothing"
fi

# ---- the examples, as written, with this machine's paths ----
EX=$TOP/data/examples
mkdir "$T/units"
me_group=$(id -gn)
me_user=$(id -un)
# local EXAMPLE-LINE: the command with the paths of this test
local_paths() {
	sed -e "s#/usr/bin/gangguan#$GANGGUAN#g" -e "s#/etc/gangguan/gangguan.ini#$CFG#g" \
		-e "s#/var/lib/gangguan/gangguan.db#$DB#g" -e "s#/var/backups/gangguan#$T/units/bk#g" \
		-e "s#-o root -g gangguan#-o $me_user -g $me_group#g"
}
if command -v systemd-analyze >/dev/null; then
	sed 's#/usr/bin/gangguan#'"$GANGGUAN"'#' "$EX/gangguan-backup.service" >"$T/units/gangguan-backup.service"
	cp "$EX/gangguan-backup.timer" "$T/units/"
	if out=$(cd "$T/units" && systemd-analyze verify --man=no ./gangguan-backup.service ./gangguan-backup.timer 2>&1); then
		ok "systemd-analyze verify accepts the service and the timer"
	else
		not_ok "systemd-analyze verify accepts the service and the timer" "$out"
	fi
else
	echo "# skip: systemd-analyze verify: not installed"
fi
set -f   # systemd passes gangguan-*.db to find as it is; so must the shell
for key in ExecStartPre ExecStart; do
	line=$(sed -n "s/^$key=//p" "$EX/gangguan-backup.service" | local_paths)
	if eval "$line" >"$T/out" 2>&1; then ok "the service's $key runs"; else not_ok "the service's $key runs" "$line" "$(cat "$T/out")"; fi
done
made=$(head -n 1 "$T/out")
case $made in
"$T/units/bk/gangguan-"*.db) [ -f "$made" ] && ok "the service writes a dated backup" || not_ok "the service writes a dated backup" "$made" ;;
*) not_ok "the service writes a dated backup" "$made" ;;
esac
expect_eq "into a directory the group can read, not change" "$(stat -c %a "$T/units/bk")" 2750
touch -d "40 days ago" "$T/units/bk/gangguan-20200101-023000.db" "$T/units/bk/catatan.txt"
touch -d "20 days ago" "$T/units/bk/gangguan-20200120-023000.db"
line=$(sed -n "s/^ExecStartPost=//p" "$EX/gangguan-backup.service" | local_paths)
eval "$line"
if [ ! -e "$T/units/bk/gangguan-20200101-023000.db" ] && [ -e "$T/units/bk/gangguan-20200120-023000.db" ] &&
	[ -e "$T/units/bk/catatan.txt" ] && [ -e "$made" ]; then
	ok "retention deletes only backups older than 30 days"
else
	not_ok "retention deletes only backups older than 30 days" "$(ls "$T/units/bk")"
fi
set +f
rm -rf "$T/units/bk"
line=$(sed -n 's/^30 2 \* \* \* root //p' "$EX/gangguan-backup.cron" | local_paths)
mkdir "$T/bin"
ln -s "$GANGGUAN" "$T/bin/gangguan"   # the cron line finds gangguan on its PATH
if [ -n "$line" ] && PATH=$T/bin:$PATH sh -c "$line" >"$T/out" 2>&1 && [ "$(ls "$T/units/bk" | wc -l)" -eq 1 ]; then
	ok "the cron line runs and writes one backup"
else
	not_ok "the cron line runs and writes one backup" "$line" "$(cat "$T/out")"
fi
expect_eq "the cron line prints nothing when all is well (cron mails output)" "$(cat "$T/out")" ""

finish
