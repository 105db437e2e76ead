/* gangguan --help, gangguan help [CMD [SUB]], CMD --help, the usage of a
 * usage error and `help --options` (for the bash completion): all made
 * from the tables of the commands, within 80 columns. */
#include <string.h>

#include "cli_commands.h"
#include "strbuf.h"

#define WIDTH 80        /* every line of the help fits a terminal of 80 */
#define SUMMARY_COL 28  /* where a command's summary starts in a list */
#define OPT_COL_MAX 30  /* where an option's help starts, at most */

/* Display columns of s: one per UTF-8 character. */
static int cols(const char *s, size_t n)
{
	int c = 0;
	for (size_t i = 0; i < n && s[i]; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

static void spaces(FILE *f, int n)
{
	while (n-- > 0)
		fputc(' ', f);
}

/* The end of the word at p: at a blank outside [...], so that "[--at
 * WHEN]" stays whole; and "--reason TEXT", an option with its value. */
static const char *word_end(const char *p)
{
	const char *e = p;
	int depth = 0;
	while (*e && (depth > 0 || *e != ' ')) {
		depth += (*e == '[') - (*e == ']');
		e++;
	}
	if (p[0] == '-' && p[1] == '-' && e[0] == ' ' && e[1] && !strchr("-[|", e[1]))
		for (e++; *e && *e != ' '; e++)
			;
	return e;
}

/* Prints text from column col, breaking between words; a new line starts
 * at column indent.  Ends with a newline. */
static void wrapped(FILE *f, int col, int indent, const char *text)
{
	int first = 1;
	const char *p = text;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		const char *e = word_end(p);
		int w = cols(p, (size_t)(e - p));
		if (!first && col + 1 + w > WIDTH) {
			fputc('\n', f);
			spaces(f, indent);
			col = indent;
			first = 1;
		}
		if (!first) {
			fputc(' ', f);
			col++;
		}
		fwrite(p, 1, (size_t)(e - p), f);
		col += w;
		first = 0;
		p = e;
	}
	fputc('\n', f);
}

/* "-l, --name" in the list of options (both), in a usage "-l" for an
 * option with a letter, else "--name". */
static void spelling(strbuf *sb, const cli_option *o, int both)
{
	if (o->letter)
		sb_appendf(sb, "-%c%s", o->letter, both && o->name ? ", " : "");
	if (o->name && (both || !o->letter))
		sb_appendf(sb, "--%s", o->name);
}

/* The value as shown: its choices, or its name. */
static void value_shown(strbuf *sb, const cli_option *o)
{
	if (!o->value)
		return;
	sb_putc(sb, ' ');
	if (!o->choices) {
		sb_append(sb, o->value);
		return;
	}
	for (int k = 0; o->choices[k]; k++)
		sb_appendf(sb, "%s%s", k ? "|" : "", o->choices[k]);
}

static void args_shown(strbuf *sb, const cli_arg *args)
{
	for (size_t i = 0; args && args[i].name; i++)
		sb_appendf(sb, args[i].flags & CLI_OPTIONAL ? " [%s%s]" : " %s%s", args[i].name,
		           args[i].flags & CLI_REPEAT ? "..." : "");
}

static void subs_shown(strbuf *sb, const cli_command *cmd)
{
	for (size_t i = 0; cmd->subs[i]; i++)
		sb_appendf(sb, "%c%s", i ? '|' : ' ', cmd->subs[i]->name);
	sb_append(sb, " ...");
}

/* A usage from the tables: every option (brief: the required ones and
 * "[OPSI]" for the others). */
static void usage_made(strbuf *sb, const char *full, const cli_command *cmd, int brief)
{
	int optional = 0;
	sb_append(sb, full);
	if (!cmd->run) {
		subs_shown(sb, cmd);
		return;
	}
	args_shown(sb, cmd->args);
	for (size_t i = 0; i < cli_option_count(cmd->opts); i++) {
		const cli_option *o = &cmd->opts[i];
		int req = o->flags & CLI_REQUIRED;
		if ((brief || cmd->forms) && !req) {
			optional = 1;
			continue;
		}
		sb_append(sb, req ? " " : " [");
		spelling(sb, o, 0);
		value_shown(sb, o);
		if (!req)
			sb_putc(sb, ']');
	}
	if (optional)
		sb_append(sb, " [OPSI]");
}

/* One entry of a list of commands: the usage from column 2, and the
 * summary beside it when there is room, else under it. */
static void entry(FILE *f, const char *usage, const char *summary)
{
	int w = cols(usage, strlen(usage));
	fputs("  ", f);
	if (2 + w + 2 <= SUMMARY_COL) {
		fputs(usage, f);
		spaces(f, SUMMARY_COL - 2 - w);
	} else {
		wrapped(f, 2, 6, usage);
		spaces(f, SUMMARY_COL);
	}
	wrapped(f, SUMMARY_COL, SUMMARY_COL, summary);
}

static void brief_entry(FILE *f, const char *full, const cli_command *cmd)
{
	strbuf sb = STRBUF_INIT;
	usage_made(&sb, full, cmd, 1);
	entry(f, sb_str(&sb), cmd->summary);
	sb_free(&sb);
}

/* One row of a list of options or arguments: the label from column 2,
 * its help from column col (on the next line when the label is wider). */
static void row(FILE *f, int col, const char *label, const char *help, int required)
{
	int w = cols(label, strlen(label));
	fprintf(f, "  %s", label);
	if (2 + w + 3 > col) {
		fputc('\n', f);
		spaces(f, col);
	} else {
		spaces(f, col - 2 - w);
	}
	strbuf sb = STRBUF_INIT;
	sb_appendf(&sb, "%s%s", help, required ? " (wajib)" : "");
	wrapped(f, col, col, sb_str(&sb));
	sb_free(&sb);
}

static void option_label(strbuf *sb, const cli_option *o)
{
	sb_reset(sb);
	spelling(sb, o, 1);
	value_shown(sb, o);
}

/* The arguments and the options (and -h, --help, when with_help), their
 * help in one column: after the widest label that fits before it. */
static void option_rows(FILE *f, const char *heading, const cli_option *opts, const cli_arg *args,
                        int with_help)
{
	static const cli_option help_row = { "help", 'h', NULL, "tampilkan bantuan ini", 0, NULL };
	size_t n = cli_option_count(opts), nargs = cli_arg_count(args);
	int col = 0;
	strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < n + (size_t)with_help + nargs; i++) {
		option_label(&sb, i < n ? &opts[i] : &help_row);
		const char *label = i < n + (size_t)with_help ? sb_str(&sb) : args[i - n - (size_t)with_help].name;
		int w = cols(label, strlen(label));
		col = w > col && 2 + w + 3 <= OPT_COL_MAX ? w : col;
	}
	col += 2 + 3;
	if (nargs)
		fputs("Argumen:\n", f);
	for (size_t i = 0; i < nargs; i++)
		row(f, col, args[i].name, args[i].help, 0);
	fprintf(f, "%s\n", heading);
	for (size_t i = 0; i < n + (size_t)with_help; i++) {
		const cli_option *o = i < n ? &opts[i] : &help_row;
		option_label(&sb, o);
		row(f, col, sb_str(&sb), o->help, o->flags & CLI_REQUIRED);
	}
	sb_free(&sb);
}

