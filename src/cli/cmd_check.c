/* gangguan check: the config, the schema version, integrity_check, the
 * numbering (gaps, duplicates), the fingerprints of issued documents and
 * the permissions of a shared database.  Reads only; exits 0 when all is
 * well. */
#include <stdlib.h>

#include "cli_commands.h"
#include "letters.h"

static int cmd_check(cli_ctx *ctx, const cli_args *a)
{
	(void)a;
	gg_err err;
	int code = cli_load_config(ctx);
	if (code)
		return code;
	fprintf(ctx->out, "konfigurasi: %s: baik\n", ctx->s.config_path);
	/* Everything open and close will need, named here rather than first
	 * in front of a head of LPSE waiting for a letter: the catalogue, the
	 * holidays, the templates, the pinned regime. */
	if ((code = cli_catalogues(ctx, "check")))
		return code;
	int y0 = 0, y1 = 0;
	const workcal *cal = &ctx->s.cal;
	for (size_t i = 0; i < cal->nyears; i++) {
		if (!y0 || cal->years[i] < y0)
			y0 = cal->years[i];
		if (cal->years[i] > y1)
			y1 = cal->years[i];
	}
	fprintf(ctx->out, "katalog peraturan: %zu rezim; kalender hari libur: %d-%d: baik\n", ctx->s.cat.n, y0, y1);
	strbuf problems = STRBUF_INIT;
	int bad = letters_validate(&ctx->s, &problems, &err);
	if (bad < 0)
		return cli_report(ctx, &err);
	if (bad) {
		fputs(sb_str(&problems), ctx->err);
		sb_free(&problems);
		return cli_fail(ctx, GG_ECONFIG, "check: templat atau peraturan ditolak (%d masalah)", bad);
	}
	sb_free(&problems);
	fprintf(ctx->out, "templat berita acara: baik\n");
	/* permissions first: the open below may be what they refuse */
	int locked_out = 0;
	const char *db = session_database(&ctx->s);
	if (db) {
		char summary[600];
		locked_out = store_check_access(db, cli_print_finding, ctx->out, summary, sizeof summary);
		fprintf(ctx->out, "izin berkas: %s%s\n", summary, locked_out ? "" : ": baik");
	}
	if ((code = cli_open_store(ctx, NEED_STORE_READ)))
		return code;
	int v = store_schema_version(ctx->s.st);
	fprintf(ctx->out, "basis data: %s: skema %d (program ini: %d)\n", ctx->s.db_path, v,
	        store_schema_latest());
	int n = store_check(ctx->s.st, cli_print_finding, ctx->out, &err);
	if (n < 0)
		return cli_report(ctx, &err);
	n += locked_out;
	if (n) {
		fprintf(ctx->out, "%d masalah ditemukan\n", n);
		return GG_EDATA;
	}
	fprintf(ctx->out, "integritas, penomoran, sidik dokumen: baik\n");
	return GG_OK;
}

/* Needs nothing from the dispatcher: it loads and reports each part itself. */
const cli_command cli_cmd_check = {
	.name = "check",
	.summary = "periksa konfigurasi, skema, integritas, penomoran",
	.run = cmd_check,
};
