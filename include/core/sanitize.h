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

#endif
