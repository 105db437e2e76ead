#!/bin/sh
# A unit's own data files (issue 11): beside its config file they add or
# replace one file each, never hide the installed ones; check says where
# each comes from and warns when this or next year's holiday calendar is
# missing.
. "$(dirname "$0")/../lib.sh"
D=$GANGGUAN_DATADIR
U=$T/unit                 # the unit's config directory (/etc/gangguan/ on a server)
mkdir -p "$U/holidays" "$U/templates" "$U/regulations"
cp "$CFG" "$U/gangguan.ini"
DB=$T/u.db
G() { g -c "$U/gangguan.ini" -d "$DB" "$@"; }
G init >/dev/null

# An empty calendar of year $1 in directory $2.
calendar() { printf '[calendar]\nyear = %s\n[libur]\n' "$1" >"$2/$1.ini"; }

# ---- a year added beside the config keeps the shipped ones ----
calendar 2027 "$U/holidays"
G check
expect_rc "check passes with a unit's own 2027.ini" 0
expect_out "check counts the shipped years and the unit's" "^kalender hari libur: 2018-2027: "
expect_out "it names the installed directory" "^kalender hari libur: .*2018-202[0-9] dari $D/holidays"
expect_out "and the unit's, for 2027" "^kalender hari libur: .*2027 dari $U/holidays"

# ---- a unit's 2026.ini replaces that year alone ----
# A working-day result: an incident on Monday 30 November 2026 costs one
# day, so a stage ending Wednesday 2 December moves to Thursday 3
# December, a working day in the shipped 2026 calendar.
G report --start "2026-11-30 09:00" --cause listrik --summary "uji kalender unit"
id=$OUT
G open "$id" --at "2026-11-30 09:10"
G restore "$id" --at "2026-11-30 11:00"
G tender add 2026101 --name "Uji kalender"
G tender stage 2026101 --name Upload --start "2026-11-23 08:00" --end "2026-12-02 16:00"
G hit "$id" 2026101
G remedy "$id" --format json
expect_eq "with the shipped 2026 the new end is Thursday 3 December" \
	"$(printf '%s' "$OUT" | jq -r '.tenders[0].stages[0] | .new_end + " " + .end_landed_on')" \
	"2026-12-03T16:00:00+07:00 hari kerja"
sed 's/^\[cuti_bersama\]$/2026-12-03 = Hari libur uji unit\n&/' "$D/holidays/2026.ini" >"$U/holidays/2026.ini"
grep -q '^2026-12-03 = Hari libur uji unit$' "$U/holidays/2026.ini" || not_ok "the test's 2026.ini has its extra day" "$(cat "$U/holidays/2026.ini")"
G remedy "$id" --format json
expect_eq "a unit's 2026.ini decides the 2026 working days" \
	"$(printf '%s' "$OUT" | jq -r '.tenders[0].stages[0] | .new_end + " " + .end_landed_on')" \
	"2026-12-04T16:00:00+07:00 hari libur nasional"
G check
expect_out "check says the unit's 2026 replaces the shipped one" \
	"^kalender hari libur: 2018-2027: .*2026-2027 dari $U/holidays \(2026 menggantikan berkas terpasang\)"
expect_out "the shipped years before it still come from the installed directory" \
	"^kalender hari libur: 2018-2027: 2018-2025 dari $D/holidays; "
# 2021 still comes from the shipped file: Maulid Nabi on Wednesday 20
# October (SKB 712/2021), so Tuesday the 19th is a working day.
G report --start "2021-10-18 09:00" --cause listrik --summary "uji Maulid"
id21=$OUT
G open "$id21" --at "2021-10-18 09:10"
G restore "$id21" --at "2021-10-18 11:00"
G tender add 2021001 --name "Uji Maulid"
G tender stage 2021001 --name Upload --start "2021-10-11 08:00" --end "2021-10-18 16:00"
G tender stage 2021001 --name Evaluasi --start "2021-10-18 16:00" --end "2021-10-19 16:00"
G hit "$id21" 2021001
G remedy "$id21" --format json
expect_eq "2021: an end moved onto Tuesday 19 October stays (a working day)" \
	"$(printf '%s' "$OUT" | jq -r '.tenders[0].stages[0] | .new_end + " " + .end_landed_on')" \
	"2021-10-19T16:00:00+07:00 hari kerja"
expect_eq "2021: an end moved onto Wednesday 20 October (Maulid Nabi) moves to the 21st" \
	"$(printf '%s' "$OUT" | jq -r '.tenders[0].stages[1] | .new_end + " " + .end_landed_on')" \
	"2021-10-21T16:00:00+07:00 hari libur nasional"

# ---- a unit's template replaces that template alone ----
{ cat "$D/templates/opening.tpl"; printf '\nCatatan unit: templat pembukaan milik unit.\n'; } >"$U/templates/opening.tpl"
g -c "$U/gangguan.ini" -d "$T/demo.db" demo
expect_rc "demo issues through the unit's template" 0
g -c "$U/gangguan.ini" -d "$T/demo.db" doc 1 --kind opening
expect_out "the opening report has the unit's text" "^Catatan unit: templat pembukaan milik unit\.$"
g -c "$U/gangguan.ini" -d "$T/demo.db" doc 1 --kind closing
expect_out "the closing report still comes from the shipped template" "BERITA ACARA PENUTUPAN"
if printf '%s\n' "$OUT" | grep -q "Catatan unit"; then
	not_ok "the closing report has none of the unit's opening text" "$OUT"
else
	ok "the closing report has none of the unit's opening text"
