/* gangguan doc: prints an issued document as frozen at issue (plain text
 * for A4 or markdown), and `doc list`, the register of issued documents
 * that an auditor asks for. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cli_commands.h"
#include "cli_output.h"
#include "letters.h"
#include "docview.h"
#include "json.h"

/* Short names for the register's kind column. */
static const char *const kind_labels[DOC__COUNT] = {
	[DOC_OPENING] = "Pembukaan",
	[DOC_CLOSING] = "Penutupan",
	[DOC_SINGLE] = "Tunggal",
};

static int all_digits(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return 0;
	return 1;
}

/* The document an argument names: a number as printed (blanks and case
 * ignored), or an incident id with --kind (default: its latest). */
static int find_document(cli_ctx *ctx, const char *arg, const char *kind_name, document *out)
{
	gg_err err;
	doc_kind kind = DOC_OPENING;
	int code;
	if (kind_name && doc_kind_from_name(kind_name, &kind) < 0)
		return cli_fail(ctx, GG_EUSAGE, "doc: --kind %s tidak dikenal; pilih opening|closing|single",
		                kind_name);
	if (!all_digits(arg)) {
		if ((code = store_doc_by_number(ctx->s.st, arg, out, &err)))
			return cli_fail(ctx, code, "doc: %s", err.msg);
		if (kind_name && out->kind != kind) {
			cli_fail(ctx, GG_EDATA, "doc: %s adalah %s, bukan --kind %s", out->number,
			         doc_kind_title(out->kind), kind_name);
			document_free(out);
			return GG_EDATA;
		}
		return GG_OK;
	}
	int64_t id;
	if ((code = cli_parse_id(ctx, "doc", arg, &id)))
		return code;
	if (kind_name) {
		if ((code = store_doc_by_incident(ctx->s.st, id, kind, out, &err)))
			return cli_fail(ctx, code, "doc: %s", err.msg);
		return GG_OK;
	}
	document_list l;
	if ((code = store_docs(ctx->s.st, 0, id, &l, &err)))
		return cli_fail(ctx, code, "doc: %s", err.msg);
	if (!l.n) {
		document_list_free(&l);
		return cli_fail(ctx, GG_ENOTFOUND, "doc: gangguan #%lld belum mempunyai berita acara (atau tidak ada)",
		                (long long)id);
	}
	/* The latest in force (the closing one once closed); a withdrawn one
	 * only when nothing else was issued. */
	size_t k = l.n - 1;
	for (size_t i = l.n; i-- > 0;)
		if (!l.v[i].withdrawn) {
			k = i;
			break;
		}
	*out = l.v[k];
	l.v[k] = l.v[l.n - 1];
	l.n--;
	document_list_free(&l);
	return GG_OK;
}

