#!/bin/sh
# make install honours PREFIX and DESTDIR: binaries, man pages naming the
# installed paths, data, the backup examples and the bash completion when
# the tree has them.  It builds in a copy of the tree, so that the tree's
# own ./gangguan (built for whatever PREFIX its user chose) is left alone.
. "$(dirname "$0")/../lib.sh"

stamp() { [ -e "$1" ] && ls -l --time-style=full-iso "$1" && cksum <"$1"; }
before=$(stamp "$TOP/gangguan"; stamp "$TOP/gangguan-pdf")

tree=$T/tree
mkdir -p "$tree"
cp -R "$TOP/src" "$TOP/include" "$TOP/data" "$TOP/man" "$TOP/Makefile" "$tree/"
root=$T/root
# The copy's build is its own: none of make check's flags (-k, WERROR).
if env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -j2 -C "$tree" install PREFIX=/opt/gg DESTDIR="$root" \
	CFLAGS=-O0 >"$T/log" 2>&1; then
	ok "make install runs"
else
	not_ok "make install runs" "$(tail -n 20 "$T/log")"
fi
for f in bin/gangguan bin/gangguan-pdf share/man/man1/gangguan.1 share/man/man5/gangguan.ini.5 \
	share/man/man7/gangguan-remedies.7 share/gangguan/gangguan.ini share/gangguan/examples/lebong-2018.ini \
	share/gangguan/examples/gangguan-backup.service \
	share/gangguan/examples/gangguan-backup.timer share/gangguan/examples/gangguan-backup.cron; do
	if [ -f "$root/opt/gg/$f" ]; then ok "installs $f"; else not_ok "installs $f"; fi
done
if [ -x "$root/opt/gg/bin/gangguan" ] && "$root/opt/gg/bin/gangguan" --version >/dev/null; then
	ok "the installed binary runs"
else
	not_ok "the installed binary runs"
fi
GANGGUAN=$root/opt/gg/bin/gangguan
unset GANGGUAN_DATADIR
g -c "$SAMPLE_CFG" config
expect_out "the installed binary looks for its data in PREFIX/share/gangguan" '^datadir = /opt/gg/share/gangguan$'

# Man pages are written for /usr/local; installed, they name PREFIX.
stale=$(grep -l '/usr/local' "$root"/opt/gg/share/man/man*/* 2>/dev/null)
expect_eq "no installed man page names /usr/local" "$stale" ""
if grep -q '/opt/gg/share/gangguan/' "$root/opt/gg/share/man/man1/gangguan.1" 2>/dev/null; then
	ok "gangguan(1) names the installed data directory"
else
	not_ok "gangguan(1) names the installed data directory"
fi

# The backup examples and the bash completion, when the tree has them.
for ex in gangguan-backup.service gangguan-backup.timer gangguan-backup.cron; do
	if [ ! -e "$TOP/data/examples/$ex" ]; then
		echo "# skip: data/examples/$ex is not in this tree"
		continue
	fi
	f=$root/opt/gg/share/gangguan/examples/$ex
	if [ -f "$f" ] && ! grep -q '/usr/local' "$f"; then
		ok "installs examples/$ex naming PREFIX's paths"
	else
		not_ok "installs examples/$ex naming PREFIX's paths" "$(grep -n '/usr/local' "$f" 2>&1)"
	fi
done
if [ -e "$TOP/data/bash-completion/gangguan" ]; then
	if [ -f "$root/opt/gg/share/bash-completion/completions/gangguan" ] &&
		[ ! -e "$root/opt/gg/share/gangguan/bash-completion" ]; then
		ok "installs the bash completion in PREFIX/share/bash-completion/completions"
	else
		not_ok "installs the bash completion in PREFIX/share/bash-completion/completions"
	fi
else
	echo "# skip: data/bash-completion/gangguan is not in this tree"
fi

if [ -z "$(find "$root" -path "$root/opt" -prune -o -print | grep -v "^$root\$")" ]; then
	ok "nothing is installed outside PREFIX"
else
	not_ok "nothing is installed outside PREFIX"
fi
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$tree" uninstall PREFIX=/opt/gg DESTDIR="$root" >/dev/null 2>&1
left=$(find "$root/opt/gg" -type f 2>/dev/null)
expect_eq "make uninstall removes what install put" "$left" ""
expect_eq "the tree's own ./gangguan and ./gangguan-pdf are left as they were" \
	"$(stamp "$TOP/gangguan"; stamp "$TOP/gangguan-pdf")" "$before"

finish
