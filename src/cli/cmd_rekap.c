/* gangguan rekap: the figures a head of LPSE hands in, per month or per
 * cause of a year (or one month): incidents, time down, availability,
 * the longest outage, mean time to restore, letters, tenders, decisions. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli_commands.h"
#include "cli_output.h"
#include "json.h"
#include "recapload.h"

/* "12 j 30 m" for a table cell; "-" for none. */
static const char *hm(int64_t s, char *buf, size_t n)
{
	if (s < 0)
		snprintf(buf, n, "-");
	else
		snprintf(buf, n, "%lld j %02lld m", (long long)(s / 3600), (long long)(s / 60 % 60));
	return buf;
}

static void row_table(cli_ctx *ctx, const recap_row *r)
{
	char a[32], b[32], c[32], cell[64];
	out_cell(cell, sizeof cell, r->label, 22);
	fprintf(ctx->out, "%-22s %5zu%s %12s %8.2f%% %12s %12s %4zu %6zu %4zu %4zu %4zu %4zu\n", cell, r->incidents,
	        r->open ? "*" : " ", hm(r->down_s, a, sizeof a), r->availability * 100.0, hm(r->longest_s, b, sizeof b),
	        hm(r->mttr_s, c, sizeof c), r->docs, r->hits, r->decisions[REMEDY_CANCEL], r->decisions[REMEDY_RESCHEDULE],
	        r->decisions[REMEDY_ALTERNATIVE], r->decisions[REMEDY_LKPP]);
}

static void row_json(strbuf *sb, const recap_row *r, const cli_ctx *ctx)
{
	char t[40];
	sb_putc(sb, '{');
	json_key_string(sb, "period", r->label);
	json_key_string(sb, "from", out_iso_time(ctx, r->from, t, sizeof t));
	json_key_string(sb, "from_utc", out_utc_time(r->from, t, sizeof t));
	json_key_string(sb, "until", out_iso_time(ctx, r->until, t, sizeof t));
	json_key_int(sb, "incidents", (int64_t)r->incidents);
	json_key_int(sb, "open", (int64_t)r->open);
	json_key_int(sb, "down_s", r->down_s);
	char av[32];
	snprintf(av, sizeof av, "%.2f", r->availability * 100.0);
	json_key_raw(sb, "availability_percent", av);
	json_key_int(sb, "longest_s", r->longest_s);
	if (r->longest_id)
		json_key_int(sb, "longest_incident", r->longest_id);
	else
		json_key_null(sb, "longest_incident");
	if (r->mttr_s >= 0)
		json_key_int(sb, "mttr_s", r->mttr_s);
	else
		json_key_null(sb, "mttr_s");
	json_key_int(sb, "documents", (int64_t)r->docs);
	json_key_int(sb, "tenders_hit", (int64_t)r->hits);
	json_key(sb, "decisions");
	sb_putc(sb, '{');
	for (int m = 0; m < REMEDY__COUNT; m++)
		json_key_int(sb, remedy_table[m].name, (int64_t)r->decisions[m]);
	sb_append(sb, "}}");
}

static void row_csv(csv_out *c, const recap_row *r, const cli_ctx *ctx)
{
	char buf[64];
	csv_field(c, r->label);
	csv_field(c, out_iso_time(ctx, r->from, buf, sizeof buf));
#define NUM(fmt, v) (snprintf(buf, sizeof buf, fmt, v), csv_field(c, buf))
	NUM("%zu", r->incidents);
	NUM("%zu", r->open);
	NUM("%lld", (long long)r->down_s);
	NUM("%.2f", r->availability * 100.0);
	NUM("%lld", (long long)r->longest_s);
	if (r->mttr_s >= 0)
		NUM("%lld", (long long)r->mttr_s);
	else
		csv_field(c, "");
	NUM("%zu", r->docs);
	NUM("%zu", r->hits);
	for (int m = 0; m < REMEDY__COUNT; m++)
		NUM("%zu", r->decisions[m]);
#undef NUM
	csv_end(c);
}

