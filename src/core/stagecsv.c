/* A tender's jadwal as text: SPSE's table copied from a browser, a CSV of
 * a spreadsheet (',' or ';'), the shipped templates.  See stagecsv.h. */
#include "stagecsv.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "grow.h"
#include "strbuf.h"

enum { COL_IGNORE = -1, COL_NO, COL_NAME, COL_START, COL_END, COL_CHANGE, COL__COUNT };

/* The header words, by column role. */
static const char *const column_names[COL__COUNT] = {
	[COL_NO] = "no", [COL_NAME] = "tahap", [COL_START] = "mulai", [COL_END] = "sampai",
	[COL_CHANGE] = "perubahan",
};

/* SPSE's jadwal page, left to right: the columns of a paste without its
 * header line. */
static const int spse_order[] = { COL_NO, COL_NAME, COL_START, COL_END, COL_CHANGE };
#define SPSE_COLUMNS (sizeof spse_order / sizeof spse_order[0])

/* Wider than this is no schedule (a browser copy adds a few blank cells,
 * not dozens). */
#define MAX_FIELDS 64

/* ---- characters ---- */

/* The blank of a browser copy: &nbsp; arrives as U+00A0 (C2 A0). */
static size_t nbsp_at(const char *s)
{
	return (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0 ? 2 : 0;
}

/* Bytes of blank at s (space, tab, CR, line break, NBSP), 0 if none. */
static size_t blank_at(const char *s)
{
	if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n' || *s == '\v' || *s == '\f')
		return 1;
	return nbsp_at(s);
}

static int is_blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		size_t b = blank_at(s + i);
		if (!b)
			return 0;
		i += b;
	}
	return 1;
}

/* In place: every run of blanks (NBSP and line breaks included) becomes
 * one space, none at either end.  With first_line, only the first
 * non-empty line is kept: a stage's name, which SPSE's Tahap cell may
 * follow with a second line that is not part of it. */
static void clean_field(char *s, int first_line)
{
	char *o = s;
	const char *i = s;
	int pending = 0;
	while (*i) {
		size_t b = blank_at(i);
		if (b) {
			if (*i == '\n' && first_line && o > s)
				break;
			pending = o > s;
			i += b;
			continue;
		}
		if (pending)
			*o++ = ' ';
		pending = 0;
		*o++ = *i++;
	}
	*o = '\0';
}

/* 1 if s is well-formed UTF-8 (a file saved as Windows-1252 is not). */
static int utf8_valid(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		int n = *p < 0x80 ? 0 : (*p & 0xE0) == 0xC0 ? 1 : (*p & 0xF0) == 0xE0 ? 2 : (*p & 0xF8) == 0xF0 ? 3 : -1;
		if (n < 0 || (n == 1 && *p < 0xC2))
			return 0;
		p++;
		for (int k = 0; k < n; k++, p++)
			if ((*p & 0xC0) != 0x80)
				return 0;
	}
	return 1;
}

static int all_digits(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return 0;
	return 1;
}

/* The column role a header cell [s, e) names: COL_IGNORE for a blank
 * cell, COL__COUNT for an unknown word.  Quotes around it are dropped,
 * so that the separator can be tried on a line before it is read. */
static int header_role(const char *s, const char *e)
{
	char word[64];
	if (is_blank(s, (size_t)(e - s)))
		return COL_IGNORE;
	if ((size_t)(e - s) >= sizeof word)
		return COL__COUNT;
	memcpy(word, s, (size_t)(e - s));
	word[e - s] = '\0';
	clean_field(word, 0);
	char *w = word;
	size_t len = strlen(w);
	if (len >= 2 && w[0] == '"' && w[len - 1] == '"') {
		w[len - 1] = '\0';
		w++;
		clean_field(w, 0);
	}
	for (int r = 0; r < COL__COUNT; r++)
		if (strcasecmp(w, column_names[r]) == 0)
			return r;
	return COL__COUNT;
}

/* ---- the separator ---- */

/* 1 if the line [s, s+len), split at sep outside quotes, names the three
 * required columns. */
static int header_splits(const char *s, size_t len, char sep)
{
	int seen[COL__COUNT] = { 0 };
	const char *e = s + len, *f = s;
	int quoted = 0;
	for (const char *p = s;; p++) {
		if (p < e && *p == '"')
			quoted = !quoted;
		if (p == e || (*p == sep && !quoted)) {
			int r = header_role(f, p);
			if (r >= 0 && r < COL__COUNT)
				seen[r] = 1;
			if (p == e)
				break;
			f = p + 1;
		}
	}
	return seen[COL_NAME] && seen[COL_START] && seen[COL_END];
}

