#!/bin/sh
# The tenders an incident may have hit are found by the stages that start
# in its window, looking back as far as the longest stage ever recorded
# (migration 10, stage_span): a stage of 90 days that began 80 days before
# the seed's incident is still proposed, one that ended before it is not,
# and a later stage made longer by an edit widens the look-back.
. "$(dirname "$0")/../lib.sh"
DB=$T/g.db
G() { g -c "$CFG" -d "$DB" "$@"; }
G demo >/dev/null
# the seed's incident: 3 February 2018 14:30 - 4 February 09:00
G tender add 1111111 --name "Paket jadwal panjang"
G tender stage 1111111 --name "Evaluasi Penawaran" --start "2017-11-15 08:00" --end "2018-02-13 16:00"
G tender add 2222222 --name "Paket selesai sebelumnya"
G tender stage 2222222 --name "Evaluasi Penawaran" --start "2017-12-01 08:00" --end "2018-01-31 16:00"
G tender add 3333333 --name "Paket pendek"
G tender stage 3333333 --name "Upload Dokumen Penawaran" --start "2018-02-02 08:00" --end "2018-02-05 16:00"
G hit 1
expect_rc "hit lists the candidates" 0
expect_out "a 90-day stage that began 80 days before the incident is proposed" "^1111111 +diusulkan"
expect_out "a short stage inside the window is proposed" "^3333333 +diusulkan"
case $OUT in *2222222*) not_ok "a stage that ended before the incident is not proposed" "$OUT" ;;
*) ok "a stage that ended before the incident is not proposed" ;; esac
# a second incident months later: only a stage that reaches it
G report --start "2018-06-10 10:00" --cause listrik --summary "listrik padam"
G tender add 4444444 --name "Paket yang diperpanjang"
G tender stage 4444444 --name "Masa Sanggah" --start "2018-01-02 08:00" --end "2018-01-05 16:00"
G hit 2
case $OUT in *4444444*) not_ok "a stage in January does not reach June" "$OUT" ;; *) ok "a stage in January does not reach June" ;; esac
G tender stage 4444444 --name "Masa Sanggah" --start "2018-01-02 08:00" --end "2018-06-30 16:00"
G hit 2
expect_out "the same stage made to reach June is proposed (the look-back grew with it)" "^4444444 +diusulkan"
finish
