/* Sanitizing text for the screen (sanitize.h). */
#include "sanitize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char replacement[] = "\xEF\xBF\xBD";

/* Length of a valid UTF-8 sequence at s, or 0 if malformed; *cp set. */
static size_t valid_seq(const unsigned char *s, unsigned *cp)
{
	unsigned c = s[0];
	size_t n;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if ((c & 0xE0) == 0xC0) {
		n = 2;
		*cp = c & 0x1F;
	} else if ((c & 0xF0) == 0xE0) {
		n = 3;
		*cp = c & 0x0F;
	} else if ((c & 0xF8) == 0xF0) {
		n = 4;
		*cp = c & 0x07;
	} else {
		return 0;
	}
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (s[i] & 0x3F);
	}
	static const unsigned minv[] = { 0, 0, 0x80, 0x800, 0x10000 };
	if (*cp < minv[n] || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF))
		return 0;
	return n;
}

int text_unsafe_cp(unsigned cp)
{
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x061C || cp == 0x200E ||
	       cp == 0x200F || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

int text_find_unsafe(const char *s, const char *allow, size_t *at, unsigned *cp)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	allow = allow ? allow : "";
	for (const unsigned char *q = p; *q;) {
		unsigned c;
		size_t n = valid_seq(q, &c);
		if (n == 0) {
			*at = (size_t)(q - p);
			*cp = *q;
			return TEXT_INVALID;
		}
		if (text_unsafe_cp(c) && !(c < 0x80 && c && strchr(allow, (int)c))) {
			*at = (size_t)(q - p);
			*cp = c;
			return TEXT_CONTROL;
		}
		q += n;
	}
	return TEXT_SAFE;
}

void text_unsafe_describe(int kind, unsigned cp, char *buf, size_t n)
{
	if (kind == TEXT_INVALID)
		snprintf(buf, n, "bukan teks UTF-8 yang sah (byte 0x%02x)", cp);
	else if (cp >= 0x200)
		snprintf(buf, n, "berisi karakter pengatur arah teks U+%04X", cp);
	else
		snprintf(buf, n, "berisi karakter kontrol U+%04X", cp);
}

/* Length of the UTF-8 sequence at p of at most avail bytes: n > 0 when
 * valid (*cp set), 0 when malformed, -1 when it may yet be completed. */
static int seq_in(const unsigned char *p, size_t avail, unsigned *cp)
{
	unsigned char tmp[5] = { 0 };
	size_t need = p[0] < 0x80 ? 1 : (p[0] & 0xE0) == 0xC0 ? 2 : (p[0] & 0xF0) == 0xE0 ? 3 : (p[0] & 0xF8) == 0xF0 ? 4 : 0;
	if (!need)
		return 0;
	if (p[0] == 0) {
		*cp = 0;
		return 1;
	}
	if (avail < need) {
		for (size_t i = 1; i < avail; i++)
			if ((p[i] & 0xC0) != 0x80)
				return 0;
		return -1;
	}
	memcpy(tmp, p, need);
	return (int)valid_seq(tmp, cp);
}

static void escape_cp(strbuf *out, unsigned cp, int flags)
{
	static const struct { unsigned cp; int keep; const char *esc; } named[] = {
		{ '\n', SAN_ESC_KEEP_NL, "\\n" }, { '\t', SAN_ESC_KEEP_TAB, "\\t" }, { '\r', 0, "\\r" },
	};
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
		if (named[i].cp == cp) {
			if (flags & named[i].keep)
				sb_putc(out, (char)cp);
			else
				sb_append(out, named[i].esc);
			return;
		}
	if (cp < 0x80)
		sb_appendf(out, "\\x%02x", cp);
	else
		sb_appendf(out, "\\u%04x", cp);
}

void san_feed(san_stream *st, const char *in, size_t n, strbuf *out)
{
	unsigned char buf[8];
	const unsigned char *p = (const unsigned char *)in;
	/* complete what the last piece left, one byte at a time */
	while (st->npend && n) {
		memcpy(buf, st->pend, st->npend);
		buf[st->npend] = *p;
		unsigned cp;
		int r = buf[0] == '\r' ? 1 : seq_in(buf, st->npend + 1, &cp);
		if (r < 0) {
			st->pend[st->npend++] = *p++;
			n--;
			continue;
		}
		size_t had = st->npend;
		st->npend = 0;
		if (buf[0] == '\r') {
			sb_append(out, *p == '\n' ? "\r" : "\\r");
			san_feed(st, (const char *)p, n, out);
			return;
		}
		if (r == 0) {
			sb_appendf(out, "\\x%02x", buf[0]);
			/* the rest of the pending bytes are looked at again */
			unsigned char rest[8];
			size_t nr = had - 1;
			memcpy(rest, buf + 1, nr);
			san_feed(st, (const char *)rest, nr, out);
			san_feed(st, (const char *)p, n, out);
			return;
		}
		/* r == had + 1 */
		if (text_unsafe_cp(cp))
			escape_cp(out, cp, st->flags);
		else
			sb_appendn(out, (const char *)buf, (size_t)r);
		p++;
		n--;
	}
	size_t i = 0;
	while (i < n) {
		size_t run = i;
		while (run < n && p[run] >= 0x20 && p[run] < 0x7F && !(p[run] == '\\' && (st->flags & SAN_ESC_BACKSLASH)))
			run++;
		sb_appendn(out, (const char *)p + i, run - i);
		i = run;
		if (i >= n)
			break;
		unsigned cp;
		if (p[i] == '\\') {
			sb_append(out, "\\\\");
			i++;
			continue;
		}
		if (p[i] == '\r' && (st->flags & SAN_ESC_KEEP_CRLF)) {
			if (i + 1 == n) {
				st->pend[0] = '\r';
				st->npend = 1;
				return;
			}
			sb_append(out, p[i + 1] == '\n' ? "\r" : "\\r");
			i++;
			continue;
		}
		int r = seq_in(p + i, n - i, &cp);
		if (r < 0) {
			memcpy(st->pend, p + i, n - i);
			st->npend = n - i;
			return;
		}
		if (r == 0) {
			sb_appendf(out, "\\x%02x", p[i]);
			i++;
			continue;
		}
		if (text_unsafe_cp(cp))
			escape_cp(out, cp, st->flags);
		else
			sb_appendn(out, (const char *)p + i, (size_t)r);
		i += (size_t)r;
	}
}

