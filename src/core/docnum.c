#include "docnum.h"

#include <stdlib.h>

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "idtime.h"
#include "strbuf.h"

/* Walks fmt once; with sb == NULL it only validates.  Returns 0 or -1 with
 * the reason in err. */
static int docnum_walk(const char *fmt, const char *code, int seq, int year, int month,
                       strbuf *sb, char *err, size_t errlen)
{
	int has_seq = 0, has_year = 0;
	char tmp[32];

	if (!fmt || !*fmt) {
		snprintf(err, errlen, "format nomor kosong");
		return -1;
	}
	for (const char *p = fmt; *p; p++) {
		if ((*p == '{' && p[1] == '{') || (*p == '}' && p[1] == '}')) {
			if (sb)
				sb_putc(sb, *p);
			p++;
			continue;
		}
		if (*p == '}') {
			snprintf(err, errlen, "'}' tanpa '{' pada posisi %zu", (size_t)(p - fmt) + 1);
			return -1;
		}
		if ((unsigned char)*p < 0x20) {
			snprintf(err, errlen, "format nomor berisi karakter kontrol");
			return -1;
		}
		if (*p != '{') {
			if (sb)
				sb_putc(sb, *p);
			continue;
		}
		const char *end = strchr(p, '}');
		if (!end) {
			snprintf(err, errlen, "'{' tanpa '}' pada posisi %zu", (size_t)(p - fmt) + 1);
			return -1;
		}
		size_t n = (size_t)(end - p - 1);
		const char *f = p + 1;
		tmp[0] = '\0';
		if (n == 3 && strncmp(f, "seq", 3) == 0) {
			has_seq = 1;
			snprintf(tmp, sizeof tmp, "%03d", seq);
		} else if (n == 5 && strncmp(f, "seq:", 4) == 0 && f[4] >= '1' && f[4] <= '9') {
			has_seq = 1;
			snprintf(tmp, sizeof tmp, "%0*d", f[4] - '0', seq);
		} else if (n == 4 && strncmp(f, "year", 4) == 0) {
			has_year = 1;
			snprintf(tmp, sizeof tmp, "%04d", year);
		} else if (n == 11 && strncmp(f, "month_roman", 11) == 0) {
			snprintf(tmp, sizeof tmp, "%s", roman_month(month));
		} else if (n == 5 && strncmp(f, "month", 5) == 0) {
			snprintf(tmp, sizeof tmp, "%02d", month);
		} else if (n == 4 && strncmp(f, "code", 4) == 0) {
			if (sb)
				sb_append(sb, code ? code : "");
		} else {
			snprintf(err, errlen, "kolom {%.*s} tidak dikenal; yang ada: {seq}, {seq:N}, {code}, "
			         "{month_roman}, {month}, {year}", (int)n, f);
			return -1;
		}
		if (sb)
			sb_append(sb, tmp);
		p = end;
	}
	if (!has_seq) {
		snprintf(err, errlen, "format nomor harus memuat {seq} (nomor urut)");
		return -1;
	}
	if (!has_year) {
		snprintf(err, errlen, "format nomor harus memuat {year}: nomor urut dimulai lagi tiap tahun, "
		         "tanpa tahun dua surat akan bernomor sama");
		return -1;
	}
	return 0;
}

int docnum_check(const char *fmt, char *err, size_t errlen)
{
	return docnum_walk(fmt, NULL, 0, 0, 0, NULL, err, errlen);
}

int docnum_render(const char *fmt, const char *code, int seq, int year, int month,
                  char *out, size_t n)
{
	char err[200];
	strbuf sb = STRBUF_INIT;
	int r = docnum_walk(fmt, code, seq, year, month, &sb, err, sizeof err);
	if (r == 0 && (sb_failed(&sb) || sb.len >= n))
		r = -1;
	if (r == 0)
		memcpy(out, sb_str(&sb), sb.len + 1);
	sb_free(&sb);
	return r;
}

void docnum_canon(const char *number, char *out, size_t n)
{
	size_t j = 0;
	for (const char *p = number; *p && j + 1 < n; p++)
		if (!isspace((unsigned char)*p))
			out[j++] = (char)toupper((unsigned char)*p);
	if (n)
		out[j] = '\0';
}

int docnum_parse_next(const char *s, int *next, char *why, size_t n)
{
	char *end;
	long v = s ? strtol(s, &end, 10) : 0;
	if (!s || !*s || *end || v < 1 || v > DOCNUM_SEQ_MAX) {
		snprintf(why, n, "bilangan bulat 1 sampai %d", DOCNUM_SEQ_MAX);
		return -1;
	}
	*next = (int)v;
	return 0;
}