static int occurs_unquoted(const char *s, size_t len, char sep)
{
	int quoted = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (s[i] == sep && !quoted)
			return 1;
	}
	return 0;
}

/* The separator, from the first line that is not blank.  A browser copies
 * an HTML table as tab-separated text, and no name or time holds a tab,
 * while a name does hold commas ("Evaluasi Administrasi, Kualifikasi,
 * Teknis, dan Harga"), unquoted in a paste; a spreadsheet under Indonesian
 * settings writes ';' (the comma being its decimal separator) and leaves
 * a name's commas unquoted.  So: the separator that splits a header line
 * into the column names; failing that (no header, or a misspelt one),
 * the first of tab, ';', ',' that the line holds outside quotes; ','
 * when it holds none (one column: the header check says what is wrong). */
static char detect_sep(const char *text)
{
	static const char candidates[] = { '\t', ';', ',' };
	const char *p = text;
	size_t len = strcspn(p, "\n");
	while (*p && is_blank(p, len)) {
		p += len + (p[len] == '\n');
		len = strcspn(p, "\n");
	}
	for (size_t i = 0; i < sizeof candidates; i++)
		if (header_splits(p, len, candidates[i]))
			return candidates[i];
	for (size_t i = 0; i < sizeof candidates; i++)
		if (occurs_unquoted(p, len, candidates[i]))
			return candidates[i];
	return ',';
}

/* ---- records ---- */

typedef struct record {
	char **f;      /* raw fields, each malloc'd */
	size_t n, cap;
	int line;      /* the line it begins on */
} record;

static void record_clear(record *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->f[i]);
	r->n = 0;
}

static void record_free(record *r)
{
	record_clear(r);
	free(r->f);
	memset(r, 0, sizeof *r);
}

static int record_push(record *r, char *s)
{
	char **v = s ? grow_array(r->f, &r->cap, r->n, sizeof *v) : NULL;
	if (!v) {
		free(s);
		return -1;
	}
	r->f = v;
	r->f[r->n++] = s;
	return 0;
}

static int field_blank(const char *s)
{
	return is_blank(s, strlen(s));
}

static int record_blank(const record *r)
{
	for (size_t i = 0; i < r->n; i++)
		if (!field_blank(r->f[i]))
			return 0;
	return 1;
}

/* Blank cells past the last column (trailing tabs of a browser copy,
 * empty cells of a spreadsheet row) are dropped. */
static void strip_extra(record *r, size_t ncols)
{
	while (r->n > ncols && field_blank(r->f[r->n - 1]))
		free(r->f[--r->n]);
}

typedef struct reader {
	const char *p;    /* next unread byte */
	int line;         /* the line *p is on */
	char sep;
} reader;

/* Reads one record: one line, or more where a quoted field holds line
 * breaks ("" is a quote inside it).  1 read, 0 at the end, -1 out of
 * memory, -2 a broken quote (why says which): the reader then goes on
 * at the line after the one the record began on, so that one bad quote
 * costs one line, not the rest of the text. */
static int read_record(reader *rd, record *r, const char **why)
{
	record_clear(r);
	if (!*rd->p)
		return 0;
	r->line = rd->line;
	const char *p = rd->p;
	int breaks = 0;   /* line breaks inside quotes */
	strbuf sb = STRBUF_INIT;
	for (;;) {
		const char *q = p;
		while (*q == ' ')
			q++;
		if (*q == '"') {
			int breaks_before = breaks;
			for (q++;; q++) {
				if (!*q) {
					*why = "tanda kutip tidak ditutup";
					goto broken;
				}
				if (*q == '"' && q[1] == '"') {
					sb_putc(&sb, '"');
					q++;
				} else if (*q == '"') {
					q++;
					break;
				} else if (!(*q == '\r' && q[1] == '\n')) {
					breaks += *q == '\n';
					sb_putc(&sb, *q);
				}
			}
			while (*q == ' ')
				q++;
			if (*q == '\r' && (q[1] == '\n' || !q[1]))
				q++;
			if (*q && *q != rd->sep && *q != '\n') {
				/* A quote that ran over lines to close on one that is
				 * not its own was not closed on its own line. */
				*why = breaks > breaks_before ? "tanda kutip tidak ditutup"
				                              : "teks sesudah tanda kutip penutup; tanda kutip di dalam teks "
				                                "ditulis \"\"";
				goto broken;
			}
		} else {
			q = p;
			while (*q && *q != rd->sep && *q != '\n')
				q++;
			size_t len = (size_t)(q - p);
			if (len && p[len - 1] == '\r' && *q != rd->sep)
				len--;
			sb_appendn(&sb, p, len);
		}
		char *field = sb_steal(&sb);
		if (record_push(r, field) < 0) {
			sb_free(&sb);
			return -1;
		}
		if (r->n > MAX_FIELDS) {
			*why = "terlalu banyak kolom";
			goto broken;
		}
		if (*q == rd->sep) {
			p = q + 1;
			continue;
		}
		rd->p = *q ? q + 1 : q;
		rd->line += 1 + breaks;
		return 1;
	}
broken:
	sb_free(&sb);
	record_clear(r);
	p = rd->p + strcspn(rd->p, "\n");
	rd->p = *p ? p + 1 : p;
	rd->line++;
	return -2;
}

