#include "cli_output.h"

#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "idtime.h"
#include "json.h"
#include "sanitize.h"

const char *const list_format_names[] = { "table", "tsv", "json", "csv", NULL };

void csv_field(csv_out *c, const char *s)
{
	if (c->col++)
		fputc(c->sep, c->f);
	/* a newline and a tab stay (a quoted field may hold them); every other
	 * control, CR included, becomes a visible escape */
	char *clean = text_escape(s, SAN_ESC_KEEP_NL | SAN_ESC_KEEP_TAB);
	const char *t = clean ? clean : "";
	if (!strchr(t, c->sep) && !strpbrk(t, "\"\r\n")) {
		fputs(t, c->f);
		free(clean);
		return;
	}
	fputc('"', c->f);
	for (; *t; t++) {
		if (*t == '"')
			fputc('"', c->f);
		fputc(*t, c->f);
	}
	fputc('"', c->f);
	free(clean);
}

void csv_end(csv_out *c)
{
	fputs("\r\n", c->f);
	c->col = 0;
}

int cli_parse_sep(cli_ctx *ctx, const char *cmd, const char *s, char *sep)
{
	if (!s || strcmp(s, ",") == 0)
		*sep = ',';
	else if (strcmp(s, ";") == 0)
		*sep = ';';
	else
		return cli_fail(ctx, GG_EUSAGE, "%s: --sep '%s': pilih , atau ; (lembar kerja berpengaturan Indonesia)", cmd, s);
	return GG_OK;
}

/* v as exactly w digits at p (0 <= v < 10^w); returns the end. */
static char *put_digits(char *p, int v, int w)
{
	for (int i = w - 1; i >= 0; i--, v /= 10)
		p[i] = (char)('0' + v % 10);
	return p + w;
}

/* "YYYY-MM-DDTHH:MM:SS" of a civil time and the suffix, into buf (at
 * least 32 bytes; without printf, as a list prints two a row).  A year
 * outside 0-9999 falls back to snprintf. */
static const char *put_iso(char *buf, size_t n, int y, int mo, int d, int h, int mi, int sec, const char *suffix)
{
	size_t sl = strlen(suffix);
	if (y < 0 || y > 9999 || n < 20 + sl) {
		snprintf(buf, n, "%04d-%02d-%02dT%02d:%02d:%02d%s", y, mo, d, h, mi, sec, suffix);
		return buf;
	}
	char *p = put_digits(buf, y, 4);
	*p++ = '-';
	p = put_digits(p, mo, 2);
	*p++ = '-';
	p = put_digits(p, d, 2);
	*p++ = 'T';
	p = put_digits(p, h, 2);
	*p++ = ':';
	p = put_digits(p, mi, 2);
	*p++ = ':';
	p = put_digits(p, sec, 2);
	memcpy(p, suffix, sl + 1);
	return buf;
}

const char *out_utc_time(int64_t utc, char *buf, size_t n)
{
	if (!utc) {
		if (n)
			buf[0] = '\0';
		return buf;
	}
	int64_t days = utc >= 0 ? utc / 86400 : -((-utc + 86399) / 86400), s = utc - days * 86400;
	int y, m, d;
	civil_from_days(days, &y, &m, &d);
	return put_iso(buf, n, y, m, d, (int)(s / 3600), (int)(s / 60 % 60), (int)(s % 60), "Z");
}

const char *out_iso_time(const cli_ctx *ctx, int64_t utc, char *buf, size_t n)
{
	civil c;
	if (!utc) {
		if (n)
			buf[0] = '\0';
		return buf;
	}
	civil_from_utc(utc, ctx->s.cfg->tz, &c);
	int h = zone_utc_offset(ctx->s.cfg->tz) / 3600;
	char offset[8] = { '+', (char)('0' + h / 10 % 10), (char)('0' + h % 10), ':', '0', '0', '\0' };
	return put_iso(buf, n, c.year, c.month, c.day, c.hour, c.minute, c.second, offset);
}

const char *out_duration(const incident *inc, char *buf, size_t n)
{
	if (inc->state == ST_VOID)
		snprintf(buf, n, "-");
	else if (inc->t.restored)
		fmt_duration(buf, n, inc->t.restored - inc->t.started);
	else
		snprintf(buf, n, "masih berlangsung");
	return buf;
}

