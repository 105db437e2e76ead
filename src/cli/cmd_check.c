/* gangguan check: the config, the data files and where each comes from,
 * the permissions of a shared database, the schema version,
 * integrity_check, the numbering (gaps, duplicates) and the fingerprints
 * of issued documents.  Reads only; exits 0 when all is well (a warning,
 * "peringatan: ...", does not change that). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli_commands.h"
#include "datapath.h"
#include "holidays.h"
#include "letters.h"

/* One data file for the "where from" lists: its label and directory. */
typedef struct source_item {
	const char *label;   /* "perpres-16-2018", "closing.tpl" (or NULL: a year) */
	int year;
	const char *dir;
	int replaces;        /* it hides a file of the same name further down the path */
} source_item;

/* "2018-2020, 2022" from ascending years. */
static void years_text(strbuf *b, const int *y, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j + 1 < n && y[j + 1] == y[j] + 1)
			j++;
		sb_appendf(b, "%s%d", i ? ", " : "", y[i]);
		if (j > i)
			sb_appendf(b, "-%d", y[j]);
		i = j + 1;
	}
}

/* The items of one directory (only those that replace a file, when
 * `replaced`): "a, b", the years compressed after them. */
static void group_text(strbuf *b, const source_item *v, size_t n, const char *dir, int replaced)
{
	int *years = calloc(n ? n : 1, sizeof *years);
	size_t ny = 0, k = 0;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(v[i].dir, dir) != 0 || (replaced && !v[i].replaces))
			continue;
		if (v[i].label)
			sb_appendf(b, "%s%s", k++ ? ", " : "", v[i].label);
		else if (years)
			years[ny++] = v[i].year;
	}
	if (!years)
		sb_append(b, "?");   /* out of memory: the line says less, the check goes on */
	years_text(b, years, ny);
	free(years);
}

/* "A dari DIR1; B, C dari DIR2 (B menggantikan berkas terpasang)", the
 * directories in the order of their first item. */
static void sources_text(strbuf *b, const source_item *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int first = 1, replaces = 0;
		for (size_t j = 0; j < i && first; j++)
			first = strcmp(v[j].dir, v[i].dir) != 0;
		if (!first)
			continue;
		for (size_t j = i; j < n; j++)
			replaces |= strcmp(v[j].dir, v[i].dir) == 0 && v[j].replaces;
		if (i)
			sb_append(b, "; ");
		group_text(b, v, n, v[i].dir, 0);
		sb_appendf(b, " dari %s", v[i].dir);
		if (replaces) {
			sb_append(b, " (");
			group_text(b, v, n, v[i].dir, 1);
			sb_append(b, " menggantikan berkas terpasang)");
		}
	}
}

static int print_catalogue_sources(cli_ctx *ctx)
{
	const data_listing *reg = &ctx->s.regulation_files, *hol = &ctx->s.holiday_files;
	size_t n = reg->n > hol->n ? reg->n : hol->n;
	source_item *v = calloc(n ? n : 1, sizeof *v);
	char (*ids)[256] = calloc(reg->n ? reg->n : 1, sizeof *ids);
	strbuf b = STRBUF_INIT;
	if (!v || !ids) {
		free(v);
		free(ids);
		return cli_fail(ctx, GG_ESOFTWARE, "check: memori habis");
	}
	for (size_t i = 0; i < reg->n; i++) {
		snprintf(ids[i], sizeof ids[i], "%.*s", (int)strlen(reg->v[i].name) - 4, reg->v[i].name);
		v[i] = (source_item){ ids[i], 0, reg->dirs[reg->v[i].layer], reg->v[i].replaces };
	}
	sb_appendf(&b, "katalog peraturan: %zu rezim: ", ctx->s.cat.n);
	sources_text(&b, v, reg->n);
	fprintf(ctx->out, "%s\n", sb_str(&b));
	size_t ny = 0;
	int *years = calloc(hol->n ? hol->n : 1, sizeof *years);
	if (!years) {
		sb_free(&b);
		free(v);
		free(ids);
		return cli_fail(ctx, GG_ESOFTWARE, "check: memori habis");
	}
	for (size_t i = 0; i < hol->n; i++) {
		int y = holidays_file_year(hol->v[i].name);
		if (!y)
			continue;
		years[ny] = y;
		v[ny++] = (source_item){ NULL, y, hol->dirs[hol->v[i].layer], hol->v[i].replaces };
	}
	sb_reset(&b);
	sb_append(&b, "kalender hari libur: ");
	years_text(&b, years, ny);
	if (ny) {
		sb_append(&b, ": ");
		sources_text(&b, v, ny);
	} else {
		sb_append(&b, "tidak ada tahun");
	}
	int code = sb_failed(&b) ? cli_fail(ctx, GG_ESOFTWARE, "check: memori habis") : GG_OK;
	if (!code)
		fprintf(ctx->out, "%s\n", sb_str(&b));
	sb_free(&b);
	free(years);
	free(v);
	free(ids);
	return code;
}

/* A calendar missing for this year or the next: stage ends computed
 * there know only weekends, so say where the file goes. */
static void warn_missing_calendars(cli_ctx *ctx)
{
	int years[2], this_year;
	int n = session_missing_calendars(&ctx->s, (int64_t)time(NULL), &this_year, years);
	const data_listing *hol = &ctx->s.holiday_files;
	const char *local = hol->nlocal ? hol->dirs[0] : "holidays/ di direktori berkas konfigurasi";
	for (int i = 0; i < n; i++)
		fprintf(ctx->out,
		        "peringatan: kalender hari libur %d (%s) tidak ada: tenggat jadwal baru di tahun itu hanya "
		        "menghindari akhir pekan; tambahkan %d.ini ke %s (gangguan-remedies(7), WORKING DAYS)\n",
		        years[i], years[i] == this_year ? "tahun ini" : "tahun depan", years[i], local);
}

