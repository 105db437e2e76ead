/* gangguan event: adds a line to an incident's chronology, or corrects
 * (--edit N) or deletes (--delete N) its line N as `show` numbers them. */
#include <stdlib.h>

#include "cli_commands.h"
#include "cliargs.h"

#define EVENT_USAGE "event ID --at WHEN --text TEXT [--action] [--about] | event ID --edit N [--at WHEN] " \
	"[--text TEXT] [--action|--no-action] [--about|--no-about] --reason TEXT | event ID --delete N --reason TEXT"

/* Line n (1-based, as `show` lists the chronology) of incident id. */
static int event_by_line(cli_ctx *ctx, int64_t id, const char *n, int64_t *event_id)
{
	event_list ev;
	gg_err err;
	char *end;
	long k = strtol(n, &end, 10);
	if (!*n || *end || k < 1)
		return cli_fail(ctx, GG_EUSAGE, "event: '%s' bukan nomor baris kronologi (1, 2, ... seperti di show)", n);
	int code = store_events(ctx->s.st, id, &ev, &err);
	if (code)
		return cli_fail(ctx, code, "event: %s", err.msg);
	if ((size_t)k > ev.n)
		code = cli_fail(ctx, GG_ENOTFOUND, "event: gangguan #%lld hanya mempunyai %zu baris kronologi, bukan %ld",
		                (long long)id, ev.n, k);
	else
		*event_id = ev.v[k - 1].id;
	event_list_free(&ev);
	return code;
}

/* --flag and --no-flag: -1 when neither was given. */
static int tri(cli_ctx *ctx, int yes, int no, const char *name, int *out)
{
	if (yes && no)
		return cli_fail(ctx, GG_EUSAGE, "event: --%s dan --no-%s tidak dapat bersama", name, name);
	*out = yes ? 1 : no ? 0 : -1;
	return GG_OK;
}

int cmd_event(cli_ctx *ctx, int argc, char **argv)
{
	const char *at = NULL, *text = NULL, *edit = NULL, *del = NULL, *reason = NULL;
	int action = 0, about = 0, no_action = 0, no_about = 0;
	const cli_opt opts[] = {
		{ "at", &at, NULL }, { "text", &text, NULL }, { "action", NULL, &action },
		{ "about", NULL, &about }, { "no-action", NULL, &no_action }, { "no-about", NULL, &no_about },
		{ "edit", &edit, NULL }, { "delete", &del, NULL }, { "reason", &reason, NULL }, { NULL, NULL, NULL }
	};
	const char *pos[1];
	int npos, code;
	char why[200];
	int64_t id, eid;
	gg_err err;
	if (cli_args_parse(argc, argv, opts, pos, 1, &npos, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "event: %s", why);
	if (npos != 1 || (edit && del) || (!edit && !del && (!at || !text || reason || no_action || no_about)) ||
	    ((edit || del) && !reason) || (del && (at || text || action || about || no_action || no_about)))
		return cli_fail(ctx, GG_EUSAGE, "event: pemakaian: " EVENT_USAGE);
	if ((code = cli_parse_id(ctx, "event", pos[0], &id)))
		return code;
	if (del) {
		if ((code = event_by_line(ctx, id, del, &eid)))
			return code;
		if ((code = store_event_delete(ctx->s.st, id, eid, reason, &err)))
			return cli_fail(ctx, code, "event: %s", err.msg);
		return GG_OK;
	}
	if (edit) {
		event_edit e = { .text = text, .at = 0 };
		if ((code = tri(ctx, action, no_action, "action", &e.action)) ||
		    (code = tri(ctx, about, no_about, "about", &e.about)))
			return code;
		if (at && (code = cli_parse_when(ctx, "event", "--at", at, &e.at)))
			return code;
		if ((code = event_by_line(ctx, id, edit, &eid)))
			return code;
		if ((code = store_event_edit(ctx->s.st, id, eid, &e, reason, &err)))
			return cli_fail(ctx, code, "event: %s", err.msg);
		return GG_OK;
	}
	event_new in = { .about = about, .action = action, .text = text };
	if ((code = cli_parse_when(ctx, "event", "--at", at, &in.at)))
		return code;
	if ((code = store_event_add(ctx->s.st, id, &in, &eid, &err)))
		return cli_fail(ctx, code, "event: %s", err.msg);
	fprintf(ctx->out, "%lld\n", (long long)eid);
	return GG_OK;
}
