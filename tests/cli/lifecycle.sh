#!/bin/sh
# The lifecycle from the command line: report, events, open, restore,
# close, void; refusals with their exit codes; output formats.
. "$(dirname "$0")/../lib.sh"
DB=$T/g.db
G() { g -c "$CFG" -d "$DB" "$@"; }

G init >/dev/null
G report --start "2018-02-03 14:30" --cause listrik --summary "SPSE tidak dapat diakses" --reporter "Admin-PPE"
expect_rc "report succeeds" 0
id=$OUT
expect_eq "report prints the new id" "$id" 1

G report --start "30/02/2018 14.30" --cause listrik --summary x
expect_rc "30 February is refused" 64
expect_err "the bad date is named" "30/02/2018: tanggal tidak ada"
G report --start "2018-02-03 24:00" --cause listrik --summary x
expect_rc "24:00 is refused" 64
G report --start "" --cause listrik --summary x
expect_rc "an empty time is refused" 64
G report --start "2018-02-03 14:30" --cause gempa --summary x
expect_rc "an unknown cause is refused" 65
expect_err "the unknown cause is named" "gempa"
G report --start "2018-02-03 14:30" --cause "perangkat keras" --summary "  "
expect_rc "a blank summary is refused" 65
G report --cause listrik --summary x
expect_rc "a missing --start is a usage error" 64
G report --start "2018-02-03 14:30" --cause listrik --summary x --colour red
expect_rc "an unknown option is a usage error" 64
expect_err "the unknown option is named" "opsi tidak dikenal --colour"

G event "$id" --at "2018-02-03 15:00" --text "belum dibuka"
expect_rc "an event before opening is refused" 65
expect_err "the refusal says why" "kronologi hanya dapat ditambah"
G restore "$id" --at "2018-02-03 16:00"
expect_rc "restore before open is refused" 65
G close "$id"
expect_rc "close before open is refused" 65

G open "$id" --at "03/02/2018 15.00"
expect_rc "open succeeds" 0
expect_eq "open prints the opening report's number" "$OUT" "001 /LPSE.Lebongkab/II/2018"
G open "$id"
expect_rc "opening twice is refused" 65
G void "$id" --reason "salah"
expect_rc "voiding an open incident is refused" 65

G event "$id" --at "2018-02-03 14:29" --text "sebelum mulai"
expect_rc "an event before the start is refused" 65
expect_err "the refusal names the start" "sebelum awal"
G event "$id" --at "2099-01-01 00:00" --text "masa depan"
expect_rc "an event in the future is refused" 65
G event "$id" --at "2018-02-03 14:30" --about --text "pemadaman listrik PLN	dengan tab
dan baris baru"
expect_rc "an approximate event is recorded" 0
G event "$id" --at "2018-02-03 16:00" --action --text "mereset password server"
expect_rc "an action is recorded" 0
G event abc --at "2018-02-03 16:00" --text x
expect_rc "a bad id is a usage error" 64
G event 99 --at "2018-02-03 16:00" --text x
expect_rc "an unknown incident exits 66" 66

G close "$id"
expect_rc "close before restore is refused" 65
G restore "$id" --at "2018-02-03 14:00"
expect_rc "restore before the start is refused" 65
G restore "$id" --at "2018-02-04 09:00"
expect_rc "restore succeeds" 0
G event "$id" --at "2018-02-04 09:30" --text "dipantau"
expect_rc "events may be added while restored" 0
G close "$id" --at "2018-02-04 08:00"
expect_rc "close before restore time is refused" 65
G close "$id" --at "2018-02-04 10:00"
expect_rc "close succeeds" 0
expect_eq "close prints the next number of the shared counter" "$OUT" "002 /LPSE.Lebongkab/II/2018"
G event "$id" --at "2018-02-04 10:30" --text "setelah ditutup"
expect_rc "no events after closing" 65

G report --start "2018-03-01 08:00" --cause jaringan --summary "laporan keliru"
id2=$OUT
G void "$id2" --reason "ternyata jaringan kantor pelapor"
expect_rc "void succeeds" 0
G void "$id2" --reason "lagi"
expect_rc "void twice is refused" 65
G void "$id2"
expect_rc "void without a reason is a usage error" 64