void out_cell(char *dst, size_t n, const char *s, int width)
{
	size_t j = 0;
	int cols = 0;
	char *clean = text_escape(s, SAN_ESC_KEEP_NL | SAN_ESC_KEEP_TAB);
	const unsigned char *p = (const unsigned char *)(clean ? clean : "");
	while (*p && j + 4 < n) {
		size_t len = 1;
		if (*p >= 0xC0)
			while (len < 4 && (p[len] & 0xC0) == 0x80)
				len++;
		if (cols == width - 1 && p[len]) {
			memcpy(dst + j, "\xe2\x80\xa6", 3);   /* … */
			j += 3;
			break;
		}
		if (*p < 0x20 || *p == 0x7f) {
			dst[j++] = ' ';
		} else {
			memcpy(dst + j, p, len);
			j += len;
		}
		p += len;
		cols++;
	}
	dst[j] = '\0';
	free(clean);
}

void out_tsv_field(FILE *f, const char *s)
{
	char *clean = text_escape(s, SAN_ESC_BACKSLASH);
	fputs(clean ? clean : "", f);
	free(clean);
}

void out_incident_json(const cli_ctx *ctx, strbuf *sb, const incident *inc)
{
	char t[40], d[80];
	const cause_info *c = cause_find(inc->cause);
	sb_putc(sb, '{');
	json_key_int(sb, "id", inc->id);
	json_key_string(sb, "state", state_name(inc->state));
	json_key_string(sb, "state_label", state_label(inc->state));
	json_key_string(sb, "summary", inc->summary);
	json_key_string(sb, "cause", inc->cause);
	json_key_string(sb, "cause_label", c ? c->label : inc->cause);
	json_key_string(sb, "impact", inc->impact);
	json_key_string(sb, "reporter", inc->reporter);
	json_key_string(sb, "channel", inc->channel);
	const struct { const char *key; int64_t v; } times[] = {
		{ "started", inc->t.started }, { "opened", inc->t.opened },
		{ "restored", inc->t.restored }, { "closed", inc->t.closed },
	};
	for (size_t i = 0; i < sizeof times / sizeof times[0]; i++) {
		char key[32];
		snprintf(key, sizeof key, "%s_utc", times[i].key);
		if (times[i].v) {
			json_key_string(sb, times[i].key, out_iso_time(ctx, times[i].v, t, sizeof t));
			json_key_string(sb, key, out_utc_time(times[i].v, t, sizeof t));
		} else {
			json_key_null(sb, times[i].key);
			json_key_null(sb, key);
		}
	}
	json_key_string(sb, "duration", out_duration(inc, d, sizeof d));
	/* seconds from the start to the restore; null while not restored or void */
	if (inc->state != ST_VOID && inc->t.restored)
		json_key_int(sb, "duration_s", inc->t.restored - inc->t.started);
	else
		json_key_null(sb, "duration_s");
	json_key_string(sb, "void_reason", inc->void_reason);
	json_key_int(sb, "version", inc->version);
	sb_putc(sb, '}');
}

void out_event_json(const cli_ctx *ctx, strbuf *sb, const event *e)
{
	char t[40];
	sb_putc(sb, '{');
	json_key_int(sb, "id", e->id);
	json_key_string(sb, "at", out_iso_time(ctx, e->at, t, sizeof t));
	json_key_string(sb, "at_utc", out_utc_time(e->at, t, sizeof t));
	json_key_bool(sb, "about", e->about);
	json_key_bool(sb, "action", e->action);
	json_key_string(sb, "text", e->text);
	json_key_string(sb, "author", e->author);
	sb_putc(sb, '}');
}

/* Each format as its header and one row, so that a list is printed as
 * the store reads it (a register of a million incidents in constant
 * memory). */
static void table_head(cli_ctx *ctx)
{
	fprintf(ctx->out, "%-5s %-10s %-20s %-18s %-15s %s\n", "ID", "STATUS", "MULAI", "DURASI",
	        "PENYEBAB", "RINGKASAN");
}

static void table_row(cli_ctx *ctx, const incident *x)
{
	char t[40], d[80], cell[400];
	const cause_info *c = cause_find(x->cause);
	out_cell(cell, sizeof cell, x->summary, 60);
	fprintf(ctx->out, "%-5lld %-10s %-20s %-18s %-15s %s\n", (long long)x->id,
	        state_label(x->state), cli_time(ctx, x->t.started, t, sizeof t),
	        out_duration(x, d, sizeof d), c ? c->label : x->cause, cell);
}

static void tsv_head(cli_ctx *ctx)
{
	fputs("id\tstate\tstarted\trestored\tclosed\tduration\tcause\tsummary\n", ctx->out);
}

