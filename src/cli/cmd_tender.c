/* gangguan tender add|stage|import|list|show: tenders and their stages. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli_commands.h"
#include "cli_output.h"
#include "cli_tender.h"
#include "json.h"
#include "schedule.h"
#include "stagecsv.h"
#include "store_tender.h"
#include "tenders.h"

#define MAX_CSV_BYTES (1 << 20)

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

/* Reads a whole file ("-": standard input), at most MAX_CSV_BYTES. */
static int read_all(cli_ctx *ctx, const char *cmd, const char *path, char **text)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f)
		return cli_fail(ctx, GG_ENOTFOUND, "%s: %s: %s", cmd, path, strerror(errno));
	strbuf sb = STRBUF_INIT;
	char buf[8192];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0 && sb.len <= MAX_CSV_BYTES)
		sb_appendn(&sb, buf, n);
	int bad = ferror(f);
	if (f != stdin)
		fclose(f);
	if (bad || sb.len > MAX_CSV_BYTES || sb_failed(&sb) || memchr(sb_str(&sb), '\0', sb.len)) {
		sb_free(&sb);
		return cli_fail(ctx, GG_EDATA, "%s: %s: tidak dapat dibaca sebagai teks CSV (paling besar 1 MB)",
		                cmd, path);
	}
	*text = sb_steal(&sb);
	if (!*text)
		*text = strdup("");
	return *text ? GG_OK : cli_fail(ctx, GG_ESOFTWARE, "%s: memori habis", cmd);
}

/* --from DATE: a date ("2018-02-05", "05/02/2018") or a WHEN; its local day. */
static int parse_from(cli_ctx *ctx, const char *cmd, const char *s, int64_t *day)
{
	gg_err err;
	if (tender_parse_day(&ctx->s, s, day, &err))
		return cli_fail(ctx, GG_EUSAGE, "%s: --from: %s", cmd, err.msg);
	return GG_OK;
}

/* A stage list's problem as FILE:LINE: what. */
static void print_source_problem(void *p, const char *source, int line, const char *what)
{
	cli_ctx *ctx = p;
	fprintf(ctx->err, "%s:%d: %s\n", source, line, what);
}

typedef struct csv_sink {
	cli_ctx *ctx;
	const char *file;
} csv_sink;

static void print_problem(void *p, int line, const char *what)
{
	csv_sink *k = p;
	fprintf(k->ctx->err, "%s:%d: %s\n", k->file, line, what);
}

/* Parses CSV text into stage_new rows (names borrowed from *csv).
 * Problems are printed as FILE:LINE: what; GG_EDATA then. */
static int parse_stages(cli_ctx *ctx, const char *cmd, const char *file, const char *text, int has_base,
                        int64_t base_day, stagecsv *csv, stage_new **out)
{
	csv_sink k = { ctx, file };
	int n = stagecsv_parse(text, ctx->s.cfg->tz, has_base, base_day, csv, print_problem, &k);
	if (n < 0)
		return cli_fail(ctx, GG_ESOFTWARE, "%s: memori habis", cmd);
	*out = calloc(csv->n ? csv->n : 1, sizeof **out);
	if (!*out)
		return cli_fail(ctx, GG_ESOFTWARE, "%s: memori habis", cmd);
	for (size_t i = 0; i < csv->n; i++)
		(*out)[i] = (stage_new){ csv->v[i].name, csv->v[i].start, csv->v[i].end, csv->v[i].line };
	n += stages_check(*out, csv->n, print_problem, &k);
	if (n)
		return cli_fail(ctx, GG_EDATA, "%s: %s: %d masalah; tidak ada yang diimpor", cmd, file, n);
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
	if (from) {
		int64_t day;
		gg_err err;
		if ((code = parse_from(ctx, "tender add", from, &day)))
			return code;
		/* the same stage list as the TUI's tender form (tenders.h) */
		if ((code = tender_stages_from_method(&ctx->s, method, day, &stages, print_source_problem, ctx, &err)))
			return cli_fail(ctx, code, "tender add: %s", err.msg);
	}
	gg_err err;
	tender_new in = { pos[0], name, committee, method };
	if ((code = store_tender_add(ctx->s.st, &in, stages.v, stages.n, NULL, &err)))
		cli_fail(ctx, code, "tender add: %s", err.msg);
	tender_stages_free(&stages);
	return code;
}

