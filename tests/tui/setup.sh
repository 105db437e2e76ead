#!/bin/sh
# First run with no config anywhere: the setup form checks each field with
# the loader's own rules, writes a config that loads, creates the database.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/tmux.lib"
DB=$T/first.db
INI=$XDG_CONFIG_HOME/gangguan/gangguan.ini

tui_new_session -x 80 -y 24 -e LANG=C.UTF-8 -e LC_ALL=C.UTF-8 \
	"\"$GANGGUAN\" -d \"$DB\" 2>>\"$T/tui.err\"; echo \$? >\"$T/tui.rc\"; sleep 600"
wait_screen "no config: the setup form" "Penyiapan pertama"
tui_type "LPSE Kabupaten Lebong"; tui_keys Tab
tui_type "LPSE.Lebongkab"; tui_keys Tab
tui_type "118.97.128.999"; tui_keys Tab
wait_screen "a bad IP is refused beside the field" "bukan alamat IPv4 atau IPv6"
tui_type "http://lpse.lebongkab.go.id/"; tui_keys Tab Tab
wait_screen "it asks the signatory's position" "Jabatan penanda tangan"
tui_keys C-u; tui_type "KEPALA"; tui_keys Tab
wait_screen "and the lines under it" "Baris di bawah jabatan"
tui_keys C-u; tui_type "UPT LPSE | KABUPATEN CONTOH"; tui_keys Tab
tui_type "RINA MARLINA, S.Kom."; tui_keys Tab
tui_type "198504122010012"; tui_keys Tab
wait_screen "a short NIP is refused" "NIP harus 18 digit"
wait_screen "it asks where the paper agenda book stopped" "Nomor surat berikutnya"
tui_keys C-u; tui_type "0"; tui_keys Tab
wait_screen "a next number of 0 is refused" "bilangan bulat 1 sampai 999999"
tui_keys BTab C-u; tui_type "23"; tui_keys Tab
tui_keys F2
wait_screen "nothing is written while fields are invalid" "Formulir belum dapat disimpan"
if [ -e "$INI" ]; then not_ok "no config written yet"; else ok "no config written yet"; fi
# The failed save moved to the first invalid field: the IP.
tui_keys C-u; tui_type "118.97.128.173"; tui_keys Tab Tab Tab Tab Tab Tab End; tui_type "007"
tui_keys Tab Tab Tab
wait_screen "the form scrolls to the last field, the XDG config path" "xdg/gangguan/gangguan.ini"
tui_keys F2
wait_screen "the list of the new database" "Belum ada gangguan"
wait_screen "the status names the next number and the config written" ": 23. Konfigurasi ditulis ke"
g -c "$INI" -d "$DB" check
expect_rc "the written config and the new database pass check" 0
g -c "$INI" -d "$DB" list --format json
expect_rc "the database was created" 0
g -c "$INI" -d "$DB" config
expect_out "the position typed is written" "^position = KEPALA$"
expect_out "so are the lines under it" "^org = UPT LPSE \| KABUPATEN CONTOH$"
g -c "$INI" -d "$DB" number
expect_out "the register continues the paper book" "23"
tui_keys q
wait_exit "q leaves" 0
expect_all_exited "no program is left running after its terminal is gone"
finish
