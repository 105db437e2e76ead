#!/bin/sh
# A decision that takes effect (issue 12): a reschedule records the
# proposal as the tender's next schedule revision ("Perubahan N"), a
# revised decision makes another, revision 0 is kept; the schedule is
# exported as SPSE shows it (TSV, CSV, JSON); a cancel marks the tender
# cancelled; a tender, a stage or a tender's data is deleted or edited
# only while no decision refers to it, audited, with a version check.
. "$(dirname "$0")/../lib.sh"
DB=$T/g.db
G() { g -c "$CFG" -d "$DB" "$@"; }
TAB=$(printf '\t')

G demo >/dev/null   # incident 1: 3 Feb 2018 14.30 to 4 Feb 09.00 WIB, 2 days
G tender add 1234567 --name "Rehabilitasi Gedung" --committee "Pokja ULP II"
cat >"$T/jadwal.csv" <<'CSV'
tahap,mulai,sampai
Pengumuman Pascakualifikasi,2018-01-22 08:00,2018-01-26 16:00
Upload Dokumen Penawaran,2018-01-29 08:00,2018-02-05 10:00
Pembukaan Dokumen Penawaran,2018-02-05 10:00,2018-02-05 12:00
Evaluasi Penawaran,2018-02-05 13:00,2018-02-09 16:00
Penetapan Pemenang,2018-02-14 08:00,2018-02-14 16:00
CSV
G tender import 1234567 "$T/jadwal.csv"
expect_rc "the schedule is imported" 0
G tender show 1234567
expect_out "a schedule never changed is the one entered" "^Jadwal     : jadwal semula \(Perubahan 0"
if printf '%s\n' "$OUT" | grep -q "Riwayat jadwal"; then not_ok "no history before a change" "$OUT"
else ok "no history before a change"; fi
G tender schedule 1234567 --format json
expect_eq "revision 0 exports with no change" "$(printf '%s' "$OUT" | jq -c '[.revision, .source, ([.stages[].change] | unique)]')" \
	'[0,"entered",["none"]]'

# ---- the incident hits it; the committee reschedules ----
G hit 1 1234567
expect_rc "the hit is confirmed" 0
G remedy 1 --format json
printf '%s' "$OUT" | jq -c '[.tenders[] | select(.code == "1234567") | .stages[] | [.name, .new_start, .new_end]]' >"$T/proposal"
expect_eq "the running upload is proposed to end 2 days later" \
	"$(printf '%s' "$OUT" | jq -r '.tenders[] | select(.code == "1234567") | .stages[1].new_end')" "2018-02-07T10:00:00+07:00"
G decide 1 1234567 --remedy reschedule --ref "027/POKJA-II/II/2018" --date "2018-02-05 09:00"
expect_eq "the decision is revision 1" "$OUT" "revisi 1"
G tender show 1234567 --format json
expect_eq "the tender's schedule is now Perubahan 1" "$(printf '%s' "$OUT" | jq .revision)" 1
expect_eq "its stages are the proposal, time for time" \
	"$(printf '%s' "$OUT" | jq -c '[.stages[] | [.name, .start, .end]]')" "$(cat "$T/proposal")"
expect_eq "revision 0 is kept in the history" \
	"$(printf '%s' "$OUT" | jq -r '.history[0] | .source + " " + .stages[1].end')" "entered 2018-02-05T10:00:00+07:00"
expect_eq "Perubahan 1 names its decision" \
	"$(printf '%s' "$OUT" | jq -c '.history[1].decision | [.incident, .revision, .ref, .days]')" '[1,1,"027/POKJA-II/II/2018",2]'
G tender show 1234567
expect_out "show names the revision and why" \
	"^Jadwal     : Perubahan 1, karena keputusan Pokja atas gangguan #1 \(revisi 1\): penyesuaian jadwal 2 hari, BA 027/POKJA-II/II/2018 tanggal 5 Februari 2018"
expect_out "the stages shown are the current ones" "Upload Dokumen Penawaran +2018-01-29 08:00 - 2018-02-07 10:00"
expect_out "the history says what changed, as SPSE writes dates" \
	"^ +2 Upload Dokumen Penawaran: sampai 5 Februari 2018 10:00 -> 7 Februari 2018 10:00"
