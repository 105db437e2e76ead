#!/bin/sh
# The official documents: the seed word for word from the demo data, the
# same template telling another incident, frozen text, the register, and
# the refusals of bad input (nothing issued).
. "$(dirname "$0")/../lib.sh"
DB=$T/demo.db
SEED=$TOP/tests/fixtures/seed-closing-023.txt
G() { g -c "$CFG" -d "$DB" "$@"; }

# The normalisations the issue allows, nothing more: emphasis stars and
# <url> brackets removed, "+40" read as "±40", trailing blanks dropped, a
# page counter after "Arsip" dropped, runs of blank lines folded (and
# those at the start and end removed).
norm() {
	sed -e 's/\*//g' -e 's/<\([^<> ]*\)>/\1/g' -e 's/+40 menit/±40 menit/' -e 's/[[:space:]]*$//' |
		awk 'arsip && /^[0-9]+$/ { next } /^Arsip$/ { arsip = 1 } { print }' |
		cat -s | sed -e '/./,$!d' | sed -e ':a' -e '/^\n*$/{$d;N;ba' -e '}'
}
# The words in order, whatever the line breaks and indentation.
words() { norm | tr -s ' \n' '\n\n' | sed '/^$/d'; }

G demo
expect_rc "demo loads the seed incident" 0
G doc 023/LPSE.Lebongkab/II/2018 --format markdown
expect_rc "doc prints the closing report" 0
printf '%s\n' "$OUT" | norm >"$T/got.md"
norm <"$SEED" >"$T/seed.norm"
if cmp -s "$T/got.md" "$T/seed.norm"; then
	ok "the closing report equals the seed (markdown, allowed normalisations only)"
else
	not_ok "the closing report equals the seed (markdown, allowed normalisations only)" \
		"$(diff "$T/seed.norm" "$T/got.md" | head -n 20)"
fi

# Plain text: the same words; the layout is the A4 one (wrapped at 80,
# centred title, signature block at the right) for the standard
# templates; the Lebong template asks for the original's own layout
# ("::: width 0"), so its default print equals the seed too.
G doc 023/LPSE.Lebongkab/II/2018
printf '%s\n' "$OUT" | norm >"$T/got.txt"
if cmp -s "$T/got.txt" "$T/seed.norm"; then
	ok "the default print of 023 equals the seed (allowed normalisations only)"
else
	not_ok "the default print of 023 equals the seed (allowed normalisations only)" \
		"$(diff "$T/seed.norm" "$T/got.txt" | head -n 20)"
fi
words <"$T/got.txt" >"$T/got.words"
words <"$SEED" >"$T/seed.words"
if cmp -s "$T/got.words" "$T/seed.words"; then
	ok "the text form has the seed's words in the seed's order"
else
	not_ok "the text form has the seed's words in the seed's order" \
		"$(diff "$T/seed.words" "$T/got.words" | head -n 20)"
fi
G doc 022/LPSE.Lebongkab/II/2018
printf '%s\n' "$OUT" >"$T/a4.txt"
expect_eq "no line of a standard document is wider than 80 columns" \
	"$(LC_ALL=C.UTF-8 awk 'length($0) > 80' "$T/a4.txt" | wc -l)" 0
title="BERITA ACARA PEMBUKAAN GANGGUAN AKSES LPSE"
expect_eq "the title is centred" "$(head -n 1 "$T/a4.txt")" \
	"$(printf '%*s%s' $(((80 - ${#title}) / 2)) '' "$title")"
expect_eq "the signature block is in the right half" \
	"$(grep -E '^ {40,}(KETUA|JONI PRAWINATA, MM|NIP\. 19810629 200901 1 014)$' "$T/a4.txt" | wc -l)" 3
expect_eq "paragraphs are not indented" "$(grep -c '^Pada hari ini Sabtu tanggal 3 Februari 2018' "$T/a4.txt")" 1

