/* gangguan edit: corrects an incident's summary, cause, impact, reporter,
 * channel or start, with a reason; the audit keeps the old value. */
#include "cli_commands.h"
#include "cliargs.h"

int cmd_edit(cli_ctx *ctx, int argc, char **argv)
{
	const char *start = NULL, *reason = NULL;
	incident_edit e = { 0 };
	const cli_opt opts[] = {
		{ "summary", &e.summary, NULL }, { "cause", &e.cause, NULL }, { "impact", &e.impact, NULL },
		{ "reporter", &e.reporter, NULL }, { "channel", &e.channel, NULL }, { "start", &start, NULL },
		{ "reason", &reason, NULL }, { NULL, NULL, NULL }
	};
	const char *pos[1];
	int npos, code;
	char why[200];
	int64_t id;
	gg_err err;
	if (cli_args_parse(argc, argv, opts, pos, 1, &npos, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "edit: %s", why);
	if (npos != 1 || !reason || (!e.summary && !e.cause && !e.impact && !e.reporter && !e.channel && !start))
		return cli_fail(ctx, GG_EUSAGE, "edit: pemakaian: edit ID [--summary TEXT] [--cause CAUSE] [--impact TEXT] "
		                "[--reporter WHO] [--channel CHANNEL] [--start WHEN] --reason TEXT");
	if ((code = cli_parse_id(ctx, "edit", pos[0], &id)))
		return code;
	if (start && (code = cli_parse_when(ctx, "edit", "--start", start, &e.started)))
		return code;
	if ((code = store_incident_edit(ctx->s.st, id, 0, &e, reason, &err)))
		return cli_fail(ctx, code, "edit: %s", err.msg);
	return GG_OK;
}
