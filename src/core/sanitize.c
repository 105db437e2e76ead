/* Sanitizing text for the screen (sanitize.h). */
#include "sanitize.h"

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
		else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 ||
		         cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
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
