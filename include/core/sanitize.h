/* Text on its way to a terminal or into a document: no control bytes,
 * no escape sequences, no bidi overrides, no invalid UTF-8.  One
 * classification (text_unsafe_cp) serves three uses: the TUI replaces
 * what it finds (text_sanitize), the CLI shows it as a visible escape
 * (text_escape, san_feed), and input that ends in a document is refused
 * (text_find_unsafe).  Pure. */
#ifndef SANITIZE_H
#define SANITIZE_H

#include <stddef.h>

#include "strbuf.h"

/* 1 when code point cp must not reach a terminal as itself: C0 controls
 * (tab and newline included: callers decide about those), DEL, C1
 * controls (U+0080-009F), the bidi controls U+061C, U+200E/F,
 * U+202A-202E, U+2066-2069 (they reorder what the screen shows), and the
 * line/paragraph separators U+2028/9. */
int text_unsafe_cp(unsigned cp);

/* What text_find_unsafe found. */
enum { TEXT_SAFE = 0, TEXT_CONTROL, TEXT_INVALID };
/* The first character of s that must not end in a record: an unsafe code
 * point other than the ASCII ones in `allow` (e.g. "\n\t"), or a byte
 * that is not valid UTF-8.  TEXT_SAFE, or the kind with *at its byte
 * offset and *cp the code point (TEXT_CONTROL) or the byte
 * (TEXT_INVALID).  NULL is safe. */
int text_find_unsafe(const char *s, const char *allow, size_t *at, unsigned *cp);
/* "karakter kontrol U+001B" / "karakter pengatur arah teks U+202E" /
 * "bukan teks UTF-8 yang sah (byte 0xff)": the end of a message naming
 * the field. */
void text_unsafe_describe(int kind, unsigned cp, char *buf, size_t n);

/* The CLI's escapes.  Without flags every unsafe code point is shown as
 * an escape: a C0 control or DEL as "\x1b" (tab "\t", newline "\n",
 * carriage return "\r"), a code point from U+0080 as "\u202e", a byte
 * that is not UTF-8 as "\xff".  Flags keep what a format allows. */
enum {
	SAN_ESC_KEEP_NL = 1,      /* newline as itself */
	SAN_ESC_KEEP_TAB = 2,     /* tab as itself */
	SAN_ESC_KEEP_CRLF = 4,    /* CR as itself when a newline follows (CSV records) */
	SAN_ESC_BACKSLASH = 8     /* "\" as "\\", so that escapes can be told from text (TSV) */
};
/* A malloc'd escaped copy of s (NULL = ""); NULL when out of memory. */
char *text_escape(const char *s, int flags);
/* The same over a stream that arrives in pieces (a UTF-8 sequence or a
 * CR may be cut between two): san_feed appends the escaped text of what
 * is complete and keeps the rest for the next piece; san_finish flushes
 * what is left (an unfinished sequence as "\xNN" escapes). */
typedef struct san_stream {
	int flags;
	size_t npend;
	unsigned char pend[4];
} san_stream;
void san_feed(san_stream *st, const char *in, size_t n, strbuf *out);
void san_finish(san_stream *st, strbuf *out);

enum { SAN_KEEP_NEWLINES = 1 };

/* A malloc'd copy of s (NULL = "") where C0/C1 controls and DEL become
 * '?', tab a space, a newline a space (or kept with SAN_KEEP_NEWLINES,
 * CR dropped), and malformed UTF-8 U+FFFD.  NULL when out of memory. */
char *text_sanitize(const char *s, int flags);

/* The printable ASCII character that stands for code point cp on a
 * terminal that cannot show it: the base letter of an accented Latin one
 * (é -> e, Ł -> L), the nearest sign for common punctuation (– -> -,
 * “ -> ", · -> -, ± -> ~), '?' for the rest.  cp itself when it is
 * printable ASCII. */
char ascii_fallback(unsigned cp);

#endif
