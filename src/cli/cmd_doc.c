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
	doc_row_list l;
	if ((code = store_docs(ctx->s.st, 0, id, &l, &err)))
		return cli_fail(ctx, code, "doc: %s", err.msg);
	if (!l.n) {
		doc_row_list_free(&l);
		return cli_fail(ctx, GG_ENOTFOUND, "doc: gangguan #%lld belum mempunyai berita acara (atau tidak ada)",
		                (long long)id);
	}
	/* The latest in force (the closing one once closed); a withdrawn one
	 * only when nothing else was issued.  Its text is read for it alone. */
	size_t k = l.n - 1;
	for (size_t i = l.n; i-- > 0;)
		if (!l.v[i].withdrawn) {
			k = i;
			break;
		}
	int64_t doc_id = l.v[k].id;
	doc_row_list_free(&l);
	if ((code = store_doc_by_id(ctx->s.st, doc_id, out, &err)))
		return cli_fail(ctx, code, "doc: %s", err.msg);
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

/* `doc list` prints each row as the store reads it: the revoked letter's
 * number comes with the row, so the register costs one pass whatever its
 * size, and no letter's text is read. */
typedef struct list_out {
	cli_ctx *ctx;
	csv_out csv;
	size_t rows;
} list_out;

/* "" when it revokes none; "?" when the letter it names is not in the
 * register (check reports the broken reference). */
static const char *revoked_number(const doc_row *d)
{
	return !d->revokes ? "" : d->revokes_number ? d->revokes_number : "?";
}

static void table_head(list_out *o)
{
	fprintf(o->ctx->out, "%-32s %-16s %-9s %-8s %-32s %s\n", "NOMOR", "TERBIT", "JENIS", "GANGGUAN", "MENCABUT",
	        "STATUS");
}

static int table_row(void *ctx, const doc_row *d, gg_err *err)
{
	(void)err;
	list_out *o = ctx;
	char num[160], when[40], rev[160], inc[24];
	out_cell(num, sizeof num, d->number, 32);
	out_cell(rev, sizeof rev, revoked_number(d), 32);
	cli_time(o->ctx, d->issued, when, sizeof when);
	when[16] = '\0';   /* the zone is the unit's; the column keeps date and time */
	snprintf(inc, sizeof inc, "#%lld", (long long)d->incident_id);
	fprintf(o->ctx->out, "%-32s %-16s %-9s %-8s %-32s %s\n", num, when, kind_labels[d->kind], inc, rev,
	        d->withdrawn ? "dibatalkan" : "berlaku");
	return GG_OK;
}

static void tsv_head(list_out *o)
{
	fprintf(o->ctx->out, "number\tissued\tkind\tincident\trevokes\tsha256\twithdrawn\n");
}

static int tsv_row(void *ctx, const doc_row *d, gg_err *err)
{
	(void)err;
	list_out *o = ctx;
	char when[40];
	out_tsv_field(o->ctx->out, d->number);
	fprintf(o->ctx->out, "\t%s\t%s\t%lld\t", out_iso_time(o->ctx, d->issued, when, sizeof when),
	        doc_kind_name(d->kind), (long long)d->incident_id);
	out_tsv_field(o->ctx->out, revoked_number(d));
	fprintf(o->ctx->out, "\t%s\t%s\n", d->sha256,
	        d->withdrawn ? out_iso_time(o->ctx, d->withdrawn, when, sizeof when) : "");
	return GG_OK;
}

static void json_head(list_out *o)
{
	fputc('[', o->ctx->out);
}

/* One object per row, a comma before all but the first. */
static int json_row(void *ctx, const doc_row *d, gg_err *err)
{
	list_out *o = ctx;
	char when[40];
	strbuf sb = STRBUF_INIT;
	if (o->rows++)
		sb_putc(&sb, ',');
	sb_putc(&sb, '{');
	json_key_int(&sb, "id", d->id);
	json_key_string(&sb, "number", d->number);
	json_key_int(&sb, "year", d->year);
	json_key_int(&sb, "seq", d->seq);
	json_key_string(&sb, "kind", doc_kind_name(d->kind));
	json_key_string(&sb, "issued", out_iso_time(o->ctx, d->issued, when, sizeof when));
	json_key_string(&sb, "issued_utc", out_utc_time(d->issued, when, sizeof when));
	json_key_int(&sb, "incident", d->incident_id);
	if (d->revokes)
		json_key_string(&sb, "revokes", revoked_number(d));
	else
		json_key_null(&sb, "revokes");
	json_key_string(&sb, "sha256", d->sha256);
	if (d->withdrawn) {
		json_key_string(&sb, "withdrawn", out_iso_time(o->ctx, d->withdrawn, when, sizeof when));
		json_key_string(&sb, "withdrawn_by", d->withdrawn_by);
		json_key_string(&sb, "withdrawn_reason", d->withdrawn_reason);
	} else {
		json_key_null(&sb, "withdrawn");
	}
	sb_putc(&sb, '}');
	int failed = sb_failed(&sb);
	if (!failed)
		fputs(sb_str(&sb), o->ctx->out);
	sb_free(&sb);
	return failed ? gg_fail(err, GG_ESOFTWARE, "memori habis") : GG_OK;
}

static void json_tail(list_out *o)
{
	fputs("]\n", o->ctx->out);
}

static void csv_head(list_out *o)
{
	static const char *const head[] = { "number", "issued", "issued_utc", "kind", "incident", "revokes", "sha256",
	                                    "withdrawn" };
	for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
		csv_field(&o->csv, head[i]);
	csv_end(&o->csv);
}

static int csv_row(void *ctx, const doc_row *d, gg_err *err)
{
	(void)err;
	list_out *o = ctx;
	char when[40], inc[24];
	csv_field(&o->csv, d->number);
	csv_field(&o->csv, out_iso_time(o->ctx, d->issued, when, sizeof when));
	csv_field(&o->csv, out_utc_time(d->issued, when, sizeof when));
	csv_field(&o->csv, doc_kind_name(d->kind));
	snprintf(inc, sizeof inc, "%lld", (long long)d->incident_id);
	csv_field(&o->csv, inc);
	csv_field(&o->csv, revoked_number(d));
	csv_field(&o->csv, d->sha256);
	csv_field(&o->csv, d->withdrawn ? out_iso_time(o->ctx, d->withdrawn, when, sizeof when) : "");
	csv_end(&o->csv);
	return GG_OK;
}

/* Each format: what comes before the rows, each row, what comes after. */
static const struct {
	void (*head)(list_out *o);
	doc_row_fn row;
	void (*tail)(list_out *o);
} list_formats[] = {
	[FMT_TABLE] = { table_head, table_row, NULL },
	[FMT_TSV] = { tsv_head, tsv_row, NULL },
	[FMT_JSON] = { json_head, json_row, json_tail },
	[FMT_CSV] = { csv_head, csv_row, NULL },
};

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
	list_out o = { ctx, { ctx->out, sep, 0 }, 0 };
	gg_err err;
	list_formats[fmt].head(&o);
	if ((code = store_doc_rows(ctx->s.st, year, 0, list_formats[fmt].row, &o, &err)))
		return cli_report(ctx, &err);
	if (list_formats[fmt].tail)
		list_formats[fmt].tail(&o);
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
