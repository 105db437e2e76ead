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

typedef struct audit_out {
	cli_ctx *ctx;
	int json;
	size_t rows;
} audit_out;

static void print_json_row(cli_ctx *ctx, const audit_entry *a, int first)
{
	char t[40];
	strbuf sb = STRBUF_INIT;
	sb_append(&sb, first ? "[{" : ",{");
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
	fputs(sb_str(&sb), ctx->out);
	sb_free(&sb);
}

/* who, when, what in words; the full record is --format json */
static void print_table_row(cli_ctx *ctx, const audit_entry *a)
{
	char t[40], inc[24] = "-", who[160];
	strbuf d = STRBUF_INIT;
	audit_describe(a, ctx->s.cfg->tz, &d);
	if (a->incident_id)
		snprintf(inc, sizeof inc, "%lld", (long long)a->incident_id);
	/* the chosen operator with the account, "sari (lpse)" */
	if (a->operator_name[0])
		snprintf(who, sizeof who, "%s (%s)", a->operator_name, a->user);
	else
		snprintf(who, sizeof who, "%s", a->user);
	fprintf(ctx->out, "%-5lld %-20s %-20s %-15s %-6s %s\n", (long long)a->id, cli_time(ctx, a->at, t, sizeof t),
	        who, *a->client ? a->client : "lokal", inc, sb_str(&d));
	sb_free(&d);
}

static void print_head(cli_ctx *ctx)
{
	fprintf(ctx->out, "%-5s %-20s %-20s %-15s %-6s %s\n", "NO", "WAKTU", "PENGGUNA", "ALAMAT", "GANGG.",
	        "KETERANGAN");
}

/* Rows are printed as they are read: the trail of a large register is
 * never held whole.  The table's head goes out with the first row, so a
 * refusal before any row prints nothing. */
static int print_row(void *ctx, const audit_entry *a)
{
	audit_out *o = ctx;
	if (o->json) {
		print_json_row(o->ctx, a, o->rows == 0);
	} else {
		if (o->rows == 0)
			print_head(o->ctx);
		print_table_row(o->ctx, a);
	}
	o->rows++;
	return 0;
}

static int cmd_audit(cli_ctx *ctx, const cli_args *args)
{
	int code;
	int64_t id = 0;
	audit_out o = { ctx, cli_choice(args, O_FORMAT, 0) == 1, 0 };
	if (args->npos == 1 && (code = cli_parse_id(ctx, "audit", args->pos[0], &id)))
		return code;
	gg_err err;
	if (id) {
		incident x;
		if ((code = store_incident_get(ctx->s.st, id, &x, &err)))
			return cli_report(ctx, &err);
		incident_free(&x);
	}
	code = store_audit_each(ctx->s.st, id, print_row, &o, &err);
	if (o.json)
		fputs(o.rows ? "]\n" : "[]\n", ctx->out);
	else if (!o.rows && !code)
		print_head(ctx);
	return code ? cli_report(ctx, &err) : GG_OK;
}

const cli_command cli_cmd_audit = {
	.name = "audit",
	.needs = NEEDS_RO,
	.summary = "jejak audit",
	.args = audit_args,
	.opts = audit_opts,
	.run = cmd_audit,
};
