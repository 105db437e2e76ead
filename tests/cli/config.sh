#!/bin/sh
# The configuration: search order, every problem of a bad file reported
# with its line, and `gangguan config`.
. "$(dirname "$0")/../lib.sh"

cat >"$T/bad.ini" <<'INI'
[unit]
name = LPSE Contoh
timezon = WIB
ip = 118.97.128
domain = http://lpse.contoh.go.id/
code = LPSE.Contoh
timezone = WITB
[signatory]
name = A
nip = 19810629200901101
nip = 198113292009011014
this line has no equals sign
[documents]
number_format = {code}/{year}
INI
g -c "$T/bad.ini" list
expect_rc "a bad config exits 78" 78
expect_err "a typo is named with its line and the right key" "bad.ini:3: unit:timezon: kunci tidak dikenal; maksud Anda unit:timezone?"
expect_err "a malformed IP is named with its line" "bad.ini:4: unit:ip: .*bukan alamat IPv4"
expect_err "an unknown zone is named" "bad.ini:7: unit:timezone: zona waktu \"WITB\" tidak dikenal"
expect_err "a duplicate key is named" "bad.ini:11: signatory:nip: kunci ganda \(juga di baris 10\)"
expect_err "an impossible NIP birth date is named" "bad.ini:11: signatory:nip: .*19811329"
expect_err "a line without = is named" "bad.ini:12: baris tidak dikenali"
expect_err "a number format without a sequence is named" "bad.ini:14: documents:number_format: .*{seq}"
expect_eq "every problem is reported, not only the first" \
	"$(printf "%s\n" "$ERR" | grep -c "bad.ini:[0-9]*: ")" 7

printf '[unit]\nname = x\n[signatory]\nnip = 198106292009013014\n' >"$T/gender.ini"
g -c "$T/gender.ini" list
expect_err "a gender digit other than 1 or 2 is refused" "gender.ini:4: signatory:nip: .*jenis kelamin"
expect_err "a missing required key is named" "gender.ini: unit:code: wajib diisi"

# Search order: -c, $GANGGUAN_CONFIG, $XDG_CONFIG_HOME, /etc.
mkdir -p "$T/xdg/gangguan"
sed 's/^code .*/code = LPSE.Xdg/' "$CFG" >"$T/xdg/gangguan/gangguan.ini"
sed 's/^code .*/code = LPSE.Env/' "$CFG" >"$T/env.ini"
(cd "$T" && env -u GANGGUAN_CONFIG XDG_CONFIG_HOME="$T/xdg" "$GANGGUAN" config >"$T/out" 2>&1)
expect_eq "XDG_CONFIG_HOME is searched" "$(grep '^code' "$T/out")" "code = LPSE.Xdg"
(cd "$T" && GANGGUAN_CONFIG="$T/env.ini" XDG_CONFIG_HOME="$T/xdg" "$GANGGUAN" config >"$T/out" 2>&1)
expect_eq "GANGGUAN_CONFIG comes before XDG" "$(grep '^code' "$T/out")" "code = LPSE.Env"
(cd "$T" && GANGGUAN_CONFIG="$T/env.ini" "$GANGGUAN" -c "$CFG" config >"$T/out" 2>&1)
expect_eq "-c comes first" "$(grep '^code' "$T/out")" "code = LPSE.Lebongkab"

g -c "$CFG" config
expect_rc "config prints the configuration in effect" 0
expect_out "config names the file" "^; berkas: .*lebong-2018.ini"
expect_out "config fills in defaults" "^header = white,blue"
printf '%s\n' "$OUT" | sed 1d >"$T/round.ini"
g -c "$T/round.ini" config
expect_rc "what config prints loads back" 0

# Where iniparser would silently differ from what the operator wrote.
sed -e 's/^\[unit\]$/[unit]   ; identitas unit/' "$CFG" >"$T/sec.ini"
g -c "$T/sec.ini" config
expect_err "a comment after a section name is refused with its line" "sec.ini:6: baris bagian harus diakhiri \]"
sed -e 's|^domain .*|domain = http://lpse.lebongkab.go.id/#beranda|' "$CFG" >"$T/hash.ini"
g -c "$T/hash.ini" config
expect_err "an unquoted # in a value is refused" "hash.ini:10: unit:domain: nilai memuat ; atau #"
sed -e 's|^domain .*|domain = "http://lpse.lebongkab.go.id/#beranda"|' "$CFG" >"$T/quoted.ini"
g -c "$T/quoted.ini" config
expect_out "a quoted # is kept" "^domain = \"http://lpse.lebongkab.go.id/#beranda\""

# A default that fills a typed field is held to that field's limit.
sed "s/^reporter .*/reporter  = $(python3 -c 'print("é" * 201)')/" "$CFG" >"$T/reporter.ini"
g -c "$T/reporter.ini" config
expect_rc "a default reporter longer than a report's reporter is refused" 78
expect_err "naming the key and the limit" "unit:reporter: terlalu panjang \(201 karakter, paling banyak 200\)"
finish