G doc 023/lpse.lebongkab/ii/2018
expect_rc "a number is found whatever its blanks and case" 0
G doc 1 --kind opening --format markdown
expect_out "the opening report by incident id" "^\*\*BERITA ACARA PEMBUKAAN GANGGUAN AKSES LPSE\*\*$"
expect_out "the opening report's number" "^Nomor : 022 /LPSE.Lebongkab/II/2018$"
expect_out "the opening report says since when" "sejak hari Sabtu tanggal 3 Februari 2018 pukul 14.30 WIB"
expect_out "the opening report quotes the regulation" "Pokja ULP dapat membuat dan melaksanakan solusi alternatif"
G doc 1
expect_out "an incident id alone gives its latest document" "PENUTUPAN"
G doc 1 --kind nonsense
expect_rc "an unknown kind is a usage error" 64
G doc 999/X/2018
expect_rc "an unknown number exits 66" 66
G doc 7
expect_rc "an incident without documents exits 66" 66
G doc 022/LPSE.Lebongkab/II/2018 --kind closing
expect_rc "a number of the other kind is refused" 65

# The register.
G doc list --format json
expect_rc "doc list json" 0
expect_eq "the register lists both documents in order" \
	"$(printf '%s' "$OUT" | jq -r '[.[] | .number + "=" + .kind] | join(",")')" \
	"022 /LPSE.Lebongkab/II/2018=opening,023 /LPSE.Lebongkab/II/2018=closing"
expect_eq "the closing report revokes the opening one" "$(printf '%s' "$OUT" | jq -r '.[1].revokes')" \
	"022 /LPSE.Lebongkab/II/2018"
expect_eq "issue times in the unit's zone" "$(printf '%s' "$OUT" | jq -r '.[1].issued')" "2018-02-04T10:00:00+07:00"
G doc list --year 2017 --format json
expect_eq "another year's register is empty" "$(printf '%s' "$OUT" | jq length)" 0
G doc list --format tsv
expect_eq "tsv: a header and two rows" "$(printf '%s\n' "$OUT" | wc -l)" 3
G doc list
expect_out "the table shows the number, time, kind and incident" \
	"^023 /LPSE.Lebongkab/II/2018 +2018-02-04 10:00 +Penutupan +#1 +022 /LPSE"
G doc list --year abc
expect_rc "a bad year is a usage error" 64

# Frozen text: a new head of the LPSE changes later documents only.
G doc 023/LPSE.Lebongkab/II/2018 --format markdown
before_md=$OUT
G doc 023/LPSE.Lebongkab/II/2018
before_txt=$OUT
sed -e 's/^name .*= JONI.*/name      = RATNA DEWI, S.Kom/' -e 's/^nip .*/nip       = 198703152010012003/' \
	-e 's/^position .*/position  = PLT. KETUA/' "$CFG" >"$T/new-head.ini"
g -c "$T/new-head.ini" -d "$DB" doc 023/LPSE.Lebongkab/II/2018 --format markdown
expect_eq "after a config change the markdown reprint is the same" "$OUT" "$before_md"
g -c "$T/new-head.ini" -d "$DB" doc 023/LPSE.Lebongkab/II/2018
expect_eq "after a config change the text reprint is the same" "$OUT" "$before_txt"
g -c "$T/new-head.ini" -d "$DB" report --start "2018-11-12 21:05" --cause jaringan \
	--summary "tidak dapat diakses karena jaringan ISP terputus" --reporter "Operator Jaga LPSE"
id2=$OUT
g -c "$T/new-head.ini" -d "$DB" open "$id2" --at "2018-11-12 21:30"
expect_eq "the next document takes the next number" "$OUT" "024 /LPSE.Lebongkab/XI/2018"
g -c "$T/new-head.ini" -d "$DB" doc "$id2"
expect_out "a new document has the new signatory" "RATNA DEWI, S.Kom"
expect_out "with the new NIP in four groups" "NIP\. 19870315 201001 2 003"
expect_out "and the new position" "PLT\. KETUA"
if printf '%s' "$OUT" | grep -q "JONI"; then not_ok "the old signatory is gone from the new document"; else ok "the old signatory is gone from the new document"; fi
G check
expect_rc "check: every frozen text matches its fingerprint" 0

