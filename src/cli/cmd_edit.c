/* gangguan edit: corrects an incident's summary, cause, impact, reporter,
 * channel or start, with a reason; the audit keeps the old value. */
#include "cli_commands.h"

enum { O_SUMMARY, O_CAUSE, O_IMPACT, O_REPORTER, O_CHANNEL, O_START, O_REASON };
static const cli_option edit_opts[] = {
	[O_SUMMARY] = { "summary", 0, "TEXT", "ringkasan baru", 0, NULL },
	[O_CAUSE] = { "cause", 0, "CAUSE", "penyebab baru (seperti pada report)", 0, NULL },
	[O_IMPACT] = { "impact", 0, "TEXT", "dampak baru; kosong: hapus", 0, NULL },
	[O_REPORTER] = { "reporter", 0, "WHO", "pelapor baru; kosong: hapus", 0, NULL },
	[O_CHANNEL] = { "channel", 0, "HOW", "saluran laporan baru; kosong: hapus", 0, NULL },
	[O_START] = { "start", 0, "WHEN", "awal gangguan yang benar", 0, NULL },
	[O_REASON] = { "reason", 0, "TEXT", "alasan koreksi, tercatat di audit", CLI_REQUIRED, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static const cli_arg edit_args[] = {
	{ "ID", "nomor gangguan", CLI_INCIDENT },
	{ NULL, NULL, 0 }
};

static int cmd_edit(cli_ctx *ctx, const cli_args *a)
{
	const char *start = a->val[O_START];
	incident_edit e = { .summary = a->val[O_SUMMARY], .cause = a->val[O_CAUSE], .impact = a->val[O_IMPACT],
	                    .reporter = a->val[O_REPORTER], .channel = a->val[O_CHANNEL] };
	int code;
	int64_t id;
	gg_err err;
	if (!e.summary && !e.cause && !e.impact && !e.reporter && !e.channel && !start)
		return cli_usage_error(ctx, a->name, a->cmd);
	if ((code = cli_parse_id(ctx, "edit", a->pos[0], &id)))
		return code;
	if (start && (code = cli_parse_when(ctx, "edit", "--start", start, &e.started)))
		return code;
	if ((code = store_incident_edit(ctx->s.st, id, 0, &e, a->val[O_REASON], &err)))
		return cli_fail(ctx, code, "edit: %s", err.msg);
	return GG_OK;
}

const cli_command cli_cmd_edit = {
	.name = "edit",
	.needs = NEEDS_RW,
	.summary = "koreksi data gangguan (tercatat di audit)",
	.args = edit_args,
	.opts = edit_opts,
	.run = cmd_edit,
};