void cli_help_overview(FILE *f)
{
	strbuf sb = STRBUF_INIT;
	sb_append(&sb, "pemakaian: gangguan");
	for (size_t i = 0; i < cli_option_count(cli_global_opts); i++)
		if (cli_global_opts[i].value) {
			sb_append(&sb, " [");
			spelling(&sb, &cli_global_opts[i], 0);
			value_shown(&sb, &cli_global_opts[i]);
			sb_putc(&sb, ']');
		}
	sb_append(&sb, " [PERINTAH ...]");
	wrapped(f, 0, 20, sb_str(&sb));
	sb_free(&sb);
	fputs("Tanpa perintah: tampilan layar penuh.\n\n", f);
	option_rows(f, "Opsi umum (sebelum PERINTAH):", cli_global_opts, NULL, 0);
	fputs("\nPerintah:\n", f);
	for (size_t i = 0; i < cli_command_count; i++)
		brief_entry(f, cli_commands[i]->name, cli_commands[i]);
	fputs("\nBantuan satu perintah: gangguan help PERINTAH, atau gangguan PERINTAH --help.\n"
	      "Lihat gangguan(1).\n", f);
}

/* "pemakaian: gangguan USAGE" and "     atau: gangguan USAGE" per form. */
static void usage_block(FILE *f, const char *full, const cli_command *cmd)
{
	strbuf sb = STRBUF_INIT;
	int indent = 20 + (int)strlen(full) + 1;
	if (indent > 36)
		indent = 8;
	for (size_t i = 0; !i || (cmd->forms && cmd->forms[i]); i++) {
		sb_reset(&sb);
		sb_append(&sb, "gangguan ");
		if (cmd->forms)
			sb_appendf(&sb, "%s %s", full, cmd->forms[i]);
		else
			usage_made(&sb, full, cmd, 0);
		fputs(i ? "     atau: " : "pemakaian: ", f);
		wrapped(f, 11, indent, sb_str(&sb));
	}
	sb_free(&sb);
}

