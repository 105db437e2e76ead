#!/bin/sh
# Tenders, hits, remedies and decisions from the command line (issue 4):
# the seed's incident, every refusal of the Bad input list, CSV import
# errors by line, a malformed catalogue, the later regime.
. "$(dirname "$0")/../lib.sh"
DB=$T/g.db
G() { g -c "$CFG" -d "$DB" "$@"; }

G demo >/dev/null
id=1

# ---- tenders ----
G tender add 1234567 --name "Rehabilitasi Gedung Kantor Camat" --committee "Pokja ULP II" \
	--method tender-pascakualifikasi-1-file --from 2018-01-29
expect_rc "a tender from the pascakualifikasi stage list" 0
G tender show 1234567 --format json
expect_eq "the template gives 12 stages" "$(printf '%s' "$OUT" | jq '.stages | length')" 12
expect_eq "H+0 is the --from day" "$(printf '%s' "$OUT" | jq -r '.stages[0].start')" "2018-01-29T08:00:00+07:00"
expect_eq "the upload closes on day 7, with the download" \
	"$(printf '%s' "$OUT" | jq -r '.stages | [.[1].end, .[3].end] | unique | join(" ")')" "2018-02-05T10:00:00+07:00"
G tender add 1234567 --name "Lain"
expect_rc "a reused tender code is refused" 65
expect_err "the refusal names the code" "kode tender '1234567' sudah dipakai"
G tender add 7654321 --name "Pengadaan Komputer" --method tender-pascakualifikasi-1-file --from 2018-02-30
expect_rc "a bad --from date is a usage error" 64
G tender add 7654321 --name "Pengadaan Komputer" --method ../../etc/passwd --from 2018-02-05
expect_rc "a method that is a path is refused" 64
G tender list --format json
expect_eq "nothing half-written by the refusals" "$(printf '%s' "$OUT" | jq length)" 1

G tender add 7654321 --name "Pengadaan Komputer"
expect_rc "a tender without stages" 0
G tender stage 7654321 --name "Upload Dokumen Penawaran" --start "2018-02-05 08:00" --end "2018-02-02 16:00"
expect_rc "a stage ending before it starts is refused" 65
expect_err "the refusal says why" "waktu selesai sebelum waktu mulai"
G tender stage 7654321 --name "Pengumuman Pascakualifikasi" --start "2018-01-29 08:00" --end "2018-02-02 16:00"
expect_rc "a stage is added" 0
G tender stage 7654321 --name "Upload Dokumen Penawaran" --start "2018-02-02 15:00" --end "2108-02-06 10:00"
expect_rc "a year that is a typo is refused" 65
expect_err "the year is named" "tahun di luar 2000-2099"
G tender stage 7654321 --name "Upload Dokumen Penawaran" --start "2018-02-02 16:00" --end "2018-02-06 10:00"
expect_rc "a stage that starts when the previous one ends" 0
G tender stage 9999 --name X --start "2018-02-02 16:00" --end "2018-02-06 10:00"
expect_rc "an unknown tender exits 66" 66

# ---- CSV import: bad rows by line, nothing imported ----
cat >"$T/bad.csv" <<'CSV'
No,Tahap,Mulai,Sampai,Perubahan
1,Pengumuman Pascakualifikasi,29 Januari 2018 08:00,2 Februari 2018 16:00,
2,Upload Dokumen Penawaran,5 Februari 2018 08:00,3 Februari 2018 16:00,
3,Pembukaan Dokumen Penawaran,31/02/2018 10.00,06/02/2018 12.00,
4,Evaluasi,2018-02-01 08:00,2180-02-09 16:00,
5,Penetapan Pemenang,2018-02-12 08:00
CSV
G tender import 7654321 "$T/bad.csv"
expect_rc "a bad CSV is refused" 65
expect_err "a stage ending before it starts, by line" "bad.csv:3: tahap \"Upload Dokumen Penawaran\": waktu selesai sebelum"
expect_err "a bad date, by line" "bad.csv:4: mulai: 31/02/2018: tanggal tidak ada"
expect_err "a year that is a typo, by line" "bad.csv:5: tahap \"Evaluasi\": tahun di luar 2000-2099"
expect_err "a short row, by line" "bad.csv:6: 3 kolom, kepala berkas punya 5"
expect_err "nothing is imported" "tidak ada yang diimpor"
G tender show 7654321 --format json
expect_eq "the stored stages are untouched" "$(printf '%s' "$OUT" | jq '.stages | length')" 2
printf 'tahap;mulai;selesai\nA;2018-02-01 08:00;2018-02-02 08:00\n' >"$T/semi.csv"
G tender import 7654321 "$T/semi.csv"
expect_rc "a file without the documented header is refused" 65
expect_err "the header is named" "semi.csv:1: .*tahap,mulai,sampai"
cat >"$T/good.csv" <<'CSV'
tahap,mulai,sampai
Pengumuman Pascakualifikasi,2018-01-29 08:00,2018-02-02 16:00
Upload Dokumen Penawaran,03/02/2018 08.00,05/02/2018 10.00
"Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga",5 Pebruari 2018 13:00,9 Februari 2018 16:00
CSV
G tender import 7654321 "$T/good.csv"
expect_rc "a good CSV is imported" 0
expect_eq "it prints the number of stages" "$OUT" 3
G tender list --format tsv
expect_eq "tsv has a header and two tenders" "$(printf '%s\n' "$OUT" | wc -l)" 3