typedef struct parser {
	reader rd;
	void (*emit)(void *ctx, int line, const char *what);
	void *ctx;
	int problems;
} parser;

/* The next record that is not blank, broken quotes reported on the way. */
static int next_record(parser *ps, record *r)
{
	for (;;) {
		const char *why = NULL;
		int line = ps->rd.line;
		int rc = read_record(&ps->rd, r, &why);
		if (rc == -2) {
			ps->emit(ps->ctx, line, why);
			ps->problems++;
			continue;
		}
		if (rc <= 0 || !record_blank(r))
			return rc;
	}
}

/* Moves b's fields onto a's: b's first cell continues a's last, after a
 * line break (a cell of a browser copy that holds two lines). */
static int record_join(record *a, record *b)
{
	char *last = a->f[a->n - 1];
	size_t la = strlen(last), lb = strlen(b->f[0]);
	char *j = realloc(last, la + 1 + lb + 1);
	if (!j)
		return -1;
	j[la] = '\n';
	memcpy(j + la + 1, b->f[0], lb + 1);
	a->f[a->n - 1] = j;
	free(b->f[0]);
	for (size_t i = 1; i < b->n; i++) {
		if (record_push(a, b->f[i]) < 0) {
			for (size_t k = i + 1; k < b->n; k++)
				free(b->f[k]);
			b->n = 0;
			return -1;
		}
	}
	b->n = 0;
	return 0;
}

/* ---- times ---- */

/* SPSE's "3 November 2025 08:00" (also 08.00): 1 when s is not of that
 * form (a day, a word, a year), 0 read, -1 with a sentence in why.  SPSE
 * writes the month in full; "Nov" is refused with the form to use. */
static int spse_time(const char *s, zone z, int64_t *utc, char *why, size_t n)
{
	int d, y, h, mi, used = 0, tused = 0;
	char month[20];
	if (sscanf(s, "%2d %19[A-Za-z] %4d%n", &d, month, &y, &used) != 3)
		return 1;
	if (sscanf(s + used, " %2d%*[:.]%2d%n", &h, &mi, &tused) != 2 || s[used + tused]) {
		snprintf(why, n, "'%s': jam tidak terbaca; tulis misalnya 3 November 2025 08:00", s);
		return -1;
	}
	int m = id_month_from_name(month);
	if (!m) {
		snprintf(why, n, "'%s': bulan '%s' tidak dikenal; tulis nama bulan lengkap, misalnya 3 November 2025 08:00",
		         s, month);
		return -1;
	}
	if (!civil_date_valid(y, m, d)) {
		snprintf(why, n, "'%s': tanggal tidak ada", s);
		return -1;
	}
	if (h < 0 || h > 23 || mi < 0 || mi > 59) {
		snprintf(why, n, "'%s': jam harus 00.00 sampai 23.59", s);
		return -1;
	}
	civil c = { y, m, d, h, mi, 0, 0 };
	*utc = utc_from_civil(&c, z);
	return 0;
}