void san_finish(san_stream *st, strbuf *out)
{
	for (size_t i = 0; i < st->npend; i++)
		if (st->pend[i] == '\r')
			sb_append(out, "\\r");
		else
			sb_appendf(out, "\\x%02x", st->pend[i]);
	st->npend = 0;
}

char *text_escape(const char *s, int flags)
{
	strbuf sb = STRBUF_INIT;
	san_stream st = { flags, 0, { 0 } };
	s = s ? s : "";
	san_feed(&st, s, strlen(s), &sb);
	san_finish(&st, &sb);
	if (!sb.buf && !sb.failed)
		sb_append(&sb, "");
	return sb_steal(&sb);
}

char *text_sanitize(const char *s, int flags)
{
	if (!s)
		s = "";
	size_t len = strlen(s);
	char *out = malloc(len * 3 + 1), *o = out;
	if (!out)
		return NULL;
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		unsigned cp;
		size_t n = valid_seq(p, &cp);
		if (n == 0) {
			memcpy(o, replacement, 3);
			o += 3;
			p++;
			continue;
		}
		if (cp == '\n')
			*o++ = (flags & SAN_KEEP_NEWLINES) ? '\n' : ' ';
		else if (cp == '\r' && (flags & SAN_KEEP_NEWLINES))
			;
		else if (cp == '\t')
			*o++ = ' ';
		else if (text_unsafe_cp(cp))
			*o++ = '?';   /* controls, and bidi overrides that reorder the screen */
		else {
			memcpy(o, p, n);
			o += n;
		}
		p += n;
	}
	*o = '\0';
	return out;
}

/* One character per code point, so that a replacement takes the columns
 * the original would have (the screen's layout does not change). */
static const char latin1[] =          /* U+00A0 .. U+00FF */
	" !cL$Y|S\"ca<--R-o~23'uP-,1o>????"
	"AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTs"
	"aaaaaaaceeeeiiiidnooooo/ouuuuyty";
static const char latin_ext_a[] =     /* U+0100 .. U+017F */
	"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlL"
	"lLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static const struct {
	unsigned from, to;
	char c;
} punctuation[] = {
	{ 0x2010, 0x2015, '-' }, { 0x2016, 0x2016, '|' }, { 0x2017, 0x2017, '_' },
	{ 0x2018, 0x201B, '\'' }, { 0x201C, 0x201F, '"' }, { 0x2020, 0x2021, '+' },
	{ 0x2022, 0x2022, '*' }, { 0x2023, 0x2023, '>' }, { 0x2024, 0x2026, '.' },
	{ 0x2027, 0x2027, '-' }, { 0x2030, 0x2031, '%' }, { 0x2032, 0x2032, '\'' },
	{ 0x2033, 0x2033, '"' }, { 0x2039, 0x2039, '<' }, { 0x203A, 0x203A, '>' },
	{ 0x20AC, 0x20AC, 'E' }, { 0x2122, 0x2122, 'T' }, { 0x2190, 0x2190, '<' },
	{ 0x2192, 0x2192, '>' }, { 0x2212, 0x2212, '-' }, { 0x2248, 0x2248, '~' },
	{ 0x2500, 0x2501, '-' }, { 0x2502, 0x2503, '|' }, { 0x2504, 0x257F, '+' },
	{ 0x25CF, 0x25CF, '*' }, { 0xFFFD, 0xFFFD, '?' },
};

char ascii_fallback(unsigned cp)
{
	if (cp >= 0x20 && cp < 0x7F)
		return (char)cp;
	if (cp >= 0xA0 && cp <= 0xFF)
		return latin1[cp - 0xA0];
	if (cp >= 0x100 && cp <= 0x17F)
		return latin_ext_a[cp - 0x100];
	for (size_t i = 0; i < sizeof punctuation / sizeof punctuation[0]; i++)
		if (cp >= punctuation[i].from && cp <= punctuation[i].to)
			return punctuation[i].c;
	return '?';
}
