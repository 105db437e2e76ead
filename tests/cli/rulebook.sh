#!/bin/sh
# The rulebook beneath both faces (issue 8): the letters cite the regime
# in force on the incident's start date, from the same catalogue that
# `remedy` and `decide` use; a summary is never printed as a quotation;
# a pinned regime is named and checked; decide applies every rule; a
# tender under way when the regime changed follows the earlier one.
. "$(dirname "$0")/../lib.sh"
DB=$T/r.db
G() { g -c "$SAMPLE_CFG" -d "$DB" "$@"; }
G init >/dev/null

# has NAME PATTERN: the last output, its lines joined (letters wrap), matches.
has() {
	flat=$(printf '%s' "$OUT" | tr '\n' ' ' | tr -s ' ')
	if printf '%s' "$flat" | grep -Eq -- "$2"; then ok "$1"; else not_ok "$1" "lacks /$2/" "$OUT"; fi
}

# incident START [RESTORE CLOSE]: reports, opens (and closes) one; prints its id.
incident() {
	G report --start "$1" --cause listrik --summary "server SPSE tidak dapat diakses"
	i=$OUT
	G open "$i" --at "$1"
	G event "$i" --at "$1" --text "listrik PLN padam di ruang server"
	if [ -n "${2:-}" ]; then
		G restore "$i" --at "$2"
		G close "$i" --at "$3"
	fi
	echo "$i"
}

# ---- a 2026 incident: Perpres 16/2018 as amended, Pokja Pemilihan ----
id26=$(incident "2026-11-30 07:15" "2026-11-30 12:00" "2026-11-30 13:00")
for kind in opening closing; do
	G doc "$id26" --kind $kind
	letter=$(printf '%s' "$OUT" | tr '\n' ' ' | tr -s ' ')
	has "2026 $kind letter cites Perpres 16/2018 with its amendments in force" \
		"berpedoman pada Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah sebagaimana telah beberapa kali diubah, terakhir dengan Peraturan Presiden Nomor 46 Tahun 2025"
	has "2026 $kind letter names Pokja Pemilihan" "Pokja Pemilihan dapat menempuh upaya berikut"
	if printf '%s' "$OUT" | grep -Eq "Perka|Pokja ULP|Hasil Pelelangan"; then
		not_ok "2026 $kind letter has no Perka, Pokja ULP or Pelelangan" "$OUT"
	else ok "2026 $kind letter has no Perka, Pokja ULP or Pelelangan"; fi
	# No provision the catalogue marks as a summary is printed.
	bad=""
	for text in "praktik yang berlanjut dari Perka" "Tender hanya dapat dinyatakan gagal atas alasan" \
		"Sanggah disampaikan melalui SPSE"; do
		printf '%s' "$letter" | grep -Fq "$text" && bad="$bad [$text]"
	done
	expect_eq "2026 $kind letter prints no summary as a quotation" "$bad" ""
	has "2026 $kind letter states the main remedy first" "1\. Melakukan penyesuaian jadwal sesuai dengan jumlah hari"
done
G remedy "$id26" --format json
expect_eq "remedy of the same incident: the same regime" "$(printf '%s' "$OUT" | jq -r .regime.id)" "perpres-16-2018"
expect_eq "remedy names the same committee" "$(printf '%s' "$OUT" | jq -r .regime.committee)" "Pokja Pemilihan"

# ---- 2023: one amendment in force ----
id23=$(incident "2023-09-19 10:45" "2023-09-20 08:00" "2023-09-20 09:00")
G doc "$id23" --kind closing
has "2023 letter: Perpres 16/2018 as amended by Perpres 12/2021" \
	"Pengadaan Barang/Jasa Pemerintah sebagaimana telah diubah dengan Peraturan Presiden Nomor 12 Tahun 2021:"
if printf '%s' "$OUT" | grep -q "46 Tahun 2025"; then not_ok "2023 letter names no later amendment" "$OUT"; else ok "2023 letter names no later amendment"; fi
has "2023 letter: Berita Acara Hasil Pemilihan" "Berita Acara Hasil Pemilihan \(BAHP\)"

# ---- February 2018: Perka LKPP 1/2015, Pokja ULP, quoted word for word ----
id18=$(incident "2018-02-03 14:30" "2018-02-04 09:00" "2018-02-04 10:00")
G doc "$id18" --kind closing
has "Feb 2018 letter cites Perka LKPP 1/2015" "sesuai dengan Perka LKPP Nomor 1 Tahun 2015 tentang e-Tendering berlaku ketentuan"
has "Feb 2018 letter quotes it: Pokja ULP" "maka Pokja ULP dapat"
has "Feb 2018 letter quotes the BAHP of the Perka" "Berita Acara Hasil Pelelangan \(BAHP\)"
if printf '%s' "$OUT" | grep -q "Pokja Pemilihan"; then not_ok "Feb 2018 letter has no Pokja Pemilihan" "$OUT"; else ok "Feb 2018 letter has no Pokja Pemilihan"; fi

# ---- a pinned regime: named, checked, used by letters and remedy alike ----
sed 's/^regime .*/regime = perka-lkpp-1-2015/' "$SAMPLE_CFG" >"$T/pinned.ini"
g -c "$T/pinned.ini" -d "$DB" check
expect_rc "check accepts a pinned regime the catalogue has" 0
g -c "$T/pinned.ini" -d "$DB" report --start "2026-11-30 14:00" --cause listrik --summary "uji patok"
pid=$OUT
g -c "$T/pinned.ini" -d "$DB" open "$pid" --at "2026-11-30 14:05"
g -c "$T/pinned.ini" -d "$DB" doc "$pid" --kind opening
has "a pinned regime decides the letter" "sesuai dengan Perka LKPP Nomor 1 Tahun 2015"
g -c "$T/pinned.ini" -d "$DB" remedy "$pid"
expect_out "and the remedies" "dipatok oleh unit \(\[documents\] regime = perka-lkpp-1-2015\)"
sed 's/^regime .*/regime = Perka 1\/2015/' "$SAMPLE_CFG" >"$T/pin-typo.ini"
g -c "$T/pin-typo.ini" -d "$DB" check
expect_rc "a regime name that is not a file name is a config error" 78
expect_err "named with its line" "pin-typo.ini:[0-9]+: documents:regime"
g -c "$SAMPLE_CFG" -d "$DB" check
expect_rc "the sample config (regulations = the directory) passes check" 0

