/* An INI file read with iniparser, plus what iniparser does not keep: the
 * line of every section and key, their order, and the problems it would
 * hide (a duplicate key silently kept last, a line too long or malformed
 * making the whole load fail, a "[section:key]" header that shadows a
 * key).  A UTF-8 BOM is skipped.  Used by the data catalogues
 * (regulations, holidays); see PITFALLS.md for the iniparser 4.1 traps it
 * avoids. */
#ifndef INIFILE_H
#define INIFILE_H

#include <stddef.h>

#include "gg_error.h"
#include "strbuf.h"

typedef struct ini_entry {
	char *section;         /* lower-cased, as iniparser names it */
	char *key;             /* lower-cased; NULL for the [section] line itself */
	int line;
} ini_entry;

typedef struct inifile {
	char *path;
	ini_entry *v;          /* in file order */
	size_t n, cap;
	void *dict;            /* iniparser's dictionary (opaque here) */
	int bom;               /* the file began with a UTF-8 BOM (skipped) */
} inifile;

/* Reads path.  Problems are appended to `problems` as lines
 * "FILE:LINE: section:key: what" and counted in *nproblems; the file is
 * then not handed to iniparser.  Returns GG_OK (check *nproblems),
 * GG_ENOTFOUND if it cannot be read, GG_ESOFTWARE when memory ran out. */
int inifile_open(const char *path, inifile *f, strbuf *problems, int *nproblems, gg_err *err);
void inifile_close(inifile *f);

/* The value of section:key with iniparser's quoting removed, or NULL. */
const char *inifile_get(const inifile *f, const char *section, const char *key);
/* The line of section:key (key NULL: of the section), 0 if absent. */
int inifile_line(const inifile *f, const char *section, const char *key);

/* Appends "FILE:LINE: section:key: what\n" (":LINE" left out when 0). */
void inifile_problem(strbuf *problems, int *nproblems, const inifile *f, const char *section,
                     const char *key, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Replaces the two-character escapes "\n" and "\\" in place. */
void ini_unescape(char *s);

#endif
