#include "stagecsv.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "grow.h"

enum { COL_NO, COL_NAME, COL_START, COL_END, COL_CHANGE, COL__COUNT };

/* The header words, by column role. */
static const char *const column_names[COL__COUNT] = {
	[COL_NO] = "no", [COL_NAME] = "tahap", [COL_START] = "mulai", [COL_END] = "sampai",
	[COL_CHANGE] = "perubahan",
};

#define MAX_FIELDS 8

/* Splits one line into fields (quotes handled).  Returns the number of
 * fields, or -1 for an unclosed quote, -2 for too many fields.  The
 * fields point into buf, which is rewritten. */
static int split_csv(char *buf, char **fields)
{
	int n = 0;
	char *p = buf;
	for (;;) {
		if (n == MAX_FIELDS)
			return -2;
		char *out = p;
		fields[n++] = out;
		while (*p == ' ')
			p++;
		if (*p == '"') {
			char *q = p + 1;
			out = fields[n - 1] = p;
			for (;;) {
				if (!*q)
					return -1;
				if (*q == '"' && q[1] == '"') {
					*out++ = '"';
					q += 2;
				} else if (*q == '"') {
					q++;
					break;
				} else {
					*out++ = *q++;
				}
			}
			while (*q == ' ')
				q++;
			if (*q && *q != ',')
				return -1;
			*out = '\0';
			if (!*q)
				return n;
			p = q + 1;
			continue;
		}
		char *comma = strchr(p, ',');
		if (!comma) {
			/* trim trailing blanks */
			size_t len = strlen(p);
			while (len && p[len - 1] == ' ')
				p[--len] = '\0';
			memmove(out, p, len + 1);
			return n;
		}
		*comma = '\0';
		size_t len = strlen(p);
		while (len && p[len - 1] == ' ')
			p[--len] = '\0';
		memmove(out, p, len + 1);
		p = comma + 1;
	}
}

/* "3 Februari 2018 14:30" (SPSE's schedule page). */
static int spse_time(const char *s, zone z, int64_t *utc)
{
	int d, y, h, mi, used = 0;
	char month[20];
	if (sscanf(s, "%2d %19s %4d %2d%*[:.]%2d%n", &d, month, &y, &h, &mi, &used) != 5)
		return -1;
	while (s[used] == ' ')
		used++;
	int m = id_month_from_name(month);
	if (s[used] || !m || !civil_date_valid(y, m, d) || h > 23 || mi > 59 || h < 0 || mi < 0)
		return -1;
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
	if (spse_time(s, z, utc) == 0)
		return 0;
	char err[200];
	if (when_parse(s, z, utc, err, sizeof err) < 0) {
		snprintf(why, n, "%s", err);
		return -1;
	}
	return 0;
}

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

int stagecsv_parse(const char *text, zone z, int has_base, int64_t base_day, stagecsv *out,
                   void (*emit)(void *ctx, int line, const char *what), void *ctx)
{
	int col[COL__COUNT];       /* field index of each role, -1 if absent */
	int nheader = 0, problems = 0, line = 0, have_header = 0;
	char what[400];
	memset(out, 0, sizeof *out);
	const char *p = text;
	if ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF)
		p += 3;   /* a BOM, as spreadsheets write it */
	while (*p) {
		size_t len = strcspn(p, "\n");
		line++;
		char *buf = strndup(p, len);
		if (!buf)
			return -1;
		p += len + (p[len] == '\n');
		if (len && buf[len - 1] == '\r')
			buf[--len] = '\0';
		/* Blank lines, and comments: the shipped lists name their source. */
		if (!buf[strspn(buf, " \t")] || buf[0] == '#') {
			free(buf);
			continue;
		}
		char *f[MAX_FIELDS];
		int nf = split_csv(buf, f);
		if (nf < 0) {
			emit(ctx, line, nf == -1 ? "tanda kutip tidak ditutup" : "terlalu banyak kolom");
			problems++;
			free(buf);
			continue;
		}
		if (!have_header) {
			have_header = 1;
			nheader = nf;
			for (int r = 0; r < COL__COUNT; r++)
				col[r] = -1;
			for (int i = 0; i < nf; i++) {
				int r = 0;
				while (r < COL__COUNT && strcasecmp(f[i], column_names[r]) != 0)
					r++;
				if (r == COL__COUNT) {
					snprintf(what, sizeof what, "kolom '%s' tidak dikenal; kepala berkas: tahap,mulai,sampai",
					         f[i]);
					emit(ctx, line, what);
					problems++;
				} else if (col[r] >= 0) {
					snprintf(what, sizeof what, "kolom '%s' dua kali", f[i]);
					emit(ctx, line, what);
					problems++;
				} else {
					col[r] = i;
				}
			}
			if (col[COL_NAME] < 0 || col[COL_START] < 0 || col[COL_END] < 0) {
				emit(ctx, line, "kepala berkas harus memuat kolom tahap,mulai,sampai");
				free(buf);
				return problems + 1;   /* nothing below can be read */
			}
			free(buf);
			continue;
		}
		if (nf != nheader) {
			snprintf(what, sizeof what, "%d kolom, kepala berkas punya %d", nf, nheader);
			emit(ctx, line, what);
			problems++;
			free(buf);
			continue;
		}
		int64_t start = 0, end = 0;
		int bad = 0;
		if (stagecsv_time(f[col[COL_START]], z, has_base, base_day, &start, what, sizeof what) < 0) {
			char msg[500];
			snprintf(msg, sizeof msg, "mulai: %s", what);
			emit(ctx, line, msg);
			bad = 1;
		}
		if (stagecsv_time(f[col[COL_END]], z, has_base, base_day, &end, what, sizeof what) < 0) {
			char msg[500];
			snprintf(msg, sizeof msg, "sampai: %s", what);
			emit(ctx, line, msg);
			bad = 1;
		}
		problems += bad;
		/* A row with a bad time is not kept: the set check would only
		 * repeat it. */
		if (!bad && add_row(out, f[col[COL_NAME]], start, end, line) < 0) {
			free(buf);
			return -1;
		}
		free(buf);
	}
	if (!have_header) {
		emit(ctx, 1, "berkas kosong; kepala berkas: tahap,mulai,sampai");
		problems++;
	}
	return problems;
}

void stagecsv_free(stagecsv *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].name);
	free(c->v);
	memset(c, 0, sizeof *c);
}