# ---- hits ----
G hit $id
expect_out "both tenders are proposed" "^1234567 +diusulkan"
expect_out "both tenders are proposed" "^7654321 +diusulkan"
G tender add 1111111 --name "Belum mulai"
G tender stage 1111111 --name Pengumuman --start "2018-02-04 09:00" --end "2018-02-08 16:00"
G hit $id 1111111
expect_rc "a tender whose first stage starts at the restore is not hit" 65
G decide $id 1234567 --remedy reschedule --ref "027/POKJA-II/II/2018" --date "2018-02-05 09:00"
expect_rc "a decision for a tender not hit is refused" 65
expect_err "the refusal says how to confirm" "gangguan hit 1 1234567"
G hit $id 1234567
expect_rc "confirming a hit" 0
G hit $id 1234567
expect_rc "confirming twice is refused" 65
G hit $id --format json
expect_eq "hit json: confirmed and proposed" \
	"$(printf '%s' "$OUT" | jq -r '[.[] | .code + ":" + (.confirmed | tostring)] | join(",")')" \
	"1234567:true,7654321:false"

# ---- remedy ----
G remedy $id --format json
expect_rc "remedy json" 0
expect_eq "the seed lost 2 days" "$(printf '%s' "$OUT" | jq .days)" 2
expect_eq "the regime of 3 February 2018" "$(printf '%s' "$OUT" | jq -r .regime.id)" "perka-lkpp-1-2015"
expect_eq "the three provisions cover a power cut" "$(printf '%s' "$OUT" | jq '.provisions | length')" 3
expect_eq "the running upload stage ends 2 days later" \
	"$(printf '%s' "$OUT" | jq -r '.tenders[0].stages[3].new_end')" "2018-02-07T10:00:00+07:00"
expect_eq "the Masa Sanggah, after the winner's announcement, ends on a Monday" \
	"$(printf '%s' "$OUT" | jq -r '.tenders[0].stages[9] | .new_end + " " + .end_landed_on')" \
	"2018-02-19T21:01:00+07:00 akhir pekan"
G remedy $id
expect_out "remedy says why the regime applies" "Mengapa +: gangguan mulai 3 Februari 2018; Perka LKPP Nomor 1 Tahun 2015 berlaku"
expect_out "remedy quotes the seed's provision" "^    b. Melakukan penyesuaian jadwal sesuai dengan jumlah hari"

# ---- decisions ----
G decide $id 1234567 --remedy postpone --ref x --date "2018-02-05 09:00"
expect_rc "an unknown remedy is a usage error" 64
G decide $id 1234567 --remedy reschedule --ref "027/POKJA-II/II/2018" --date "2018-02-05 09:00"
expect_rc "a reschedule decision" 0
expect_eq "it is revision 1" "$OUT" "revisi 1"
G decide $id 1234567 --remedy alternative --ref "028/POKJA-II/II/2018" --date "2018-02-06 09:00" \
	--note "upload ulang dicatat dalam BAHP"
expect_eq "a change is revision 2" "$OUT" "revisi 2"
G audit $id --format json
expect_eq "the audit keeps both versions" \
	"$(printf '%s' "$OUT" | jq -r '[.[] | select(.action == "decide") | .after.remedy] | join(",")')" \
	"reschedule,alternative"
G hit $id 1234567 --remove
expect_rc "a hit with a decision cannot be withdrawn" 65