static const char *const rekap_formats[] = { "table", "csv", "json", "pdf", NULL };
static const char *const bys[] = { "month", "cause", NULL };
enum { O_YEAR, O_MONTH, O_BY, O_FORMAT, O_SEP, O_OUTPUT };
static const cli_option rekap_opts[] = {
	[O_YEAR] = { "year", 0, "Y", "tahun rekap (bawaan: tahun ini)", 0, NULL },
	[O_MONTH] = { "month", 0, "M", "hanya bulan M (1-12) tahun itu", 0, NULL },
	[O_BY] = { "by", 0, "BY", "satu baris per bulan (bawaan) atau per penyebab", 0, bys },
	[O_FORMAT] = { "format", 0, "FORMAT", "bentuk keluaran (bawaan: table); pdf perlu -o", 0, rekap_formats },
	[O_SEP] = { "sep", 0, "SEP", "pemisah CSV: , (bawaan) atau ;", 0, NULL },
	[O_OUTPUT] = { "output", 'o', "FILE", "berkas PDF yang ditulis", CLI_FILE, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static int cmd_rekap(cli_ctx *ctx, const cli_args *a)
{
	const char *year_s = a->val[O_YEAR], *month_s = a->val[O_MONTH], *output = a->val[O_OUTPUT];
	int year, month = 0;
	char sep;
	int fmt = cli_choice(a, O_FORMAT, 0), by = cli_choice(a, O_BY, RECAP_BY_MONTH);
	if (cli_parse_sep(ctx, "rekap", a->val[O_SEP], &sep))
		return GG_EUSAGE;
	civil now;
	civil_from_utc(store_now(ctx->s.st), ctx->s.cfg->tz, &now);
	year = now.year;
	if (year_s) {
		char *end;
		long y = strtol(year_s, &end, 10);
		if (!*year_s || *end || y < 1970 || y > 9999)
			return cli_fail(ctx, GG_EUSAGE, "rekap: --year %s bukan tahun", year_s);
		year = (int)y;
	}
	if (month_s) {
		char *end;
		long m = strtol(month_s, &end, 10);
		if (!*month_s || *end || m < 1 || m > 12)
			return cli_fail(ctx, GG_EUSAGE, "rekap: --month %s bukan bulan (1 sampai 12)", month_s);
		month = (int)m;
	}
	gg_err err;
	if (fmt == 3) {   /* both groupings, with their charts */
		if (!output)
			return cli_fail(ctx, GG_EUSAGE, "rekap: --format pdf perlu -o BERKAS.pdf");
		int pc = recap_write_pdf(&ctx->s, year, month, output, &err);
		return pc ? cli_fail(ctx, pc, "rekap: %s", err.msg) : GG_OK;
	}
	recap r;
	int code = recap_load(&ctx->s, year, month, (recap_by)by, &r, &err);
	if (code)
		return cli_fail(ctx, code, "rekap: %s", err.msg);
	if (fmt == 2) {
		strbuf sb = STRBUF_INIT;
		sb_putc(&sb, '{');
		json_key_string(&sb, "by", bys[by]);
		json_key(&sb, "rows");
		sb_putc(&sb, '[');
		for (size_t i = 0; i < r.n; i++) {
			json_sep(&sb);
			row_json(&sb, &r.rows[i], ctx);
		}
		sb_putc(&sb, ']');
		json_key(&sb, "total");
		row_json(&sb, &r.total, ctx);
		sb_append(&sb, "}\n");
		fputs(sb_str(&sb), ctx->out);
		sb_free(&sb);
	} else if (fmt == 1) {
		static const char *const head[] = { "period", "from", "incidents", "open", "down_s", "availability_percent",
		                                    "longest_s", "mttr_s", "documents", "tenders_hit", "cancel",
		                                    "reschedule", "alternative", "lkpp" };
		csv_out c = { ctx->out, sep, 0 };
		for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
			csv_field(&c, head[i]);
		csv_end(&c);
		for (size_t i = 0; i < r.n; i++)
			row_csv(&c, &r.rows[i], ctx);
		row_csv(&c, &r.total, ctx);
	} else {
		fprintf(ctx->out, "Rekap gangguan %s %s\n\n", ctx->s.cfg->unit_name, r.total.label);
		fprintf(ctx->out, "%-22s %6s %12s %9s %12s %12s %4s %6s %4s %4s %4s %4s\n",
		        by == RECAP_BY_MONTH ? "BULAN" : "PENYEBAB", "JUMLAH", "WAKTU MATI", "TERSEDIA", "TERLAMA",
		        "RERATA PULIH", "BA", "TENDER", "BTL", "JDW", "ALT", "LKPP");
		for (size_t i = 0; i < r.n; i++)
			row_table(ctx, &r.rows[i]);
		row_table(ctx, &r.total);
		if (r.total.open)
			fprintf(ctx->out, "\n* termasuk %zu gangguan yang belum pulih, dihitung sampai sekarang.\n", r.total.open);
		fprintf(ctx->out, "Waktu mati: gangguan yang bertumpang tindih dihitung sekali. Keputusan: BTL batal/gagal, "
		        "JDW penyesuaian jadwal, ALT solusi alternatif, LKPP fasilitasi LKPP.\n");
	}
	recap_free(&r);
	return GG_OK;
}

const cli_command cli_cmd_rekap = {
	.name = "rekap",
	.needs = NEEDS_RO,
	.summary = "jumlah, waktu mati, ketersediaan per bulan/penyebab",
	.opts = rekap_opts,
	.run = cmd_rekap,
};
