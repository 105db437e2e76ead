#include "strbuf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sb_init(strbuf *sb)
{
	sb->buf = NULL;
	sb->len = sb->cap = 0;
	sb->failed = 0;
}

void sb_free(strbuf *sb)
{
	free(sb->buf);
	sb_init(sb);
}

void sb_reset(strbuf *sb)
{
	sb->len = 0;
	if (sb->buf)
		sb->buf[0] = '\0';
}

static int sb_grow(strbuf *sb, size_t extra)
{
	if (sb->failed)
		return -1;
	if (extra > SIZE_MAX / 2 - sb->len) {
		sb->failed = 1;
		return -1;
	}
	size_t need = sb->len + extra + 1;
	if (need <= sb->cap)
		return 0;
	size_t cap = sb->cap ? sb->cap : 64;
	while (cap < need)
		cap *= 2;
	char *p = realloc(sb->buf, cap);
	if (!p) {
		sb->failed = 1;
		return -1;
	}
	sb->buf = p;
	sb->cap = cap;
	return 0;
}

int sb_appendn(strbuf *sb, const char *s, size_t n)
{
	if (sb_grow(sb, n) < 0)
		return -1;
	memcpy(sb->buf + sb->len, s, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
	return 0;
}

int sb_append(strbuf *sb, const char *s)
{
	return sb_appendn(sb, s, strlen(s));
}

int sb_putc(strbuf *sb, char c)
{
	return sb_appendn(sb, &c, 1);
}

int sb_vappendf(strbuf *sb, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0 || sb_grow(sb, (size_t)n) < 0) {
		sb->failed = 1;
		return -1;
	}
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
	return 0;
}

int sb_appendf(strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = sb_vappendf(sb, fmt, ap);
	va_end(ap);
	return r;
}

const char *sb_str(const strbuf *sb)
{
	return sb->buf ? sb->buf : "";
}

int sb_failed(const strbuf *sb)
{
	return sb->failed;
}

char *sb_steal(strbuf *sb)
{
	char *p;
	if (sb->failed) {
		sb_free(sb);
		return NULL;
	}
	p = sb->buf ? sb->buf : strdup("");
	sb_init(sb);
	return p;
}
