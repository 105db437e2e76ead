#!/bin/sh
# What operators over SSH run into: resize (and a terminal too small),
# a dropped session in the middle of a form (SIGHUP) and the draft offered
# on the next start, SIGTERM, a dead terminal, the keys PuTTY and Xshell
# send, NO_COLOR, help from the keymap, the 132x43 layout.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
DB=$T/r.db
g -c "$CFG" -d "$DB" demo
expect_rc "demo database" 0

# --- resize: 60x20 shows a notice, 80x24 redraws the screen ---
tui_start 80 24
wait_screen "list at 80x24" "1 gangguan"
tui_keys n
wait_screen "a form is open" "Laporan gangguan baru"
tui_keys Tab Tab
tui_type "listrik padam di ruang server · Jöni"
wait_screen "typed text with UTF-8" "listrik padam di ruang server · Jöni"
$TMUX_CMD resize-window -t t -x 60 -y 20
wait_screen "60x20: terminal too small" "Terminal terlalu kecil (60x20)"
tui_type "X"   # ignored while nothing is visible
$TMUX_CMD resize-window -t t -x 80 -y 24
wait_screen "80x24 again: the form is back" "Laporan gangguan baru"
wait_gone "the notice is gone" "terlalu kecil"
wait_screen "what was typed is still there" "server · Jöni"
if screen | grep -Fq "JöniX"; then not_ok "nothing is typed while the form is hidden"; else ok "nothing is typed while the form is hidden"; fi

# --- SIGHUP in the middle of a form, then the draft is offered ---
tui_stop   # kill-server: SIGHUP to the program
_draft_has() { grep -lFq -- "$1" "$T/state/gangguan/"draft-*.txt 2>/dev/null; }
if _poll "$DEADLINE" _draft_has "listrik padam di ruang server · Jöni"; then ok "the draft survives the dropped session"
else not_ok "the draft survives the dropped session" "$(ls -l "$T/state/gangguan" 2>&1)"; fi
tui_start 80 24
wait_screen "the next start offers the draft in a dialog" "Draf belum disimpan"
wait_screen "naming the form" "Isian \"Laporan gangguan baru\" belum disimpan"
tui_keys Enter l
wait_screen "Enter does not answer it; l puts it off" "Draf disimpan untuk nanti"
tui_keys q
wait_exit "q leaves" 0
tui_start 80 24
wait_screen "the list" "1 gangguan"
if screen | grep -q "Draf belum disimpan"; then not_ok "a draft put off is not offered again" "$(screen)"
else ok "a draft put off is not offered again"; fi
tui_keys n
wait_screen "opening the same form brings the draft back" "Draf dipulihkan"
wait_screen "the draft is resumed with its text" "listrik padam di ruang server · Jöni"
tui_keys F2
wait_screen "the resumed form saves" "Gangguan #2 dicatat"
g -c "$CFG" -d "$DB" show 2 --format json
expect_out "the resumed report is in the database" 'listrik padam di ruang server · Jöni'
if ls "$T/state/gangguan/"draft-*.txt >/dev/null 2>&1; then not_ok "the draft is removed once saved"; else ok "the draft is removed once saved"; fi

# --- Esc on a changed form asks; the default keeps it ---
tui_keys Escape
wait_screen "back to the list" "2 gangguan"
tui_keys n
wait_screen "report form" "Laporan gangguan baru"
tui_keys Tab Tab; tui_type "coba"
wait_screen "typed" "coba"
tui_keys Escape
wait_screen "Esc asks before discarding" "Buang isian formulir ini?"
tui_keys Enter
wait_screen "Enter keeps the form" "coba"
tui_keys Escape
wait_screen "asked again" "Buang isian formulir ini?"
tui_keys y
wait_screen "y discards" "Isian dibuang"