# ---- decide: every rule, the same message as the TUI form (tui/rules.sh) ----
G tender add 2026001 --name "Rehabilitasi Puskesmas" --method tender-pascakualifikasi-1-file --from 2026-11-23
G hit "$id26" 2026001
expect_rc "the 2026 tender is confirmed hit" 0
G decide "$id26" 2026001 --remedy cancel --ref BA/01/POKJA/XII/2026 --date "2026-12-01 09:00"
expect_rc "Perpres: fail the tender without a ground is refused" 65
expect_err "saying which article" "upaya 'cancel' di bawah Perpres Nomor 16 Tahun 2018 perlu lebih dari gangguan: Perpres 16/2018 Pasal 51 ayat \(2\)"
G decide "$id26" 2026001 --remedy alternative --ref BA/01/POKJA/XII/2026 --date "2030-01-01 09:00"
expect_rc "a decision dated in the future is refused (the form refuses it too)" 65
expect_err "saying so" "tanggal keputusan di masa depan"
G decide "$id26" 2026001 --remedy cancel --ref BA/01/POKJA/XII/2026 --date "2026-12-01 09:00" --note "   "
expect_rc "a blank note is no ground" 65
G decide "$id26" 2026001 --remedy cancel --ref BA/01/POKJA/XII/2026 --date "2026-12-01 09:00" \
	--note "Pasal 51 ayat (2) huruf g: seluruh penawaran di atas HPS"
expect_rc "with the ground named it is recorded" 0
expect_err "and the condition is repeated" "perhatian: Perpres 16/2018 Pasal 51"
G remedy "$id26" --format json
expect_eq "the decision records the regime it was taken under" \
	"$(printf '%s' "$OUT" | jq -r '.tenders[0].decision.regime')" "perpres-16-2018"

id_open=$(incident "2026-11-30 15:00")
G hit "$id_open" 2026001
G decide "$id_open" 2026001 --remedy reschedule --ref BA/02/POKJA/XII/2026 --date "2026-11-30 16:00"
expect_rc "no reschedule before the service is restored" 65
expect_err "the days are not known yet" "belum pulih: jumlah hari gangguan belum diketahui"

# A cause the regime gives no reschedule for ("lainnya": not a technical disruption).
G report --start "2026-11-30 16:30" --cause lainnya --summary "petugas salah mengunggah jadwal"
id_other=$OUT
G open "$id_other" --at "2026-11-30 16:35"
G event "$id_other" --at "2026-11-30 16:35" --text "jadwal diperbaiki"
G restore "$id_other" --at "2026-11-30 17:00"
G hit "$id_other" 2026001
G decide "$id_other" 2026001 --remedy reschedule --ref BA/04/POKJA/XII/2026 --date "2026-11-30 18:00"
expect_rc "a remedy the regime does not give for the cause is refused" 65
expect_err "naming the regime, the remedy and the cause" "Perpres Nomor 16 Tahun 2018 tidak memberi upaya 'reschedule' untuk gangguan berpenyebab lainnya"
G decide "$id_other" 2026001 --remedy alternative --ref BA/04/POKJA/XII/2026 --date "2026-11-30 18:00"
expect_rc "an alternative solution is given for any cause" 0

# ---- a tender under way on 1 July 2018 stays under the Perka ----
G tender add 2018001 --name "Jalan Usaha Tani" --method tender-pascakualifikasi-1-file --from 2018-06-25
id_tr=$(incident "2018-07-02 09:00" "2018-07-03 09:00" "2018-07-03 10:00")
G hit "$id_tr" 2018001
expect_rc "the tender announced before 1 July 2018 is hit" 0
G remedy "$id_tr"
expect_out "remedy names the regime of the day" "Peraturan      : Perpres Nomor 16 Tahun 2018"
expect_out "and the tender's own, with the transitional rule" \
	"Peraturan tender: Perka LKPP Nomor 1 Tahun 2015, bukan Perpres Nomor 16 Tahun 2018: .*Pasal 89 angka 1 Perpres 16/2018"
G remedy "$id_tr" --format json
expect_eq "JSON: the tender follows the Perka" "$(printf '%s' "$OUT" | jq -r '.tenders[0].regime')" "perka-lkpp-1-2015"
expect_eq "JSON: marked transitional" "$(printf '%s' "$OUT" | jq -r '.tenders[0].transitional')" "true"
G decide "$id_tr" 2018001 --remedy cancel --ref BA/03/POKJA/VII/2018 --date "2018-07-04 09:00"
expect_rc "under the Perka the committee may cancel without a further ground" 0
expect_err "the operator is told which regime and why" "tender 2018001 berjalan sebelum Perpres Nomor 16 Tahun 2018 berlaku: menurut Pasal 89 angka 1 Perpres 16/2018, tender ini tetap berpedoman pada Perka LKPP Nomor 1 Tahun 2015"
G remedy "$id_tr" --format json
expect_eq "the decision records the Perka" "$(printf '%s' "$OUT" | jq -r '.tenders[0].decision.regime')" "perka-lkpp-1-2015"
finish