static const char *const doc_formats[] = { "text", "markdown", "pdf", NULL };
enum { O_KIND, O_FORMAT, O_OUTPUT };
static const cli_option doc_opts[] = {
	[O_KIND] = { "kind", 0, "KIND", "dengan ID: berita acara jenis opening, closing atau single (bawaan: "
	             "yang terakhir berlaku)", 0, NULL },
	[O_FORMAT] = { "format", 0, "FORMAT", "bentuk keluaran (bawaan: text); pdf perlu -o", 0, doc_formats },
	[O_OUTPUT] = { "output", 'o', "FILE", "berkas PDF yang ditulis", CLI_FILE, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static const cli_arg doc_args[] = {
	{ "NUMBER|ID", "nomor berita acara seperti tercetak, atau nomor gangguan", CLI_INCIDENT },
	{ NULL, NULL, 0 }
};

static int doc_print(cli_ctx *ctx, const cli_args *a)
{
	const char *kind = a->val[O_KIND], *output = a->val[O_OUTPUT];
	int code;
	int fmt = cli_choice(a, O_FORMAT, 0);
	if (fmt == 2 && !output)
		return cli_fail(ctx, GG_EUSAGE, "doc: --format pdf perlu -o BERKAS.pdf");
	document d;
	if ((code = find_document(ctx, a->pos[0], kind, &d)))
		return code;
	if (d.withdrawn) {
		char t[40];
		fprintf(ctx->err, "gangguan: doc: %s DIBATALKAN %s oleh %s: %s\n", d.number,
		        cli_time(ctx, d.withdrawn, t, sizeof t), d.withdrawn_by, d.withdrawn_reason);
	}
	/* A stored copy that no longer matches its fingerprint is printed (it
	 * is the evidence) with the warning and exit 65; never made a PDF to sign. */
	gg_err why;
	int forged = store_doc_authentic(ctx->s.st, &d, &why);
	if (forged)
		fprintf(ctx->err, "gangguan: doc: PERINGATAN: %s; jangan dipakai, jalankan 'gangguan check'\n", why.msg);
	if (forged && fmt == 2) {
		document_free(&d);
		return cli_fail(ctx, GG_EDATA, "doc: PDF tidak dibuat dari berita acara yang tidak cocok dengan sidiknya");
	}
	if (fmt == 2) {
		gg_err err;
		code = letters_write_pdf(&ctx->s, &d, output, &err);
		document_free(&d);
		return code ? cli_fail(ctx, code, "doc: %s", err.msg) : GG_OK;
	}
	strbuf sb = STRBUF_INIT;
	int r = fmt == 0 ? docview_text(d.text, DOCVIEW_WIDTH, &sb) : docview_markdown(d.text, &sb);
	document_free(&d);
	if (r < 0) {
		sb_free(&sb);
		return cli_fail(ctx, GG_ESOFTWARE, "doc: memori habis");
	}
	fputs(sb_str(&sb), ctx->out);
	sb_free(&sb);
	return forged ? GG_EDATA : GG_OK;
}

/* The number of the document a register row revokes ("" if none); one
 * outside the list (an opening report of the year before) is looked up. */
static const char *revoked_number(cli_ctx *ctx, const document_list *l, const document *d, char *buf,
                                  size_t n)
{
	document r;
	gg_err err;
	if (!d->revokes)
		return "";
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].id == d->revokes)
			return l->v[i].number;
	if (store_doc_by_id(ctx->s.st, d->revokes, &r, &err))
		return "?";
	snprintf(buf, n, "%s", r.number);
	document_free(&r);
	return buf;
}

static void list_table(cli_ctx *ctx, const document_list *l)
{
	char num[160], when[40], rev[160], rbuf[256];
	fprintf(ctx->out, "%-32s %-16s %-9s %-8s %-32s %s\n", "NOMOR", "TERBIT", "JENIS", "GANGGUAN", "MENCABUT",
	        "STATUS");
	for (size_t i = 0; i < l->n; i++) {
		const document *d = &l->v[i];
		char inc[24];
		out_cell(num, sizeof num, d->number, 32);
		out_cell(rev, sizeof rev, revoked_number(ctx, l, d, rbuf, sizeof rbuf), 32);
		cli_time(ctx, d->issued, when, sizeof when);
		when[16] = '\0';   /* the zone is the unit's; the column keeps date and time */
		snprintf(inc, sizeof inc, "#%lld", (long long)d->incident_id);
		fprintf(ctx->out, "%-32s %-16s %-9s %-8s %-32s %s\n", num, when, kind_labels[d->kind], inc, rev,
		        d->withdrawn ? "dibatalkan" : "berlaku");
	}
}

static void list_tsv(cli_ctx *ctx, const document_list *l)
{
	char when[40], rbuf[256];
	fprintf(ctx->out, "number\tissued\tkind\tincident\trevokes\tsha256\twithdrawn\n");
	for (size_t i = 0; i < l->n; i++) {
		const document *d = &l->v[i];
		out_tsv_field(ctx->out, d->number);
		fprintf(ctx->out, "\t%s\t%s\t%lld\t", out_iso_time(ctx, d->issued, when, sizeof when),
		        doc_kind_name(d->kind), (long long)d->incident_id);
		out_tsv_field(ctx->out, revoked_number(ctx, l, d, rbuf, sizeof rbuf));
		fprintf(ctx->out, "\t%s\t%s\n", d->sha256, d->withdrawn ? out_iso_time(ctx, d->withdrawn, when, sizeof when) : "");
	}
}