int stagecsv_time(const char *s, zone z, int has_base, int64_t base_day, int64_t *utc, char *why,
                  size_t n)
{
	while (*s == ' ')
		s++;
	if (toupper((unsigned char)s[0]) == 'H' && s[1] == '+') {
		int day, h, mi, used = 0;
		if (!has_base) {
			snprintf(why, n, "'%s': waktu relatif H+N butuh tanggal mulai (--from)", s);
			return -1;
		}
		if (sscanf(s + 2, "%4d %2d%*[:.]%2d%n", &day, &h, &mi, &used) != 3 || s[2 + used] || day < 0 ||
		    h < 0 || h > 23 || mi < 0 || mi > 59) {
			snprintf(why, n, "'%s' bukan waktu H+N JJ:MM", s);
			return -1;
		}
		int y, m, d;
		civil_from_days(base_day + day, &y, &m, &d);
		civil c = { y, m, d, h, mi, 0, 0 };
		*utc = utc_from_civil(&c, z);
		return 0;
	}
	int rc = spse_time(s, z, utc, why, n);
	if (rc <= 0)
		return rc;
	char err[200];
	if (when_parse(s, z, utc, err, sizeof err) < 0) {
		snprintf(why, n, "%s", err);
		return -1;
	}
	return 0;
}

/* ---- rows ---- */

static int add_row(stagecsv *c, const char *name, int64_t start, int64_t end, int line)
{
	stagecsv_row *v = grow_array(c->v, &c->cap, c->n, sizeof *v);
	if (!v)
		return -1;
	c->v = v;
	char *copy = strdup(name);
	if (!copy)
		return -1;
	c->v[c->n++] = (stagecsv_row){ copy, start, end, line };
	return 0;
}

/* What the columns are: the role of each field, from a header line or
 * SPSE's order. */
typedef struct layout {
	int role[MAX_FIELDS];
	size_t ncols;           /* fields a row may have */
	int col[COL__COUNT];    /* field of each role, -1 if absent */
	int headerless;
	int line;               /* of the header; 0 without */
} layout;

static void layout_set(layout *lo, size_t i, int role)
{
	lo->role[i] = role;
	if (role >= 0)
		lo->col[role] = (int)i;
}

/* A first record that names no column and opens with a number is a row
 * of SPSE's table copied without its header: No, Tahap, Mulai, Sampai,
 * Perubahan from its first cell that is not blank. */
static int layout_headerless(layout *lo, const record *r)
{
	for (size_t i = 0; i < r->n; i++) {
		int role = header_role(r->f[i], r->f[i] + strlen(r->f[i]));
		if (role != COL_IGNORE && role != COL__COUNT)
			return 0;
	}
	size_t k = 0;
	while (k < r->n && field_blank(r->f[k]))
		k++;
	/* Two cells are enough: the first row's Tahap cell may hold a line
	 * break, and the row then goes on on the next line. */
	if (k == r->n || r->n - k < 2 || k + SPSE_COLUMNS > MAX_FIELDS)
		return 0;
	char first[32];
	snprintf(first, sizeof first, "%s", r->f[k]);
	clean_field(first, 0);
	if (!all_digits(first))
		return 0;
	for (size_t i = 0; i < k; i++)
		layout_set(lo, i, COL_IGNORE);
	for (size_t i = 0; i < SPSE_COLUMNS; i++)
		layout_set(lo, k + i, spse_order[i]);
	lo->ncols = k + SPSE_COLUMNS;
	lo->headerless = 1;
	return 1;
}

/* Reads the header line.  0, or 1 when the required columns are missing
 * (nothing below can be read then). */
static int layout_header(layout *lo, record *r, parser *ps)
{
	char what[400];
	lo->line = r->line;
	size_t n = r->n;
	while (n && field_blank(r->f[n - 1]))
		n--;
	for (size_t i = 0; i < n; i++) {
		int role = header_role(r->f[i], r->f[i] + strlen(r->f[i]));
		if (role == COL__COUNT) {
			clean_field(r->f[i], 0);
			snprintf(what, sizeof what, "kolom '%s' tidak dikenal; kepala berkas: tahap,mulai,sampai", r->f[i]);
			ps->emit(ps->ctx, r->line, what);
			ps->problems++;
			role = COL_IGNORE;
		} else if (role >= 0 && lo->col[role] >= 0) {
			snprintf(what, sizeof what, "kolom '%s' dua kali", column_names[role]);
			ps->emit(ps->ctx, r->line, what);
			ps->problems++;
			role = COL_IGNORE;
		}
		layout_set(lo, i, role);
	}
	lo->ncols = n;
	if (lo->col[COL_NAME] < 0 || lo->col[COL_START] < 0 || lo->col[COL_END] < 0) {
		ps->emit(ps->ctx, r->line,
		         "kepala berkas harus memuat kolom tahap,mulai,sampai (atau tempel tabel jadwal SPSE: No, Tahap, "
		         "Mulai, Sampai, Perubahan)");
		ps->problems++;
		return 1;
	}
	return 0;
}

