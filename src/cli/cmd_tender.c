/* gangguan tender add|edit|delete|stage|import|list|show|schedule:
 * tenders, their stages and their schedule revisions. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli_commands.h"
#include "cli_output.h"
#include "cli_tender.h"
#include "json.h"
#include "schedrev.h"
#include "schedule.h"
#include "stagecsv.h"
#include "store_tender.h"
#include "tenders.h"


const char *cli_short_time(const cli_ctx *ctx, int64_t utc, char *buf, size_t n)
{
	civil c;
	civil_from_utc(utc, ctx->s.cfg->tz, &c);
	fmt_iso_local(buf, n, &c);
	return buf;
}

void cli_cell_padded(char *dst, size_t n, const char *s, int width)
{
	out_cell(dst, n, s, width);
	int cols = 0;
	for (const unsigned char *p = (const unsigned char *)dst; *p; p++)
		cols += (*p & 0xC0) != 0x80;   /* count UTF-8 lead bytes */
	size_t len = strlen(dst);
	while (cols < width && len + 1 < n) {
		dst[len++] = ' ';
		cols++;
	}
	dst[len] = '\0';
}

void out_tender_json(const cli_ctx *ctx, strbuf *sb, const tender *t)
{
	char a[40];
	sb_putc(sb, '{');
	json_key_string(sb, "code", t->code);
	json_key_string(sb, "name", t->name);
	json_key_string(sb, "committee", t->committee);
	json_key_string(sb, "method", t->method);
	json_key_int(sb, "version", t->version);
	json_key_int(sb, "revision", t->revision);
	json_key_int(sb, "latest_revision", t->latest_revision);
	json_key_bool(sb, "cancelled", t->cancelled_by != 0);
	if (t->cancelled_by)
		json_key_int(sb, "cancelled_by", t->cancelled_by);
	else
		json_key_null(sb, "cancelled_by");
	json_key(sb, "stages");
	sb_putc(sb, '[');
	for (size_t i = 0; i < t->stages.n; i++) {
		json_sep(sb);
		sb_putc(sb, '{');
		json_key_string(sb, "name", t->stages.v[i].name);
		json_key_string(sb, "start", out_iso_time(ctx, t->stages.v[i].start, a, sizeof a));
		json_key_string(sb, "end", out_iso_time(ctx, t->stages.v[i].end, a, sizeof a));
		sb_putc(sb, '}');
	}
	sb_append(sb, "]}");
}

/* Reads a whole file ("-": standard input) as the service does. */
static int read_all(cli_ctx *ctx, const char *cmd, const char *path, char **text)
{
	gg_err err;
	int code = tender_read_text(path, text, &err);
	return code ? cli_fail(ctx, code, "%s: %s", cmd, err.msg) : GG_OK;
}

/* --from DATE: a date ("2018-02-05", "05/02/2018") or a WHEN; its local day. */
static int parse_from(cli_ctx *ctx, const char *cmd, const char *s, int64_t *day)
{
	gg_err err;
	if (tender_parse_day(&ctx->s, s, day, &err))
		return cli_fail(ctx, GG_EUSAGE, "%s: --from: %s", cmd, err.msg);
	return GG_OK;
}

/* Parses and checks a jadwal (stagecsv_read) into stage_new rows (names
 * borrowed from *csv).  Problems are printed as FILE:LINE: what ("-" for
 * standard input); GG_EDATA then. */
static int parse_stages(cli_ctx *ctx, const char *cmd, const char *file, const char *text, int has_base,
                        int64_t base_day, stagecsv *csv, stage_new **out)
{
	strbuf problems = STRBUF_INIT;
	int n = stagecsv_read(text, file, ctx->s.cfg->tz, has_base, base_day, csv, &problems);
	fputs(sb_str(&problems), ctx->err);
	sb_free(&problems);
	if (n < 0)
		return cli_fail(ctx, GG_ESOFTWARE, "%s: memori habis", cmd);
	if (n)
		return cli_fail(ctx, GG_EDATA, "%s: %s: %d masalah; tidak ada yang diimpor", cmd, file, n);
	if (!(*out = stagecsv_stages(csv)))
		return cli_fail(ctx, GG_ESOFTWARE, "%s: memori habis", cmd);
	return GG_OK;
}

static const cli_arg code_arg[] = {
	{ "CODE", "kode tender", CLI_TENDER },
	{ NULL, NULL, 0 }
};

