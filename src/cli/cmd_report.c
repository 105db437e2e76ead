/* gangguan report: records a new report; prints the incident's id. */
#include "cli_commands.h"

enum { O_START, O_CAUSE, O_SUMMARY, O_REPORTER, O_CHANNEL, O_IMPACT };
static const cli_option report_opts[] = {
	[O_START] = { "start", 0, "WHEN", "awal gangguan, waktu setempat unit", CLI_REQUIRED, NULL },
	[O_CAUSE] = { "cause", 0, "CAUSE", "penyebab: listrik, jaringan, perangkat-keras, aplikasi, kapasitas, "
	              "keamanan, layanan-pusat, kahar, lainnya", CLI_REQUIRED, NULL },
	[O_SUMMARY] = { "summary", 0, "TEXT", "ringkasan gangguan, satu baris", CLI_REQUIRED, NULL },
	[O_REPORTER] = { "reporter", 0, "WHO", "pelapor (bawaan: reporter di konfigurasi)", 0, NULL },
	[O_CHANNEL] = { "channel", 0, "HOW", "saluran laporan (bawaan: nota laporan)", 0, NULL },
	[O_IMPACT] = { "impact", 0, "TEXT", "dampak gangguan", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static int cmd_report(cli_ctx *ctx, const cli_args *a)
{
	int code;
	const char *reporter = a->val[O_REPORTER], *channel = a->val[O_CHANNEL];
	incident_new in = {
		.summary = a->val[O_SUMMARY], .cause = a->val[O_CAUSE], .impact = a->val[O_IMPACT],
		.reporter = reporter ? reporter : ctx->s.cfg->reporter,
		.channel = channel ? channel : "nota laporan",
	};
	if ((code = cli_parse_when(ctx, "report", "--start", a->val[O_START], &in.started)))
		return code;
	int64_t id;
	gg_err err;
	if ((code = store_incident_report(ctx->s.st, &in, &id, &err)))
		return cli_fail(ctx, code, "report: %s", err.msg);
	cli_saved(ctx, "laporan gangguan #%lld", (long long)id);
	fprintf(ctx->out, "%lld\n", (long long)id);
	return GG_OK;
}

const cli_command cli_cmd_report = {
	.name = "report",
	.needs = NEEDS_RW,
	.summary = "catat laporan gangguan baru; cetak nomornya",
	.opts = report_opts,
	.run = cmd_report,
};