# The Lebong template tells another incident's facts (signed by the new head).
H() { g -c "$T/new-head.ini" -d "$DB" "$@"; }
H event "$id2" --at "2018-11-12 21:05" --about --text "koneksi internet dari ISP terputus sehingga situs tidak dapat dijangkau"
H event "$id2" --at "2018-11-12 22:40" --text "ISP mengonfirmasi kabel serat optik putus"
H event "$id2" --at "2018-11-13 07:45" --action --text "menghubungi teknisi ISP"
H event "$id2" --at "2018-11-13 08:05" --action --text "memindahkan koneksi ke jalur cadangan"
H event "$id2" --at "2018-11-13 08:10" --text "layanan kembali normal"
H restore "$id2" --at "2018-11-13 08:10"
H close "$id2" --at "2018-11-13 09:00"
expect_eq "closing it takes the next number" "$OUT" "025 /LPSE.Lebongkab/XI/2018"
H doc 025/LPSE.Lebongkab/XI/2018 --format markdown
printf '%s\n' "$OUT" >"$T/other.md"
# The day name by an independent calculation (date(1)).
days="Senin Selasa Rabu Kamis Jumat Sabtu Minggu"
dow=$(date -u -d 2018-11-13 +%u)
day=$(echo $days | cut -d' ' -f"$dow")
for fact in \
	"^Nomor : 025 /LPSE.Lebongkab/XI/2018$" \
	"^Pada hari ini $day tanggal 13 November 2018, kami menyatakan bahwa LPSE Kabupaten Lebong" \
	"berupa tidak dapat diakses karena jaringan ISP terputus\.$" \
	"disampaikan oleh Operator Jaga LPSE sebagai berikut" \
	"^1\. Pada tanggal 12 November 2018 sekitar pukul 21\.05 WIB, koneksi internet dari ISP terputus" \
	"^2\. Pada pukul 22\.40 WIB ISP mengonfirmasi kabel serat optik putus\.$" \
	"^3\. Pada tanggal 13 November 2018 pukul 08\.10 WIB, layanan kembali normal\.$" \
	"^4\. Berdasarkan Berita Acara Pembukaan Gangguan Nomor 024 /LPSE.Lebongkab/XI/2018 telah di ambil tindakan dengan menghubungi teknisi ISP kemudian memindahkan koneksi ke jalur cadangan\.$" \
	"^5\. Sampai dengan diterbitkannya" \
	"^RATNA DEWI, S.Kom" \
	"^NIP\. 19870315 201001 2 003$"; do
	if grep -Eq -- "$fact" "$T/other.md"; then ok "other incident: $fact"; else not_ok "other incident: $fact" "$(cat "$T/other.md")"; fi
done
for seedfact in "Februari" "pemadam" "14.30" "JONI" "022 /" "LKPP melakukan remote"; do
	if grep -q -- "$seedfact" "$T/other.md"; then not_ok "no seed fact left: $seedfact"; else ok "no seed fact left: $seedfact"; fi
done

# Across the new year: the closing report starts 2019's numbering and
# the register of 2019 still names the 2018 report it revokes.
H report --start "2018-12-31 22:00" --cause listrik --summary "tidak dapat diakses"
id3=$OUT
H open "$id3" --at "2018-12-31 22:15"
expect_eq "the opening report of 31 December is numbered in 2018" "$OUT" "026 /LPSE.Lebongkab/XII/2018"
H event "$id3" --at "2018-12-31 22:00" --text "listrik padam"
H restore "$id3" --at "2019-01-01 06:00"
H close "$id3" --at "2019-01-01 07:00"
expect_eq "the closing report of 1 January starts 2019" "$OUT" "001 /LPSE.Lebongkab/I/2019"
H doc list --year 2019 --format json
expect_eq "the 2019 register names the 2018 report revoked" "$(printf '%s' "$OUT" | jq -r '.[0].revokes')" \
	"026 /LPSE.Lebongkab/XII/2018"

