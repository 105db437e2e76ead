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