/* The fields a row needs: up to its last required column. */
static size_t layout_need(const layout *lo)
{
	int m = lo->col[COL_NAME];
	if (lo->col[COL_START] > m)
		m = lo->col[COL_START];
	if (lo->col[COL_END] > m)
		m = lo->col[COL_END];
	return (size_t)m + 1;
}

static int role_read(int role)
{
	return role == COL_NAME || role == COL_START || role == COL_END;
}

/* In a tab-separated paste a cell that holds a line break splits its row
 * over two lines: the next line continues this one when together they
 * have no more cells than the table, and it does not open with a row
 * number while this row already has its times.  Also taken: a second
 * line of the last cell when that cell is one that is not read
 * (Perubahan: "1 kali perubahan" and a line under it). */
static int join_continuations(parser *ps, const layout *lo, record *cur, record *next, int *have_next)
{
	size_t need = layout_need(lo);
	/* A full row takes a line into its last cell only where rows are
	 * numbered: without No, that line could be the next stage. */
	int numbered = lo->col[COL_NO] >= 0;
	while (cur->n < lo->ncols || (numbered && cur->n == lo->ncols && !role_read(lo->role[lo->ncols - 1]))) {
		int rc = next_record(ps, next);
		if (rc < 0)
			return -1;
		if (rc == 0)
			break;
		/* Its blank cells past what this row has room for are
		 * trailing tabs, not cells. */
		strip_extra(next, lo->ncols + 1 - cur->n);
		int opens_row = numbered && (size_t)lo->col[COL_NO] < next->n && cur->n >= need;
		if (opens_row) {
			char no[32];
			snprintf(no, sizeof no, "%s", next->f[lo->col[COL_NO]]);
			clean_field(no, 0);
			opens_row = all_digits(no);
		}
		if (cur->n + next->n - 1 > lo->ncols || opens_row) {
			*have_next = 1;
			break;
		}
		if (record_join(cur, next) < 0)
			return -1;
	}
	return 0;
}

/* One row: checks its cells and keeps it when its times are read. */
static int take_row(parser *ps, const layout *lo, record *r, int has_base, int64_t base_day, zone z,
                    stagecsv *out)
{
	char what[400], msg[500];
	int bad = 0;
	size_t need = layout_need(lo);
	int extra = 0;
	for (size_t i = lo->ncols; i < r->n; i++)
		extra |= !field_blank(r->f[i]);
	if (r->n < need || extra) {
		if (lo->headerless)
			snprintf(what, sizeof what, "%zu kolom; tabel jadwal SPSE punya No, Tahap, Mulai, Sampai, Perubahan",
			         r->n);
		else
			snprintf(what, sizeof what, "%zu kolom, kepala berkas punya %zu", r->n, lo->ncols);
		ps->emit(ps->ctx, r->line, what);
		ps->problems++;
		return 0;
	}
	char *name = r->f[lo->col[COL_NAME]], *start_s = r->f[lo->col[COL_START]], *end_s = r->f[lo->col[COL_END]];
	clean_field(name, 1);
	clean_field(start_s, 0);
	clean_field(end_s, 0);
	if (!utf8_valid(name)) {
		ps->emit(ps->ctx, r->line, "nama tahap bukan teks UTF-8; simpan berkas sebagai CSV UTF-8");
		bad = 1;
	}
	int64_t start = 0, end = 0;
	if (stagecsv_time(start_s, z, has_base, base_day, &start, what, sizeof what) < 0) {
		snprintf(msg, sizeof msg, "mulai: %s", what);
		ps->emit(ps->ctx, r->line, msg);
		bad = 1;
	}
	if (stagecsv_time(end_s, z, has_base, base_day, &end, what, sizeof what) < 0) {
		snprintf(msg, sizeof msg, "sampai: %s", what);
		ps->emit(ps->ctx, r->line, msg);
		bad = 1;
	}
	ps->problems += bad;
	/* A row with a bad time is not kept: the set check would only
	 * repeat it. */
	if (!bad && add_row(out, name, start, end, r->line) < 0)
		return -1;
	return 0;
}