void cli_help_command(FILE *f, const char *full, const cli_command *cmd)
{
	usage_block(f, full, cmd);
	fputc('\n', f);
	wrapped(f, 0, 0, cmd->summary);
	fputc('\n', f);
	option_rows(f, "Opsi:", cmd->opts, cmd->args, 1);
	if (cmd->subs) {
		fputs("\nSub-perintah:\n", f);
		strbuf sb = STRBUF_INIT;
		for (size_t i = 0; cmd->subs[i]; i++) {
			sb_reset(&sb);
			sb_appendf(&sb, "%s %s", full, cmd->subs[i]->name);
			brief_entry(f, sb_str(&sb), cmd->subs[i]);
		}
		sb_free(&sb);
		fprintf(f, "\nBantuan satu sub-perintah: gangguan help %s SUB.\n", full);
	}
}

int cli_usage_error(cli_ctx *ctx, const char *full, const cli_command *cmd)
{
	strbuf sb = STRBUF_INIT;
	for (size_t i = 0; !i || (cmd->forms && cmd->forms[i]); i++) {
		if (i)
			sb_append(&sb, " | ");
		if (cmd->forms)
			sb_appendf(&sb, "%s %s", full, cmd->forms[i]);
		else
			usage_made(&sb, full, cmd, 0);
	}
	for (size_t i = 0; cmd->run && cmd->subs && cmd->subs[i]; i++) {
		char sub[64];
		snprintf(sub, sizeof sub, "%s %s", full, cmd->subs[i]->name);
		sb_append(&sb, " | ");
		usage_made(&sb, sub, cmd->subs[i], 1);
	}
	cli_fail(ctx, GG_EUSAGE, "%s: pemakaian: %s", full, sb_str(&sb));
	sb_free(&sb);
	return GG_EUSAGE;
}

/* help --options: one line per item, fields separated by tabs, "-" for
 * none (bash's read would merge empty fields):
 *   cmd  NAME                          a command, or a sub-command
 *   arg  NAME  KIND                    the positional arguments in order
 *   opt  SPELLING  VALUE  KIND  CHOICES (space-separated)
 * KIND: file, incident, tender, command, subcommand or -. */
static const char *kind_name(int flags)
{
	static const struct {
		int flag;
		const char *name;
	} kinds[] = {
		{ CLI_FILE, "file" }, { CLI_INCIDENT, "incident" }, { CLI_TENDER, "tender" },
		{ CLI_COMMAND, "command" }, { CLI_SUBCOMMAND, "subcommand" },
	};
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (flags & kinds[i].flag)
			return kinds[i].name;
	return "-";
}