fi
G check
expect_out "check names where each template comes from" \
	"^templat berita acara: opening.tpl dari $U/templates; closing-lebong-2018.tpl, single.tpl dari $D/templates\$"

# ---- a unit's regulation file replaces that regime alone, or adds one ----
sed 's/^title = .*/title = "Perpres 16\/2018 (salinan unit)"/' "$D/regulations/perpres-16-2018.ini" \
	>"$U/regulations/perpres-16-2018.ini"
G remedy "$id21" --format json
expect_eq "a 2021 incident cites the unit's copy of Perpres 16/2018" \
	"$(printf '%s' "$OUT" | jq -r .regime.title)" "Perpres 16/2018 (salinan unit)"
g -c "$U/gangguan.ini" -d "$T/demo.db" remedy 1 --format json
expect_eq "the 2018 seed still cites the shipped Perka LKPP 1/2015" \
	"$(printf '%s' "$OUT" | jq -r .regime.title)" "Perka LKPP Nomor 1 Tahun 2015 tentang e-Tendering"
G check
expect_out "check names where each regime comes from" \
	"^katalog peraturan: 2 rezim: perka-lkpp-1-2015 dari $D/regulations; perpres-16-2018 dari $U/regulations \(perpres-16-2018 menggantikan berkas terpasang\)\$"
sed -e 's/^effective_from = .*/effective_from = 2030-01-01/' -e 's/^effective_until = .*/effective_until =/' \
	"$D/regulations/perka-lkpp-1-2015.ini" >"$U/regulations/uji-2030.ini"
G check
expect_rc "a unit's new regime file passes check" 0
expect_out "it is added to the shipped ones" "^katalog peraturan: 3 rezim: .*uji-2030 dari $U/regulations"
rm "$U/regulations/uji-2030.ini"

# ---- an absolute [remedies] holidays is the unit's layer, over the installed files ----
mkdir -p "$T/abs"
calendar 2028 "$T/abs"
sed "s|^holidays .*|holidays = $T/abs|" "$U/gangguan.ini" >"$T/abs.ini"
grep -q "^holidays = $T/abs\$" "$T/abs.ini" || not_ok "the test's config names the absolute directory" "$(cat "$T/abs.ini")"
g -c "$T/abs.ini" -d "$DB" check
expect_rc "an absolute holidays directory passes check" 0
expect_out "it adds to the shipped years" "^kalender hari libur: 2018-2026, 2028: 2018-2026 dari $D/holidays; 2028 dari $T/abs\$"
sed "s|^holidays .*|holidays = $T/none|" "$U/gangguan.ini" >"$T/none.ini"
g -c "$T/none.ini" -d "$DB" check
expect_rc "a holidays directory that is not there is a configuration error" 78
expect_err "it is named with its key" "\[remedies\] holidays = $T/none: direktori $T/none tidak ada"

# ---- this year's and next year's calendars: a warning, exit status 0 ----
# The years come from the real clock in the unit's zone (WIB); the
# installed data here has no calendars, so nothing else supplies them.
Y=$(TZ=Asia/Jakarta date +%Y)
N=$((Y + 1))
mkdir -p "$T/inst"
cp -r "$D/templates" "$D/regulations" "$T/inst/"
mkdir -p "$T/inst/holidays" "$T/w/holidays"
sed "s|^; datadir .*|datadir = $T/inst|; s|^\[paths\]\$|[paths]\ndatadir = $T/inst|" "$CFG" >"$T/w/gangguan.ini"
calendar "$Y" "$T/w/holidays"
calendar "$N" "$T/w/holidays"
W() { GANGGUAN_DATADIR=$T/inst g -c "$T/w/gangguan.ini" -d "$DB" "$@"; }
W check
expect_rc "both calendars there: check passes" 0
if printf '%s\n' "$OUT" | grep -q '^peringatan:'; then not_ok "and warns of nothing" "$OUT"; else ok "and warns of nothing"; fi
rm "$T/w/holidays/$N.ini"
W check
expect_rc "next year's calendar missing: check still exits 0" 0
expect_out "it warns, naming the year and where its file goes" \
	"^peringatan: kalender hari libur $N \(tahun depan\) tidak ada: .*tambahkan $N.ini ke $T/w/holidays "
rm "$T/w/holidays/$Y.ini"
W check
expect_rc "no calendar at all: still exit 0" 0
expect_out "this year's is named too" "^peringatan: kalender hari libur $Y \(tahun ini\) tidak ada"
expect_eq "one warning line each" "$(printf '%s\n' "$OUT" | grep -c '^peringatan:')" 2

# ---- the shipped holiday files name keys that exist ----
g -c "$CFG" config
keys=$(printf '%s\n' "$OUT" | awk '/^\[/ { s = $0 } /^[a-z_]+ = / { print s " " $1 }')
bad=""
for f in "$D"/holidays/*.ini; do
	for k in $(grep '^;' "$f" | grep -o '\[[a-z]*\] [a-z_]*' | tr ' ' ':'); do
		printf '%s\n' "$keys" | grep -qxF -- "$(printf '%s' "$k" | tr ':' ' ')" || bad="$bad $(basename "$f"):$k"
	done
done
expect_eq "every config key a holiday file's comment names is a real key" "$bad" ""
expect_eq "and they name [remedies] cuti_bersama" \
	"$(grep -l '^;.*\[remedies\] cuti_bersama' "$D"/holidays/*.ini | wc -l)" "$(ls "$D"/holidays/*.ini | wc -l)"
finish