int stagecsv_parse(const char *text, zone z, int has_base, int64_t base_day, stagecsv *out,
                   void (*emit)(void *ctx, int line, const char *what), void *ctx)
{
	memset(out, 0, sizeof *out);
	const char *p = text;
	if ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF)
		p += 3;   /* a BOM, as spreadsheets write it */
	/* Lines beginning with '#' before the header are comments: the shipped
	 * stage lists name their source there.  Counted, so lines keep their
	 * numbers. */
	int first_line = 1;
	while (*p == '#') {
		p += strcspn(p, "\n");
		p += *p == '\n';
		first_line++;
	}
	parser ps = { { p, first_line, detect_sep(p) }, emit, ctx, 0 };
	layout lo;
	memset(&lo, 0, sizeof lo);
	for (int r = 0; r < COL__COUNT; r++)
		lo.col[r] = -1;
	record cur = { 0 }, next = { 0 };
	int have_next = 0, have_layout = 0, rows = 0, rc = 0;
	for (;;) {
		if (have_next) {
			record t = cur;
			cur = next;
			next = t;
			have_next = 0;
			rc = 1;
		} else if ((rc = next_record(&ps, &cur)) <= 0) {
			break;
		}
		if (!have_layout) {
			have_layout = 1;
			if (!layout_headerless(&lo, &cur)) {
				if (layout_header(&lo, &cur, &ps)) {
					rc = 0;
					break;   /* nothing below can be read */
				}
				continue;
			}
		}
		strip_extra(&cur, lo.ncols);
		if (ps.rd.sep == '\t' && join_continuations(&ps, &lo, &cur, &next, &have_next) < 0) {
			rc = -1;
			break;
		}
		rows++;
		if ((rc = take_row(&ps, &lo, &cur, has_base, base_day, z, out)) < 0)
			break;
	}
	record_free(&cur);
	record_free(&next);
	if (rc < 0)
		return -1;
	if (!have_layout) {
		emit(ctx, 1, "berkas kosong; kepala berkas: tahap,mulai,sampai");
		ps.problems++;
	} else if (!rows && lo.line && lo.col[COL_NAME] >= 0 && lo.col[COL_START] >= 0 && lo.col[COL_END] >= 0) {
		emit(ctx, lo.line, "tidak ada baris tahap di bawah kepala berkas");
		ps.problems++;
	}
	return ps.problems;
}

void stagecsv_free(stagecsv *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].name);
	free(c->v);
	memset(c, 0, sizeof *c);
}

/* ---- the whole check ---- */

typedef struct problem {
	int line;
	size_t seq;
	char *what;
} problem;

typedef struct problem_list {
	problem *v;
	size_t n, cap;
	int failed;
} problem_list;

static void collect(void *ctx, int line, const char *what)
{
	problem_list *l = ctx;
	problem *v = grow_array(l->v, &l->cap, l->n, sizeof *v);
	char *copy = v ? strdup(what) : NULL;
	if (!copy) {
		if (v)
			l->v = v;
		l->failed = 1;
		return;
	}
	l->v = v;
	l->v[l->n] = (problem){ line, l->n, copy };
	l->n++;
}

static int by_line(const void *a, const void *b)
{
	const problem *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

stage_new *stagecsv_stages(const stagecsv *c)
{
	stage_new *v = calloc(c->n ? c->n : 1, sizeof *v);
	if (!v)
		return NULL;
	for (size_t i = 0; i < c->n; i++)
		v[i] = (stage_new){ c->v[i].name, c->v[i].start, c->v[i].end, c->v[i].line };
	return v;
}

int stagecsv_read(const char *text, const char *source, zone z, int has_base, int64_t base_day, stagecsv *out,
                  strbuf *problems)
{
	problem_list l = { NULL, 0, 0, 0 };
	int n = stagecsv_parse(text, z, has_base, base_day, out, collect, &l);
	if (n >= 0) {
		stage_new *v = stagecsv_stages(out);
		if (v)
			n += stages_check(v, out->n, collect, &l);
		else
			n = -1;
		free(v);
	}
	/* Parse and set problems in the order of the lines they are on. */
	if (l.n)
		qsort(l.v, l.n, sizeof *l.v, by_line);
	for (size_t i = 0; i < l.n; i++) {
		sb_appendf(problems, "%s:%d: %s\n", source, l.v[i].line, l.v[i].what);
		free(l.v[i].what);
	}
	free(l.v);
	/* Counted as listed: a row with two bad times is two problems. */
	if (n >= 0)
		n = (int)l.n;
	if (l.failed || sb_failed(problems))
		n = -1;
	return n;
}
