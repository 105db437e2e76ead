#!/bin/sh
# make install honours PREFIX and DESTDIR: binary, man pages, data.
. "$(dirname "$0")/../lib.sh"

root=$T/root
if make -s -C "$TOP" install PREFIX=/opt/gg DESTDIR="$root" >"$T/log" 2>&1; then
	ok "make install runs"
else
	not_ok "make install runs" "$(tail -n 20 "$T/log")"
fi
for f in bin/gangguan bin/gangguan-pdf share/man/man1/gangguan.1 share/man/man5/gangguan.ini.5 \
	share/gangguan/gangguan.ini share/gangguan/examples/gangguan-backup.service \
	share/gangguan/examples/gangguan-backup.timer share/gangguan/examples/gangguan-backup.cron; do
	if [ -f "$root/opt/gg/$f" ]; then ok "installs $f"; else not_ok "installs $f"; fi
done
if [ -x "$root/opt/gg/bin/gangguan" ] && "$root/opt/gg/bin/gangguan" --version >/dev/null; then
	ok "the installed binary runs"
else
	not_ok "the installed binary runs"
fi
if [ -z "$(find "$root" -path "$root/opt" -prune -o -print | grep -v "^$root\$")" ]; then
	ok "nothing is installed outside PREFIX"
else
	not_ok "nothing is installed outside PREFIX"
fi
make -s -C "$TOP" uninstall PREFIX=/opt/gg DESTDIR="$root" >/dev/null 2>&1
if [ ! -e "$root/opt/gg/bin/gangguan" ] && [ ! -e "$root/opt/gg/share/gangguan" ]; then
	ok "make uninstall removes what install put"
else
	not_ok "make uninstall removes what install put"
fi

finish