enum { A_NAME, A_COMMITTEE, A_METHOD, A_FROM };
static const cli_option add_opts[] = {
	[A_NAME] = { "name", 0, "NAME", "nama paket", CLI_REQUIRED, NULL },
	[A_COMMITTEE] = { "committee", 0, "POKJA", "Pokja pemilihan", 0, NULL },
	[A_METHOD] = { "method", 0, "METHOD", "metode pemilihan: nama daftar tahap di data/stages", 0, NULL },
	[A_FROM] = { "from", 0, "DATE", "dengan --method: buat tahapannya, hari H+0 = DATE", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static int sub_add(cli_ctx *ctx, const cli_args *a)
{
	const char *const *pos = a->pos;
	const char *name = a->val[A_NAME], *committee = a->val[A_COMMITTEE], *method = a->val[A_METHOD],
	           *from = a->val[A_FROM];
	int code;
	if (from && !method)
		return cli_fail(ctx, GG_EUSAGE, "tender add: --from butuh --method (daftar tahap dari data/stages)");
	tender_stages stages = { 0 };
	gg_err err;
	if (from) {
		int64_t day;
		if ((code = parse_from(ctx, "tender add", from, &day)))
			return code;
		/* the same stage list as the TUI's tender form (tenders.h) */
		strbuf problems = STRBUF_INIT;
		code = tender_stages_from_method(&ctx->s, method, day, &stages, &problems, &err);
		fputs(sb_str(&problems), ctx->err);
		sb_free(&problems);
		if (code)
			return cli_fail(ctx, code, "tender add: %s", err.msg);
	}
	tender_new in = { pos[0], name, committee, method };
	if ((code = store_tender_add(ctx->s.st, &in, stages.v, stages.n, NULL, &err)))
		cli_fail(ctx, code, "tender add: %s", err.msg);
	tender_stages_free(&stages);
	return code;
}

/* --expect VERSION: the tender's version the caller saw, against a lost
 * update (0, the default: any). */
#define EXPECT_OPTION \
	{ "expect", 0, "VERSION", "versi tender yang dilihat (tender show --format json); lain: ditolak, keluar 75", \
	  0, NULL }

static int parse_expect(cli_ctx *ctx, const char *cmd, const char *s, int64_t *v)
{
	char *end;
	*v = 0;
	if (!s)
		return GG_OK;
	errno = 0;
	long long x = strtoll(s, &end, 10);
	if (errno || end == s || *end || x < 1)
		return cli_fail(ctx, GG_EUSAGE, "%s: --expect %s: bukan nomor versi (1, 2, ...)", cmd, s);
	*v = x;
	return GG_OK;
}

enum { S_NAME, S_START, S_END, S_DELETE, S_EXPECT };
static const cli_option stage_opts[] = {
	[S_NAME] = { "name", 0, "STAGE", "nama tahap; tahap bernama sama diganti", CLI_REQUIRED, NULL },
	[S_START] = { "start", 0, "WHEN", "awal tahap", 0, NULL },
	[S_END] = { "end", 0, "WHEN", "akhir tahap", 0, NULL },
	[S_DELETE] = { "delete", 0, NULL, "hapus tahap itu (selama belum ada keputusan Pokja atas tendernya)", 0, NULL },
	[S_EXPECT] = EXPECT_OPTION,
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static const char *const stage_forms[] = {
	"CODE --name STAGE --start WHEN --end WHEN [--expect VERSION]",
	"CODE --name STAGE --delete [--expect VERSION]",
	NULL
};

static int sub_stage(cli_ctx *ctx, const cli_args *a)
{
	const char *const *pos = a->pos;
	const char *name = a->val[S_NAME], *start = a->val[S_START], *end = a->val[S_END];
	int del = cli_given(a, S_DELETE), code;
	int64_t expect;
	if (del ? start || end : !start || !end)
		return cli_usage_error(ctx, a->name, a->cmd);
	if ((code = parse_expect(ctx, "tender stage", a->val[S_EXPECT], &expect)))
		return code;
	gg_err err;
	if (del) {
		if ((code = store_stage_delete(ctx->s.st, pos[0], name, expect, &err)))
			return cli_fail(ctx, code, "tender stage: %s", err.msg);
		return GG_OK;
	}
	stage_new st = { name, 0, 0, 0 };
	if ((code = cli_parse_when(ctx, "tender stage", "--start", start, &st.start)) ||
	    (code = cli_parse_when(ctx, "tender stage", "--end", end, &st.end)))
		return code;
	if ((code = store_stage_set(ctx->s.st, pos[0], &st, expect, &err)))
		return cli_fail(ctx, code, "tender stage: %s", err.msg);
	return GG_OK;
}

enum { E_NAME, E_COMMITTEE, E_METHOD, E_EXPECT };
static const cli_option edit_opts[] = {
	[E_NAME] = { "name", 0, "NAME", "nama paket baru", 0, NULL },
	[E_COMMITTEE] = { "committee", 0, "POKJA", "Pokja pemilihan baru; kosong: hapus", 0, NULL },
	[E_METHOD] = { "method", 0, "METHOD", "metode pemilihan baru; kosong: hapus", 0, NULL },
	[E_EXPECT] = EXPECT_OPTION,
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static int sub_edit(cli_ctx *ctx, const cli_args *a)
{
	tender_edit e = { a->val[E_NAME], a->val[E_COMMITTEE], a->val[E_METHOD] };
	int64_t expect;
	int code;
	if (!e.name && !e.committee && !e.method)
		return cli_usage_error(ctx, a->name, a->cmd);
	if ((code = parse_expect(ctx, "tender edit", a->val[E_EXPECT], &expect)))
		return code;
	gg_err err;
	if ((code = store_tender_edit(ctx->s.st, a->pos[0], &e, expect, &err)))
		return cli_fail(ctx, code, "tender edit: %s", err.msg);
	return GG_OK;
}

enum { X_EXPECT };
static const cli_option delete_opts[] = {
	[X_EXPECT] = EXPECT_OPTION,
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static int sub_delete(cli_ctx *ctx, const cli_args *a)
{
	int64_t expect;
	int code = parse_expect(ctx, "tender delete", a->val[X_EXPECT], &expect);
	if (code)
		return code;
	gg_err err;
	if ((code = store_tender_delete(ctx->s.st, a->pos[0], expect, &err)))
		return cli_fail(ctx, code, "tender delete: %s", err.msg);
	return GG_OK;
}

enum { I_FROM };
static const cli_option import_opts[] = {
	[I_FROM] = { "from", 0, "DATE", "hari H+0 bila berkas memakai hari relatif", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static const cli_arg import_args[] = {
	{ "CODE", "kode tender", CLI_TENDER },
	{ "FILE", "tabel jadwal SPSE yang disalin, atau CSV tahap,mulai,sampai (, atau ;); - untuk masukan standar",
	  CLI_FILE },
	{ NULL, NULL, 0 }
};

static int sub_import(cli_ctx *ctx, const cli_args *a)
{
	const char *const *pos = a->pos;
	const char *from = a->val[I_FROM];
	int code;
	int64_t day = 0;
	if (from && (code = parse_from(ctx, "tender import", from, &day)))
		return code;
	/* Refuse an unknown tender before reading anything. */
	tender t;
	gg_err err;
	if ((code = store_tender_get(ctx->s.st, pos[0], &t, &err)))
		return cli_fail(ctx, code, "tender import: %s", err.msg);
	tender_free(&t);
	char *text = NULL;
	stagecsv csv = { 0 };
	stage_new *stages = NULL;
	if (!(code = read_all(ctx, "tender import", pos[1], &text)) &&
	    !(code = parse_stages(ctx, "tender import", pos[1], text, from != NULL, day, &csv, &stages))) {
		if ((code = store_stages_replace(ctx->s.st, pos[0], stages, csv.n, 0, &err)))
			cli_fail(ctx, code, "tender import: %s", err.msg);
		else
			fprintf(ctx->out, "%zu\n", csv.n);
	}
	free(stages);
	stagecsv_free(&csv);
	free(text);
	return code;
}

enum { L_FORMAT, L_SEP };
static const cli_option list_opts[] = {
	[L_FORMAT] = { "format", 0, "FORMAT", "bentuk keluaran (bawaan: table)", 0, list_format_names },
	[L_SEP] = { "sep", 0, "SEP", "pemisah CSV: , (bawaan) atau ;", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static int sub_list(cli_ctx *ctx, const cli_args *args)
{
	char sep;
	int fmt = cli_choice(args, L_FORMAT, FMT_TABLE);
	if (cli_parse_sep(ctx, "tender list", args->val[L_SEP], &sep))
		return GG_EUSAGE;
	tender_list l;
	gg_err err;
	int code = store_tender_list(ctx->s.st, &l, &err);
	if (code)
		return cli_report(ctx, &err);
	char a[40], b[40], cell[400];
	if (fmt == FMT_JSON) {
		strbuf sb = STRBUF_INIT;
		sb_putc(&sb, '[');
		for (size_t i = 0; i < l.n; i++) {
			json_sep(&sb);
			out_tender_json(ctx, &sb, &l.v[i]);
		}
		sb_append(&sb, "]\n");
		fputs(sb_str(&sb), ctx->out);
		sb_free(&sb);
	} else if (fmt == FMT_CSV) {
		csv_out c = { ctx->out, sep, 0 };
		static const char *const head[] = { "code", "name", "committee", "method", "stages", "first_start", "last_end",
		                                    "revision", "cancelled" };
		for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
			csv_field(&c, head[i]);
		csv_end(&c);
		for (size_t i = 0; i < l.n; i++) {
			const tender *t = &l.v[i];
			char n[24];
			snprintf(n, sizeof n, "%zu", t->stages.n);
			csv_field(&c, t->code);
			csv_field(&c, t->name);
			csv_field(&c, t->committee);
			csv_field(&c, t->method);
			csv_field(&c, n);
			csv_field(&c, t->stages.n ? out_iso_time(ctx, t->stages.v[0].start, a, sizeof a) : "");
			csv_field(&c, t->stages.n ? out_iso_time(ctx, t->stages.v[t->stages.n - 1].end, b, sizeof b) : "");
			snprintf(n, sizeof n, "%d", t->revision);
			csv_field(&c, n);
			csv_field(&c, t->cancelled_by ? "true" : "false");
			csv_end(&c);
		}
	} else if (fmt == FMT_TSV) {
		fprintf(ctx->out, "code\tname\tcommittee\tmethod\tstages\tfirst_start\tlast_end\trevision\tcancelled\n");
		for (size_t i = 0; i < l.n; i++) {
			const tender *t = &l.v[i];
			out_tsv_field(ctx->out, t->code);
			fputc('\t', ctx->out);
			out_tsv_field(ctx->out, t->name);
			fputc('\t', ctx->out);
			out_tsv_field(ctx->out, t->committee);
			fputc('\t', ctx->out);
			out_tsv_field(ctx->out, t->method);
			fprintf(ctx->out, "\t%zu\t%s\t%s\t%d\t%s\n", t->stages.n,
			        t->stages.n ? out_iso_time(ctx, t->stages.v[0].start, a, sizeof a) : "",
			        t->stages.n ? out_iso_time(ctx, t->stages.v[t->stages.n - 1].end, b, sizeof b) : "",
			        t->revision, t->cancelled_by ? "true" : "false");
		}
	} else {
		fprintf(ctx->out, "%-12s %-6s %-16s %-16s %-13s %s\n", "KODE", "TAHAP", "MULAI", "SELESAI", "JADWAL",
		        "NAMA PAKET");
		for (size_t i = 0; i < l.n; i++) {
			const tender *t = &l.v[i];
			char code_cell[64], sched[32];
			cli_cell_padded(code_cell, sizeof code_cell, t->code, 12);
			out_cell(cell, sizeof cell, t->name, 60);
			if (t->cancelled_by)
				snprintf(sched, sizeof sched, "DIBATALKAN");
			else if (t->revision)
				snprintf(sched, sizeof sched, "Perubahan %d", t->revision);
			else
				snprintf(sched, sizeof sched, "semula");
			fprintf(ctx->out, "%s %-6zu %-16s %-16s %-13s %s\n", code_cell, t->stages.n,
			        t->stages.n ? cli_short_time(ctx, t->stages.v[0].start, a, sizeof a) : "-",
			        t->stages.n ? cli_short_time(ctx, t->stages.v[t->stages.n - 1].end, b, sizeof b) : "-",
			        sched, cell);
		}
	}
	tender_list_free(&l);
	return GG_OK;
}

/* ---- schedule revisions, as people and SPSE read them ---- */

/* "5 Februari 2018" */
static const char *id_date(const cli_ctx *ctx, int64_t utc, char *buf, size_t n)
{
	civil c;
	civil_from_utc(utc, ctx->s.cfg->tz, &c);
	fmt_id_date(buf, n, &c);
	return buf;
}

/* "3 November 2025 08:00", as SPSE's jadwal page */
static const char *spse_time(const cli_ctx *ctx, int64_t utc, char *buf, size_t n)
{
	fmt_spse_time(buf, n, utc, ctx->s.cfg->tz);
	return buf;
}

/* Why revision r is the schedule: "Perubahan 1, karena keputusan ...",
 * the words the TUI's tender screen uses too (schedrev.h). */
static void revision_why(const cli_ctx *ctx, const schedrev *r, char *buf, size_t n)
{
	schedrev_why(r, ctx->s.cfg->tz, buf, n);
}

/* What changed in a stage since the revision before: "Tidak Ada",
 * "tahap baru", "sampai semula 5 Februari 2018 10:00", ... */
static void change_text(const cli_ctx *ctx, const stage *x, const stage_list *prev, char *buf, size_t n)
{
	const stage *was;
	unsigned c = stage_change(x, prev, &was);
	char a[60], b[60];
	if (!c)
		snprintf(buf, n, "Tidak Ada");
	else if (c & STAGE_NEW)
		snprintf(buf, n, "tahap baru");
	else if (c == (STAGE_START_MOVED | STAGE_END_MOVED))
		snprintf(buf, n, "mulai semula %s; sampai semula %s", spse_time(ctx, was->start, a, sizeof a),
		         spse_time(ctx, was->end, b, sizeof b));
	else if (c & STAGE_START_MOVED)
		snprintf(buf, n, "mulai semula %s", spse_time(ctx, was->start, a, sizeof a));
	else
		snprintf(buf, n, "sampai semula %s", spse_time(ctx, was->end, a, sizeof a));
}

static void time_or_null(const cli_ctx *ctx, strbuf *sb, const char *key, const stage *x, int end)
{
	char a[40];
	if (x)
		json_key_string(sb, key, out_iso_time(ctx, end ? x->end : x->start, a, sizeof a));
	else
		json_key_null(sb, key);
}

/* One revision as JSON: why it is, its stages with what changed since
 * prev (NULL for revision 0), the stages prev had and it has not. */
static void revision_json(const cli_ctx *ctx, strbuf *sb, const schedrev *r, const schedrev *prev)
{
	char a[40];
	const stage_list *pl = prev ? &prev->stages : NULL;
	sb_putc(sb, '{');
	json_key_int(sb, "revision", r->revision);
	json_key_string(sb, "source", schedrev_source_names[r->source]);
	json_key(sb, "decision");
	if (r->source == SCHEDREV_DECISION) {
		sb_putc(sb, '{');
		json_key_int(sb, "incident", r->incident_id);
		json_key_int(sb, "revision", r->decision_revision);
		json_key_string(sb, "ref", r->ref);
		json_key_string(sb, "date", out_iso_time(ctx, r->decided, a, sizeof a));
		json_key_int(sb, "days", r->days);
		sb_putc(sb, '}');
	} else {
		sb_append(sb, "null");
	}
	if (*r->recorded_by)
		json_key_string(sb, "recorded_by", r->recorded_by);
	else
		json_key_null(sb, "recorded_by");
	if (r->recorded)
		json_key_string(sb, "recorded", out_iso_time(ctx, r->recorded, a, sizeof a));
	else
		json_key_null(sb, "recorded");
	json_key(sb, "stages");
	sb_putc(sb, '[');
	for (size_t i = 0; i < r->stages.n; i++) {
		const stage *x = &r->stages.v[i], *was;
		unsigned c = stage_change(x, pl, &was);
		json_sep(sb);
		sb_putc(sb, '{');
		json_key_int(sb, "no", (int64_t)i + 1);
		json_key_string(sb, "name", x->name);
		json_key_string(sb, "start", out_iso_time(ctx, x->start, a, sizeof a));
		json_key_string(sb, "end", out_iso_time(ctx, x->end, a, sizeof a));
		json_key_string(sb, "start_text", spse_time(ctx, x->start, a, sizeof a));
		json_key_string(sb, "end_text", spse_time(ctx, x->end, a, sizeof a));
		json_key_string(sb, "change", c & STAGE_NEW ? "new" : c ? "moved" : "none");
		json_key_bool(sb, "start_moved", (c & STAGE_START_MOVED) != 0);
		json_key_bool(sb, "end_moved", (c & STAGE_END_MOVED) != 0);
		time_or_null(ctx, sb, "previous_start", c && was ? was : NULL, 0);
		time_or_null(ctx, sb, "previous_end", c && was ? was : NULL, 1);
		sb_putc(sb, '}');
	}
	sb_putc(sb, ']');
	json_key(sb, "removed");
	sb_putc(sb, '[');
	for (size_t i = 0; pl && i < pl->n; i++)
		if (!stage_find(&r->stages, pl->v[i].name)) {
			json_sep(sb);
			sb_putc(sb, '{');
			json_key_string(sb, "name", pl->v[i].name);
			json_key_string(sb, "start", out_iso_time(ctx, pl->v[i].start, a, sizeof a));
			json_key_string(sb, "end", out_iso_time(ctx, pl->v[i].end, a, sizeof a));
			sb_putc(sb, '}');
		}
	sb_append(sb, "]}");
}

/* A tender with its history and the decision that cancelled it, if any. */
typedef struct tender_record {
	tender t;
	schedrev_list hist;
	decision_list decisions;   /* the latest of each incident */
	const decision *cancel;    /* into decisions, or NULL */
} tender_record;

static void tender_record_free(tender_record *r)
{
	tender_free(&r->t);
	schedrev_list_free(&r->hist);
	decision_list_free(&r->decisions);
}

static int tender_record_load(cli_ctx *ctx, const char *cmd, const char *tcode, tender_record *r)
{
	gg_err err;
	int code;
	memset(r, 0, sizeof *r);
	if ((code = store_tender_get(ctx->s.st, tcode, &r->t, &err)))
		return cli_fail(ctx, code, "%s: %s", cmd, err.msg);
	if ((code = store_schedule_history(ctx->s.st, tcode, &r->hist, &err)) ||
	    (code = store_tender_decisions(ctx->s.st, r->t.id, 0, &r->decisions, &err))) {
		tender_record_free(r);
		return cli_fail(ctx, code, "%s: %s", cmd, err.msg);
	}
	for (size_t i = 0; i < r->decisions.n; i++)
		if (r->decisions.v[i].incident_id == r->t.cancelled_by && r->decisions.v[i].remedy == REMEDY_CANCEL)
			r->cancel = &r->decisions.v[i];
	return GG_OK;
}

/* tender show KODE --format csv [--sep ;]: the stages, for a spreadsheet. */
static const char *const show_formats[] = { "text", "json", "csv", NULL };
enum { W_FORMAT, W_SEP };
static const cli_option show_opts[] = {
	[W_FORMAT] = { "format", 0, "FORMAT", "bentuk keluaran (bawaan: text); csv: tahapannya saja", 0,
	               show_formats },
	[W_SEP] = { "sep", 0, "SEP", "dengan --format csv: pemisah , (bawaan) atau ;", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static int show_stages_csv(cli_ctx *ctx, const cli_args *args)
{
	const char *const *pos = args->pos;
	int code;
	char sep, a[40], n[24];
	if ((code = cli_parse_sep(ctx, "tender show", args->val[W_SEP], &sep)))
		return code;
	tender t;
	gg_err err;
	if ((code = store_tender_get(ctx->s.st, pos[0], &t, &err)))
		return cli_report(ctx, &err);
	csv_out c = { ctx->out, sep, 0 };
	static const char *const head[] = { "no", "stage", "start", "end", "start_utc", "end_utc" };
	for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
		csv_field(&c, head[i]);
	csv_end(&c);
	for (size_t i = 0; i < t.stages.n; i++) {
		snprintf(n, sizeof n, "%zu", i + 1);
		csv_field(&c, n);
		csv_field(&c, t.stages.v[i].name);
		csv_field(&c, out_iso_time(ctx, t.stages.v[i].start, a, sizeof a));
		csv_field(&c, out_iso_time(ctx, t.stages.v[i].end, a, sizeof a));
		csv_field(&c, out_utc_time(t.stages.v[i].start, a, sizeof a));
		csv_field(&c, out_utc_time(t.stages.v[i].end, a, sizeof a));
		csv_end(&c);
	}
	tender_free(&t);
	return GG_OK;
}

static void show_json(cli_ctx *ctx, const tender_record *r)
{
	char a[40];
	strbuf sb = STRBUF_INIT;
	out_tender_json(ctx, &sb, &r->t);
	sb.len--;   /* reopen the object */
	json_key(&sb, "cancel");
	if (r->cancel) {
		sb_putc(&sb, '{');
		json_key_int(&sb, "incident", r->cancel->incident_id);
		json_key_int(&sb, "revision", r->cancel->revision);
		json_key_string(&sb, "ref", r->cancel->ref);
		json_key_string(&sb, "date", out_iso_time(ctx, r->cancel->decided, a, sizeof a));
		json_key_string(&sb, "note", r->cancel->note);
		sb_putc(&sb, '}');
	} else {
		sb_append(&sb, "null");
	}
	json_key(&sb, "history");
	sb_putc(&sb, '[');
	for (size_t i = 0; i < r->hist.n; i++) {
		json_sep(&sb);
		revision_json(ctx, &sb, &r->hist.v[i], i ? &r->hist.v[i - 1] : NULL);
	}
	sb_append(&sb, "]}\n");
	fputs(sb_str(&sb), ctx->out);
	sb_free(&sb);
}

static void show_text(cli_ctx *ctx, const tender_record *r)
{
	const tender *t = &r->t;
	FILE *o = ctx->out;
	char a[40], b[40], cell[400], why[900];
	fprintf(o, "Tender %s\nNama paket : %s\nPokja      : %s\nMetode     : %s\n", t->code, t->name,
	        *t->committee ? t->committee : "-", *t->method ? t->method : "-");
	if (r->cancel)
		fprintf(o, "Status     : DIBATALKAN, karena keputusan Pokja atas gangguan #%lld (revisi %d), BA %s "
		        "tanggal %s\n", (long long)r->cancel->incident_id, r->cancel->revision, r->cancel->ref,
		        id_date(ctx, r->cancel->decided, a, sizeof a));
	else if (t->cancelled_by)
		fprintf(o, "Status     : DIBATALKAN (gangguan #%lld)\n", (long long)t->cancelled_by);
	const schedrev *cur = r->hist.n ? &r->hist.v[r->hist.n - 1] : NULL;
	if (cur) {
		revision_why(ctx, cur, why, sizeof why);
		fprintf(o, "Jadwal     : %s\n", why);
	}
	fprintf(o, "\nTahapan:\n");
	if (!t->stages.n)
		fprintf(o, "  (belum ada; gangguan tender stage atau tender import)\n");
	for (size_t i = 0; i < t->stages.n; i++) {
		cli_cell_padded(cell, sizeof cell, t->stages.v[i].name, 44);
		fprintf(o, "  %2zu  %s  %s - %s\n", i + 1, cell, cli_short_time(ctx, t->stages.v[i].start, a, sizeof a),
		        cli_short_time(ctx, t->stages.v[i].end, b, sizeof b));
	}
	if (r->hist.n < 2)
		return;
	fprintf(o, "\nRiwayat jadwal (gangguan tender schedule %s --revision N):\n", t->code);
	for (size_t k = 0; k < r->hist.n; k++) {
		const schedrev *rv = &r->hist.v[k];
		const stage_list *prev = k ? &r->hist.v[k - 1].stages : NULL;
		revision_why(ctx, rv, why, sizeof why);
		fprintf(o, "  %s\n", why);
		size_t same = 0;
		for (size_t i = 0; prev && i < rv->stages.n; i++) {
			const stage *x = &rv->stages.v[i], *was;
			unsigned c = stage_change(x, prev, &was);
			char s1[60], s2[60], e1[60], e2[60];
			if (!c) {
				same++;
			} else if (c & STAGE_NEW) {
				fprintf(o, "    %2zu %s: tahap baru, %s - %s\n", i + 1, x->name, spse_time(ctx, x->start, s1, sizeof s1),
				        spse_time(ctx, x->end, e1, sizeof e1));
			} else {
				fprintf(o, "    %2zu %s:", i + 1, x->name);
				if (c & STAGE_START_MOVED)
					fprintf(o, " mulai %s -> %s%s", spse_time(ctx, was->start, s1, sizeof s1),
					        spse_time(ctx, x->start, s2, sizeof s2), c & STAGE_END_MOVED ? ";" : "");
				if (c & STAGE_END_MOVED)
					fprintf(o, " sampai %s -> %s", spse_time(ctx, was->end, e1, sizeof e1),
					        spse_time(ctx, x->end, e2, sizeof e2));
				fputc('\n', o);
			}
		}
		for (size_t i = 0; prev && i < prev->n; i++)
			if (!stage_find(&rv->stages, prev->v[i].name))
				fprintf(o, "       %s: dihapus\n", prev->v[i].name);
		if (prev)
			fprintf(o, same == rv->stages.n ? "       (tidak ada tahap yang berubah)\n" : "       (%zu tahap lain tetap)\n",
			        same);
	}
}

static int sub_show(cli_ctx *ctx, const cli_args *args)
{
	int fmt = cli_choice(args, W_FORMAT, 0), code;
	if (fmt == 2)
		return show_stages_csv(ctx, args);
	if (args->val[W_SEP])
		return cli_fail(ctx, GG_EUSAGE, "tender show: --sep hanya bersama --format csv");
	tender_record r;
	if ((code = tender_record_load(ctx, "tender show", args->pos[0], &r)))
		return code;
	if (fmt == 1)
		show_json(ctx, &r);
	else
		show_text(ctx, &r);
	tender_record_free(&r);
	return GG_OK;
}

/* tender schedule CODE: one revision as a table to enter into SPSE. */
enum { R_REVISION, R_FORMAT, R_SEP };
static const cli_option schedule_opts[] = {
	[R_REVISION] = { "revision", 0, "N", "revisi jadwal: 0 jadwal semula, N Perubahan N (bawaan: yang berlaku)", 0,
	                 NULL },
	[R_FORMAT] = { "format", 0, "FORMAT", "bentuk keluaran (bawaan: table)", 0, list_format_names },
	[R_SEP] = { "sep", 0, "SEP", "pemisah CSV: , (bawaan) atau ;", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

/* The SPSE columns: what the Pokja types into SPSE's jadwal form. */
static const char *const schedule_head[] = { "No", "Tahap", "Mulai", "Sampai", "Perubahan" };
#define SCHEDULE_COLS (sizeof schedule_head / sizeof schedule_head[0])

static void schedule_rows(cli_ctx *ctx, const schedrev *r, const schedrev *prev, int fmt, char sep)
{
	char no[24], a[60], b[60], chg[300], cell[400];
	csv_out c = { ctx->out, sep, 0 };
	const stage_list *pl = prev ? &prev->stages : NULL;
	if (fmt == FMT_TABLE) {
		cli_cell_padded(cell, sizeof cell, "Tahap", 44);
		fprintf(ctx->out, "No  %s  %-24s  %-24s  %s\n", cell, "Mulai", "Sampai", "Perubahan");
	}
	for (size_t i = 0; fmt != FMT_TABLE && i < SCHEDULE_COLS; i++) {
		if (fmt == FMT_CSV)
			csv_field(&c, schedule_head[i]);
		else
			fprintf(ctx->out, "%s%s", i ? "\t" : "", schedule_head[i]);
	}
	if (fmt == FMT_CSV)
		csv_end(&c);
	else if (fmt == FMT_TSV)
		fputc('\n', ctx->out);
	for (size_t i = 0; i < r->stages.n; i++) {
		const stage *x = &r->stages.v[i];
		snprintf(no, sizeof no, "%zu", i + 1);
		change_text(ctx, x, pl, chg, sizeof chg);
		const char *row[SCHEDULE_COLS] = { no, x->name, spse_time(ctx, x->start, a, sizeof a),
		                                   spse_time(ctx, x->end, b, sizeof b), chg };
		if (fmt == FMT_CSV) {
			for (size_t k = 0; k < SCHEDULE_COLS; k++)
				csv_field(&c, row[k]);
			csv_end(&c);
		} else if (fmt == FMT_TSV) {
			for (size_t k = 0; k < SCHEDULE_COLS; k++) {
				if (k)
					fputc('\t', ctx->out);
				out_tsv_field(ctx->out, row[k]);
			}
			fputc('\n', ctx->out);
		} else {
			cli_cell_padded(cell, sizeof cell, x->name, 44);
			char ca[80], cb[80];
			cli_cell_padded(ca, sizeof ca, row[2], 24);
			cli_cell_padded(cb, sizeof cb, row[3], 24);
			fprintf(ctx->out, "%2zu  %s  %s  %s  %s\n", i + 1, cell, ca, cb, chg);
		}
	}
}

static int sub_schedule(cli_ctx *ctx, const cli_args *a)
{
	int fmt = cli_choice(a, R_FORMAT, FMT_TABLE), code;
	char sep, why[900];
	const char *rs = a->val[R_REVISION];
	long want = -1;
	if (rs) {
		char *end;
		errno = 0;
		want = strtol(rs, &end, 10);
		if (errno || end == rs || *end || want < 0)
			return cli_fail(ctx, GG_EUSAGE, "tender schedule: --revision %s: bukan nomor revisi (0, 1, ...)", rs);
	}
	if ((code = cli_parse_sep(ctx, "tender schedule", a->val[R_SEP], &sep)))
		return code;
	tender_record r;
	if ((code = tender_record_load(ctx, "tender schedule", a->pos[0], &r)))
		return code;
	size_t k = r.hist.n - 1;
	if (want >= 0) {
		for (k = 0; k < r.hist.n && r.hist.v[k].revision != want; k++)
			;
		if (k == r.hist.n) {
			code = cli_fail(ctx, GG_ENOTFOUND, "tender schedule: tender %s tidak punya revisi jadwal %ld "
			                "(ada 0 sampai %d)", r.t.code, want, r.hist.v[r.hist.n - 1].revision);
			tender_record_free(&r);
			return code;
		}
	}
	const schedrev *rv = &r.hist.v[k], *prev = k ? &r.hist.v[k - 1] : NULL;
	if (fmt == FMT_JSON) {
		strbuf sb = STRBUF_INIT;
		revision_json(ctx, &sb, rv, prev);
		sb.len--;   /* reopen the object: which tender, and is it the current one */
		json_key_string(&sb, "code", r.t.code);
		json_key_string(&sb, "name", r.t.name);
		json_key_int(&sb, "latest_revision", r.t.latest_revision);
		json_key_bool(&sb, "cancelled", r.t.cancelled_by != 0);
		sb_append(&sb, "}\n");
		fputs(sb_str(&sb), ctx->out);
		sb_free(&sb);
	} else {
		if (fmt == FMT_TABLE) {
			revision_why(ctx, rv, why, sizeof why);
			fprintf(ctx->out, "Jadwal tender %s %s\n%s%s%s\n\n", r.t.code, r.t.name, why,
			        rv->revision == r.t.latest_revision ? "" : " (bukan jadwal yang berlaku)",
			        r.t.cancelled_by ? "; TENDER DIBATALKAN" : "");
		}
		schedule_rows(ctx, rv, prev, fmt, sep);
		if (fmt == FMT_TABLE && prev)
			for (size_t i = 0; i < prev->stages.n; i++)
				if (!stage_find(&rv->stages, prev->stages.v[i].name))
					fprintf(ctx->out, "    %s: dihapus sejak revisi %d\n", prev->stages.v[i].name,
					        prev->revision);
	}
	tender_record_free(&r);
	return GG_OK;
}

static const cli_command tender_add_cmd = {
	.name = "add",
	.needs = NEEDS_RW,
	.summary = "catat paket tender; dengan --method dan --from, tahapannya dari data/stages",
	.args = code_arg,
	.opts = add_opts,
	.run = sub_add,
};

static const cli_command tender_stage_cmd = {
	.name = "stage",
	.needs = NEEDS_RW,
	.summary = "tambah satu tahap, ganti tahap bernama sama, atau hapus tahap",
	.args = code_arg,
	.opts = stage_opts,
	.forms = stage_forms,
	.run = sub_stage,
};

static const cli_command tender_edit_cmd = {
	.name = "edit",
	.needs = NEEDS_RW,
	.summary = "ubah nama paket, Pokja atau metode (selama belum ada keputusan Pokja)",
	.args = code_arg,
	.opts = edit_opts,
	.run = sub_edit,
};

static const cli_command tender_delete_cmd = {
	.name = "delete",
	.needs = NEEDS_RW,
	.summary = "hapus tender dengan tahapannya (selama belum ada keputusan Pokja)",
	.args = code_arg,
	.opts = delete_opts,
	.run = sub_delete,
};

static const cli_command tender_import_cmd = {
	.name = "import",
	.needs = NEEDS_RW,
	.summary = "ganti semua tahap tender dengan jadwalnya: tabel jadwal SPSE yang disalin, atau CSV",
	.args = import_args,
	.opts = import_opts,
	.run = sub_import,
};

static const cli_command tender_list_cmd = {
	.name = "list",
	.needs = NEEDS_RW,
	.summary = "daftar tender dengan tahap pertama dan terakhirnya, revisi jadwal dan status",
	.opts = list_opts,
	.run = sub_list,
};

static const cli_command tender_show_cmd = {
	.name = "show",
	.needs = NEEDS_RW,
	.summary = "satu tender: tahapan yang berlaku, status, riwayat jadwal",
	.args = code_arg,
	.opts = show_opts,
	.run = sub_show,
};

static const cli_command tender_schedule_cmd = {
	.name = "schedule",
	.needs = NEEDS_RW,
	.summary = "jadwal tender (yang berlaku atau satu revisi) untuk dimasukkan ke SPSE",
	.args = code_arg,
	.opts = schedule_opts,
	.run = sub_schedule,
};

static const cli_command *const tender_subs[] = {
	&tender_add_cmd, &tender_edit_cmd, &tender_delete_cmd, &tender_stage_cmd, &tender_import_cmd,
	&tender_list_cmd, &tender_show_cmd, &tender_schedule_cmd, NULL
};

const cli_command cli_cmd_tender = {
	.name = "tender",
	.needs = NEEDS_RW,
	.summary = "paket tender dan tahapannya (gangguan-remedies(7))",
	.subs = tender_subs,
};
