/* gangguan config: the configuration in effect (the file that was found,
 * with every default filled in), so an operator sees what the program
 * will use without reading the search order. */
#include "cli_commands.h"

#include <stdlib.h>

int cmd_config(cli_ctx *ctx, int argc, char **argv)
{
	(void)argv;
	gg_err err;
	if (argc > 1)
		return cli_fail(ctx, GG_EUSAGE, "config: tidak menerima argumen");
	char *text = config_format(ctx->s.cfg, &err);
	if (!text)
		return cli_fail(ctx, err.code, "%s", err.msg);
	fprintf(ctx->out, "; berkas: %s\n%s", ctx->s.config_path, text);
	free(text);
	return GG_OK;
}
