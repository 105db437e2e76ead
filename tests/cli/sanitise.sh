#!/bin/sh
# Text with control characters, escape sequences, C1 controls, bidi
# overrides and invalid UTF-8 that reached the database some other way (a
# hand edit with the sqlite3 shell, an older version) is printed by every
# command as visible escapes, never as raw bytes; typed input holding them
# is refused, naming the field.  gangguan(1) SECURITY.
. "$(dirname "$0")/../lib.sh"
DB=$T/s.db
G() { g -c "$CFG" -d "$DB" "$@"; }

if ! command -v sqlite3 >/dev/null 2>&1; then
	echo "# skip: no sqlite3 shell to plant raw bytes in the database"
	finish
fi

G demo
expect_rc "demo loads the seed incident" 0

# Every C0 byte but NUL (SQLite text ends there), DEL, every C1 control
# (U+0080-009F as UTF-8), CSI/OSC sequences (OSC 52 sets the clipboard),
# the bidi controls and bytes that are not UTF-8.
c0=$(seq 1 31 | sed 's/.*/char(&)/' | paste -sd'|' | sed 's/|/ || /g')
c1=$(seq 128 159 | sed 's/.*/char(&)/' | paste -sd'|' | sed 's/|/ || /g')
bidi="char(8234) || char(8235) || char(8236) || char(8237) || char(8238) || char(8294) || char(8295) || char(8296) || char(8297) || char(8206) || char(8207) || char(1564)"
evil="'[' || $c0 || char(127) || $c1 || char(27) || '[2J' || char(27) || ']52;c;cm0gLXJmIH4K' || char(7) || $bidi || CAST(X'FFC3E280' AS TEXT) || ']'"
trig=$(sqlite3 "$DB" "SELECT sql FROM sqlite_master WHERE name = 'document_immutable_update'")
sqlite3 "$DB" "
UPDATE incident SET summary = 'listrik ' || $evil, impact = 'dampak ' || $evil, reporter = 'pelapor ' || $evil,
	channel = 'saluran ' || $evil WHERE id = 1;
UPDATE event SET text = text || $evil WHERE id = (SELECT min(id) FROM event WHERE incident_id = 1);
-- an issued letter's text, past its immutability trigger as a tamperer would
DROP TRIGGER document_immutable_update;
UPDATE document SET text = text || $evil WHERE id = (SELECT min(id) FROM document WHERE incident_id = 1);
$trig;
INSERT INTO audit(at, unix_user, client, action, incident_id, before, after, operator)
	VALUES (strftime('%s','now'), 'u' || $evil, 'c' || $evil, 'edit', 1, '{}', '{}', 'op' || $evil);
" || not_ok "the sqlite3 shell planted the bytes"
[ "$(sqlite3 "$DB" "SELECT instr(summary, char(27)) > 0 FROM incident WHERE id = 1")" = 1 ] &&
	ok "the summary holds a raw ESC in the database"

# raw_bytes FILE: lines holding a C0 control (other than tab and newline,
# and the CR of a CSV record's CRLF), DEL, a C1 control, a bidi control or
# a byte that is not UTF-8.
raw_bytes() {
	LC_ALL=C perl -ne '
		s/\r\n\z/\n/;
		$bad++ if /[\x00-\x08\x0b-\x1f\x7f]/ || /\xc2[\x80-\x9f]/ || /\xe2\x80[\x8e\x8f\xaa-\xae]/ ||
			/\xe2\x81[\xa6-\xa9]/ || /\xd8\x9c/ ||
			!/^(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})*\z/;
		END { print $bad + 0, "\n" }' "$1"
}
# clean NAME ARGS...: the command succeeds and prints no raw byte, on
# stdout or stderr, and shows the escapes instead.
# WANT_RC (default 0) is the exit status expected.
clean() {
	name=$1
	shift
	"$GANGGUAN" -c "$CFG" -d "$DB" "$@" >"$T/o" 2>"$T/e"
	rc=$?
	if [ "$rc" -ne "${WANT_RC:-0}" ]; then
		not_ok "$name: exit ${WANT_RC:-0}" "exit $rc" "$(cat "$T/e")"
		return
	fi
	n=$(raw_bytes "$T/o")
	e=$(raw_bytes "$T/e")
	if [ "$n" = 0 ] && [ "$e" = 0 ]; then ok "$name prints no raw control byte"; else
		not_ok "$name prints no raw control byte" "$n lines on stdout, $e on stderr" "$(od -c "$T/o" | head -20)"; fi
}
# escapes NAME PATTERN: what clean last ran shows PATTERN (grep -F).
escapes() {
	if grep -qF -- "$2" "$T/o"; then ok "$1"; else not_ok "$1" "lacks $2" "$(head -c 600 "$T/o")"; fi
}

