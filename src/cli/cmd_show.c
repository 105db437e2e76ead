/* gangguan show: one incident with its chronology and documents. */
#include "cause.h"
#include "cli_commands.h"
#include "cli_output.h"
#include "json.h"

/* Text of several lines: the lines after the first indented under it. */
static void print_lines(FILE *o, const char *text, const char *indent)
{
	for (const char *p = text; *p; p++) {
		fputc(*p, o);
		if (*p == '\n')
			fputs(indent, o);
	}
	fputc('\n', o);
}

static void show_text(cli_ctx *ctx, const incident *x, const event_list *ev, const doc_row_list *docs)
{
	char t[40], d[80];
	const cause_info *c = cause_find(x->cause);
	FILE *o = ctx->out;
	fprintf(o, "Gangguan #%lld  [%s]\n", (long long)x->id, state_label(x->state));
	fprintf(o, "Ringkasan : %s\n", x->summary);
	fprintf(o, "Penyebab  : %s\n", c ? c->label : x->cause);
	if (*x->impact) {
		fputs("Dampak    : ", o);
		print_lines(o, x->impact, "            ");
	}
	fprintf(o, "Pelapor   : %s (%s)\n", *x->reporter ? x->reporter : "-", *x->channel ? x->channel : "-");
	fprintf(o, "Mulai     : %s\n", cli_time(ctx, x->t.started, t, sizeof t));
	fprintf(o, "Dibuka    : %s\n", cli_time(ctx, x->t.opened, t, sizeof t));
	fprintf(o, "Pulih     : %s\n", cli_time(ctx, x->t.restored, t, sizeof t));
	fprintf(o, "Ditutup   : %s\n", cli_time(ctx, x->t.closed, t, sizeof t));
	fprintf(o, "Durasi    : %s\n", out_duration(x, d, sizeof d));
	if (x->void_reason)
		fprintf(o, "Alasan batal: %s\n", x->void_reason);
	fprintf(o, "\nKronologi:\n");
	if (!ev->n)
		fprintf(o, "  (belum ada)\n");
	/* numbered: `event ID --edit N` and `--delete N` name a line so */
	for (size_t i = 0; i < ev->n; i++) {
		fprintf(o, "  %2zu.%s%s %s", i + 1, ev->v[i].about ? "~" : " ", cli_time(ctx, ev->v[i].at, t, sizeof t),
		        ev->v[i].action ? "[tindakan] " : "");
		print_lines(o, ev->v[i].text, "       ");
	}
	fprintf(o, "\nDokumen:\n");
	if (!docs->n)
		fprintf(o, "  (belum ada)\n");
	for (size_t i = 0; i < docs->n; i++) {
		fprintf(o, "  %s  %s  %s", docs->v[i].number, doc_kind_title(docs->v[i].kind),
		        cli_time(ctx, docs->v[i].issued, t, sizeof t));
		if (docs->v[i].withdrawn)
			fprintf(o, "  DIBATALKAN %s: %s", cli_time(ctx, docs->v[i].withdrawn, t, sizeof t),
			        docs->v[i].withdrawn_reason);
		fputc('\n', o);
	}
}

static void show_json(cli_ctx *ctx, const incident *x, const event_list *ev, const doc_row_list *docs)
{
	char t[40];
	strbuf sb = STRBUF_INIT;
	out_incident_json(ctx, &sb, x);
	sb.len--;   /* reopen the object to add the lists */
	json_key(&sb, "events");
	sb_putc(&sb, '[');
	for (size_t i = 0; i < ev->n; i++) {
		json_sep(&sb);
		out_event_json(ctx, &sb, &ev->v[i]);
	}
	sb_putc(&sb, ']');
	json_key(&sb, "documents");
	sb_putc(&sb, '[');
	for (size_t i = 0; i < docs->n; i++) {
		json_sep(&sb);
		sb_putc(&sb, '{');
		json_key_string(&sb, "number", docs->v[i].number);
		json_key_string(&sb, "kind", doc_kind_name(docs->v[i].kind));
		json_key_string(&sb, "issued", out_iso_time(ctx, docs->v[i].issued, t, sizeof t));
		json_key_string(&sb, "sha256", docs->v[i].sha256);
		if (docs->v[i].withdrawn) {
			json_key_string(&sb, "withdrawn", out_iso_time(ctx, docs->v[i].withdrawn, t, sizeof t));
			json_key_string(&sb, "withdrawn_by", docs->v[i].withdrawn_by);
			json_key_string(&sb, "withdrawn_reason", docs->v[i].withdrawn_reason);
		} else {
			json_key_null(&sb, "withdrawn");
		}
		sb_putc(&sb, '}');
	}
	sb_append(&sb, "]}\n");
	fputs(sb_str(&sb), ctx->out);
	sb_free(&sb);
}

static const cli_arg show_args[] = {
	{ "ID", "nomor gangguan", CLI_INCIDENT },
	{ NULL, NULL, 0 }
};

static int cmd_show(cli_ctx *ctx, const cli_args *a)
{
	int64_t id;
	int json = cli_choice(a, VIEW_FORMAT, 0) == 1, code = cli_parse_id(ctx, "show", a->pos[0], &id);
	if (code)
		return code;
	incident x;
	event_list ev;
	doc_row_list docs;
	gg_err err;
	if ((code = store_incident_get(ctx->s.st, id, &x, &err)))
		return cli_report(ctx, &err);
	if ((code = store_events(ctx->s.st, id, &ev, &err))) {
		incident_free(&x);
		return cli_report(ctx, &err);
	}
	if ((code = store_docs(ctx->s.st, 0, id, &docs, &err))) {
		event_list_free(&ev);
		incident_free(&x);
		return cli_report(ctx, &err);
	}
	if (json)
		show_json(ctx, &x, &ev, &docs);
	else
		show_text(ctx, &x, &ev, &docs);
	doc_row_list_free(&docs);
	event_list_free(&ev);
	incident_free(&x);
	return GG_OK;
}

const cli_command cli_cmd_show = {
	.name = "show",
	.needs = NEEDS_RO,
	.summary = "rincian satu gangguan",
	.args = show_args,
	.opts = cli_view_opts,
	.run = cmd_show,
};
