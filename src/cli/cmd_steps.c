/* gangguan open | restore | close | void: the lifecycle steps.  Open and
 * close issue documents through the letters of the service (letters.h). */
#include <string.h>

#include "cli_commands.h"
#include "letters.h"

/* open and close: ID [--at WHEN]; restore: ID --at WHEN; void: ID --reason. */
enum { O_AT };
static const cli_option step_opts[] = {
	[O_AT] = { "at", 0, "WHEN", "waktu langkah ini (bawaan: sekarang)", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};
static const cli_option restore_opts[] = {
	[O_AT] = { "at", 0, "WHEN", "waktu layanan pulih (wajib untuk restore ID)", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};
/* restore takes an incident or a backup file: the argument decides */
static const cli_arg restore_args[] = {
	{ "ID|BERKAS", "nomor gangguan (tandai pulih), atau berkas cadangan (pulihkan basis data)",
	  CLI_INCIDENT | CLI_FILE },
	{ NULL, NULL, 0 }
};
static const char *const restore_forms[] = {
	"ID --at WHEN",
	"BERKAS",
	NULL
};
enum { O_REASON };
static const cli_option void_opts[] = {
	[O_REASON] = { "reason", 0, "TEXT", "alasan pembatalan", CLI_REQUIRED, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static const cli_arg step_args[] = {
	{ "ID", "nomor gangguan", CLI_INCIDENT },
	{ NULL, NULL, 0 }
};

/* The incident and the time: 0 when --at is not given, "now" as the
 * store reads it once the write transaction has begun (a time read here
 * could be older than a letter another operator issues meanwhile). */
static int step_args_read(cli_ctx *ctx, const cli_args *a, int64_t *id, int64_t *at)
{
	int code;
	if ((code = cli_parse_id(ctx, a->name, a->pos[0], id)))
		return code;
	*at = 0;
	if (a->val[O_AT] && (code = cli_parse_when(ctx, a->name, "--at", a->val[O_AT], at)))
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
	code = letters_issue_step(&ctx->s, step, id, 0, at, NULL, issued, &err);
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
		if (d->number) {
			cli_saved(ctx, "berita acara %s", d->number);
			fprintf(ctx->out, "%s\n", d->number);
		}
		else
			fprintf(ctx->err, "gangguan: gaya satu berita acara: nomor terbit saat ditutup\n");
	}
	document_free(d);
	return code;
}

static int cmd_open(cli_ctx *ctx, const cli_args *a)
{
	int64_t id, at;
	document d;
	int code = step_args_read(ctx, a, &id, &at);
	if (code)
		return code;
	return print_issued(ctx, cli_step_open(ctx, id, at, &d), &d);
}

static int cmd_close(cli_ctx *ctx, const cli_args *a)
{
	int64_t id, at;
	document d;
	int code = step_args_read(ctx, a, &id, &at);
	if (code)
		return code;
	return print_issued(ctx, cli_step_close(ctx, id, at, &d), &d);
}

/* `restore ID --at WHEN` marks the service restored; `restore FILE` puts
 * a backup of the database back (cmd_backup.c).  The argument decides:
 * all digits is an incident, so a backup file named 123 is given as ./123. */
static int cmd_restore(cli_ctx *ctx, const cli_args *a)
{
	int64_t id, at;
	gg_err err;
	const char *arg = a->pos[0];
	if (strspn(arg, "0123456789") != strlen(arg)) {
		if (a->val[O_AT])
			return cli_fail(ctx, GG_EUSAGE, "restore: --at hanya untuk restore ID; '%s' bukan nomor "
			                "gangguan, melainkan berkas cadangan", arg);
		return cli_restore_database(ctx, arg);
	}
	if (!a->val[O_AT])
		return cli_fail(ctx, GG_EUSAGE, "restore: --at WHEN wajib untuk restore ID (kapan layanan pulih); "
		                "untuk memulihkan basis data dari berkas bernama angka saja: restore ./%s", arg);
	int code = cli_open_store(ctx, NEED_STORE);
	if (code || (code = step_args_read(ctx, a, &id, &at)))
		return code;
	if ((code = store_incident_restore(ctx->s.st, id, 0, at, &err)))
		return cli_fail(ctx, code, "restore: %s", err.msg);
	return GG_OK;
}

static int cmd_void(cli_ctx *ctx, const cli_args *a)
{
	int code;
	int64_t id;
	gg_err err;
	if ((code = cli_parse_id(ctx, "void", a->pos[0], &id)))
		return code;
	if ((code = store_incident_void(ctx->s.st, id, 0, a->val[O_REASON], &err)))
		return cli_fail(ctx, code, "void: %s", err.msg);
	return GG_OK;
}

const cli_command cli_cmd_open = {
	.name = "open",
	.needs = NEEDS_RW,
	.summary = "buka gangguan, terbitkan BA Pembukaan",
	.args = step_args,
	.opts = step_opts,
	.run = cmd_open,
};

/* Needs the config only: the database restore opens the register itself. */
const cli_command cli_cmd_restore = {
	.name = "restore",
	.needs = NEED_CONFIG,
	.summary = "tandai layanan pulih (ID), atau pulihkan basis data dari cadangan (BERKAS)",
	.args = restore_args,
	.opts = restore_opts,
	.forms = restore_forms,
	.run = cmd_restore,
};

const cli_command cli_cmd_close = {
	.name = "close",
	.needs = NEEDS_RW,
	.summary = "tutup gangguan, terbitkan BA Penutupan",
	.args = step_args,
	.opts = step_opts,
	.run = cmd_close,
};

const cli_command cli_cmd_void = {
	.name = "void",
	.needs = NEEDS_RW,
	.summary = "batalkan laporan yang keliru",
	.args = step_args,
	.opts = void_opts,
	.run = cmd_void,
};
