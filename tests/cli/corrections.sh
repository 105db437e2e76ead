#!/bin/sh
# Corrections (issue 9): one limit per field, counted in characters, so
# that nothing typed can lock an incident; edits and deletions audited
# with a reason; a letter issued in error withdrawn, its number kept; a
# time alone means today, "kemarin" yesterday.
. "$(dirname "$0")/../lib.sh"
DB=$T/c.db
G() { g -c "$SAMPLE_CFG" -d "$DB" "$@"; }
G init >/dev/null

# ---- a 990-character line of multibyte text is accepted everywhere ----
T990=$(python3 -c 'print(("Genset — “mati” ±" * 60)[:990])')
G report --start "2026-11-30 07:15" --cause listrik --summary "server SPSE tidak dapat diakses"
id=$OUT
G open "$id" --at "2026-11-30 07:20"
G event "$id" --at "2026-11-30 07:30" --action --text "$T990"
expect_rc "a 990-character action with em dashes and quotes is accepted" 0
G restore "$id" --at "2026-11-30 09:00"
G close "$id" --at "2026-11-30 09:30"
expect_rc "and the closing letter takes it: close is never refused for it" 0
G event "$id" --at "2026-11-30 08:00" --text "$(python3 -c 'print("é" * 1001)')"
expect_rc "1001 characters are refused where they are typed" 65
expect_err "naming the field, the count and the limit" "teks kronologi: terlalu panjang \(1001 karakter, paling banyak 1000\)"
G report --start "2026-11-30 07:15" --cause listrik --summary "$(printf 'dua\nbaris')"
expect_rc "a summary with a newline is refused" 65
expect_err "it is one line" "ringkasan: hanya satu baris"

# ---- a time alone is today in the unit's zone, "kemarin" yesterday ----
today=$(TZ=Asia/Jakarta date +%Y-%m-%d)
yesterday=$(TZ=Asia/Jakarta date -d yesterday +%Y-%m-%d)
G report --start "kemarin 22.10" --cause jaringan --summary "ISP putus"
id2=$OUT
G show "$id2" --format json
expect_eq "kemarin 22.10 is yesterday at 22:10" "$(printf '%s' "$OUT" | jq -r .started)" "${yesterday}T22:10:00+07:00"
G report --start "00.00" --cause jaringan --summary "uji jam saja"
G show "$OUT" --format json
expect_eq "a time alone is today" "$(printf '%s' "$OUT" | jq -r .started)" "${today}T00:00:00+07:00"

# ---- corrections, audited in words, letters frozen ----
G open "$id2" --at "kemarin 22.20"
G event "$id2" --at "kemarin 22.12" --text "ISP putus total"
G event "$id2" --at "kemarin 22.40" --text "teknisi ISP dihubungi"
G doc "$id2" --kind opening
opening_before=$OUT
G edit "$id2" --summary "jaringan ISP putus" --reason "ringkasan kurang jelas"
expect_rc "edit corrects the summary" 0
G edit "$id2" --summary "lain" 
expect_rc "a correction without a reason is a usage error" 64
G edit "$id2" --start "kemarin 22.14" --reason "jam salah"
expect_rc "a start after the first chronology line is refused" 65
expect_err "saying why" "awal gangguan tidak boleh sesudah baris kronologi pertama"
G edit "$id2" --start "kemarin 22.05" --reason "jam mulai menurut ISP"
expect_rc "the start is corrected" 0
G event "$id2" --edit 2 --text "teknisi ISP datang dan mengganti kabel" --reason "lengkapi tindakan" --action
expect_rc "a chronology line is corrected by its number" 0
G event "$id2" --edit 9 --text "x" --reason "uji"
expect_rc "a line that does not exist" 66
G show "$id2"
expect_out "show numbers the lines; the correction is there" "2\. .*\[tindakan\] teknisi ISP datang dan mengganti kabel"
G doc "$id2" --kind opening
expect_eq "the opening letter is unchanged" "$OUT" "$opening_before"
G restore "$id2" --at "kemarin 23.50"
G close "$id2" --at "kemarin 23.55"
G doc "$id2" --kind closing
flat=$(printf '%s' "$OUT" | tr '\n' ' ' | tr -s ' ')
case $flat in
*"teknisi ISP datang dan mengganti kabel"*) ok "the closing letter shows the corrected line" ;;
*) not_ok "the closing letter shows the corrected line" "$OUT" ;;
esac
case $flat in
*"jaringan ISP putus"*) ok "and the corrected summary" ;;
*) not_ok "and the corrected summary" "$OUT" ;;
esac
G audit "$id2"
expect_out "the audit says what changed, in words, and why" "mengubah ringkasan: 'ISP putus' -> 'jaringan ISP putus' \(alasan: ringkasan kurang jelas\)"
expect_out "the start, in the unit's zone" "mengubah mulai: '${yesterday} 22:10 WIB' -> '${yesterday} 22:05 WIB'"
expect_out "the chronology line" "mengoreksi kronologi .*'teknisi ISP dihubungi' -> 'teknisi ISP datang dan mengganti kabel'"
G event "$id2" --delete 1 --reason "baris ganda"
expect_rc "a chronology line is deleted, with a reason" 0
G audit "$id2"
expect_out "the deletion is audited with the text" "menghapus kronologi .*'ISP putus total' \(alasan: baris ganda\)"
G audit "$id2" --format json
expect_eq "json keeps the reason" "$(printf '%s' "$OUT" | jq -r '[.[] | select(.action == "event-delete")][0].reason')" "baris ganda"
expect_eq "json times are ISO with the zone" "$(printf '%s' "$OUT" | jq -r '.[0].at' | grep -c '+07:00$')" 1

