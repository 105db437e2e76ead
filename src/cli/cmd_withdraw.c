/* gangguan withdraw: a letter issued in error is marked withdrawn
 * ("dibatalkan"); its number stays used, the incident goes back one step. */
#include "cli_commands.h"

enum { O_REASON };
static const cli_option withdraw_opts[] = {
	[O_REASON] = { "reason", 0, "TEXT", "alasan pembatalan, tercatat di audit", CLI_REQUIRED, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static const cli_arg withdraw_args[] = {
	{ "NUMBER", "nomor berita acara seperti tercetak (spasi dan huruf besar diabaikan)", 0 },
	{ NULL, NULL, 0 }
};

static int cmd_withdraw(cli_ctx *ctx, const cli_args *a)
{
	const char *number = a->pos[0];
	int code;
	gg_err err;
	int64_t id;
	if ((code = store_doc_withdraw(ctx->s.st, number, a->val[O_REASON], &id, &err)))
		return cli_fail(ctx, code, "withdraw: %s", err.msg);
	cli_saved(ctx, "pembatalan %s (gangguan #%lld)", number, (long long)id);
	incident inc;
	if (store_incident_get(ctx->s.st, id, &inc, &err) == GG_OK) {
		fprintf(ctx->out, "%s dibatalkan; gangguan #%lld kembali %s\n", number, (long long)id, state_label(inc.state));
		incident_free(&inc);
	}
	return GG_OK;
}

const cli_command cli_cmd_withdraw = {
	.name = "withdraw",
	.needs = NEEDS_RW,
	.summary = "batalkan berita acara yang terbit keliru",
	.args = withdraw_args,
	.opts = withdraw_opts,
	.run = cmd_withdraw,
};
