#include "json.h"

#include <stdio.h>
#include <string.h>

#include "sanitize.h"

/* Length of the valid UTF-8 sequence at p, or 0 if invalid. */
static size_t utf8_len(const unsigned char *p)
{
	if (p[0] < 0x80)
		return 1;
	size_t n;
	unsigned min;
	if ((p[0] & 0xE0) == 0xC0) {
		n = 2;
		min = 0x80;
	} else if ((p[0] & 0xF0) == 0xE0) {
		n = 3;
		min = 0x800;
	} else if ((p[0] & 0xF8) == 0xF0) {
		n = 4;
		min = 0x10000;
	} else {
		return 0;
	}
	unsigned cp = p[0] & (0x7F >> n);
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return n;
}

void json_string(strbuf *sb, const char *s)
{
	if (!s) {
		sb_append(sb, "null");
		return;
	}
	sb_putc(sb, '"');
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		switch (*p) {
		case '"': sb_append(sb, "\\\""); p++; continue;
		case '\\': sb_append(sb, "\\\\"); p++; continue;
		case '\n': sb_append(sb, "\\n"); p++; continue;
		case '\r': sb_append(sb, "\\r"); p++; continue;
		case '\t': sb_append(sb, "\\t"); p++; continue;
		default: break;
		}
		if (*p < 0x20 || *p == 0x7F) {
			sb_appendf(sb, "\\u%04x", *p);
			p++;
			continue;
		}
		size_t n = utf8_len(p);
		if (n == 0) {
			sb_append(sb, "\\ufffd");
			p++;
			continue;
		}
		/* C1 and bidi controls as \\u escapes: the same string to a parser,
		 * harmless to a terminal that shows the JSON */
		unsigned cp = n == 1 ? p[0] : n == 2 ? (p[0] & 0x1Fu) << 6 | (p[1] & 0x3Fu)
		            : n == 3 ? (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu) : 0x10000;
		if (text_unsafe_cp(cp))
			sb_appendf(sb, "\\u%04x", cp);
		else
			sb_appendn(sb, (const char *)p, n);
		p += n;
	}
	sb_putc(sb, '"');
}

void json_sep(strbuf *sb)
{
	if (sb->len && sb->buf[sb->len - 1] != '{' && sb->buf[sb->len - 1] != '[')
		sb_putc(sb, ',');
}

void json_key(strbuf *sb, const char *key)
{
	json_sep(sb);
	json_string(sb, key);
	sb_putc(sb, ':');
}

void json_key_string(strbuf *sb, const char *key, const char *value)
{
	json_key(sb, key);
	json_string(sb, value);
}

void json_key_int(strbuf *sb, const char *key, int64_t value)
{
	json_key(sb, key);
	sb_appendf(sb, "%lld", (long long)value);
}

void json_key_bool(strbuf *sb, const char *key, int value)
{
	json_key(sb, key);
	sb_append(sb, value ? "true" : "false");
}

void json_key_null(strbuf *sb, const char *key)
{
	json_key(sb, key);
	sb_append(sb, "null");
}

void json_key_raw(strbuf *sb, const char *key, const char *raw)
{
	json_key(sb, key);
	sb_append(sb, raw && *raw ? raw : "null");
}
