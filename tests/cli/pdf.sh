#!/bin/sh
# The letters as A4 PDF (issue 10): the seed's closing report holds every
# word of the seed in order, its number, the NIP and the fingerprint; the
# signature block is on the page of "Demikian berita acara ini dibuat";
# page 1 renders to PNG; a missing logo or font names the file and key.
. "$(dirname "$0")/../lib.sh"
if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
	echo "# skip: poppler-utils is not installed (pdftotext, pdftoppm): apt-get install poppler-utils"
	exit 0
fi
DB=$T/p.db
SEED=$TOP/tests/fixtures/seed-closing-023.txt
G() { g -c "$CFG" -d "$DB" "$@"; }
G demo
G doc 023/LPSE.Lebongkab/II/2018 --format pdf -o "$T/023.pdf"
expect_rc "doc --format pdf writes the letter" 0
expect_eq "it is a PDF" "$(head -c 5 "$T/023.pdf")" "%PDF-"
G doc 023/LPSE.Lebongkab/II/2018 --format pdf
expect_rc "a PDF needs a file (-o), never a terminal" 64

# The seed's words, with the normalisations of the seed test (and its
# markdown "- " before a sub-item, which a printed letter does not show),
# and the PDF's, without its letterhead and footers: the same characters
# in the same order once the line breaks and blanks are gone.
strip() { tr -d ' \n\t\f' ; }
sed -e 's/\*//g' -e 's/<\([^<> ]*\)>/\1/g' -e 's/+40 menit/±40 menit/' -e 's/^[[:space:]]*- //' "$SEED" |
	awk 'arsip && /^[0-9]+$/ { next } /^Arsip$/ { arsip = 1 } { print }' | strip >"$T/seed.chars"
pdftotext "$T/023.pdf" - | sed -e '1{/^LPSE Kabupaten Lebong$/d}' -e '/sidik register/d' -e '/^Halaman [0-9]* dari [0-9]*$/d' |
	strip >"$T/pdf.chars"
if cmp -s "$T/seed.chars" "$T/pdf.chars"; then ok "the PDF holds every word of the seed, in order"
else not_ok "the PDF holds every word of the seed, in order" "$(cmp "$T/seed.chars" "$T/pdf.chars")"; fi
text=$(pdftotext "$T/023.pdf" -)
case $text in *"023 /LPSE.Lebongkab/II/2018"*) ok "the number" ;; *) not_ok "the number" "$text" ;; esac
case $text in *"NIP. 19810629 200901 1 014"*) ok "the NIP" ;; *) not_ok "the NIP" "$text" ;; esac
G doc list --format json
sha=$(printf '%s' "$OUT" | jq -r '.[] | select(.number == "023 /LPSE.Lebongkab/II/2018") | .sha256' | cut -c1-16)
case $text in *"sidik register $sha"*) ok "the register fingerprint (16 hex digits) in the footer" ;;
*) not_ok "the register fingerprint in the footer" "$sha" "$text" ;; esac
pages=$(pdfinfo "$T/023.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
sig=""
p=1
while [ "$p" -le "${pages:-1}" ]; do
	pg=$(pdftotext -f "$p" -l "$p" "$T/023.pdf" -)
	case $pg in *"Demikian berita acara ini dibuat"*)
		case $pg in *"JONI PRAWINATA"*) sig=same ;; *) sig=apart ;; esac ;;
	esac
	p=$((p + 1))
done
expect_eq "the signature block is on the page of 'Demikian berita acara ini dibuat'" "$sig" "same"
if [ "${pages:-1}" -gt 1 ]; then
	case $text in *"Halaman 1 dari $pages"*) ok "page numbers when there is more than one page" ;;
	*) not_ok "page numbers" "$text" ;; esac
fi
pdftoppm -r 40 -png -f 1 -l 1 "$T/023.pdf" "$T/page"
if [ -s "$T/page-1.png" ] || [ -s "$T/page-01.png" ]; then ok "page 1 renders to PNG"; else not_ok "page 1 renders to PNG" "$(ls "$T")"; fi

# The same words years later: a PDF made again is the same text.
G doc 023/LPSE.Lebongkab/II/2018 --format pdf -o "$T/again.pdf"
expect_eq "rendering again gives the same words" "$(pdftotext "$T/again.pdf" -)" "$text"

# A letterhead from the config; a logo or font that cannot be used is named.
sed 's/^\[remedies\]$/[letterhead]\nlines = PEMERINTAH KABUPATEN CONTOH | LAYANAN PENGADAAN SECARA ELEKTRONIK | Jl. Contoh No. 1\nlogo = tidak-ada.png\n\n[remedies]/' \
	"$CFG" >"$T/logo.ini"
g -c "$T/logo.ini" -d "$DB" doc 023/LPSE.Lebongkab/II/2018 --format pdf -o "$T/logo.pdf"
expect_rc "a logo that cannot be read is refused" 78
expect_err "naming the file and the key" "tidak-ada.png: logo tidak dapat dibaca sebagai PNG \(\[letterhead\] logo\)"
if [ -e "$T/logo.pdf" ] || [ -e "$T/logo.pdf.tmp" ]; then not_ok "no broken PDF is left behind"; else ok "no broken PDF is left behind"; fi
sed 's/^\[remedies\]$/[letterhead]\nfont = Huruf Yang Tidak Ada\n\n[remedies]/' "$CFG" >"$T/font.ini"
g -c "$T/font.ini" -d "$DB" doc 023/LPSE.Lebongkab/II/2018 --format pdf -o "$T/font.pdf"
expect_rc "a font that is not installed is refused" 78
expect_err "naming the key" "\[letterhead\] font: huruf 'Huruf Yang Tidak Ada' tidak terpasang"
# The letterhead a letter was issued with stays with it.
g -c "$SAMPLE_CFG" -d "$T/kop.db" init >/dev/null
sed 's/^\[remedies\]$/[letterhead]\nlines = PEMERINTAH KABUPATEN LEBONG | LAYANAN PENGADAAN SECARA ELEKTRONIK\n\n[remedies]/' \
	"$SAMPLE_CFG" >"$T/kop.ini"
g -c "$T/kop.ini" -d "$T/kop.db" report --start "kemarin 08.00" --cause listrik --summary "server mati"
g -c "$T/kop.ini" -d "$T/kop.db" open 1 --at "kemarin 08.10"
g -c "$SAMPLE_CFG" -d "$T/kop.db" doc 1 --format pdf -o "$T/kop.pdf"
expect_rc "a letter issued with a letterhead" 0
case $(pdftotext "$T/kop.pdf" -) in *"PEMERINTAH KABUPATEN LEBONG"*) ok "keeps it, whatever the config says now" ;;
*) not_ok "keeps it, whatever the config says now" ;; esac
finish
