#!/bin/sh
# verify of a letter as PDF (issue 13): the seed's closing report printed
# by `doc --format pdf` is accepted (file and stdin); the same letter
# made again by gangguan-pdf with one word changed, with another
# letterhead or with a made-up fingerprint, is refused naming 023; a
# register copy changed after the PDF was printed is named; without
# pdftotext the message names poppler-utils.
. "$(dirname "$0")/../lib.sh"
for c in pdftotext sqlite3; do
	if ! command -v $c >/dev/null 2>&1; then
		echo "# skip: $c is not installed (apt-get install poppler-utils sqlite3)"
		finish
	fi
done
PDFBIN=$(dirname "$GANGGUAN")/gangguan-pdf
DB=$T/v.db
N23="023/LPSE.Lebongkab/II/2018"
G() { g -c "$CFG" -d "$DB" "$@"; }
G demo
G doc "$N23" --format pdf -o "$T/023.pdf"
expect_rc "the seed's closing report as PDF" 0

G verify "$T/023.pdf"
expect_rc "verify accepts the PDF as printed" 0
expect_out "and names its number" "^cocok: 023 /LPSE.Lebongkab/II/2018, seperti terdaftar di register$"
"$GANGGUAN" -c "$CFG" -d "$DB" verify - <"$T/023.pdf" >"$T/stdin.out" 2>&1
expect_eq "the PDF on standard input too" "$?:$(cat "$T/stdin.out")" \
	"0:cocok: 023 /LPSE.Lebongkab/II/2018, seperti terdaftar di register"
G doc 022/LPSE.Lebongkab/II/2018 --format pdf -o "$T/022.pdf"
G verify "$T/022.pdf"
expect_out "the opening letter is its own number" "^cocok: 022 /LPSE.Lebongkab/II/2018"

# A forger's PDF: gangguan-pdf given the letter's own letterhead, footer
# and text, with one word changed.
TEXT=$(sqlite3 "$DB" "SELECT text FROM document WHERE seq = 23")
SHA=$(sqlite3 "$DB" "SELECT substr(sha256, 1, 16) FROM document WHERE seq = 23")
HEAD=$(pdftotext -raw -l 1 "$T/023.pdf" - | head -n 1)
forge() { # forge FILE HEAD FINGERPRINT TEXT
	{ printf 'head\t%s\nfont\tLiberation Serif\nfooter\tNo. 023 /LPSE.Lebongkab/II/2018  \302\267  sidik register %s\nmarkup\n' "$2" "$3"
	  printf '%s' "$4"; } | "$PDFBIN" letter "$1" 2>>"$T/forge.err"
}
forge "$T/same.pdf" "$HEAD" "$SHA" "$TEXT"
G verify "$T/same.pdf"
expect_rc "the letter made again from the same words is accepted (the comparison is of words)" 0
ONEWORD=$(printf '%s' "$TEXT" | sed 's/pemadam arus listrik/pemadaman arus listrik/')
[ "$ONEWORD" != "$TEXT" ] || not_ok "the word to change is in the seed"
forge "$T/oneword.pdf" "$HEAD" "$SHA" "$ONEWORD"
G verify "$T/oneword.pdf"
expect_rc "one word changed: refused" 65
expect_err "naming the number it claims" "TIDAK COCOK: berkas menyebut 023 /LPSE.Lebongkab/II/2018, tetapi isinya berbeda"
forge "$T/sign.pdf" "$HEAD" "$SHA" "$(printf '%s' "$TEXT" | sed 's/JONI PRAWINATA/JONI PRAWIRATA/')"
G verify "$T/sign.pdf"
expect_rc "the signatory's name changed: refused" 65
forge "$T/head.pdf" "PEMERINTAH KABUPATEN LEBONG" "$SHA" "$TEXT"
G verify "$T/head.pdf"
expect_rc "another letterhead: refused" 65
forge "$T/fp.pdf" "$HEAD" "0123456789abcdef" "$TEXT"
G verify "$T/fp.pdf"
expect_rc "a made-up fingerprint: refused" 65
expect_err "naming the number its footer claims" "berkas menyebut 023 /LPSE.Lebongkab/II/2018"
{ printf 'head\t%s\nfont\tLiberation Serif\nfooter\tsurat lain\nmarkup\n' "$HEAD"; printf '%s' "$TEXT"; } |
	"$PDFBIN" letter "$T/other.pdf" 2>>"$T/forge.err"
G verify "$T/other.pdf"
expect_rc "a PDF without gangguan's footer: refused" 65
expect_err "as no letter of this register" "bukan berita acara register ini"

# A long word broken at the line's end gets no hyphen: still accepted.
LONG=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
G report --start "2018-03-01 08.00" --cause jaringan --summary "router" --impact "tautan $LONG$LONG putus"
G open 2 --at "2018-03-01 08.10"
NUM=$(sqlite3 "$DB" "SELECT number FROM document WHERE incident_id = 2")
[ -n "$NUM" ] || not_ok "the long-word letter was issued"
G doc "$NUM" --format pdf -o "$T/long.pdf"
G verify "$T/long.pdf"
expect_rc "a letter with a word longer than a line is accepted" 0

# Not a PDF that can be read.
printf '%%PDF-1.5\nrusak\n' >"$T/broken.pdf"
G verify "$T/broken.pdf"
expect_rc "a broken PDF: refused" 65
expect_err "saying it cannot be read as a PDF" "tidak dapat dibaca sebagai PDF"

# Without pdftotext: the package to install is named.
PATH=/nonexistent "$GANGGUAN" -c "$CFG" -d "$DB" verify "$T/023.pdf" >"$T/nopoppler.out" 2>&1
rc=$?
expect_eq "without pdftotext: exit 69" "$rc" 69
case $(cat "$T/nopoppler.out") in *poppler-utils*) ok "naming poppler-utils" ;;
*) not_ok "naming poppler-utils" "$(cat "$T/nopoppler.out")" ;; esac

# The register's copy rewritten after the PDF was printed (SHA recomputed
# as an attacker would): the printed PDF names the rewrite.
FORGED=$(printf '%s' "$TEXT" | sed 's/JONI PRAWINATA/JONI PRAWIRATA/')
printf '%s' "$FORGED" >"$T/forged.txt"
NEWSHA=$(printf '%s' "$FORGED" | sha256sum | cut -d' ' -f1)
sqlite3 "$DB" "DROP TRIGGER document_immutable_update;
	UPDATE document SET text = CAST(readfile('$T/forged.txt') AS TEXT), sha256 = '$NEWSHA' WHERE seq = 23;"
G verify "$T/023.pdf"
expect_rc "a PDF printed before the register was rewritten: refused" 65
expect_err "saying the register's copy no longer matches its fingerprint at issue" \
	"sama dengan 023 /LPSE.Lebongkab/II/2018 di basis data, tetapi salinan itu tidak cocok dengan sidiknya saat terbit"
finish