expect_out "and what did not" "\(1 tahap lain tetap\)"
G remedy 1 --format json
expect_eq "the incident's case still shows the schedule it hit" \
	"$(printf '%s' "$OUT" | jq -c '.tenders[] | select(.code == "1234567") | [.revision, .latest_revision, .stages[1].end]')" \
	'[0,1,"2018-02-05T10:00:00+07:00"]'
expect_eq "and its proposal is unchanged, not shifted twice" \
	"$(printf '%s' "$OUT" | jq -c '[.tenders[] | select(.code == "1234567") | .stages[] | [.name, .new_start, .new_end]]')" \
	"$(cat "$T/proposal")"
G remedy 1
expect_out "remedy says the schedule changed since" "Jadwal: yang terdampak jadwal semula; kini Perubahan 1"
G audit --format json
expect_eq "the revision is audited with the incident" \
	"$(printf '%s' "$OUT" | jq -r '[.[] | select(.action == "tender-revision") | "\(.incident) \(.after.revision)"] | join(",")')" "1 1"

# ---- the export, as SPSE shows it ----
G tender schedule 1234567 --format tsv
expect_eq "TSV has SPSE's columns" "$(printf '%s\n' "$OUT" | head -n 1)" "No${TAB}Tahap${TAB}Mulai${TAB}Sampai${TAB}Perubahan"
expect_out "a moved stage with its old end" \
	"^2${TAB}Upload Dokumen Penawaran${TAB}29 Januari 2018 08:00${TAB}7 Februari 2018 10:00${TAB}sampai semula 5 Februari 2018 10:00\$"
expect_out "a stage that did not move" "^1${TAB}Pengumuman Pascakualifikasi${TAB}22 Januari 2018 08:00${TAB}26 Januari 2018 16:00${TAB}Tidak Ada\$"
# Penetapan Pemenang is a one-day Pokja stage: moved onto Imlek (Friday 16
# February 2018), it starts on the next working day (gangguan-remedies(7)).
expect_out "a one-day Pokja stage moved onto Imlek starts on Monday" "^5${TAB}Penetapan Pemenang${TAB}19 Februari 2018 08:00${TAB}19 Februari 2018 16:00${TAB}"
G tender schedule 1234567 --format csv --sep ';'
printf '%s' "$OUT" >"$T/jadwal-baru.csv"
expect_eq "CSV: 5 stages and the header" "$(printf '%s\n' "$OUT" | wc -l)" 6
expect_out "CSV with ; for an Indonesian spreadsheet" \
	'^3;Pembukaan Dokumen Penawaran;7 Februari 2018 10:00;7 Februari 2018 12:00;"mulai semula 5 Februari 2018 10:00; sampai semula 5 Februari 2018 12:00"' 
expect_eq "CSV records end in CRLF" "$(printf '%s\n' "$OUT" | head -n 1 | tr -dc '\r' | wc -c)" 1
G tender schedule 1234567 --format json
expect_eq "JSON: the stage with its previous times" \
	"$(printf '%s' "$OUT" | jq -c '.stages[1] | [.no, .change, .end_moved, .start_moved, .previous_end, .end_text]')" \
	'[2,"moved",true,false,"2018-02-05T10:00:00+07:00","7 Februari 2018 10:00"]'
expect_eq "JSON names the tender and the current revision" \
	"$(printf '%s' "$OUT" | jq -c '[.code, .revision, .latest_revision, .cancelled]')" '["1234567",1,1,false]'
G tender schedule 1234567 --revision 0 --format tsv
expect_out "--revision 0: the schedule as imported" "^2${TAB}Upload Dokumen Penawaran${TAB}29 Januari 2018 08:00${TAB}5 Februari 2018 10:00${TAB}Tidak Ada\$"
G tender schedule 1234567 --revision 7
expect_rc "a revision that does not exist" 66
expect_err "says which there are" "tidak punya revisi jadwal 7 \(ada 0 sampai 1\)"
G tender schedule 1234567 --revision x
expect_rc "a revision that is not a number is a usage error" 64
G tender schedule 1234567
expect_out "the table names the revision" "^Perubahan 1, karena keputusan Pokja atas gangguan #1"
expect_out "with SPSE's dates" "Upload Dokumen Penawaran +29 Januari 2018 08:00 +7 Februari 2018 10:00 +sampai semula 5 Februari 2018 10:00"
G tender list --format tsv
expect_out "the list has the revision" "^1234567${TAB}.*${TAB}1${TAB}false\$"