G list --format json
expect_rc "list json" 0
expect_eq "list json parses and has both incidents" "$(printf '%s' "$OUT" | jq length)" 2
expect_eq "states in json" "$(printf '%s' "$OUT" | jq -r '.[].state' | tr '\n' ' ')" "closed void "
expect_eq "times in the unit's zone" "$(printf '%s' "$OUT" | jq -r '.[0].started')" "2018-02-03T14:30:00+07:00"
G list --state void --format tsv
expect_eq "tsv has a header and one row" "$(printf '%s\n' "$OUT" | wc -l)" 2
G report --start "2018-03-02 08:00" --cause aplikasi --summary "$(printf 'tab\tdan\nbaris \\ garis')"
expect_rc "a summary is one line: a newline in it is refused" 65
expect_err "naming the field" "ringkasan: hanya satu baris"
G report --start "2018-03-02 08:00" --cause aplikasi --summary "$(printf 'tab\tdan baris \\ garis')" \
	--impact "$(printf 'dua\nbaris')"
G list --cause aplikasi --format tsv
expect_eq "tsv keeps one line per incident" "$(printf '%s\n' "$OUT" | wc -l)" 2
expect_out "tsv escapes tab and backslash" 'tab\\tdan baris \\\\ garis'
G list --state nonsense
expect_rc "an unknown state is a usage error" 64
G list --format xml
expect_rc "an unknown format is a usage error" 64
G list --year 2018 --cause listrik
expect_out "the table shows the closed incident" "^1 +ditutup +2018-02-03 14:30 WIB"

G show "$id" --format json
expect_rc "show json" 0
expect_eq "show json has the events" "$(printf '%s' "$OUT" | jq '.events | length')" 3
expect_eq "the event text keeps its tab and newline" \
	"$(printf '%s' "$OUT" | jq -r '.events[0].text' | head -1)" "$(printf 'pemadaman listrik PLN\tdengan tab')"
expect_eq "show json lists the two documents" "$(printf '%s' "$OUT" | jq -r '[.documents[].kind] | join(",")')" "opening,closing"
G show "$id"
expect_out "show text has the chronology" "tindakan.*mereset password server"
G show 42
expect_rc "show of an unknown incident exits 66" 66

G search listrik
expect_out "search finds by chronology text" "^1 "
G search keliru --format json
expect_eq "search finds by summary" "$(printf '%s' "$OUT" | jq -r '.[].id')" "$id2"
G search "   "
expect_rc "a blank search is a usage error" 64
G search zzzz --format json
expect_eq "search with no match is empty" "$(printf '%s' "$OUT" | jq length)" 0

G audit "$id" --format json
expect_rc "audit json" 0
expect_eq "audit records every step" "$(printf '%s' "$OUT" | jq -r '[.[].action] | join(",")')" \
	"report,issue,open,event,event,restore,event,issue,close"
expect_eq "audit records the Unix user" "$(printf '%s' "$OUT" | jq -r '.[0].user')" "$(id -un)"
SSH_CLIENT="10.1.2.3 5555 22" g -c "$CFG" -d "$DB" report --start "2018-02-03 14:30" --cause listrik --summary "lewat SSH"
G audit --format json
expect_eq "audit records the SSH client" "$(printf '%s' "$OUT" | jq -r '.[-1].client')" "10.1.2.3"

G number --year 2018
expect_eq "the counter follows the issued numbers" "$OUT" "2018 003"
G number --year 2018 --set 2
expect_rc "the counter is never lowered below an issued number" 65
G number --year 2019 --set 40
expect_rc "setting the next number once" 0
G number --year 2019 --set 41
expect_rc "setting it twice is refused" 65

G check
expect_rc "check on a healthy database" 0
sqlite3 "$DB" "DROP TRIGGER document_immutable_update; UPDATE document SET text = text || 'x' WHERE seq = 1;"
G check
expect_rc "check reports a changed document" 65
expect_out "check names the document" "001 /LPSE.Lebongkab/II/2018: teks tidak lagi cocok"

# A closing report cannot predate the opening report it revokes, and no
# document may be dated before the last one issued that year.
G report --start "2018-05-01 14:30" --cause listrik --summary "pulih sebelum dibuka"
id3=$OUT
G open "$id3" --at "2018-05-01 15:00"
G restore "$id3" --at "2018-05-01 14:40"
expect_rc "a restore before the opening report is refused: the letters would contradict" 65
expect_err "the refusal names the opening report" "waktu pulih tidak boleh sebelum BA Pembukaan"
G restore "$id3" --at "2018-05-01 15:10"
G close "$id3" --at "2018-05-01 14:50"
expect_rc "a close before the restore is refused" 65
expect_err "the refusal names the restore" "sebelum waktu pulih"
G report --start "2018-04-01 08:00" --cause listrik --summary "dicatat terlambat"
id4=$OUT
G open "$id4" --at "2018-04-01 09:00"
expect_rc "a document dated before the last issued one is refused" 65
expect_err "the refusal names the last document" "003 /LPSE.Lebongkab/V/2018 sudah terbit"

finish
