/* The one INI scanner of gangguan, for every INI file (the config, the
 * regulation catalogue, the holiday calendars): iniparser reads the
 * values, this scan keeps what iniparser does not: the line of every
 * section and key, their order, and every problem it would hide or fail
 * on (a duplicate key silently kept last, an unquoted ';' or '#' cutting
 * a value, a line too long or malformed making the whole load fail, a
 * "[section:key]" header that shadows a key).  A UTF-8 BOM is skipped.
 * The values of the good lines are read even when other lines are bad,
 * so that a file's every problem is reported at once.  See PITFALLS.md
 * for the iniparser 4.1 traps it avoids. */
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

/* One problem of the scan: "FILE:LINE: KEY: WHAT". */
typedef struct ini_problem {
	int line;
	char *key;             /* "section:key", or NULL for a problem of the line */
	char *what;
} ini_problem;

typedef struct inifile {
	char *path;
	ini_entry *v;          /* in file order */
	size_t n, cap;
	ini_problem *prob;     /* in file order */
	size_t nprob, capprob;
	void *dict;            /* iniparser's dictionary (opaque here); NULL if unreadable */
	int bom;               /* the file began with a UTF-8 BOM (skipped) */
} inifile;

/* Reads and scans path; problems are in f->prob.  GG_OK (check f->nprob),
 * GG_ENOTFOUND if it cannot be read, GG_ESOFTWARE when memory ran out. */
int inifile_read(const char *path, inifile *f, gg_err *err);

/* inifile_read, with the problems appended to `problems` as lines
 * "FILE:LINE: section:key: what" and counted in *nproblems (the data
 * catalogues collect the problems of many files in one list). */
int inifile_open(const char *path, inifile *f, strbuf *problems, int *nproblems, gg_err *err);
void inifile_close(inifile *f);

/* The value of section:key with iniparser's quoting removed, or NULL.
 * inifile_value() takes the name whole: "unit:name". */
const char *inifile_get(const inifile *f, const char *section, const char *key);
const char *inifile_value(const inifile *f, const char *name);
/* The line of section:key (key NULL: of the section), 0 if absent.
 * inifile_value_line() takes the name whole. */
int inifile_line(const inifile *f, const char *section, const char *key);
int inifile_value_line(const inifile *f, const char *name);

/* Appends "FILE:LINE: section:key: what\n" (":LINE" left out when 0). */
void inifile_problem(strbuf *problems, int *nproblems, const inifile *f, const char *section,
                     const char *key, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Replaces the two-character escapes "\n" and "\\" in place. */
void ini_unescape(char *s);

#endif