# ---- decide again: Perubahan 2, Perubahan 1 kept ----
G decide 1 1234567 --remedy reschedule --ref "029/POKJA-II/II/2018" --date "2018-02-06 09:00"
expect_eq "the revised decision is revision 2" "$OUT" "revisi 2"
G tender show 1234567 --format json
expect_eq "the tender is at Perubahan 2" "$(printf '%s' "$OUT" | jq .revision)" 2
expect_eq "three revisions in the history" "$(printf '%s' "$OUT" | jq '.history | length')" 3
expect_eq "Perubahan 2 names decision revision 2" \
	"$(printf '%s' "$OUT" | jq -c '.history[2].decision | [.revision, .ref]')" '[2,"029/POKJA-II/II/2018"]'
expect_eq "computed from the schedule hit, it equals the proposal" \
	"$(printf '%s' "$OUT" | jq -c '[.stages[] | [.name, .start, .end]]')" "$(cat "$T/proposal")"
G tender schedule 1234567 --revision 1 --format json
expect_eq "Perubahan 1 is kept as it was" "$(printf '%s' "$OUT" | jq -c '[.decision.ref, .stages[1].end]')" \
	'["027/POKJA-II/II/2018","2018-02-07T10:00:00+07:00"]'
G tender show 1234567
expect_out "show: Perubahan 2" "^Jadwal     : Perubahan 2, karena keputusan Pokja atas gangguan #1 \(revisi 2\)"
expect_out "a revision the same as the one before says so" "\(tidak ada tahap yang berubah\)"

# ---- a change by hand once a decision refers to the tender ----
G tender stage 1234567 --name "Penetapan Pemenang" --start "2018-02-19 08:00" --end "2018-02-20 16:00"
expect_rc "a stage changed by hand after the decision" 0
G tender show 1234567 --format json
expect_eq "is a revision of its own" "$(printf '%s' "$OUT" | jq -c '[.revision, .history[3].source, .history[3].decision]')" \
	'[3,"manual",null]'
G decide 1 1234567 --remedy reschedule --ref "030/POKJA-II/II/2018" --date "2018-02-07 09:00"
expect_rc "a revised reschedule that would undo it is refused" 65
expect_err "saying why" "sudah berubah lagi \(Perubahan 3\)"

# ---- nothing a decision refers to is deleted or edited ----
G tender delete 1234567
expect_rc "a tender with a decision is not deleted" 65
expect_err "the refusal names the decision" "tender 1234567 tidak dapat dihapus: sudah ada keputusan Pokja atas tender 1234567 \(gangguan #1, BA 029/POKJA-II/II/2018\)"
G tender stage 1234567 --name "Evaluasi Penawaran" --delete
expect_rc "nor is its stage" 65
expect_err "naming the stage" "tahap 'Evaluasi Penawaran' tidak dapat dihapus"
G tender edit 1234567 --name "Nama lain"
expect_rc "nor are its data edited" 65
G tender show 1234567 --format json
expect_eq "the tender is untouched" "$(printf '%s' "$OUT" | jq -c '[.name, (.stages | length)]')" '["Rehabilitasi Gedung",5]'

# ---- a cancel marks the tender cancelled ----
G tender add 7654321 --name "Pengadaan Komputer"
G tender stage 7654321 --name "Upload Dokumen Penawaran" --start "2018-02-01 08:00" --end "2018-02-06 10:00"
G hit 1 7654321
G decide 1 7654321 --remedy cancel --ref "028/POKJA-II/II/2018" --date "2018-02-05 09:00"
expect_rc "the tender is cancelled" 0
G tender show 7654321
expect_out "show says so, with the decision" \
	"^Status     : DIBATALKAN, karena keputusan Pokja atas gangguan #1 \(revisi 1\), BA 028/POKJA-II/II/2018 tanggal 5 Februari 2018"
G tender show 7654321 --format json
expect_eq "JSON: cancelled, by which decision" "$(printf '%s' "$OUT" | jq -c '[.cancelled, .cancelled_by, .cancel.ref, .revision]')" \
	'[true,1,"028/POKJA-II/II/2018",0]'