enum { S_NAME, S_START, S_END };
static const cli_option stage_opts[] = {
	[S_NAME] = { "name", 0, "STAGE", "nama tahap; tahap bernama sama diganti", CLI_REQUIRED, NULL },
	[S_START] = { "start", 0, "WHEN", "awal tahap", CLI_REQUIRED, NULL },
	[S_END] = { "end", 0, "WHEN", "akhir tahap", CLI_REQUIRED, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static int sub_stage(cli_ctx *ctx, const cli_args *a)
{
	const char *const *pos = a->pos;
	const char *name = a->val[S_NAME], *start = a->val[S_START], *end = a->val[S_END];
	int code;
	stage_new st = { name, 0, 0, 0 };
	if ((code = cli_parse_when(ctx, "tender stage", "--start", start, &st.start)) ||
	    (code = cli_parse_when(ctx, "tender stage", "--end", end, &st.end)))
		return code;
	gg_err err;
	if ((code = store_stage_set(ctx->s.st, pos[0], &st, 0, &err)))
		return cli_fail(ctx, code, "tender stage: %s", err.msg);
	return GG_OK;
}

enum { I_FROM };
static const cli_option import_opts[] = {
	[I_FROM] = { "from", 0, "DATE", "hari H+0 bila berkas memakai hari relatif", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static const cli_arg import_args[] = {
	{ "CODE", "kode tender", CLI_TENDER },
	{ "FILE", "berkas CSV tahap,mulai,sampai; - untuk masukan standar", CLI_FILE },
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
		static const char *const head[] = { "code", "name", "committee", "method", "stages", "first_start", "last_end" };
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
			csv_end(&c);
		}
	} else if (fmt == FMT_TSV) {
		fprintf(ctx->out, "code\tname\tcommittee\tmethod\tstages\tfirst_start\tlast_end\n");
		for (size_t i = 0; i < l.n; i++) {
			const tender *t = &l.v[i];
			out_tsv_field(ctx->out, t->code);
			fputc('\t', ctx->out);
			out_tsv_field(ctx->out, t->name);
			fputc('\t', ctx->out);
			out_tsv_field(ctx->out, t->committee);
			fputc('\t', ctx->out);
			out_tsv_field(ctx->out, t->method);
			fprintf(ctx->out, "\t%zu\t%s\t%s\n", t->stages.n,
			        t->stages.n ? out_iso_time(ctx, t->stages.v[0].start, a, sizeof a) : "",
			        t->stages.n ? out_iso_time(ctx, t->stages.v[t->stages.n - 1].end, b, sizeof b) : "");
		}
	} else {
		fprintf(ctx->out, "%-12s %-6s %-16s %-16s %s\n", "KODE", "TAHAP", "MULAI", "SELESAI", "NAMA PAKET");
		for (size_t i = 0; i < l.n; i++) {
			const tender *t = &l.v[i];
			char code_cell[64];
			cli_cell_padded(code_cell, sizeof code_cell, t->code, 12);
			out_cell(cell, sizeof cell, t->name, 60);
			fprintf(ctx->out, "%s %-6zu %-16s %-16s %s\n", code_cell, t->stages.n,
			        t->stages.n ? cli_short_time(ctx, t->stages.v[0].start, a, sizeof a) : "-",
			        t->stages.n ? cli_short_time(ctx, t->stages.v[t->stages.n - 1].end, b, sizeof b) : "-",
			        cell);
		}
	}
	tender_list_free(&l);
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

static int sub_show(cli_ctx *ctx, const cli_args *args)
{
	const char *tcode = args->pos[0];
	int fmt = cli_choice(args, W_FORMAT, 0), json = fmt == 1, code;
	if (fmt == 2)
		return show_stages_csv(ctx, args);
	if (args->val[W_SEP])
		return cli_fail(ctx, GG_EUSAGE, "tender show: --sep hanya bersama --format csv");
	tender t;
	gg_err err;
	code = store_tender_get(ctx->s.st, tcode, &t, &err);
	if (code)
		return cli_report(ctx, &err);
	if (json) {
		strbuf sb = STRBUF_INIT;
		out_tender_json(ctx, &sb, &t);
		sb_putc(&sb, '\n');
		fputs(sb_str(&sb), ctx->out);
		sb_free(&sb);
	} else {
		char a[40], b[40], cell[400];
		fprintf(ctx->out, "Tender %s\nNama paket : %s\nPokja      : %s\nMetode     : %s\n\nTahapan:\n", t.code,
		        t.name, *t.committee ? t.committee : "-", *t.method ? t.method : "-");
		if (!t.stages.n)
			fprintf(ctx->out, "  (belum ada; gangguan tender stage atau tender import)\n");
		for (size_t i = 0; i < t.stages.n; i++) {
			cli_cell_padded(cell, sizeof cell, t.stages.v[i].name, 44);
			fprintf(ctx->out, "  %2zu  %s  %s - %s\n", i + 1, cell,
			        cli_short_time(ctx, t.stages.v[i].start, a, sizeof a),
			        cli_short_time(ctx, t.stages.v[i].end, b, sizeof b));
		}
	}
	tender_free(&t);
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
	.summary = "tambah satu tahap, atau ganti tahap bernama sama",
	.args = code_arg,
	.opts = stage_opts,
	.run = sub_stage,
};

static const cli_command tender_import_cmd = {
	.name = "import",
	.needs = NEEDS_RW,
	.summary = "ganti semua tahap tender dengan isi berkas CSV",
	.args = import_args,
	.opts = import_opts,
	.run = sub_import,
};

static const cli_command tender_list_cmd = {
	.name = "list",
	.needs = NEEDS_RW,
	.summary = "daftar tender dengan tahap pertama dan terakhirnya",
	.opts = list_opts,
	.run = sub_list,
};

static const cli_command tender_show_cmd = {
	.name = "show",
	.needs = NEEDS_RW,
	.summary = "satu tender dengan tahapannya",
	.args = code_arg,
	.opts = show_opts,
	.run = sub_show,
};

static const cli_command *const tender_subs[] = {
	&tender_add_cmd, &tender_stage_cmd, &tender_import_cmd, &tender_list_cmd, &tender_show_cmd, NULL
};

const cli_command cli_cmd_tender = {
	.name = "tender",
	.needs = NEEDS_RW,
	.summary = "paket tender dan tahapannya (gangguan-remedies(7))",
	.subs = tender_subs,
};