# ---- a letter issued in error is withdrawn; its number stays used ----
closing=$(G doc list --format json; printf '%s' "$OUT" | jq -r "[.[] | select(.incident == $id2 and .kind == \"closing\")][0].number")
G withdraw "$closing" --reason "ditutup terlalu cepat"
expect_rc "the closing letter is withdrawn" 0
expect_out "the incident goes back to restored" "kembali pulih"
G doc list --format json
expect_eq "the register keeps it, marked" "$(printf '%s' "$OUT" | jq -r ".[] | select(.number == \"$closing\") | .withdrawn_reason")" "ditutup terlalu cepat"
G audit "$id2"
expect_out "the withdrawal is in the audit, in words" "membatalkan \(keliru terbit\) Berita Acara Penutupan Gangguan No\. $closing \(alasan: ditutup terlalu cepat\)"
G withdraw "$closing" --reason "lagi"
expect_rc "a withdrawn letter cannot be withdrawn again" 65
opening=$(printf '%s' "$OUT" | jq -r "[.[] | select(.incident == $id2 and .kind == \"opening\")][0].number" 2>/dev/null)
G doc list --format json
opening=$(printf '%s' "$OUT" | jq -r "[.[] | select(.incident == $id2 and .kind == \"opening\")][0].number")
G close "$id2" --at "kemarin 23.58"
expect_rc "the incident can be closed again" 0
new_closing=$OUT
if [ "$new_closing" != "$closing" ]; then ok "with a new number, never the withdrawn one"; else not_ok "with a new number" "$new_closing"; fi
G withdraw "$opening" --reason "uji"
expect_rc "only the letter of the last step can be withdrawn" 65
expect_err "saying which to withdraw first" "bukan berita acara langkah terakhir"
G check
expect_rc "check: the register has no gap, the withdrawn number counts as used" 0

# ---- search finds what operators type; the active and month filters ----
G edit "$id" --impact "peserta tidak dapat mengunggah penawaran" --reason "dampak belum dicatat"
G search "mengunggah penawaran" --format json
expect_eq "search finds the impact" "$(printf '%s' "$OUT" | jq -r '.[0].id')" "$id"
G search "$new_closing" --format json
expect_eq "search finds a letter's number" "$(printf '%s' "$OUT" | jq -r '.[0].id')" "$id2"
G tender add 2026777 --name "Pembangunan Jembatan Gantung" --method tender-pascakualifikasi-1-file --from 2026-11-23
G hit "$id" 2026777
G search "2026777" --format json
expect_eq "search finds a tender code the incident hit" "$(printf '%s' "$OUT" | jq -r '.[0].id')" "$id"
G search "jembatan" --format json
expect_eq "and the tender's name" "$(printf '%s' "$OUT" | jq -r '.[0].id')" "$id"
# (letters are issued in date order: these follow yesterday's)
G report --start "00.00" --cause aplikasi --summary "aplikasi galat"
G open "$OUT" --at "00.01"
G report --start "00.00" --cause aplikasi --summary "aplikasi lambat"
id_r=$OUT
G open "$id_r" --at "00.02"
G restore "$id_r" --at "00.03"
G list --state aktif --format json
expect_eq "aktif: the open and restored incidents" "$(printf '%s' "$OUT" | jq -r '[.[].state] | unique | join(" ")')" "open restored"
G list --year 2026 --month 11 --format json
expect_eq "a month: only incidents started then" "$(printf '%s' "$OUT" | jq -r '[.[].started[0:7]] | unique | join(" ")')" "2026-11"
G list --month 13
expect_rc "a month out of range is a usage error" 64
finish