G tender list
expect_out "the list says so" "^7654321 .* DIBATALKAN +Pengadaan Komputer"
G tender list --format csv
expect_out "CSV: cancelled" "^7654321,Pengadaan Komputer,.*,0,true"
G report --start "2018-02-05 08:00" --cause jaringan --summary "ISP putus"
id2=$OUT
G open "$id2" --at "2018-02-05 08:05" >/dev/null
G restore "$id2" --at "2018-02-05 09:00"
G hit "$id2" --format json
expect_eq "a later incident proposes no cancelled tender" "$(printf '%s' "$OUT" | jq -c '[.[].code]')" '["1234567"]'
G remedy 1
expect_out "the incident's case says it is cancelled" "Status: DIBATALKAN \(keputusan Pokja atas gangguan #1\)"
G tender stage 7654321 --name "Upload Dokumen Penawaran" --start "2018-02-01 08:00" --end "2018-02-07 10:00"
expect_rc "its schedule is not changed any more" 65
expect_err "because it is cancelled" "tender 7654321 dibatalkan oleh keputusan Pokja \(gangguan #1\)"
G hit "$id2" 7654321
G decide "$id2" 7654321 --remedy reschedule --ref "031/POKJA-II/II/2018" --date "2018-02-05 10:00"
expect_rc "another incident cannot reschedule it" 65
expect_err "saying why" "dibatalkan oleh keputusan Pokja \(gangguan #1\): tidak dapat dijadwal ulang"

# ---- a tender no decision refers to: edited, its stage deleted, deleted ----
G tender add 2018009 --name "Jalan Desa" --committee "Pokja ULP I"
G tender stage 2018009 --name "Upload Dokumen Penawaran" --start "2018-02-01 08:00" --end "2018-02-06 10:00"
G tender stage 2018009 --name "Pembukaan Dokumen Penawaran" --start "2018-02-06 10:00" --end "2018-02-06 12:00"
G hit 1 2018009
G tender show 2018009 --format json
v=$(printf '%s' "$OUT" | jq .version)
G tender edit 2018009 --name "Jalan Desa Tahap II" --expect $((v + 1))
expect_rc "a stale version is a conflict" 75
expect_err "saying another operator changed it" "telah diubah operator lain \(versi $v, bukan $((v + 1))\)"
G tender edit 2018009 --name "Jalan Desa Tahap II" --committee "" --expect "$v"
expect_rc "the version seen: edited" 0
G tender show 2018009 --format json
expect_eq "name and committee changed, the version raised" "$(printf '%s' "$OUT" | jq -c '[.name, .committee, .version]')" \
	"[\"Jalan Desa Tahap II\",\"\",$((v + 1))]"
G search "Tahap II" --format json
expect_eq "the incident it hit is found under the new name" "$(printf '%s' "$OUT" | jq -c '[.[].id]')" '[1]'
G tender edit 2018009
expect_rc "edit with nothing to change is a usage error" 64
G tender stage 2018009 --name "Pembukaan Dokumen Penawaran" --delete --start "2018-02-06 10:00"
expect_rc "--delete with times is a usage error" 64
G tender stage 2018009 --name "Pembukaan Dokumen Penawaran"
expect_rc "a stage without times is a usage error" 64
G tender stage 2018009 --name "Pembukaan Dokumen Penawaran" --delete --expect "$v"
expect_rc "a stale version on a stage delete is a conflict" 75
G tender stage 2018009 --name "Tahap Lain" --delete
expect_rc "an unknown stage" 66
G tender stage 2018009 --name "Pembukaan Dokumen Penawaran" --delete
expect_rc "a stage is deleted" 0
G tender show 2018009 --format json
expect_eq "one stage left, still revision 0" "$(printf '%s' "$OUT" | jq -c '[(.stages | length), .revision]')" '[1,0]'
G tender delete 2018009
expect_rc "a tender no decision refers to is deleted" 0
G tender show 2018009
expect_rc "it is gone" 66
G audit --format json
expect_eq "each change is audited" \
	"$(printf '%s' "$OUT" | jq -r '[.[] | select(.action | test("^tender-(edit|stage-delete|delete)$")) | .action] | join(",")')" \
	"tender-edit,tender-stage-delete,tender-delete"
expect_eq "its confirmed hit went with it, in the incident's audit" \
	"$(printf '%s' "$OUT" | jq -r '[.[] | select(.action == "hit-remove") | "\(.incident) \(.before.tender)"] | join(",")')" "1 2018009"
expect_eq "the deletion is described with its code" \
	"$(printf '%s' "$OUT" | jq -r '.[] | select(.action == "tender-delete") | .description')" "menghapus tender 2018009"
G tender delete 2018009
expect_rc "deleting it again: not found" 66

finish