# Zones: the same incident in a WITA unit.
sed 's/^timezone .*/timezone  = WITA/' "$CFG" >"$T/wita.ini"
W() { g -c "$T/wita.ini" -d "$T/wita.db" "$@"; }
W init >/dev/null
W report --start "2018-03-05 09:00" --cause aplikasi --summary "aplikasi SPSE galat 500"
W open 1 --at "2018-03-05 09:15"
W event 1 --at "2018-03-05 09:00" --text "halaman SPSE menampilkan galat 500"
W restore 1 --at "2018-03-05 11:20"
W close 1 --at "2018-03-05 11:30"
W doc 1 --format markdown
expect_out "WITA times in a WITA unit" "^1\. Pada tanggal 5 Maret 2018 pukul 09\.00 WITA, halaman SPSE"

# The standard closing template ("telah diambil", "telah mengalami").
sed 's|^template_closing .*|template_closing = templates/closing.tpl|' "$CFG" >"$T/std.ini"
S() { g -c "$T/std.ini" -d "$T/std.db" "$@"; }
S demo
S doc 023/LPSE.Lebongkab/II/2018 --format markdown
expect_out "the standard template says telah diambil" "telah diambil tindakan dengan mereset password server, kemudian memberikan"
expect_out "the standard template says telah mengalami" "telah mengalami gangguan teknis"
expect_out "the standard template gives the duration" "lama gangguan 18 jam 30 menit"
expect_out "the standard template revokes the opening report by number" \
	"Berita Acara Pembukaan Gangguan Nomor 022 /LPSE.Lebongkab/II/2018 tanggal 3 Februari 2018 dicabut"
if printf '%s' "$OUT" | grep -q "di ambil"; then not_ok "no seed slip in the standard template"; else ok "no seed slip in the standard template"; fi

# One report per disruption (style = single).
sed 's/^style .*/style = single/' "$CFG" >"$T/single.ini"
O() { g -c "$T/single.ini" -d "$T/single.db" "$@"; }
O init >/dev/null
O report --start "2015-09-14 07:30" --cause jaringan --summary "tidak dapat diakses karena jaringan terputus"
O open 1 --at "2015-09-14 08:00"
expect_rc "single style: opening issues no document" 0
O event 1 --at "2015-09-14 07:30" --text "jaringan internet terputus"
O restore 1 --at "2015-09-15 07:30"
O close 1 --at "2015-09-15 09:00"
expect_eq "single style: the one report takes the first number" "$OUT" "001 /LPSE.Lebongkab/IX/2015"
O doc 1 --format markdown
expect_out "single style: the report's title" "^\*\*BERITA ACARA GANGGUAN AKSES LPSE\*\*$"
expect_out "single style: outage and recovery together" \
	"mulai hari Senin tanggal 14 September 2015 pukul 07\.30 WIB sampai dengan hari Selasa tanggal 15 September 2015 pukul 07\.30 WIB \(lama gangguan 1 hari\)"

# ---- bad input: a clear refusal, and nothing issued ----
g -c "$CFG" -d "$T/bad.db" init >/dev/null
g -c "$CFG" -d "$T/bad.db" report --start "2018-02-03 14:30" --cause listrik --summary "uji penolakan"
g -c "$CFG" -d "$T/bad.db" number --year 2018
next_before=$OUT

