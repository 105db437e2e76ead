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

#include "cliargs.h"

static void print_usage(FILE *f)
{
	fprintf(f, "pemakaian: gangguan [-c BERKAS] [-d BERKAS] [--operator NAMA] [PERINTAH ...]\n"
	           "tanpa perintah: tampilan layar penuh. Perintah:\n");
	for (size_t i = 0; i < cli_command_count; i++)
		fprintf(f, "  %-58s %s\n", cli_commands[i].usage, cli_commands[i].summary);
	fprintf(f, "Lihat gangguan(1).\n");
}

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

int cli_parse_format(cli_ctx *ctx, const char *cmd, const char *value, const char *const *names)
{
	for (int i = 0; names[i]; i++)
		if (strcmp(value, names[i]) == 0)
			return i;
	char list[200] = "";
	for (int i = 0; names[i]; i++) {
		strncat(list, i ? "|" : "", sizeof list - strlen(list) - 1);
		strncat(list, names[i], sizeof list - strlen(list) - 1);
	}
	cli_fail(ctx, GG_EUSAGE, "%s: --format %s tidak dikenal; pilih %s", cmd, value, list);
	return -1;
}

int cli_parse_view(cli_ctx *ctx, const char *cmd, const char *what, int argc, char **argv,
                   const char **arg, int *json)
{
	static const char *const formats[] = { "text", "json", NULL };
	const char *format = "text";
	const cli_opt opts[] = { { "format", &format, NULL }, { NULL, NULL, NULL } };
	const char *pos[1];
	int npos;
	char why[200];
	if (cli_args_parse(argc, argv, opts, pos, 1, &npos, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "%s: %s", cmd, why);
	if (npos != 1)
		return cli_fail(ctx, GG_EUSAGE, "%s: pemakaian: %s %s [--format text|json]", cmd, cmd, what);
	int fmt = cli_parse_format(ctx, cmd, format, formats);
	if (fmt < 0)
		return GG_EUSAGE;
	*arg = pos[0];
	*json = fmt == 1;
	return GG_OK;
}

int cli_parse_id_view(cli_ctx *ctx, const char *cmd, int argc, char **argv, int64_t *id, int *json)
{
	const char *arg;
	int code = cli_parse_view(ctx, cmd, "ID", argc, argv, &arg, json);
	return code ? code : cli_parse_id(ctx, cmd, arg, id);
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
	int flags = (needs & NEED_STORE_CREATE ? STORE_CREATE : 0) | (needs & NEED_STORE_READ ? STORE_READONLY : 0);
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

static const cli_command *find_command(const char *name)
{
	for (size_t i = 0; i < cli_command_count; i++)
		if (strcmp(cli_commands[i].name, name) == 0)
			return &cli_commands[i];
	return NULL;
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
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			print_usage(ctx->out);
			return GG_OK;
		}
		if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
			fprintf(ctx->out, "gangguan %s\n", GANGGUAN_VERSION);
			return GG_OK;
		}
		const char **slot = strcmp(a, "-c") == 0 ? &ctx->s.config_arg
		                  : strcmp(a, "-d") == 0 ? &ctx->s.db_arg
		                  : strcmp(a, "--operator") == 0 ? &ctx->s.operator_arg : NULL;
		if (!slot) {
			cli_fail(ctx, GG_EUSAGE, "opsi tidak dikenal: %s", a);
			print_usage(ctx->err);
			return GG_EUSAGE;
		}
		if (i + 1 >= argc || !argv[i + 1][0])
			return cli_fail(ctx, GG_EUSAGE, "%s perlu nama berkas", a);
		*slot = argv[i + 1];
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
	const cli_command *cmd = find_command(argv[i]);
	if (!cmd) {
		cli_fail(ctx, GG_EUSAGE, "perintah tidak dikenal: %s", argv[i]);
		print_usage(ctx->err);
		return GG_EUSAGE;
	}
	int code;
	if ((cmd->needs & NEED_CONFIG) && (code = cli_load_config(ctx)))
		return code;
	if ((cmd->needs & NEED_CONFIG) && ctx->s.operator_arg && (code = cli_choose_operator(ctx)))
		return code;
	if ((cmd->needs & (NEED_STORE | NEED_STORE_CREATE | NEED_STORE_READ)) &&
	    (code = cli_open_store(ctx, cmd->needs)))
		return code;
	return cmd->run(ctx, argc - i, argv + i);
}

void cli_ctx_release(cli_ctx *ctx)
{
	session_release(&ctx->s);
}
