#!/bin/sh
# Pasted text (what operators copy from chat) is text, never keys: the
# terminal's bracketed-paste markers (mode 2004) frame it, and the whole
# paste goes into the field under the cursor (issue 9).
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
CFG=$SAMPLE_CFG
DB=$T/paste.db
G() { g -c "$CFG" -d "$DB" "$@"; }
G init >/dev/null
G report --start "kemarin 08.00" --cause jaringan --summary "ISP putus"
G open 1 --at "kemarin 08.10"

paste() {   # paste TEXT: as a terminal pastes it, with the markers
	$TMUX_CMD set-buffer -b p -- "$1"
	$TMUX_CMD paste-buffer -p -b p -t t
}

tui_start 80 24
wait_screen "list" "1 gangguan"
paste "$(printf 'satu\n2\nr')"
wait_screen "a paste on the list is ignored, not run as keys" "Tempelan diabaikan"
# A long query stays in view at 80 columns; a paste goes into it.
tui_keys /
tui_type "gardu induk sektor selatan padam"
paste " total sejak pagi"
wait_screen "the whole query is in view at 80 columns" "gardu induk sektor selatan padam total sejak pagi"
tui_keys Escape
wait_screen "Esc clears the search; the filters are back" "Status: semua"

# The register from the TUI: the last number issued, the next one set once.
tui_keys N
wait_screen "N opens the register" "Buku register"
wait_screen "it shows the last letter issued" "terakhir terbit No. 001/LPSE.Lebongkab"
tui_keys Tab C-u
tui_type "50"
tui_keys F2
wait_screen "it asks before a jump without a reason" "menjadi 50? Hanya sekali."
tui_keys y
wait_screen "a jump past 001 needs a reason, as number --set does" "perlu alasan"
tui_keys Tab
tui_type "buku agenda kertas 002-049"
tui_keys F2
wait_screen "it asks first" "menjadi 50? Hanya sekali. (y/T)"
tui_keys y
wait_screen "the next number is set" "Nomor surat berikutnya tahun"
G number
expect_out "the register continues at 50" " 050$"
tui_keys N
wait_screen "the register again" "berikutnya 50."
tui_keys F2 y
wait_screen "a second setting is refused, as number --set refuses it" "sudah pernah diatur"
tui_keys Escape y
tui_keys Enter
wait_screen "detail" "Ringkasan"
tui_keys e
wait_screen "event form" "Tambah kronologi"
tui_keys Tab Tab Tab
paste "$(printf 'PLN padam di gardu\n2\nr\nv')"
wait_screen "pasted lines land in the one field, a text area" "24/1000"
tui_keys End Enter
tui_type "genset menyala"
wait_screen "Enter in a text area breaks the line, it does not save" "genset menyala"
tui_keys Home
wait_screen "the area scrolls back to its first line" "PLN padam di gardu"
if screen | grep -Eq "Tandai pulih|Batalkan laporan|2 Kronologi.*selected"; then
	not_ok "no pasted letter ran as a key" "$(screen)"
else
	ok "no pasted letter ran as a key"
fi
wait_screen "still the same form" "Tambah kronologi"
tui_keys F2
wait_screen "saved" "Kronologi dicatat"
G show 1 --format json
expect_eq "the store has the pasted lines in one chronology line" "$(printf '%s' "$OUT" | jq -r '.events[0].text')" \
	"$(printf 'PLN padam di gardu\n2\nr\nv\ngenset menyala')"
G report --start "kemarin 09.00" --cause listrik --summary "uji tempel"
# In a one-line field the pasted lines are joined with blanks.
tui_keys E
wait_screen "the correction form" "Koreksi data gangguan"
tui_keys C-u
paste "$(printf 'ISP putus\ndi kantor\nr')"
wait_screen "three lines in a one-line field, joined" "ISP putus di kantor r"
tui_keys C-u
paste "$(python3 -c 'print("x" * 400)')"
wait_screen "a paste past the limit is cut with a word" "Tempelan 400 karakter dipotong: isian ini paling banyak 300"
tui_keys Escape y
tui_keys q q
wait_exit "leaves" 0
expect_all_exited "no program is left running after its terminal is gone"
finish