static void listing_opt(FILE *f, const char *spelled, const cli_option *o)
{
	fprintf(f, "opt\t%s\t%s\t%s\t", spelled, o->value ? o->value : "-", kind_name(o->flags));
	for (int k = 0; o->choices && o->choices[k]; k++)
		fprintf(f, "%s%s", k ? " " : "", o->choices[k]);
	fputs(o->choices ? "\n" : "-\n", f);
}

static void listing_opts(FILE *f, const cli_option *opts)
{
	char sp[64];
	for (size_t i = 0; i < cli_option_count(opts); i++) {
		if (opts[i].letter) {
			snprintf(sp, sizeof sp, "-%c", opts[i].letter);
			listing_opt(f, sp, &opts[i]);
		}
		if (opts[i].name) {
			snprintf(sp, sizeof sp, "--%s", opts[i].name);
			listing_opt(f, sp, &opts[i]);
		}
	}
}

static void listing(FILE *f, const cli_command *cmd)
{
	if (!cmd) {
		for (size_t i = 0; i < cli_command_count; i++)
			fprintf(f, "cmd\t%s\n", cli_commands[i]->name);
		listing_opts(f, cli_global_opts);
		return;
	}
	for (size_t i = 0; cmd->subs && cmd->subs[i]; i++)
		fprintf(f, "cmd\t%s\n", cmd->subs[i]->name);
	for (size_t i = 0; cmd->args && cmd->args[i].name; i++)
		fprintf(f, "arg\t%s\t%s\n", cmd->args[i].name, kind_name(cmd->args[i].flags));
	listing_opts(f, cmd->opts);
	fputs("opt\t-h\t-\t-\t-\nopt\t--help\t-\t-\t-\n", f);
}

/* gangguan help [--options] [CMD [SUB]] */
enum { HELP_OPTIONS };
static const cli_option help_opts[] = {
	[HELP_OPTIONS] = { "options", 0, NULL,
	                   "perintah, argumen dan opsi sebagai daftar untuk skrip (pelengkapan bash)", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static const cli_arg help_args[] = {
	{ "PERINTAH", "perintah yang dijelaskan; tanpa PERINTAH: semua perintah", CLI_OPTIONAL | CLI_COMMAND },
	{ "SUB", "sub-perintahnya (gangguan help tender add)", CLI_OPTIONAL | CLI_SUBCOMMAND },
	{ NULL, NULL, 0 }
};

static int cmd_help(cli_ctx *ctx, const cli_args *a)
{
	const cli_command *cmd = NULL;
	char full[64] = "";
	if (a->npos >= 1 && !(cmd = cli_find_command(a->pos[0])))
		return cli_fail(ctx, GG_EUSAGE, "help: perintah tidak dikenal: %s; lihat gangguan --help", a->pos[0]);
	if (a->npos >= 1)
		snprintf(full, sizeof full, "%s", cmd->name);
	if (a->npos == 2) {
		const cli_command *sub = cli_find_sub(cmd, a->pos[1]);
		if (!sub)
			return cli_fail(ctx, GG_EUSAGE, "help: %s tidak mempunyai sub-perintah %s; lihat gangguan help %s",
			                cmd->name, a->pos[1], cmd->name);
		snprintf(full, sizeof full, "%s %s", cmd->name, sub->name);
		cmd = sub;
	}
	if (cli_given(a, HELP_OPTIONS))
		listing(ctx->out, cmd);
	else if (cmd)
		cli_help_command(ctx->out, full, cmd);
	else
		cli_help_overview(ctx->out);
	return GG_OK;
}

const cli_command cli_cmd_help = {
	.name = "help",
	.summary = "bantuan satu perintah: pemakaian, argumen, opsi",
	.args = help_args,
	.opts = help_opts,
	.run = cmd_help,
};
