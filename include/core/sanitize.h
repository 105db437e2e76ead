/* Text from the database on its way to the terminal: no control bytes,
 * no escape sequences, no invalid UTF-8.  Pure. */
#ifndef SANITIZE_H
#define SANITIZE_H

#include <stddef.h>

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
