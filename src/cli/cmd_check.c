/* gangguan check: the config, the schema version, integrity_check, the
 * numbering (gaps, duplicates) and the fingerprints of issued documents.
 * Reads only; exits 0 when all is well. */
#include <stdlib.h>

#include "cli_commands.h"
#include "remedyenv.h"

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
	/* The remedies' data: a malformed catalogue or holiday file is named
	 * here, not first in front of a committee's decision. */
	remedy_env env;
	char *problems = NULL;
	if ((code = remedy_env_load(ctx->cfg, &env, &problems, &err))) {
		if (problems)
			fputs(problems, ctx->err);
		free(problems);
		return cli_fail(ctx, code, "check: %s", err.msg);
	}
	int y0 = 0, y1 = 0;
	for (size_t i = 0; i < env.cal.nyears; i++) {
		if (!y0 || env.cal.years[i] < y0)
			y0 = env.cal.years[i];
		if (env.cal.years[i] > y1)
			y1 = env.cal.years[i];
	}
	fprintf(ctx->out, "katalog peraturan: %zu rezim; kalender hari libur: %d-%d: baik\n", env.cat.n, y0, y1);
	remedy_env_free(&env);
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
