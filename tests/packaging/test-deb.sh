#!/bin/sh
# make deb-test: the Debian package as an admin uses it.  Builds it (make
# deb: lintian must find no error), installs it with dpkg -i, sets up the
# shared register as README's "Install on a server" says, lets an operator
# of the group write, purges it twice (with the register: kept; without:
# all gone), and leaves the machine as it found it.  Installs a system
# package, so it is not part of make check; CI runs it as root.
. "$(dirname "$0")/../lib.sh"

_passed=0
ok() { echo "ok - $1"; _passed=$((_passed + 1)); }
done_() { echo "# deb-test: $_passed passed, $_fails failed"; finish; }

if make -s -C "$TOP" deb >"$T/deb.log" 2>&1; then
	ok "make deb builds the package; lintian finds no error"
else
	not_ok "make deb builds the package; lintian finds no error" "$(tail -n 30 "$T/deb.log")"
	done_
fi
deb=$(ls "$TOP"/build/gangguan_*.deb)

if [ "$(id -u)" != 0 ]; then
	echo "# skip: installing the package needs root (dpkg -i); the build alone was tested"
	done_
fi
status=$(dpkg-query -W -f='${db:Status-Status}' gangguan 2>/dev/null)
if [ -n "$status" ] && [ "$status" != not-installed ] || getent group gangguan >/dev/null ||
	[ -e /etc/gangguan ] || [ -e /var/lib/gangguan ]; then
	echo "# skip: this machine already has gangguan (package, group, /etc/gangguan or /var/lib/gangguan);"
	echo "# skip: the test would change them"
	done_
fi

# What the package may touch, to compare after the last purge.
snapshot() {
	dpkg-query -W -f='${db:Status-Status}\n' gangguan 2>/dev/null
	getent group gangguan
	ls -d /etc/gangguan /var/lib/gangguan /usr/bin/gangguan* /usr/share/gangguan /usr/share/man/man*/gangguan* \
		/usr/share/bash-completion/completions/gangguan /lib/systemd/system/gangguan* 2>/dev/null
}
before=$(snapshot)
# Whatever happens, take away what the test made (none of it was here).
cleanup() {
	dpkg --purge gangguan >/dev/null 2>&1
	rm -rf /var/lib/gangguan /etc/gangguan
	if getent group gangguan >/dev/null; then delgroup --quiet --system gangguan >/dev/null 2>&1; fi
	rm -rf "$T"
}
trap cleanup EXIT INT TERM

# The installed programs, their data and config, found without -c or -d.
GANGGUAN=/usr/bin/gangguan
unset GANGGUAN_DATADIR
export HOME="$T/home"
mkdir -p "$HOME"
cd "$T" || exit 1

if dpkg -i "$deb" >"$T/dpkg.log" 2>&1; then ok "dpkg -i installs the package"; else
	not_ok "dpkg -i installs the package" "$(tail -n 20 "$T/dpkg.log")"; done_; fi
gid=$(getent group gangguan | cut -d: -f3)
if [ -n "$gid" ] && [ "$gid" -lt 1000 ]; then ok "postinst makes the system group gangguan"; else
	not_ok "postinst makes the system group gangguan" "$(getent group gangguan)"; fi
expect_eq "/var/lib/gangguan is root:gangguan, setgid, group-writable" \
	"$(stat -c '%U:%G %a' /var/lib/gangguan 2>&1)" "root:gangguan 2770"
if dpkg-query -W -f='${Conffiles}\n' gangguan | grep -q '^ /etc/gangguan/gangguan.ini '; then
	ok "/etc/gangguan/gangguan.ini is a conffile"
else
	not_ok "/etc/gangguan/gangguan.ini is a conffile" "$(dpkg-query -W -f='${Conffiles}' gangguan)"
fi
g -c /etc/gangguan/gangguan.ini config
expect_out "the installed program's data are /usr/share/gangguan" '^datadir = /usr/share/gangguan$'
if [ "$(man -w gangguan 2>&1)" = /usr/share/man/man1/gangguan.1.gz ] &&
	zgrep -q '/usr/share/gangguan/' /usr/share/man/man1/gangguan.1.gz; then
	ok "gangguan(1) is installed and names /usr/share/gangguan"
else
	not_ok "gangguan(1) is installed and names /usr/share/gangguan" "$(man -w gangguan 2>&1)"
fi
expect_eq "no installed man page names /usr/local" "$(zgrep -l /usr/local /usr/share/man/man*/gangguan* 2>&1)" ""

# The admin sets up the shared register (README, Install on a server).
g init --group gangguan
expect_rc "gangguan init --group gangguan, with the installed config" 0
db=/var/lib/gangguan/gangguan.db
if [ -f "$db" ]; then ok "the register is $db"; else not_ok "the register is $db" "$(ls -la /var/lib/gangguan)"; fi
for f in "$db" "$db-wal" "$db-shm"; do
	[ -e "$f" ] || continue
	expect_eq "$(basename "$f") is the group's and group-writable" \
		"$(stat -c %G "$f") $(stat -c %A "$f" | cut -c5-6)" "gangguan rw"
done
g check
expect_rc "gangguan check exits 0 with /etc/gangguan/gangguan.ini found by default" 0
expect_out "gangguan check reads /etc/gangguan/gangguan.ini" '/etc/gangguan/gangguan\.ini: baik'
# An operator: a member of the group, not root, with a usual umask.
runuser -u nobody -g gangguan -- sh -c 'umask 022; HOME=/nonexistent exec "$0" "$@"' "$GANGGUAN" \
	report --start "2025-01-06 08:00" --cause listrik --summary "uji paket" >"$T/op.out" 2>&1
RC=$? OUT=$(cat "$T/op.out") ERR=
expect_rc "an operator of the group records a disruption" 0
g list --format tsv
expect_out "the register holds the operator's record" 'uji paket'

# Purge with the register in place: the register is evidence, kept.
dpkg --purge gangguan >"$T/purge.log" 2>&1
RC=$? OUT= ERR=$(cat "$T/purge.log")
expect_rc "dpkg --purge gangguan" 0
if [ ! -e /usr/bin/gangguan ] && [ ! -e /etc/gangguan ] && [ ! -e /usr/share/gangguan ]; then
	ok "purge removes the programs, the data and /etc/gangguan"
else
	not_ok "purge removes the programs, the data and /etc/gangguan" "$(ls -d /usr/bin/gangguan* /etc/gangguan /usr/share/gangguan 2>&1)"
fi
if [ -f "$db" ] && getent group gangguan >/dev/null; then
	ok "purge keeps the register database and its group"
else
	not_ok "purge keeps the register database and its group" "$(ls -la /var/lib/gangguan 2>&1)"
fi
expect_err "purge says the register is kept" 'kept'

# Installed again over the kept register, then purged without one.
if dpkg -i "$deb" >"$T/dpkg.log" 2>&1; then ok "dpkg -i again, over the kept register and group"; else
	not_ok "dpkg -i again, over the kept register and group" "$(tail -n 20 "$T/dpkg.log")"; fi
g check
expect_rc "the kept register checks good" 0
rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
if dpkg --purge gangguan >"$T/purge.log" 2>&1; then ok "dpkg --purge gangguan, the register removed first"; else
	not_ok "dpkg --purge gangguan, the register removed first" "$(cat "$T/purge.log")"; fi
expect_eq "the machine is as before" "$(snapshot)" "$before"

done_
