/* Global options, dispatch through the command table, and what commands
 * share: loading the config, opening the store, reporting errors. */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli_commands.h"

/* The options before the command.  A row here is parsed, shown by
 * --help and completed; what it sets is in cli_main. */
enum { G_CONFIG, G_DATABASE, G_OPERATOR, G_HELP, G_VERSION };
const cli_option cli_global_opts[] = {
	[G_CONFIG] = { NULL, 'c', "BERKAS", "berkas konfigurasi (bawaan: lihat FILES di gangguan(1))",
	               CLI_FILE, NULL },
	[G_DATABASE] = { NULL, 'd', "BERKAS", "basis data (bawaan: [paths] database di konfigurasi)",
	                 CLI_FILE, NULL },
	[G_OPERATOR] = { "operator", 0, "NAMA", "operator di papan ketik, dari [operators] names (atau "
	                 "$GANGGUAN_OPERATOR)", 0, NULL },
	[G_HELP] = { "help", 'h', NULL, "tampilkan bantuan ini", 0, NULL },
	[G_VERSION] = { "version", 'V', NULL, "tampilkan versi", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

/* A table shared by the views of one record (show, remedy). */
static const char *const view_formats[] = { "text", "json", NULL };
const cli_option cli_view_opts[] = {
	[VIEW_FORMAT] = { "format", 0, "FORMAT", "bentuk keluaran (bawaan: text)", 0, view_formats },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

int cli_fail(cli_ctx *ctx, int code, const char *fmt, ...)
{
	va_list ap;
	fputs("gangguan: ", ctx->err);
	va_start(ap, fmt);
	vfprintf(ctx->err, fmt, ap);
	va_end(ap);
	fputc('\n', ctx->err);
	return code;
}

void cli_saved(cli_ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(ctx->saved, sizeof ctx->saved, fmt, ap);
	va_end(ap);
}

int cli_finish_output(cli_ctx *ctx, int code)
{
	if (fflush(ctx->out) == 0 && !ferror(ctx->out))
		return code;
	const char *why = strerror(errno ? errno : EIO);
	if (ctx->saved[0])
		cli_fail(ctx, GG_EIO, "keluaran tidak dapat ditulis (%s); %s sudah tersimpan di basis data, hanya "
		         "keluaran ini yang hilang", why, ctx->saved);
	else if (store_commits(ctx->s.st))
		cli_fail(ctx, GG_EIO, "keluaran tidak dapat ditulis (%s); perubahan sudah tersimpan di basis data, "
		         "hanya keluaran ini yang hilang", why);
	else
		cli_fail(ctx, GG_EIO, "keluaran tidak dapat ditulis (%s)", why);
	return code == GG_OK ? GG_EIO : code;
}

int cli_report(cli_ctx *ctx, const gg_err *err)
{
	return cli_fail(ctx, err->code ? err->code : GG_ESOFTWARE, "%s", err->msg);
}

int cli_parse_id(cli_ctx *ctx, const char *cmd, const char *s, int64_t *id)
{
	char *end;
	errno = 0;
	long long v = s ? strtoll(s, &end, 10) : 0;
	if (!s || !*s || *end || errno || v <= 0)
		return cli_fail(ctx, GG_EUSAGE, "%s: '%s' bukan nomor gangguan (bilangan bulat positif)", cmd,
		                s ? s : "");
	*id = v;
	return GG_OK;
}

int cli_parse_when(cli_ctx *ctx, const char *cmd, const char *opt, const char *s, int64_t *utc)
{
	char why[300];
	int64_t now = ctx->s.st ? store_now(ctx->s.st) : (int64_t)time(NULL);
	if (when_parse_rel(s, ctx->s.cfg->tz, now, utc, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "%s: %s: %s", cmd, opt, why);
	return GG_OK;
}

const char *cli_time(const cli_ctx *ctx, int64_t utc, char *buf, size_t n)
{
	civil c;
	if (!utc) {
		snprintf(buf, n, "-");
		return buf;
	}
	civil_from_utc(utc, ctx->s.cfg->tz, &c);
	size_t len = fmt_iso_local(buf, n, &c);
	if (len < n)
		snprintf(buf + len, n - len, " %s", zone_name(ctx->s.cfg->tz));
	return buf;
}

void cli_print_finding(void *f, const char *finding)
{
	fprintf((FILE *)f, "masalah: %s\n", finding);
}

static void emit_problem(void *ctx, const char *line)
{
	fprintf((FILE *)ctx, "%s\n", line);
}

int cli_load_config(cli_ctx *ctx)
{
	config_problems probs = { 0 };
	gg_err err;
	gg_err_clear(&err);
	int code = session_load_config(&ctx->s, &probs, &err);
	if (code) {
		if (probs.n)
			config_problems_print(&probs, emit_problem, ctx->err);
		cli_fail(ctx, code, "%s", err.msg);
	}
	config_problems_free(&probs);
	return code;
}

int cli_choose_operator(cli_ctx *ctx)
{
	gg_err err;
	return session_choose_operator(&ctx->s, ctx->s.operator_arg, &err) ? cli_report(ctx, &err) : GG_OK;
}

int cli_open_store(cli_ctx *ctx, int needs)
{
	gg_err err;
	int flags = (needs & NEED_STORE_CREATE ? STORE_CREATE : 0) | (needs & NEED_STORE_READ ? STORE_READONLY : 0) |
	            (needs & NEED_STORE_AS_IS ? STORE_READONLY | STORE_AS_IS : 0);
	int code = session_open_store(&ctx->s, flags, &err);
	return code ? cli_report(ctx, &err) : GG_OK;
}

int cli_catalogues(cli_ctx *ctx, const char *cmd)
{
	char *problems = NULL;
	gg_err err;
	int code = session_catalogues(&ctx->s, &problems, &err);
	if (code) {
		if (problems)
			fputs(problems, ctx->err);
		cli_fail(ctx, code, "%s: %s", cmd, err.msg);
	}
	free(problems);
	return code;
}

const cli_command *cli_find_command(const char *name)
{
	for (size_t i = 0; i < cli_command_count; i++)
		if (strcmp(cli_commands[i]->name, name) == 0)
			return cli_commands[i];
	return NULL;
}

const cli_command *cli_find_sub(const cli_command *parent, const char *name)
{
	for (size_t i = 0; parent->subs && parent->subs[i]; i++)
		if (strcmp(parent->subs[i]->name, name) == 0)
			return parent->subs[i];
	return NULL;
}

/* The global option an argument names ("-c", "--help"), or -1. */
static int global_opt(const char *a)
{
	for (int k = 0; cli_global_opts[k].name || cli_global_opts[k].letter; k++) {
		const cli_option *o = &cli_global_opts[k];
		if ((o->letter && a[1] == o->letter && !a[2]) ||
		    (o->name && a[1] == '-' && strcmp(a + 2, o->name) == 0))
			return k;
	}
	return -1;
}

/* Parses the command's arguments with its tables, then gives it what it
 * needs: a usage error or `CMD --help` never reads a config or a database. */
static int run_command(cli_ctx *ctx, const cli_command *cmd, int argc, char **argv)
{
	cli_args a;
	const cli_command *sub;
	char why[300];
	snprintf(a.name, sizeof a.name, "%s", cmd->name);
	while (argc > 1 && (sub = cli_find_sub(cmd, argv[1]))) {
		size_t len = strlen(a.name);
		snprintf(a.name + len, sizeof a.name - len, " %s", sub->name);
		cmd = sub;
		argc--;
		argv++;
	}
	if (!cmd->run && argc > 1 && strcmp(argv[1], "--help") != 0 && strcmp(argv[1], "-h") != 0) {
		char names[200] = "";
		for (size_t i = 0; cmd->subs[i]; i++) {
			strncat(names, i ? "|" : "", sizeof names - strlen(names) - 1);
			strncat(names, cmd->subs[i]->name, sizeof names - strlen(names) - 1);
		}
		return cli_fail(ctx, GG_EUSAGE, "%s: sub-perintah '%s' tidak dikenal; pilih %s", a.name, argv[1], names);
	}
	if (!cmd->run && argc <= 1)
		return cli_usage_error(ctx, a.name, cmd);
	a.cmd = cmd;
	switch (cli_args_parse(cmd->opts, cmd->args, argc, argv, &a, why, sizeof why)) {
	case CLI_PARSED:
		break;
	case CLI_PARSED_HELP:
		cli_help_command(ctx->out, a.name, cmd);
		return GG_OK;
	case CLI_PARSE_USAGE:
		return cli_usage_error(ctx, a.name, cmd);
	default:
		return cli_fail(ctx, GG_EUSAGE, "%s: %s", a.name, why);
	}
	int code;
	if ((cmd->needs & NEED_CONFIG) && (code = cli_load_config(ctx)))
		return code;
	if ((cmd->needs & NEED_CONFIG) && ctx->s.operator_arg && (code = cli_choose_operator(ctx)))
		return code;
	if ((cmd->needs & (NEED_STORE | NEED_STORE_CREATE | NEED_STORE_READ | NEED_STORE_AS_IS)) &&
	    (code = cli_open_store(ctx, cmd->needs)))
		return code;
	return cmd->run(ctx, &a);
}

int cli_main(int argc, char **argv, cli_ctx *ctx, int *wants_tui)
{
	int i = 1;
	*wants_tui = 0;
	session_fill_actor(&ctx->s);
	/* Global options come before the command. */
	while (i < argc && argv[i][0] == '-' && argv[i][1]) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		int k = global_opt(a);
		if (k < 0) {
			cli_fail(ctx, GG_EUSAGE, "opsi tidak dikenal: %s", a);
			cli_help_overview(ctx->err);
			return GG_EUSAGE;
		}
		if (k == G_HELP) {
			cli_help_overview(ctx->out);
			return GG_OK;
		}
		if (k == G_VERSION) {
			fprintf(ctx->out, "gangguan %s\n", GANGGUAN_VERSION);
			return GG_OK;
		}
		/* where the value of each global option with a value goes */
		const char **slot[sizeof cli_global_opts / sizeof cli_global_opts[0]] = {
			[G_CONFIG] = &ctx->s.config_arg, [G_DATABASE] = &ctx->s.db_arg,
			[G_OPERATOR] = &ctx->s.operator_arg,
		};
		if (i + 1 >= argc || !argv[i + 1][0])
			return cli_fail(ctx, GG_EUSAGE, cli_global_opts[k].flags & CLI_FILE ? "%s perlu nama berkas"
			                : "%s memerlukan nilai", a);
		if (slot[k])
			*slot[k] = argv[i + 1];
		i += 2;
	}
	if (!ctx->s.operator_arg) {
		const char *env = getenv("GANGGUAN_OPERATOR");
		ctx->s.operator_arg = env && *env ? env : NULL;
	}
	if (i >= argc) {
		*wants_tui = 1;
		return GG_OK;
	}
	const cli_command *cmd = cli_find_command(argv[i]);
	if (!cmd) {
		cli_fail(ctx, GG_EUSAGE, "perintah tidak dikenal: %s", argv[i]);
		cli_help_overview(ctx->err);
		return GG_EUSAGE;
	}
	return run_command(ctx, cmd, argc - i, argv + i);
}

void cli_ctx_release(cli_ctx *ctx)
{
	session_release(&ctx->s);
}
