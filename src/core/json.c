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

/* The code point of the valid n-byte sequence at p (n from utf8_len). */
static unsigned utf8_cp(const unsigned char *p, size_t n)
{
	return n == 1 ? p[0] : n == 2 ? (p[0] & 0x1Fu) << 6 | (p[1] & 0x3Fu)
	     : n == 3 ? (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu) : 0x10000;
}

/* The escape of the byte (or sequence) at p, appended; returns its length. */
static size_t escape_one(strbuf *sb, const unsigned char *p)
{
	switch (*p) {
	case '"': sb_append(sb, "\\\""); return 1;
	case '\\': sb_append(sb, "\\\\"); return 1;
	case '\n': sb_append(sb, "\\n"); return 1;
	case '\r': sb_append(sb, "\\r"); return 1;
	case '\t': sb_append(sb, "\\t"); return 1;
	default: break;
	}
	if (*p < 0x20 || *p == 0x7F) {
		sb_appendf(sb, "\\u%04x", *p);
		return 1;
	}
	size_t n = utf8_len(p);
	if (n == 0) {
		sb_append(sb, "\\ufffd");
		return 1;
	}
	/* C1 and bidi controls as \\u escapes: the same string to a parser,
	 * harmless to a terminal that shows the JSON */
	sb_appendf(sb, "\\u%04x", utf8_cp(p, n));
	return n;
}

void json_string(strbuf *sb, const char *s)
{
	if (!s) {
		sb_append(sb, "null");
		return;
	}
	sb_putc(sb, '"');
	/* runs of bytes that need no escape go out whole: a list of many
	 * rows is mostly such runs */
	const unsigned char *p = (const unsigned char *)s, *run = p;
	for (;;) {
		unsigned char c = *p;
		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
			p++;
			continue;
		}
		if (c >= 0x80) {
			size_t n = utf8_len(p);
			if (n && !text_unsafe_cp(utf8_cp(p, n))) {
				p += n;
				continue;
			}
		}
		sb_appendn(sb, (const char *)run, (size_t)(p - run));
		if (!c)
			break;
		p += escape_one(sb, p);
		run = p;
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
	/* without printf: a long list prints several per row */
	char b[24];
	size_t i = sizeof b;
	uint64_t u = value < 0 ? -(uint64_t)value : (uint64_t)value;
	do
		b[--i] = (char)('0' + u % 10);
	while (u /= 10);
	if (value < 0)
		b[--i] = '-';
	sb_appendn(sb, b + i, sizeof b - i);
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