mkdir -p "$T/tpl"
sed 's/{{unit.name}}/{{unit.nama}}/' "$TOP/data/templates/opening.tpl" >"$T/tpl/unknown.tpl"
sed "s|^template_opening .*|template_opening = $T/tpl/unknown.tpl|" "$CFG" >"$T/unknown.ini"
g -c "$T/unknown.ini" -d "$T/bad.db" open 1 --at "2018-02-03 15:00"
expect_rc "a template with an unknown field is refused" 78
line=$(grep -n 'unit.nama' "$T/tpl/unknown.tpl" | head -n 1 | cut -d: -f1)
expect_err "the refusal names the template's file and line" "unknown.tpl:$line: kolom \{\{unit.nama\}\} tidak dikenal"
g -c "$T/unknown.ini" -d "$T/bad.db" check
expect_rc "check refuses the broken template before any open" 78
expect_err "check names the template's file and line" "unknown.tpl:$line: kolom \{\{unit.nama\}\} tidak dikenal"
sed "s|^template_closing .*|template_closing = $T/tpl/unknown.tpl|" "$CFG" >"$T/unknown-close.ini"
g -c "$T/unknown-close.ini" -d "$T/bad.db" check
expect_rc "check refuses a broken closing template too" 78

printf '= JUDUL\n{{#each chronology}}\n#. {{text}}\n' >"$T/tpl/open-block.tpl"
sed "s|^template_opening .*|template_opening = $T/tpl/open-block.tpl|" "$CFG" >"$T/block.ini"
g -c "$T/block.ini" -d "$T/bad.db" open 1 --at "2018-02-03 15:00"
expect_rc "a malformed template is refused" 78
expect_err "the malformed template's line is named" "open-block.tpl:2: \{\{#each chronology\}\} tidak ditutup"

printf 'Pada {{doc.date}} {{opening.number}}\n' >"$T/tpl/opening-field.tpl"
sed "s|^template_opening .*|template_opening = $T/tpl/opening-field.tpl|" "$CFG" >"$T/of.ini"
g -c "$T/of.ini" -d "$T/bad.db" open 1 --at "2018-02-03 15:00"
expect_rc "a field the opening report does not have is refused" 78
expect_err "and named" "opening-field.tpl:1: kolom \{\{opening.number\}\} tidak dikenal"

sed "s|^template_opening .*|template_opening = $T/tpl/none.tpl|" "$CFG" >"$T/none.ini"
g -c "$T/none.ini" -d "$T/bad.db" open 1 --at "2018-02-03 15:00"
expect_rc "a missing template file is refused (a configuration error)" 78
expect_err "the missing template is named" "none.tpl"

# A regulation file is one regime of the catalogue directory: each case
# gets a directory of its own beside a good regime.
reg_case() {
	mkdir -p "$T/reg-$1"
	cp "$TOP/data/regulations/perka-lkpp-1-2015.ini" "$T/reg-$1/"
	cat >"$T/reg-$1/$1.ini"
	sed "s|^regulations .*|regulations = $T/reg-$1|" "$CFG" >"$T/reg-$1.ini"
}
printf '[regulation]\ntitle = Perka\nini bukan baris INI\n[provision:a]\ntext = x\n' | reg_case bad
g -c "$T/reg-bad.ini" -d "$T/bad.db" open 1 --at "2018-02-03 15:00"
expect_rc "a malformed regulation file is refused" 78
expect_err "its file and line are named" "reg-bad/bad.ini:3: baris tidak dikenali \(bukan \[bagian\] atau kunci = nilai\): ini bukan baris INI"
g -c "$T/reg-bad.ini" -d "$T/bad.db" check
expect_rc "check refuses the malformed regulation file" 78
expect_err "check names its file and line" "reg-bad/bad.ini:3: "
printf '[regulation]\ntitle = Perka\n' | reg_case noprov
g -c "$T/reg-noprov.ini" -d "$T/bad.db" open 1 --at "2018-02-03 15:00"
expect_rc "a regulation file without provisions is refused" 78
expect_err "it says what is missing" "tidak ada \[provision:NAMA\]"
# iniparser 4.1 reads [regulation:number] as a section that hides the
# key: it crashed open, close and demo once.
sed 's/^\[remedy:lkpp\]$/[regulation:number]/' "$TOP/data/regulations/perka-lkpp-1-2015.ini" | reg_case keysec
line=$(grep -n '^\[regulation:number\]' "$T/reg-keysec/keysec.ini" | cut -d: -f1)
g -c "$T/reg-keysec.ini" -d "$T/bad.db" check
expect_rc "check refuses a section named like a key" 78
expect_err "and names its line" "keysec.ini:$line: \[regulation:number\]: nama bagian ini sama dengan kunci"
g -c "$T/reg-keysec.ini" -d "$T/bad.db" open 1 --at "2018-02-03 15:00"
expect_rc "open refuses it the same way, without crashing" 78
g -c "$T/reg-keysec.ini" -d "$T/bad-demo.db" demo
expect_rc "demo refuses it without crashing" 78
sed 's/^regime .*//; s/^\[documents\]$/[documents]\nregime = perpres-99-2030/' "$CFG" >"$T/pin-bad.ini"
g -c "$T/pin-bad.ini" -d "$T/bad.db" check
expect_rc "check refuses a pinned regime the catalogue lacks" 78
expect_err "and lists the regimes it has" "regime: 'perpres-99-2030' tidak ada di katalog peraturan; yang ada: perka-lkpp-1-2015, perpres-16-2018"

