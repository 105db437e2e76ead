#!/bin/sh
# The man pages: lint clean, render, and name every command of the CLI.
. "$(dirname "$0")/../lib.sh"

for m in "$TOP"/man/*.[1-9]; do
	name=$(basename "$m")
	out=$(mandoc -Tlint -Wwarning "$m" 2>&1)
	expect_eq "mandoc -Tlint $name is clean" "$out" ""
	if MANPAGER=cat MANWIDTH=80 man -l "$m" >"$T/render" 2>"$T/render.err" && [ -s "$T/render" ]; then
		ok "man $name renders"
	else
		not_ok "man $name renders" "$(cat "$T/render.err")"
	fi
done

# Every command in --help has its entry in gangguan(1).
g --help
for cmd in $(printf '%s\n' "$OUT" | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p' | sort -u); do
	if grep -q "^\.It Cm $cmd\b" "$TOP/man/gangguan.1"; then
		ok "gangguan(1) documents $cmd"
	else
		not_ok "gangguan(1) documents $cmd"
	fi
done

# Every option of every command's table (as `help --options` lists it) is
# in that command's entries of COMMANDS in gangguan(1), and every global
# option in OPTIONS: the page cannot fall behind the tables.
section() { # NAME: the lines of section NAME of gangguan(1)
	awk -v s="$1" '/^\.Sh / { on = ($0 == ".Sh " s); next } on' "$TOP/man/gangguan.1"
}
section COMMANDS >"$T/commands"
section OPTIONS >"$T/options"
# fl SPELLING: how mdoc writes it: Fl -name, Fl o
fl() { case "$1" in --*) echo "Fl -${1#--}";; *) echo "Fl ${1#-}";; esac; }
g help --options
printf '%s\n' "$OUT" >"$T/top"
for spelled in $(sed -n 's/^opt	\([^	]*\).*/\1/p' "$T/top"); do
	if grep -Eq "$(fl "$spelled")( |\$)" "$T/options"; then
		ok "gangguan(1) OPTIONS documents $spelled"
	else
		not_ok "gangguan(1) OPTIONS documents $spelled"
	fi
done
for c in $(sed -n 's/^cmd	//p' "$T/top"); do
	"$GANGGUAN" help --options "$c" >"$T/l"
	names="$c"
	for s in $(sed -n 's/^cmd	//p' "$T/l"); do names="$names
$c $s"; done
	printf '%s\n' "$names" >"$T/names"
	while IFS= read -r name; do
		# shellcheck disable=SC2086
		"$GANGGUAN" help --options $name >"$T/o"
		spellings=$(sed -n 's/^opt	\([^	]*\).*/\1/p' "$T/o" | grep -vx -e -h -e --help)
		[ -n "$spellings" ] || continue
		# its entries: from ".It Cm NAME" (not NAME SUB) to the next ".It Cm"
		awk -v n="$name" '/^\.It Cm / { on = (index($0, ".It Cm " n) == 1 &&
			substr($0, length(".It Cm " n) + 1) ~ /^( [A-Z][a-z]|$)/) } on' "$T/commands" >"$T/entry"
		missing=""
		for spelled in $spellings; do
			grep -Eq "$(fl "$spelled")( |\$)" "$T/entry" || missing="$missing $spelled"
		done
		expect_eq "gangguan(1) documents the options of $name" "$missing" ""
	done <"$T/names"
done

# Every key of the option table (as `gangguan config` writes it) is in
# gangguan.ini(5), so the page cannot fall behind the table.
g -c "$CFG" config
for key in $(printf '%s\n' "$OUT" | sed -n 's/^\([a-z_]*\) = .*/\1/p'); do
	if grep -Eq "^\.It Cm (.* )?$key( |\$)" "$TOP/man/gangguan.ini.5"; then
		ok "gangguan.ini(5) documents $key"
	else
		not_ok "gangguan.ini(5) documents $key"
	fi
done

finish
