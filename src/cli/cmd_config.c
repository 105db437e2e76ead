/* gangguan config: the configuration in effect (the file that was found,
 * with every default filled in), so an operator sees what the program
 * will use without reading the search order. */
#include "cli_commands.h"

#include <stdlib.h>

static int cmd_config(cli_ctx *ctx, const cli_args *a)
{
	(void)a;
	gg_err err;
	char *text = config_format(ctx->s.cfg, &err);
	if (!text)
		return cli_fail(ctx, err.code, "%s", err.msg);
	fprintf(ctx->out, "; berkas: %s\n%s", ctx->s.config_path, text);
	free(text);
	return GG_OK;
}

const cli_command cli_cmd_config = {
	.name = "config",
	.needs = NEED_CONFIG,
	.summary = "konfigurasi yang berlaku, dengan nilai bawaannya",
	.run = cmd_config,
};
