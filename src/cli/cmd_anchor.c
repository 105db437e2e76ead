/* gangguan anchor: the head of the audit chain as a short text that the
 * head of LPSE signs (monthly); `check --anchor TEXT` proves it later. */
#include "cli_commands.h"

static int cmd_anchor(cli_ctx *ctx, const cli_args *a)
{
	(void)a;
	gg_err err;
	char text[128];
	if (store_anchor(ctx->s.st, text, sizeof text, &err))
		return cli_fail(ctx, err.code, "anchor: %s", err.msg);
	fprintf(ctx->out, "%s\n", text);
	return GG_OK;
}

const cli_command cli_cmd_anchor = {
	.name = "anchor",
	.needs = NEEDS_RO,
	.summary = "cetak jangkar jejak audit (tanggal, baris, hash) untuk ditandatangani",
	.run = cmd_anchor,
};
