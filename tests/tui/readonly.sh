#!/bin/sh
# A register this operator cannot write (issue 13, faults named as they
# are): the database's directory is not writable by the user, so SQLite
# cannot make its -wal and -shm; then a full disk.  The TUI still opens it to read, says
# why in the header, the status line and the `?` help, lists and shows
# the incidents, and a write is refused with that cause, nothing lost.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"

if [ "$(id -u)" != 0 ] || ! command -v setpriv >/dev/null 2>&1; then
	echo "# skip: needs root and setpriv (util-linux) to run as a user who cannot write the directory"
	finish
fi
U=41011
chmod 711 "$T"
mkdir -p "$T/reg" "$T/home" && chown "$U:$U" "$T/home"
DB=$T/reg/gangguan.db
g -c "$CFG" -d "$DB" demo
expect_rc "the demo register" 0
rm -f "$DB-wal" "$DB-shm"
chown "$U:$U" "$DB"
chmod 555 "$T/reg"      # the file is the user's, the directory is not
REAL=$GANGGUAN
cat >"$T/as-user" <<WRAP
#!/bin/sh
HOME=$T/home XDG_STATE_HOME=$T/home/state exec setpriv --reuid=$U --regid=$U --clear-groups "$REAL" "\$@"
WRAP
chmod 755 "$T/as-user"
GANGGUAN=$T/as-user

tui_start 100 30
wait_screen "the TUI opens the register anyway" "tidak dapat diakses secara online"
wait_screen "the header says read only" "baca saja"
wait_screen "the status line says why" "Hanya membaca: "
wait_screen "naming the file" "$DB"
tui_keys '?'
wait_screen "the help screen says why too" "Basis data hanya dibuka untuk dibaca"
tui_keys q
wait_gone "help closes" "Basis data hanya dibuka untuk dibaca"
tui_keys Enter
wait_screen "an incident opens" "Ringkasan"
tui_keys Escape
wait_screen "back to the list" "Daftar gangguan"
tui_keys n
wait_screen "the report form opens" "Laporan gangguan baru"
tui_keys C-u; tui_type "2018-03-01 10:00"; tui_keys Tab Tab
tui_type "laporan yang tidak dapat disimpan"; tui_keys F2
wait_screen "the write is refused naming the cause" "hanya dapat dibaca"
wait_screen "the form stays open with what was typed" "laporan yang tidak dapat disimpan"
tui_stop
chmod 755 "$T/reg"
g -c "$CFG" -d "$DB" list --format tsv
expect_eq "nothing was written (a header and the one incident)" "$(printf '%s\n' "$OUT" | grep -c .)" 2
g -c "$CFG" -d "$DB" check
expect_rc "the register still passes check" 0

# A full disk (a 1 MB tmpfs, filled): the same, the cause named.
GANGGUAN=$REAL
M=$T/small
mkdir -p "$M"
if mount -t tmpfs -o size=1m tmpfs "$M" 2>/dev/null; then
	trap '$TMUX_CMD kill-server 2>/dev/null; umount "$M" 2>/dev/null; rm -rf "$T"' EXIT INT TERM
	DB=$M/g.db
	g -c "$CFG" -d "$DB" demo
	dd if=/dev/zero of="$M/fill" bs=4096 2>/dev/null
	tui_start 110 30
	wait_screen "on a full disk the TUI opens the register to read" "tidak dapat diakses secara online"
	wait_screen "the status line says the disk is full" "disk penuh: $M/g.db"
	tui_keys n
	wait_screen "the report form opens" "Laporan gangguan baru"
	tui_keys C-u; tui_type "2018-03-01 10:00"; tui_keys Tab Tab
	tui_type "laporan di disk penuh"; tui_keys F2
	wait_screen "the report is refused saying why" "perubahan tidak dapat disimpan: "
	tui_stop
	rm -f "$M/fill"
	g -c "$CFG" -d "$DB" list --format tsv
	expect_eq "nothing was written on the full disk" "$(printf '%s\n' "$OUT" | grep -c .)" 2
	umount "$M"
else
	echo "# skip: full disk: cannot mount a size-limited tmpfs here (needs root)"
fi
finish