/* Where each template comes from (the same search path as the letters). */
static int print_template_sources(cli_ctx *ctx)
{
	const gg_config *c = ctx->s.cfg;
	const char *names[] = { c->template_opening, c->template_closing, c->template_single };
	enum { N = sizeof names / sizeof names[0] };
	char *paths[N] = { 0 };
	source_item v[N];
	size_t n = 0;
	int code = GG_OK;
	for (size_t i = 0; i < N && !code; i++) {
		if (!names[i] || !*names[i])
			continue;
		if (!(paths[i] = config_data_path(c, names[i]))) {
			code = cli_fail(ctx, GG_ESOFTWARE, "check: memori habis");
			break;
		}
		char *slash = strrchr(paths[i], '/');
		int dup = 0;
		for (size_t j = 0; j < i; j++)
			dup |= paths[j] && strcmp(paths[j], paths[i]) == 0;
		if (!slash || dup)
			continue;
		*slash = '\0';
		v[n++] = (source_item){ slash + 1, 0, paths[i], 0 };
	}
	if (!code) {
		strbuf b = STRBUF_INIT;
		sb_append(&b, "templat berita acara: ");
		sources_text(&b, v, n);
		if (sb_failed(&b))
			code = cli_fail(ctx, GG_ESOFTWARE, "check: memori habis");
		else
			fprintf(ctx->out, "%s\n", sb_str(&b));
		sb_free(&b);
	}
	for (size_t i = 0; i < N; i++)
		free(paths[i]);
	return code;
}

enum { O_ANCHOR };
static const cli_option check_opts[] = {
	[O_ANCHOR] = { "anchor", 0, "TEKS", "jangkar yang ditandatangani ('gangguan anchor'): buktikan riwayat "
	               "sampai barisnya tidak ditulis ulang", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static int cmd_check(cli_ctx *ctx, const cli_args *a)
{
	gg_err err;
	int code = cli_load_config(ctx);
	if (code)
		return code;
	fprintf(ctx->out, "konfigurasi: %s: baik\n", ctx->s.config_path);
	/* Everything open and close will need, named here rather than first
	 * in front of a head of LPSE waiting for a letter: the catalogue, the
	 * holidays, the templates, the pinned regime. */
	if ((code = cli_catalogues(ctx, "check")))
		return code;
	if ((code = print_catalogue_sources(ctx)))
		return code;
	warn_missing_calendars(ctx);
	strbuf problems = STRBUF_INIT;
	int bad = letters_validate(&ctx->s, &problems, &err);
	if (bad < 0)
		return cli_report(ctx, &err);
	if (bad) {
		fputs(sb_str(&problems), ctx->err);
		sb_free(&problems);
		return cli_fail(ctx, GG_ECONFIG, "check: templat atau peraturan ditolak (%d masalah)", bad);
	}
	sb_free(&problems);
	if ((code = print_template_sources(ctx)))
		return code;
	/* permissions first: the open below may be what they refuse */
	int locked_out = 0;
	const char *db = session_database(&ctx->s);
	if (db) {
		char summary[600];
		locked_out = store_check_access(db, cli_print_finding, ctx->out, summary, sizeof summary);
		fprintf(ctx->out, "izin berkas: %s%s\n", summary, locked_out ? "" : ": baik");
	}
	/* as it is: check never writes, not even a migration */
	if ((code = cli_open_store(ctx, NEED_STORE_AS_IS)))
		return code;
	int v = store_schema_version(ctx->s.st);
	fprintf(ctx->out, "basis data: %s: skema %d (program ini: %d)\n", ctx->s.db_path, v,
	        store_schema_latest());
	if (v < store_schema_latest()) {
		cli_print_finding(ctx->out, "skema basis data lebih tua dari program ini; check tidak mengubahnya: "
		                  "jalankan 'gangguan migrate' (atau perintah baca apa pun sebagai pemiliknya), "
		                  "lalu check lagi");
		fprintf(ctx->out, "%d masalah ditemukan\n", 1 + locked_out);
		return GG_EDATA;
	}
	int n = store_check(ctx->s.st, cli_print_finding, ctx->out, &err);
	if (n < 0)
		return cli_report(ctx, &err);
	if (a->val[O_ANCHOR]) {
		int bad_anchor = store_check_anchor(ctx->s.st, a->val[O_ANCHOR], cli_print_finding, ctx->out, &err);
		if (bad_anchor < 0)
			return cli_report(ctx, &err);
		if (!bad_anchor)
			fprintf(ctx->out, "jangkar %s: cocok; riwayat sampai baris itu tidak ditulis ulang\n",
			        a->val[O_ANCHOR]);
		n += bad_anchor;
	}
	n += locked_out;
	if (n) {
		fprintf(ctx->out, "%d masalah ditemukan\n", n);
		return GG_EDATA;
	}
	fprintf(ctx->out, "integritas, penomoran, sidik dokumen, rantai audit: baik\n");
	return GG_OK;
}

/* Needs nothing from the dispatcher: it loads and reports each part itself. */
const cli_command cli_cmd_check = {
	.name = "check",
	.summary = "periksa konfigurasi, skema, integritas, penomoran",
	.opts = check_opts,
	.run = cmd_check,
};
