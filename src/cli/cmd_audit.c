/* gangguan audit: the audit trail, all of it or one incident's. */
#include "cli_commands.h"
#include "cli_output.h"
#include <stdlib.h>

#include "auditview.h"
#include "json.h"

static const char *const audit_formats[] = { "table", "json", NULL };
enum { O_FORMAT };
static const cli_option audit_opts[] = {
	[O_FORMAT] = { "format", 0, "FORMAT", "bentuk keluaran (bawaan: table)", 0, audit_formats },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static const cli_arg audit_args[] = {
	{ "ID", "hanya jejak gangguan ini", CLI_OPTIONAL | CLI_INCIDENT },
	{ NULL, NULL, 0 }
};

static int cmd_audit(cli_ctx *ctx, const cli_args *args)
{
	int code;
	char t[40];
	int64_t id = 0;
	int fmt = cli_choice(args, O_FORMAT, 0);
	if (args->npos == 1 && (code = cli_parse_id(ctx, "audit", args->pos[0], &id)))
		return code;
	audit_list l;
	gg_err err;
	if (id) {
		incident x;
		if ((code = store_incident_get(ctx->s.st, id, &x, &err)))
			return cli_report(ctx, &err);
		incident_free(&x);
	}
	if ((code = store_audit(ctx->s.st, id, &l, &err)))
		return cli_report(ctx, &err);
	if (fmt == 1) {
		strbuf sb = STRBUF_INIT;
		sb_putc(&sb, '[');
		for (size_t i = 0; i < l.n; i++) {
			const audit_entry *a = &l.v[i];
			json_sep(&sb);
			sb_putc(&sb, '{');
			json_key_int(&sb, "id", a->id);
			json_key_string(&sb, "at", out_iso_time(ctx, a->at, t, sizeof t));
			json_key_string(&sb, "user", a->user);
			json_key_string(&sb, "operator", a->operator_name);
			json_key_string(&sb, "client", a->client);
			json_key_string(&sb, "action", a->action);
			if (a->incident_id)
				json_key_int(&sb, "incident", a->incident_id);
			else
				json_key_null(&sb, "incident");
			strbuf d = STRBUF_INIT;
			audit_describe(a, ctx->s.cfg->tz, &d);
			json_key_string(&sb, "description", sb_str(&d));
			sb_free(&d);
			char *reason = audit_reason(a);
			if (reason)
				json_key_string(&sb, "reason", reason);
			else
				json_key_null(&sb, "reason");
			free(reason);
			json_key_raw(&sb, "before", *a->before ? a->before : "null");
			json_key_raw(&sb, "after", *a->after ? a->after : "null");
			sb_putc(&sb, '}');
		}
		sb_append(&sb, "]\n");
		fputs(sb_str(&sb), ctx->out);
		sb_free(&sb);
	} else {
		/* who, when, what in words; the full record is --format json */
		fprintf(ctx->out, "%-5s %-20s %-20s %-15s %-6s %s\n", "NO", "WAKTU", "PENGGUNA", "ALAMAT", "GANGG.",
		        "KETERANGAN");
		for (size_t i = 0; i < l.n; i++) {
			const audit_entry *a = &l.v[i];
			char inc[24] = "-";
			strbuf d = STRBUF_INIT;
			audit_describe(a, ctx->s.cfg->tz, &d);
			if (a->incident_id)
				snprintf(inc, sizeof inc, "%lld", (long long)a->incident_id);
			/* the chosen operator with the account, "sari (lpse)" */
			char who[160];
			if (a->operator_name[0])
				snprintf(who, sizeof who, "%s (%s)", a->operator_name, a->user);
			else
				snprintf(who, sizeof who, "%s", a->user);
			fprintf(ctx->out, "%-5lld %-20s %-20s %-15s %-6s %s\n", (long long)a->id,
			        cli_time(ctx, a->at, t, sizeof t), who, *a->client ? a->client : "lokal", inc,
			        sb_str(&d));
			sb_free(&d);
		}
	}
	audit_list_free(&l);
	return GG_OK;
}

const cli_command cli_cmd_audit = {
	.name = "audit",
	.needs = NEEDS_RO,
	.summary = "jejak audit",
	.args = audit_args,
	.opts = audit_opts,
	.run = cmd_audit,
};