/* s as a TSV field into row: through text_escape only when a byte needs
 * it (most fields are plain ASCII). */
static void tsv_put(strbuf *row, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p && *p >= 0x20 && *p < 0x7F && *p != '\\')
		p++;
	if (!*p) {
		sb_append(row, s);
		return;
	}
	char *clean = text_escape(s, SAN_ESC_BACKSLASH);
	sb_append(row, clean ? clean : "");
	free(clean);
}

/* A row is built whole and written once: a long list prints many. */
static void tsv_row(cli_ctx *ctx, const incident *x)
{
	char t[40], d[80], id[24];
	strbuf row = STRBUF_INIT;
	snprintf(id, sizeof id, "%lld", (long long)x->id);
	sb_append(&row, id);
	sb_putc(&row, '\t');
	sb_append(&row, state_name(x->state));
	const int64_t times[] = { x->t.started, x->t.restored, x->t.closed };
	for (size_t i = 0; i < 3; i++) {
		sb_putc(&row, '\t');
		sb_append(&row, out_iso_time(ctx, times[i], t, sizeof t));
	}
	sb_putc(&row, '\t');
	tsv_put(&row, out_duration(x, d, sizeof d));
	sb_putc(&row, '\t');
	tsv_put(&row, x->cause);
	sb_putc(&row, '\t');
	tsv_put(&row, x->summary);
	sb_putc(&row, '\n');
	if (!sb_failed(&row))
		fwrite(row.buf, 1, row.len, ctx->out);
	sb_free(&row);
}

static void csv_head(cli_ctx *ctx, char sep)
{
	static const char *const head[] = { "id", "state", "started", "restored", "closed", "duration_s", "cause",
	                                    "summary", "impact" };
	csv_out c = { ctx->out, sep, 0 };
	for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
		csv_field(&c, head[i]);
	csv_end(&c);
}

static void csv_row(cli_ctx *ctx, const incident *x, char sep)
{
	csv_out c = { ctx->out, sep, 0 };
	char t[40], n[32];
	snprintf(n, sizeof n, "%lld", (long long)x->id);
	csv_field(&c, n);
	csv_field(&c, state_name(x->state));
	csv_field(&c, out_iso_time(ctx, x->t.started, t, sizeof t));
	csv_field(&c, out_iso_time(ctx, x->t.restored, t, sizeof t));
	csv_field(&c, out_iso_time(ctx, x->t.closed, t, sizeof t));
	if (x->state != ST_VOID && x->t.restored)
		snprintf(n, sizeof n, "%lld", (long long)(x->t.restored - x->t.started));
	else
		n[0] = '\0';
	csv_field(&c, n);
	csv_field(&c, x->cause);
	csv_field(&c, x->summary);
	csv_field(&c, x->impact);
	csv_end(&c);
}

/* The header (or "[") goes out with the first row, or at the end of an
 * empty list: a query refused before its first row prints nothing. */
static void stream_begin(out_stream *o)
{
	if (o->begun)
		return;
	o->begun = 1;
	if (o->format == FMT_CSV)
		csv_head(o->ctx, o->sep);
	else if (o->format == FMT_TSV)
		tsv_head(o->ctx);
	else if (o->format == FMT_JSON)
		fputc('[', o->ctx->out);
	else
		table_head(o->ctx);
}

int out_incident_row(void *ctx, const incident *x)
{
	out_stream *o = ctx;
	stream_begin(o);
	if (o->format == FMT_CSV) {
		csv_row(o->ctx, x, o->sep);
	} else if (o->format == FMT_TSV) {
		tsv_row(o->ctx, x);
	} else if (o->format == FMT_JSON) {
		strbuf sb = STRBUF_INIT;
		if (o->rows)
			sb_putc(&sb, ',');
		out_incident_json(o->ctx, &sb, x);
		fputs(sb_str(&sb), o->ctx->out);
		sb_free(&sb);
	} else {
		table_row(o->ctx, x);
	}
	o->rows++;
	return 0;
}

void out_incident_end(out_stream *o)
{
	stream_begin(o);
	if (o->format == FMT_JSON)
		fputs("]\n", o->ctx->out);
}

void out_incidents(cli_ctx *ctx, const incident_list *l, int format, char sep)
{
	out_stream o = { ctx, format, sep, 0, 0 };
	for (size_t i = 0; i < l->n; i++)
		out_incident_row(&o, &l->v[i]);
	out_incident_end(&o);
}