static void list_json(cli_ctx *ctx, const document_list *l)
{
	char when[40], rbuf[256];
	strbuf sb = STRBUF_INIT;
	sb_putc(&sb, '[');
	for (size_t i = 0; i < l->n; i++) {
		const document *d = &l->v[i];
		json_sep(&sb);
		sb_putc(&sb, '{');
		json_key_int(&sb, "id", d->id);
		json_key_string(&sb, "number", d->number);
		json_key_int(&sb, "year", d->year);
		json_key_int(&sb, "seq", d->seq);
		json_key_string(&sb, "kind", doc_kind_name(d->kind));
		json_key_string(&sb, "issued", out_iso_time(ctx, d->issued, when, sizeof when));
		json_key_string(&sb, "issued_utc", out_utc_time(d->issued, when, sizeof when));
		json_key_int(&sb, "incident", d->incident_id);
		if (d->revokes)
			json_key_string(&sb, "revokes", revoked_number(ctx, l, d, rbuf, sizeof rbuf));
		else
			json_key_null(&sb, "revokes");
		json_key_string(&sb, "sha256", d->sha256);
		if (d->withdrawn) {
			json_key_string(&sb, "withdrawn", out_iso_time(ctx, d->withdrawn, when, sizeof when));
			json_key_string(&sb, "withdrawn_by", d->withdrawn_by);
			json_key_string(&sb, "withdrawn_reason", d->withdrawn_reason);
		} else {
			json_key_null(&sb, "withdrawn");
		}
		sb_putc(&sb, '}');
	}
	sb_append(&sb, "]\n");
	fputs(sb_str(&sb), ctx->out);
	sb_free(&sb);
}

static void list_csv(cli_ctx *ctx, const document_list *l, char sep)
{
	static const char *const head[] = { "number", "issued", "issued_utc", "kind", "incident", "revokes", "sha256",
	                                    "withdrawn" };
	csv_out c = { ctx->out, sep, 0 };
	char when[40], rbuf[256], inc[24];
	for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
		csv_field(&c, head[i]);
	csv_end(&c);
	for (size_t i = 0; i < l->n; i++) {
		const document *d = &l->v[i];
		csv_field(&c, d->number);
		csv_field(&c, out_iso_time(ctx, d->issued, when, sizeof when));
		csv_field(&c, out_utc_time(d->issued, when, sizeof when));
		csv_field(&c, doc_kind_name(d->kind));
		snprintf(inc, sizeof inc, "%lld", (long long)d->incident_id);
		csv_field(&c, inc);
		csv_field(&c, revoked_number(ctx, l, d, rbuf, sizeof rbuf));
		csv_field(&c, d->sha256);
		csv_field(&c, d->withdrawn ? out_iso_time(ctx, d->withdrawn, when, sizeof when) : "");
		csv_end(&c);
	}
}

enum { L_YEAR, L_FORMAT, L_SEP };
static const cli_option doc_list_opts[] = {
	[L_YEAR] = { "year", 0, "Y", "hanya yang terbit pada tahun Y", 0, NULL },
	[L_FORMAT] = { "format", 0, "FORMAT", "bentuk keluaran (bawaan: table)", 0, list_format_names },
	[L_SEP] = { "sep", 0, "SEP", "pemisah CSV: , (bawaan) atau ;", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static int doc_list(cli_ctx *ctx, const cli_args *a)
{
	const char *year_s = a->val[L_YEAR];
	int code, year = 0;
	char sep;
	int fmt = cli_choice(a, L_FORMAT, FMT_TABLE);
	if (cli_parse_sep(ctx, "doc list", a->val[L_SEP], &sep))
		return GG_EUSAGE;
	if (year_s) {
		char *end;
		long y = strtol(year_s, &end, 10);
		if (!*year_s || *end || y < 1970 || y > 9999)
			return cli_fail(ctx, GG_EUSAGE, "doc list: --year %s bukan tahun", year_s);
		year = (int)y;
	}
	document_list l;
	gg_err err;
	if ((code = store_docs(ctx->s.st, year, 0, &l, &err)))
		return cli_report(ctx, &err);
	if (fmt == FMT_JSON)
		list_json(ctx, &l);
	else if (fmt == FMT_CSV)
		list_csv(ctx, &l, sep);
	else if (fmt == FMT_TSV)
		list_tsv(ctx, &l);
	else
		list_table(ctx, &l);
	document_list_free(&l);
	return GG_OK;
}

static const cli_command doc_list_cmd = {
	.name = "list",
	.needs = NEEDS_RO,
	.summary = "buku register berita acara, urut nomor",
	.opts = doc_list_opts,
	.run = doc_list,
};

static const cli_command *const doc_subs[] = { &doc_list_cmd, NULL };

const cli_command cli_cmd_doc = {
	.name = "doc",
	.needs = NEEDS_RO,
	.summary = "cetak berita acara seperti saat terbit; doc list: buku register",
	.args = doc_args,
	.opts = doc_opts,
	.subs = doc_subs,
	.run = doc_print,
};
