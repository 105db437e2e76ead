/* gangguan check: the config, the schema version, integrity_check, the
 * numbering (gaps, duplicates) and the fingerprints of issued documents.
 * Reads only; exits 0 when all is well. */
#include "cli_commands.h"

static void print_finding(void *ctx, const char *finding)
{
	fprintf((FILE *)ctx, "masalah: %s\n", finding);
}

int cmd_check(cli_ctx *ctx, int argc, char **argv)
{
	(void)argv;
	gg_err err;
	if (argc > 1)
		return cli_fail(ctx, GG_EUSAGE, "check: tidak menerima argumen");
	int code = cli_load_config(ctx);
	if (code)
		return code;
	fprintf(ctx->out, "konfigurasi: %s: baik\n", ctx->config_path);
	if ((code = cli_open_store(ctx, NEED_STORE_READ)))
		return code;
	int v = store_schema_version(ctx->st);
	fprintf(ctx->out, "basis data: %s: skema %d (program ini: %d)\n", ctx->db_path, v,
	        store_schema_latest());
	int n = store_check(ctx->st, print_finding, ctx->out, &err);
	if (n < 0)
		return cli_report(ctx, &err);
	if (n) {
		fprintf(ctx->out, "%d masalah ditemukan\n", n);
		return GG_EDATA;
	}
	fprintf(ctx->out, "integritas, penomoran, sidik dokumen: baik\n");
	return GG_OK;
}
