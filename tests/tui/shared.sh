#!/bin/sh
# One register, several operators (gangguan(1), SHARED DATABASE): two
# operators as two Unix uids (setpriv), in both orders, under umask 022
# and 077, one of them keeping the database open in the TUI (so that the
# -wal and -shm files stay, created under that operator's umask) while the
# other writes from the command line.  Both write, neither is locked out,
# the audit names both.  And what locked an owner out before: a database
# made without --group is refused to a non-owner before it can leave
# files behind, and `check` names the fix.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"

if [ "$(id -u)" != 0 ] || ! command -v setpriv >/dev/null 2>&1; then
	echo "# skip: needs root and setpriv (util-linux) to run two operators as two uids"
	finish
fi

GID=41000 OP1=41001 OP2=41002
CFG=$SAMPLE_CFG
chmod 711 "$T"
REAL=$GANGGUAN

# as UID UMASK ARGS...: gangguan as that operator (member of group GID)
as() {
	u=$1 m=$2; shift 2
	mkdir -p "$T/home$u" && chown "$u:$u" "$T/home$u"
	HOME=$T/home$u XDG_STATE_HOME=$T/home$u/state setpriv --reuid="$u" --regid="$u" --groups="$GID" \
		sh -c 'umask "$0"; exec "$@"' "$m" "$REAL" "$@" >"$T/.out" 2>"$T/.err"
	RC=$?
	OUT=$(cat "$T/.out")
	ERR=$(cat "$T/.err")
}

# a wrapper the tmux pane runs: the TUI as UID with UMASK
wrapper() {
	cat >"$T/as$1" <<EOF
#!/bin/sh
umask $2
HOME=$T/home$1 XDG_STATE_HOME=$T/home$1/state exec setpriv --reuid=$1 --regid=$1 --groups=$GID "$REAL" "\$@"
EOF
	chmod 755 "$T/as$1"
	mkdir -p "$T/home$1" && chown "$1:$1" "$T/home$1"
}

mode_of() { stat -c '%a %g' "$1"; }

n=0
for order in "$OP1 $OP2" "$OP2 $OP1"; do
	for masks in "077 022" "022 077"; do
		n=$((n + 1))
		set -- $order; first=$1 second=$2
		set -- $masks; m1=$1 m2=$2
		DB=$T/srv$n/reg/gangguan.db
		mkdir -p "$T/srv$n" && chmod 755 "$T/srv$n"
		case=" (case $n: uid $first umask $m1 holds the TUI, uid $second umask $m2 writes)"
		g -c "$CFG" -d "$DB" init --group "$GID"
		expect_rc "init --group creates the shared database$case" 0
		expect_eq "the directory is setgid and group-writable$case" "$(mode_of "$(dirname "$DB")")" "2770 $GID"
		expect_eq "the database is group-writable whatever the admin's umask$case" "$(mode_of "$DB")" "660 $GID"

		wrapper "$first" "$m1"
		GANGGUAN=$T/as$first tui_start 80 24
		GANGGUAN=$REAL
		wait_screen "the first operator's TUI is up$case" "Tekan n untuk mencatat"
		wait_file "the TUI keeps the -shm file$case" "$DB-shm"
		expect_eq "-shm made under umask $m1 is group-writable in the group$case" "$(mode_of "$DB-shm")" "660 $GID"
		expect_eq "-wal likewise$case" "$(mode_of "$DB-wal")" "660 $GID"

		as "$second" "$m2" -d "$DB" -c "$CFG" report --start "2026-11-30 10:00" --cause jaringan --summary "dari $second"
		expect_rc "the second operator writes while the first holds the files$case" 0
		as "$first" "$m1" -d "$DB" -c "$CFG" report --start "2026-11-30 11:00" --cause listrik --summary "dari $first"
		expect_rc "the first operator writes too$case" 0
		tui_keys q
		wait_exit "the TUI ends$case" 0
		as "$second" "$m2" -d "$DB" -c "$CFG" edit 1 --impact "dicek $second" --reason "dampak dicek"
		expect_rc "after the TUI left, the second operator still writes$case" 0
		as "$first" "$m1" -d "$DB" -c "$CFG" edit 2 --impact "dicek $first" --reason "dampak dicek"
		expect_rc "and the first one$case" 0
		g -c "$CFG" -d "$DB" audit
		expect_out "the audit names the first operator$case" "uid $first +lokal +[0-9]+ +mencatat laporan"
		expect_out "the audit names the second operator$case" "uid $second +lokal +[0-9]+ +mencatat laporan"
		as "$first" "$m1" -d "$DB" -c "$CFG" check
		expect_rc "check as an operator: all well$case" 0
		expect_out "check names the shared setup$case" "izin berkas: basis data bersama grup $GID.*: baik"
	done