# A reschedule on an unrestored incident.
G report --start "2018-02-05 11:00" --cause jaringan --summary "ISP putus"
id2=$OUT
G open $id2 --at "2018-02-05 11:10" >/dev/null
G hit $id2 7654321
expect_rc "a hit on an unrestored incident" 0
G decide $id2 7654321 --remedy reschedule --ref "030/POKJA/II/2018" --date "2018-02-05 12:00"
expect_rc "a reschedule on an unrestored incident is refused" 65
expect_err "the refusal says why" "belum pulih"
G remedy $id2 --format json
expect_eq "its days are provisional" "$(printf '%s' "$OUT" | jq .provisional)" "true"
G decide $id2 7654321 --remedy lkpp --ref "031/POKJA/II/2018" --date "2018-02-05 12:00"
expect_rc "LKPP facilitation needs no days" 0

# A void incident hits nothing.
G report --start "2018-02-05 11:00" --cause jaringan --summary "laporan keliru"
id4=$OUT
G void $id4 --reason "jaringan kantor pelapor"
G hit $id4 7654321
expect_rc "a void incident cannot hit a tender" 65
G decide $id4 7654321 --remedy lkpp --ref x --date "2018-02-05 12:00"
expect_rc "nor have decisions" 65

# ---- the later regime ----
G report --start "2019-03-04 10:00" --cause listrik --summary "UPS rusak"
id3=$OUT
G open $id3 --at "2019-03-04 10:05" >/dev/null
G restore $id3 --at "2019-03-04 13:00"
G tender add 2019001 --name "Jalan 2019"
G tender stage 2019001 --name "Upload Dokumen Penawaran" --start "2019-03-01 08:00" --end "2019-03-04 12:00"
G hit $id3 2019001
G remedy $id3 --format json
expect_eq "2019 falls under Perpres 16/2018" "$(printf '%s' "$OUT" | jq -r .regime.id)" "perpres-16-2018"
expect_eq "the committee is Pokja Pemilihan" "$(printf '%s' "$OUT" | jq -r .regime.committee)" "Pokja Pemilihan"
G decide $id3 2019001 --remedy cancel --ref "01/POKJA/III/2019" --date "2019-03-05 09:00"
expect_rc "failing a tender without grounds is refused under Perpres 16/2018" 65
expect_err "the refusal cites Pasal 51(2)" "Pasal 51 ayat \(2\)"
G decide $id3 2019001 --remedy cancel --ref "01/POKJA/III/2019" --date "2019-03-05 09:00" \
	--note "seluruh penawaran di atas HPS"
expect_rc "with its grounds it is recorded" 0

# ---- a malformed catalogue is refused with file, line and key ----
# (a unit's own data beside its config comes first)
cp -r "$GANGGUAN_DATADIR" "$T/data"
sed -i 's/^remedies = lkpp$/remedis = lkpp/' "$T/data/regulations/perka-lkpp-1-2015.ini"
g -c "$T/data/gangguan.ini" -d "$DB" remedy $id
expect_rc "a malformed catalogue exits 78" 78
line=$(grep -n '^remedis' "$T/data/regulations/perka-lkpp-1-2015.ini" | cut -d: -f1)
expect_err "it names file, line and key" "perka-lkpp-1-2015.ini:$line: provision:fasilitasi_lkpp:remedis: kunci tidak dikenal"
g -c "$T/data/gangguan.ini" -d "$DB" check
expect_rc "check refuses it too" 78
expect_err "check names file, line and key" "perka-lkpp-1-2015.ini:$line: provision:fasilitasi_lkpp:remedis"
printf '[calendar]\nyear = 2027\n[libur]\n2027-13-01 = Salah\n' >"$T/data/holidays/2027.ini"
cp "$GANGGUAN_DATADIR/regulations/perka-lkpp-1-2015.ini" "$T/data/regulations/"
g -c "$T/data/gangguan.ini" -d "$DB" check
expect_rc "a malformed holiday file exits 78" 78
expect_err "it names file, line and date" "holidays/2027.ini:4: libur:2027-13-01: bukan tanggal"
G check
expect_out "check reports the regimes and where they come from" \
	"^katalog peraturan: 2 rezim: perka-lkpp-1-2015, perpres-16-2018 dari $GANGGUAN_DATADIR/regulations\$"
expect_out "check reports the calendar years and where they come from" \
	"^kalender hari libur: 2018-20[0-9][0-9]: 2018-20[0-9][0-9] dari $GANGGUAN_DATADIR/holidays\$"

# ---- import from standard input ----
printf 'tahap,mulai,sampai\nPengumuman,2018-03-01 08:00,2018-03-05 16:00\n' >"$T/in.csv"
G tender import 1111111 - <"$T/in.csv"
expect_rc "import reads standard input" 0
expect_eq "and replaces the stages" "$OUT" 1

finish