sed 's/^number_format .*/number_format = {seq}\/{code}\/{month_roman}/' "$CFG" >"$T/noyear.ini"
g -c "$T/noyear.ini" -d "$T/bad.db" open 1 --at "2018-02-03 15:00"
expect_rc "a number format without the year is refused" 78
expect_err "it says why" "number_format"
sed 's/^number_format .*/number_format = LPSE\/{code}\/{year}/' "$CFG" >"$T/noseq.ini"
g -c "$T/noseq.ini" -d "$T/bad.db" open 1 --at "2018-02-03 15:00"
expect_rc "a number format without the sequence is refused" 78

g -c "$CFG" -d "$T/bad.db" number --year 2018
expect_eq "nothing was issued by the refused steps" "$OUT" "$next_before"
g -c "$CFG" -d "$T/bad.db" doc list --format json
expect_eq "the register is still empty" "$(printf '%s' "$OUT" | jq length)" 0

# An incident with no chronology cannot be closed with a report.
g -c "$CFG" -d "$T/bad.db" open 1 --at "2018-02-03 15:00"
expect_rc "opening needs no chronology" 0
g -c "$CFG" -d "$T/bad.db" restore 1 --at "2018-02-03 16:00"
g -c "$CFG" -d "$T/bad.db" close 1 --at "2018-02-03 17:00"
expect_rc "closing an incident with no events is refused" 65
expect_err "the refusal says what to add" "belum mempunyai kronologi"

# Control characters and a 2,000-character line.
g -c "$CFG" -d "$T/bad.db" event 1 --at "2018-02-03 14:40" --text "$(printf 'listrik padam \033[31m merah')"
expect_rc "an event with an escape character is refused at entry" 65
# Text that reached the database some other way (an older version, a
# hand edit) is refused by the renderer too, naming the event.
sqlite3 "$T/bad.db" "INSERT INTO event(incident_id, at, text, author, created_at)
	VALUES (1, $(date -u -d '2018-02-03 07:40' +%s), 'listrik padam ' || char(27) || '[31m merah', 'x', 0)"
g -c "$CFG" -d "$T/bad.db" close 1 --at "2018-02-03 17:00"
expect_rc "a stored event with an escape character is refused" 65
expect_err "the refusal names the event and the character" "kronologi 2018-02-03 14:40 WIB berisi karakter kontrol 0x1b"

g -c "$CFG" -d "$T/bad.db" report --start "2018-02-05 10:00" --cause listrik --summary "$(printf 'x%.0s' $(seq 1 2000))"
expect_rc "a 2,000-character summary is refused where it is typed" 65
expect_err "it says the field, the count and the limit" "ringkasan: terlalu panjang \(2000 karakter, paling banyak 300\)"

g -c "$CFG" -d "$T/bad.db" doc list --format json
expect_eq "still nothing but the opening report issued" "$(printf '%s' "$OUT" | jq -r '[.[].number] | join(",")')" \
	"001 /LPSE.Lebongkab/II/2018"

finish
