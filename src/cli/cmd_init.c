/* gangguan init: creates the database, or migrates an older one. */
#include "cli_commands.h"

int cmd_init(cli_ctx *ctx, int argc, char **argv)
{
	(void)argv;
	if (argc > 1)
		return cli_fail(ctx, GG_EUSAGE, "init: tidak menerima argumen");
	fprintf(ctx->out, "%s: skema %d\n", ctx->s.db_path, store_schema_version(ctx->s.st));
	return GG_OK;
}
