/* gangguan open | restore | close | void: the lifecycle steps.  Open and
 * close issue documents through the letters of the service (letters.h). */
#include <string.h>

#include "cli_commands.h"
#include "cliargs.h"
#include "letters.h"

/* Parses "CMD ID [--at WHEN]" (--at required when at_required). */
static int parse_step_args(cli_ctx *ctx, const char *cmd, int argc, char **argv, int at_required,
                           int64_t *id, int64_t *at)
{
	const char *when = NULL;
	const cli_opt opts[] = { { "at", &when, NULL }, { NULL, NULL, NULL } };
	const char *pos[1];
	int npos, code;
	char why[200];
	if (cli_args_parse(argc, argv, opts, pos, 1, &npos, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "%s: %s", cmd, why);
	if (npos != 1 || (at_required && !when))
		return cli_fail(ctx, GG_EUSAGE, "%s: pemakaian: %s ID %s", cmd, cmd,
		                at_required ? "--at WHEN" : "[--at WHEN]");
	if ((code = cli_parse_id(ctx, cmd, pos[0], id)))
		return code;
	*at = store_now(ctx->s.st);
	if (when && (code = cli_parse_when(ctx, cmd, "--at", when, at)))
		return code;
	return GG_OK;
}

static int issue_step(cli_ctx *ctx, incident_step step, int64_t id, int64_t at, document *issued)
{
	gg_err err;
	memset(issued, 0, sizeof *issued);
	/* every problem of a broken catalogue, FILE:LINE, not only the first */
	int code = cli_catalogues(ctx, step_name(step));
	if (code)
		return code;
	code = letters_issue_step(&ctx->s, step, id, 0, at, issued, &err);
	return code ? cli_fail(ctx, code, "%s: %s", step_name(step), err.msg) : GG_OK;
}

int cli_step_open(cli_ctx *ctx, int64_t id, int64_t at, document *issued)
{
	return issue_step(ctx, STEP_OPEN, id, at, issued);
}

int cli_step_close(cli_ctx *ctx, int64_t id, int64_t at, document *issued)
{
	return issue_step(ctx, STEP_CLOSE, id, at, issued);
}

static int print_issued(cli_ctx *ctx, int code, document *d)
{
	if (code == GG_OK) {
		if (d->number)
			fprintf(ctx->out, "%s\n", d->number);
		else
			fprintf(ctx->err, "gangguan: gaya satu berita acara: nomor terbit saat ditutup\n");
	}
	document_free(d);
	return code;
}

int cmd_open(cli_ctx *ctx, int argc, char **argv)
{
	int64_t id, at;
	document d;
	int code = parse_step_args(ctx, "open", argc, argv, 0, &id, &at);
	if (code)
		return code;
	return print_issued(ctx, cli_step_open(ctx, id, at, &d), &d);
}

int cmd_close(cli_ctx *ctx, int argc, char **argv)
{
	int64_t id, at;
	document d;
	int code = parse_step_args(ctx, "close", argc, argv, 0, &id, &at);
	if (code)
		return code;
	return print_issued(ctx, cli_step_close(ctx, id, at, &d), &d);
}

/* `restore ID --at WHEN` marks the service restored; `restore FILE` puts
 * a backup of the database back (cmd_backup.c).  The argument decides:
 * all digits is an incident, so a backup file named 123 is given as ./123. */
int cmd_restore(cli_ctx *ctx, int argc, char **argv)
{
	int64_t id, at;
	gg_err err;
	const char *when = NULL;
	const cli_opt opts[] = { { "at", &when, NULL }, { NULL, NULL, NULL } };
	const char *pos[1];
	int npos, code;
	char why[200];
	if (cli_args_parse(argc, argv, opts, pos, 1, &npos, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "restore: %s", why);
	if (npos != 1)
		return cli_fail(ctx, GG_EUSAGE, "restore: pemakaian: restore ID --at WHEN, atau restore BERKAS");
	if (strspn(pos[0], "0123456789") != strlen(pos[0])) {
		if (when)
			return cli_fail(ctx, GG_EUSAGE, "restore: --at hanya untuk restore ID; '%s' bukan nomor "
			                "gangguan, melainkan berkas cadangan", pos[0]);
		return cli_restore_database(ctx, pos[0]);
	}
	if ((code = cli_open_store(ctx, NEED_STORE)))
		return code;
	if ((code = parse_step_args(ctx, "restore", argc, argv, 1, &id, &at)))
		return code;
	if ((code = store_incident_restore(ctx->s.st, id, 0, at, &err)))
		return cli_fail(ctx, code, "restore: %s", err.msg);
	return GG_OK;
}

int cmd_void(cli_ctx *ctx, int argc, char **argv)
{
	const char *reason = NULL;
	const cli_opt opts[] = { { "reason", &reason, NULL }, { NULL, NULL, NULL } };
	const char *pos[1];
	int npos, code;
	char why[200];
	int64_t id;
	gg_err err;
	if (cli_args_parse(argc, argv, opts, pos, 1, &npos, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "void: %s", why);
	if (npos != 1 || !reason)
		return cli_fail(ctx, GG_EUSAGE, "void: pemakaian: void ID --reason TEXT");
	if ((code = cli_parse_id(ctx, "void", pos[0], &id)))
		return code;
	if ((code = store_incident_void(ctx->s.st, id, 0, reason, &err)))
		return cli_fail(ctx, code, "void: %s", err.msg);
	return GG_OK;
}
