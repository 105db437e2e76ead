/* gangguan event: adds a line to an incident's chronology. */
#include "cli_commands.h"
#include "cliargs.h"

int cmd_event(cli_ctx *ctx, int argc, char **argv)
{
	const char *at = NULL, *text = NULL;
	int action = 0, about = 0;
	const cli_opt opts[] = {
		{ "at", &at, NULL }, { "text", &text, NULL }, { "action", NULL, &action },
		{ "about", NULL, &about }, { NULL, NULL, NULL }
	};
	const char *pos[1];
	int npos, code;
	char why[200];
	int64_t id;
	if (cli_args_parse(argc, argv, opts, pos, 1, &npos, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "event: %s", why);
	if (npos != 1 || !at || !text)
		return cli_fail(ctx, GG_EUSAGE, "event: pemakaian: event ID --at WHEN --text TEXT [--action] [--about]");
	if ((code = cli_parse_id(ctx, "event", pos[0], &id)))
		return code;
	event_new in = { .about = about, .action = action, .text = text };
	if ((code = cli_parse_when(ctx, "event", "--at", at, &in.at)))
		return code;
	gg_err err;
	int64_t eid;
	if ((code = store_event_add(ctx->s.st, id, &in, &eid, &err)))
		return cli_fail(ctx, code, "event: %s", err.msg);
	fprintf(ctx->out, "%lld\n", (long long)eid);
	return GG_OK;
}
