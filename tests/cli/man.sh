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
