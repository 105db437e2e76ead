#!/bin/sh
# The help: --help and every command's own, made from the option tables,
# within 80 columns, without a config or a database; what they show is
# what the parser takes.
. "$(dirname "$0")/../lib.sh"
DB=$T/g.db

# The widest line of stdout, in display columns (wc -L counts characters
# in a UTF-8 locale).
widest() { printf '%s\n' "$OUT" | wc -L; }

g --help
expect_rc "--help exits 0" 0
help_all=$OUT
w=$(widest)
if [ "$w" -le 80 ]; then ok "--help fits 80 columns"; else not_ok "--help fits 80 columns" "widest line: $w"; fi
expect_out "--help says how to get a command's help" "gangguan help PERINTAH"
g help
expect_rc "help alone exits 0" 0
expect_eq "help alone is --help" "$OUT" "$help_all"

# Every command and sub-command, as the program lists them for the completion.
g help --options
expect_rc "help --options exits 0" 0
cmds=$(printf '%s\n' "$OUT" | sed -n 's/^cmd	//p')
expect_eq "help --options lists the commands" "$(printf '%s\n' "$cmds" | grep -c .)" \
	"$(printf '%s\n' "$help_all" | grep -c '^  [a-z]')"
all=""
for c in $cmds; do
	all="$all $c"
	"$GANGGUAN" help --options "$c" >"$T/l" 2>&1
	for s in $(sed -n 's/^cmd	//p' "$T/l"); do all="$all $c:$s"; done
done
case "$all" in *" tender:add "*) ok "tender add is listed";; *) not_ok "tender add is listed" "got: $all";; esac
case "$all" in *" doc:list "*) ok "doc list is listed";; *) not_ok "doc list is listed" "got: $all";; esac

# No config anywhere, no database: the help still works.
mkdir -p "$T/empty"
for cs in $all; do
	set -- $(printf '%s' "$cs" | tr ':' ' ')
	name="$*"
	(cd "$T/empty" && GANGGUAN_CONFIG= XDG_CONFIG_HOME="$T/empty" "$GANGGUAN" help "$@" >"$T/h" 2>"$T/e")
	RC=$?
	OUT=$(cat "$T/h")
	ERR=$(cat "$T/e")
	expect_rc "help $name exits 0 without a config" 0
	expect_out "help $name starts with its usage" "^pemakaian: gangguan $name( |\$)"
	w=$(widest)
	if [ "$w" -le 80 ]; then ok "help $name fits 80 columns"; else not_ok "help $name fits 80 columns" "widest: $w"; fi
	own=$OUT
	g -c "$T/none.ini" -d "$T/none.db" "$@" --help
	expect_rc "$name --help exits 0 with a config that does not exist" 0
	expect_eq "$name --help is help $name" "$OUT" "$own"
	g "$@" -h
	expect_eq "$name -h is help $name" "$OUT" "$own"
done

g help frobnicate
expect_rc "help of an unknown command is a usage error" 64
expect_err "the unknown command is named" "help: perintah tidak dikenal: frobnicate"
g help tender frob
expect_rc "help of an unknown sub-command is a usage error" 64
expect_err "the unknown sub-command is named" "tender tidak mempunyai sub-perintah frob"

g help event
expect_out "event's help shows its three forms" "atau: gangguan event ID --delete N --reason TEXT"
g help tender
expect_out "tender's help lists its sub-commands" "^  tender import CODE FILE"
g help doc
expect_out "doc's help shows doc list" "^  doc list"
g help report
expect_out "a required option is marked" "^  --summary TEXT +.*\(wajib\)"
g help list
expect_out "the choices of --format are shown" "^  --format table\|tsv\|json\|csv"
g help doc
expect_out "an option with a letter shows both" "^  -o, --output FILE"

# What a command's help shows is what its parser takes: each option,
# given with a value when the help shows one, is never "unknown".  The
# commands run on a scratch database; without their arguments they stop
# at a usage error, and the few that need none only read.
g -c "$CFG" -d "$DB" init
for cs in $all; do
	set -- $(printf '%s' "$cs" | tr ':' ' ')
	name="$*"
	"$GANGGUAN" help --options "$@" >"$T/l"
	"$GANGGUAN" help "$@" >"$T/h"
	shown=$(sed -n 's/^  \(-[a-zA-Z], \)\{0,1\}\(-[-a-z]*\).*/\1\2/p' "$T/h" | tr -d ',' | tr ' ' '\n' | grep . | sort)
	listed=$(sed -n 's/^opt	\([^	]*\).*/\1/p' "$T/l" | sort)
	expect_eq "$name: its help shows the options its table lists" "$shown" "$listed"
	bad=""
	while IFS='	' read -r kind spelled value what choices; do
		[ "$kind" = opt ] || continue
		case "$spelled" in -h|--help) continue;; esac
		if [ "$value" = - ]; then
			(cd "$T" && "$GANGGUAN" -c "$CFG" -d "$DB" "$@" "$spelled" >/dev/null 2>"$T/e")
		else
			v=x
			[ "$choices" != - ] && v=${choices%% *}
			(cd "$T" && "$GANGGUAN" -c "$CFG" -d "$DB" "$@" "$spelled" "$v" >/dev/null 2>"$T/e")
		fi
		grep -q "opsi tidak dikenal\|tidak menerima nilai\|memerlukan nilai\|argumen berlebih\|tidak menerima argumen" "$T/e" && bad="$bad $spelled"
	done <"$T/l"
	expect_eq "$name: the parser takes every option its help shows" "$bad" ""
done
# ... and the check can fail: an option outside the table is refused so.
g -c "$CFG" -d "$DB" list --frobnicate
expect_err "an option outside the table is unknown" "opsi tidak dikenal --frobnicate"

# The usage of a usage error comes from the same tables.
g -c "$CFG" -d "$DB" withdraw
expect_rc "a missing argument is a usage error" 64
expect_err "it prints the usage from the table" "withdraw: pemakaian: withdraw NUMBER --reason TEXT"
g -c "$CFG" -d "$DB" decide 1 X --remedy cancel
expect_err "the missing required options are named" "decide: --ref dan --date wajib diisi"
g -c "$CFG" -d "$DB" list --format xml
expect_err "a value outside the choices is named with the choices" "list: --format xml tidak dikenal; pilih table\|tsv\|json\|csv"
g -c "$CFG" -d "$DB" tender show 1 --sep ';'
expect_rc "--sep without --format csv is a usage error" 64

finish