done

# Before --group: a database the owner made 0644 in a directory anyone may
# write.  The other operator is refused before SQLite makes files he would
# own, so the owner is never locked out.
mkdir -p "$T/open" && chmod 1777 "$T/open"
DB=$T/open/g.db
as "$OP1" 022 -d "$DB" -c "$CFG" init
expect_rc "an operator makes a private database" 0
as "$OP1" 022 -d "$DB" -c "$CFG" report --start "2026-11-30 10:00" --cause jaringan --summary pribadi
expect_rc "its owner writes" 0
as "$OP2" 022 -d "$DB" -c "$CFG" list
expect_rc "another operator is refused, permission denied (77)" 77
expect_err "the refusal says why and names the fix" "mengunci pemiliknya.*init --group"
if [ -e "$DB-shm" ] || [ -e "$DB-wal" ]; then
	not_ok "the refused operator left no -wal/-shm behind" "$(ls -l "$T/open")"
else
	ok "the refused operator left no -wal/-shm behind"
fi
as "$OP1" 022 -d "$DB" -c "$CFG" report --start "2026-11-30 12:00" --cause jaringan --summary "masih bisa"
expect_rc "the owner is not locked out" 0

# A group-writable database in a directory without the setgid bit: a new
# -shm would take the operator's own group; the program gives it the
# database's group, so the other operator can still write.
mkdir -p "$T/nosgid" && chgrp "$GID" "$T/nosgid" && chmod 0775 "$T/nosgid"
DB=$T/nosgid/g.db
g -c "$CFG" -d "$DB" init
chgrp "$GID" "$DB" && chmod 0660 "$DB"
wrapper "$OP1" 077
GANGGUAN=$T/as$OP1 tui_start 80 24
GANGGUAN=$REAL
wait_screen "a TUI holds a database in a directory without setgid" "Tekan n untuk mencatat"
wait_file "its -shm is there" "$DB-shm"
expect_eq "its -shm has the database's group, not the operator's" "$(mode_of "$DB-shm")" "660 $GID"
as "$OP2" 022 -d "$DB" -c "$CFG" report --start "2026-11-30 10:00" --cause jaringan --summary "tetap bisa"
expect_rc "so the other operator writes" 0
g -c "$CFG" -d "$DB" check
expect_out "check still names the missing setgid bit" "izin: direktori $T/nosgid .*chmod 2770"
tui_keys q
wait_exit "the TUI ends" 0

# A shared database someone broke: the -shm of another operator's group.
DB=$T/srv1/reg/gangguan.db
wrapper "$OP1" 022
GANGGUAN=$T/as$OP1 tui_start 80 24
GANGGUAN=$REAL
wait_screen "a TUI holds the shared database" "Daftar gangguan"
wait_file "its -shm is there" "$DB-shm"
chgrp "$OP1" "$DB-shm"
g -c "$CFG" -d "$DB" check
expect_rc "check fails on a -shm the group cannot write" 65
expect_out "check names the file, its owner and the fix" "izin: $DB-shm \\(milik [a-z0-9 ]+, grup $OP1, mode 0660\\) tidak dapat ditulis grup $GID.*chgrp $GID $DB-shm && chmod g\\+rw"
chgrp "$GID" "$DB-shm"
chmod 2755 "$(dirname "$DB")"
g -c "$CFG" -d "$DB" check
expect_out "check names a directory that lost its group write bit" "izin: direktori $(dirname "$DB") .*chmod 2770"
chmod 2770 "$(dirname "$DB")"
tui_keys q
wait_exit "the TUI ends" 0
expect_all_exited "no program of this test lives on"
finish
