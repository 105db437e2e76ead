/* Small file-system helpers shared by the config writer, the CLI and the
 * TUI's drafts (not in core/, which does no I/O). */
#ifndef FILES_H
#define FILES_H

#include <stddef.h>

#include "strbuf.h"

/* mkdir -p for the directory that will hold path (mode 0755); errors are
 * left to the open or rename that follows, which names the file. */
void files_mkdir_parents(const char *path);

/* path with a leading "~" or "~/" as the home directory (malloc'd). */
char *files_expand_home(const char *path);

/* The bytes of a file ("-": standard input), at most max of them, in
 * *out (its length in out->len; NUL bytes kept: the caller judges the
 * content).  0; -1 with errno when it cannot be opened or read; 1 when it
 * is larger than max (nothing kept). */
int files_read_all(const char *path, size_t max, strbuf *out);

/* What errno means, in Indonesian, for messages about a file. */
const char *files_error_text(int errnum);

#endif