# --- PuTTY/Xshell sequences: F1 as ESC [11~, End as ESC [4~, Home as ESC [1~ ---
tui_type "$(printf '\033[11~')"
wait_screen "ESC [11~ opens help" "Bantuan"
wait_screen "help lists the list screen's keys from its keymap" "catat laporan gangguan baru"
tui_type "$(printf '\033[4~')"
wait_screen "ESC [4~ (End) goes to the end of the help" "C-l"
tui_type "$(printf '\033[1~')"
wait_screen "ESC [1~ (Home) goes back to the top" "Daftar gangguan"
tui_keys q
tui_type "$(printf '\033OP')"
wait_screen "ESC OP opens help too" "Bantuan"
tui_keys q

# --- search as you type ---
tui_keys /
tui_type "ruang"
wait_screen "search narrows as you type" "1 gangguan"
tui_keys Escape
wait_screen "Esc clears the search" "2 gangguan"

# --- void with a reason: asks first, Enter answers no ---
tui_keys Home Enter
wait_screen "detail of the new report" "#2 · dilaporkan"
tui_keys v
wait_screen "void form" "Alasan pembatalan"
tui_keys F2
wait_screen "the reason is required" "wajib diisi"
tui_type "laporan ganda dari operator"
tui_keys F2
wait_screen "voiding asks first" "Batalkan gangguan #2?"
tui_keys Enter
wait_screen "Enter does not void" "Tidak jadi dibatalkan"
g -c "$CFG" -d "$DB" show 2 --format json
expect_out "still reported after the refusal" '"state":"reported"'
tui_keys F2
wait_screen "asked again" "Batalkan gangguan #2?"
tui_keys y
wait_screen "y voids" "Gangguan dibatalkan"
g -c "$CFG" -d "$DB" show 2 --format json
expect_out "void with its reason" '"void_reason":"laporan ganda dari operator"'
tui_keys o
wait_screen "a void incident cannot be opened" "Ditolak:"
tui_keys Escape
wait_screen "back to the list" "batal 1"

# --- SIGTERM leaves a sane terminal and a status ---
pid=$($TMUX_CMD list-panes -t t -F '#{pane_pid}')
prog=$(pgrep -P "$pid" | head -1)
[ -n "$prog" ] && kill -TERM "$prog"
wait_exit "SIGTERM ends the program (128+15)" 143
tui_stop

# --- NO_COLOR: no colour escapes on the screen, and text from the
# database drawn without its control bytes (a row edited behind the
# program's back: the store itself refuses them) ---
sqlite3 "$DB" "UPDATE incident SET summary = 'bad' || char(27) || '[31mred' || char(7) || char(10) || 'x' WHERE id = 1"
tui_start 80 24 NO_COLOR=1
wait_screen "NO_COLOR start" "2 gangguan"
wait_screen "escape and bell bytes are drawn as ?" "bad?[31mred?"
if $TMUX_CMD capture-pane -t t -e -p | grep -Eq "$(printf '\033')\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5|48;5)[;m]"; then
	not_ok "NO_COLOR: no colours drawn"
else
	ok "NO_COLOR: no colours drawn"
fi
tui_stop

# --- 132x43: wider summary column ---
tui_start 132 43
wait_screen "132x43 shows the whole summary" "listrik padam di ruang server · Jöni"
wait_screen "a newline in the database is drawn as a blank" "bad?[31mred? x"
tui_stop

# --- no terminal at all: refused before curses starts (tests/tui/term.sh) ---
start=$(date +%s)
TERM=xterm timeout 10 "$GANGGUAN" -c "$CFG" -d "$DB" </dev/null >"$T/dead.out" 2>"$T/dead.err"
rc=$?
took=$(( $(date +%s) - start ))
if [ "$rc" -eq 64 ] && [ "$took" -le 2 ]; then ok "no input: exits at once, no spin (rc $rc, ${took}s)"
else not_ok "no input: exits at once, no spin" "rc $rc after ${took}s"; fi
expect_all_exited "no program is left running after its terminal is gone"
finish
