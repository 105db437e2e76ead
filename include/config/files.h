/* Small file-system helpers shared by the config writer, the CLI and the
 * TUI's drafts (not in core/, which does no I/O). */
#ifndef FILES_H
#define FILES_H

/* mkdir -p for the directory that will hold path (mode 0755); errors are
 * left to the open or rename that follows, which names the file. */
void files_mkdir_parents(const char *path);

/* path with a leading "~" or "~/" as the home directory (malloc'd). */
char *files_expand_home(const char *path);

/* What errno means, in Indonesian, for messages about a file. */
const char *files_error_text(int errnum);

#endif
