/* A growable, always NUL-terminated string.  Allocation failure is sticky:
 * after it every call is a no-op returning -1 and sb_failed() is true, so a
 * builder can check once at the end. */
#ifndef STRBUF_H
#define STRBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct strbuf {
	char *buf;   /* NULL until the first append; see sb_str() */
	size_t len;
	size_t cap;
	int failed;
} strbuf;

#define STRBUF_INIT { NULL, 0, 0, 0 }

void sb_init(strbuf *sb);
void sb_free(strbuf *sb);
void sb_reset(strbuf *sb);                 /* length 0, keeps the memory */
int sb_append(strbuf *sb, const char *s);
int sb_appendn(strbuf *sb, const char *s, size_t n);
int sb_putc(strbuf *sb, char c);
int sb_appendf(strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int sb_vappendf(strbuf *sb, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
const char *sb_str(const strbuf *sb);      /* "" when empty, never NULL */
int sb_failed(const strbuf *sb);
/* Hands the buffer to the caller (free() it); NULL if allocation failed.
 * The strbuf is left empty and reusable. */
char *sb_steal(strbuf *sb);

#endif
