/* gangguan report: records a new report; prints the incident's id. */
#include "cli_commands.h"
#include "cliargs.h"

int cmd_report(cli_ctx *ctx, int argc, char **argv)
{
	const char *start = NULL, *cause = NULL, *summary = NULL, *reporter = NULL, *channel = NULL,
	           *impact = NULL;
	const cli_opt opts[] = {
		{ "start", &start, NULL }, { "cause", &cause, NULL }, { "summary", &summary, NULL },
		{ "reporter", &reporter, NULL }, { "channel", &channel, NULL }, { "impact", &impact, NULL },
		{ NULL, NULL, NULL }
	};
	const char *pos[1];
	int npos, code;
	char why[200];
	if (cli_args_parse(argc, argv, opts, pos, 0, &npos, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "report: %s", why);
	if (!start || !cause || !summary)
		return cli_fail(ctx, GG_EUSAGE, "report: --start, --cause dan --summary wajib diisi");
	incident_new in = {
		.summary = summary, .cause = cause, .impact = impact,
		.reporter = reporter ? reporter : ctx->s.cfg->reporter,
		.channel = channel ? channel : "nota laporan",
	};
	if ((code = cli_parse_when(ctx, "report", "--start", start, &in.started)))
		return code;
	int64_t id;
	gg_err err;
	if ((code = store_incident_report(ctx->s.st, &in, &id, &err)))
		return cli_fail(ctx, code, "report: %s", err.msg);
	fprintf(ctx->out, "%lld\n", (long long)id);
	return GG_OK;
}
