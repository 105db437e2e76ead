/* gangguan migrate: brings an older database to this version's schema,
 * the one command besides init (and a write) that does; check never
 * does. */
#include "cli_commands.h"

static int cmd_migrate(cli_ctx *ctx, const cli_args *a)
{
	(void)a;
	int code = cli_open_store(ctx, NEED_STORE_AS_IS);
	if (code)
		return code;
	int before = store_schema_version(ctx->s.st), latest = store_schema_latest();
	if (before == latest) {
		fprintf(ctx->out, "%s: skema %d, sudah terbaru\n", ctx->s.db_path, before);
		return GG_OK;
	}
	store_close(ctx->s.st);
	ctx->s.st = NULL;
	if ((code = cli_open_store(ctx, NEED_STORE)))
		return code;
	cli_saved(ctx, "migrasi skema %d ke %d", before, latest);
	fprintf(ctx->out, "%s: skema %d -> %d\n", ctx->s.db_path, before, store_schema_version(ctx->s.st));
	return GG_OK;
}

/* Opens the store itself: first as it is, to tell what it migrates from. */
const cli_command cli_cmd_migrate = {
	.name = "migrate",
	.needs = NEED_CONFIG,
	.summary = "perbarui skema basis data lama ke versi program ini (check tidak pernah mengubahnya)",
	.run = cmd_migrate,
};