# the check itself: raw output would be caught
printf 'a\033[2Jb\n' >"$T/probe"
[ "$(raw_bytes "$T/probe")" = 1 ] && ok "the probe finds a raw ESC" || not_ok "the probe finds a raw ESC"
printf 'a\342\200\256b\n' >"$T/probe"
[ "$(raw_bytes "$T/probe")" = 1 ] && ok "the probe finds a raw U+202E" || not_ok "the probe finds a raw U+202E"
printf 'a\377b\n' >"$T/probe"
[ "$(raw_bytes "$T/probe")" = 1 ] && ok "the probe finds invalid UTF-8" || not_ok "the probe finds invalid UTF-8"

clean "show" show 1
escapes "show shows ESC as \\x1b" '\x1b[2J'
escapes "show shows OSC 52 visibly" '\x1b]52;c;cm0gLXJmIH4K\x07'
escapes "show shows U+202E as \\u202e" '\u202e'
escapes "show shows a C1 control as \\u009b" '\u009b'
escapes "show shows a byte that is not UTF-8 as \\xff" '\xff'
escapes "show shows BS and CR" '\x08'
clean "show --format json" show 1 --format json
escapes "JSON escapes ESC" '\u001b'
escapes "JSON escapes U+202E" '\u202e'
jq -e '.summary | test("\u202e")' "$T/o" >/dev/null && ok "the JSON still carries U+202E as data" ||
	not_ok "the JSON still carries U+202E as data"
for f in table tsv csv json; do
	clean "list --format $f" list --format "$f"
done
clean "list --format csv --sep ';'" list --format csv --sep ';'
clean "search" search listrik
clean "audit" audit
clean "audit 1" audit 1
clean "audit --format json" audit --format json
clean "doc list" doc list
clean "doc list --format tsv" doc list --format tsv
clean "doc list --format csv" doc list --format csv
num=$(sqlite3 "$DB" "SELECT number FROM document WHERE incident_id = 1 ORDER BY id LIMIT 1")
# The planted letter no longer matches its fingerprint: doc prints it with
# a warning and exits 65 (gangguan(1), INTEGRITY), still with no raw byte.
WANT_RC=65
clean "doc $num" doc "$num"
escapes "doc shows the planted ESC as \\x1b" '\x1b]52;c;'
clean "doc $num --format markdown" doc "$num" --format markdown
WANT_RC=0
clean "rekap" rekap --year 2018

# Typed input that would carry them into a record is refused, naming the field.
refused() {
	name=$1 want=$2
	shift 2
	G "$@"
	expect_rc "$name is refused" 65
	expect_err "$name: the message names the field" "$want"
}
refused "a summary with ESC" "ringkasan: berisi karakter kontrol U\+001B" \
	report --start "2018-02-05 10:00" --cause listrik --summary "$(printf 'a\033[31mb')"
refused "a summary with U+202E" "ringkasan: berisi karakter pengatur arah teks U\+202E pada karakter ke-2" \
	report --start "2018-02-05 10:00" --cause listrik --summary "$(printf 'a\342\200\256b')"
refused "an impact with a C1 control" "dampak: berisi karakter kontrol U\+009B" \
	report --start "2018-02-05 10:00" --cause listrik --summary ok --impact "$(printf 'a\302\233b')"
refused "a reporter with invalid UTF-8" "pelapor: bukan teks UTF-8 yang sah \(byte 0xff\)" \
	report --start "2018-02-05 10:00" --cause listrik --summary ok --reporter "$(printf 'a\377b')"
refused "an event with OSC 52" "teks kronologi: berisi karakter kontrol U\+001B" \
	event 1 --at "2018-02-03 15:00" --text "$(printf 'x\033]52;c;aGk=\007')"
refused "an edit reason with U+2066" "alasan: berisi karakter pengatur arah teks U\+2066" \
	edit 1 --summary baru --reason "$(printf 'x\342\201\246y')"
refused "a tender name with U+202E" "nama paket: berisi karakter pengatur arah teks U\+202E" \
	tender add 99 --name "$(printf 'x\342\200\256y')"
# a signatory in the config (it ends in every letter)
sed "s/^name *=.*/name = Budi $(printf '\342\200\256')X/" "$CFG" >"$T/bidi.ini"
if cmp -s "$CFG" "$T/bidi.ini"; then
	not_ok "the config fixture has a name key to corrupt"
else
	g -c "$T/bidi.ini" -d "$DB" check
	expect_err "a config value with U+202E is refused" "pengatur arah teks"
fi
finish
