/* gangguan event: adds a line to an incident's chronology, or corrects
 * (--edit N) or deletes (--delete N) its line N as `show` numbers them. */
#include <stdlib.h>

#include "cli_commands.h"

enum { O_AT, O_TEXT, O_ACTION, O_ABOUT, O_NO_ACTION, O_NO_ABOUT, O_EDIT, O_DELETE, O_REASON };
static const cli_option event_opts[] = {
	[O_AT] = { "at", 0, "WHEN", "waktu baris kronologi", 0, NULL },
	[O_TEXT] = { "text", 0, "TEXT", "isi baris kronologi", 0, NULL },
	[O_ACTION] = { "action", 0, NULL, "baris ini tindakan perbaikan", 0, NULL },
	[O_ABOUT] = { "about", 0, NULL, "waktunya perkiraan (sekitar pukul)", 0, NULL },
	[O_NO_ACTION] = { "no-action", 0, NULL, "dengan --edit: baris ini bukan tindakan", 0, NULL },
	[O_NO_ABOUT] = { "no-about", 0, NULL, "dengan --edit: waktunya tepat", 0, NULL },
	[O_EDIT] = { "edit", 0, "N", "koreksi baris N kronologi (nomor seperti di show)", 0, NULL },
	[O_DELETE] = { "delete", 0, "N", "hapus baris N kronologi", 0, NULL },
	[O_REASON] = { "reason", 0, "TEXT", "dengan --edit atau --delete: alasannya, tercatat di audit", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static const cli_arg event_args[] = {
	{ "ID", "nomor gangguan", CLI_INCIDENT },
	{ NULL, NULL, 0 }
};

/* Three forms: add, correct line N, delete line N. */
static const char *const event_forms[] = {
	"ID --at WHEN --text TEXT [--action] [--about]",
	"ID --edit N [--at WHEN] [--text TEXT] [--action|--no-action] [--about|--no-about] --reason TEXT",
	"ID --delete N --reason TEXT",
	NULL
};

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

static int cmd_event(cli_ctx *ctx, const cli_args *a)
{
	const char *at = a->val[O_AT], *text = a->val[O_TEXT], *edit = a->val[O_EDIT], *del = a->val[O_DELETE],
	           *reason = a->val[O_REASON];
	int action = cli_given(a, O_ACTION), about = cli_given(a, O_ABOUT), no_action = cli_given(a, O_NO_ACTION),
	    no_about = cli_given(a, O_NO_ABOUT);
	int code;
	int64_t id, eid;
	gg_err err;
	if ((edit && del) || (!edit && !del && (!at || !text || reason || no_action || no_about)) ||
	    ((edit || del) && !reason) || (del && (at || text || action || about || no_action || no_about)))
		return cli_usage_error(ctx, a->name, a->cmd);
	if ((code = cli_parse_id(ctx, "event", a->pos[0], &id)))
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
	cli_saved(ctx, "kronologi #%lld gangguan #%lld", (long long)eid, (long long)id);
	fprintf(ctx->out, "%lld\n", (long long)eid);
	return GG_OK;
}

const cli_command cli_cmd_event = {
	.name = "event",
	.needs = NEEDS_RW,
	.summary = "tambah kronologi; --edit/--delete N: koreksi baris N",
	.args = event_args,
	.opts = event_opts,
	.forms = event_forms,
	.run = cmd_event,
};
