#include "inifile.h"

#include <ctype.h>
#include <errno.h>
#include <iniparser.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"

/* iniparser's own line limit is 1024 bytes; refuse before it does, with
 * the line number it would not give us. */
#define LINE_MAX_BYTES 1000
#define UTF8_BOM "\xEF\xBB\xBF"

/* iniparser would print on stderr (onto a curses screen); our scanner has
 * already named the problem with its line. */
static int quiet(const char *fmt, ...)
{
	(void)fmt;
	return 0;
}

void inifile_problem(strbuf *problems, int *nproblems, const inifile *f, const char *section,
                     const char *key, const char *fmt, ...)
{
	va_list ap;
	/* A missing key is named at its section's line. */
	int line = section ? inifile_line(f, section, key) : 0;
	if (!line && section && key)
		line = inifile_line(f, section, NULL);
	if (line)
		sb_appendf(problems, "%s:%d: ", f->path, line);
	else
		sb_appendf(problems, "%s: ", f->path);
	if (section)
		sb_appendf(problems, "%s%s%s: ", section, key ? ":" : "", key ? key : "");
	va_start(ap, fmt);
	sb_vappendf(problems, fmt, ap);
	va_end(ap);
	sb_putc(problems, '\n');
	(*nproblems)++;
}

static void line_problem(strbuf *problems, int *nproblems, const char *path, int line, const char *what)
{
	sb_appendf(problems, "%s:%d: %s\n", path, line, what);
	(*nproblems)++;
}

static char *lower_dup(const char *s, size_t n)
{
	char *d = malloc(n + 1);
	if (!d)
		return NULL;
	for (size_t i = 0; i < n; i++)
		d[i] = (char)tolower((unsigned char)s[i]);
	d[n] = '\0';
	return d;
}

static void trim(const char **b, const char **e)
{
	while (*b < *e && isspace((unsigned char)**b))
		(*b)++;
	while (*e > *b && isspace((unsigned char)(*e)[-1]))
		(*e)--;
}

static int add_entry(inifile *f, const char *section, const char *key, size_t keylen, int line)
{
	ini_entry *v = grow_array(f->v, &f->cap, f->n, sizeof *v);
	if (!v)
		return -1;
	f->v = v;
	ini_entry *e = &f->v[f->n];
	e->section = strdup(section);
	e->key = key ? lower_dup(key, keylen) : NULL;
	e->line = line;
	if (!e->section || (key && !e->key)) {
		free(e->section);
		free(e->key);
		return -1;
	}
	f->n++;
	return 0;
}

/* One pass over the lines: sections, keys, their lines, and the problems
 * iniparser would hide or fail on. */
static int scan(inifile *f, FILE *in, strbuf *problems, int *np)
{
	char buf[LINE_MAX_BYTES + 2];
	char *section = NULL;
	int line = 0, too_long = 0;
	while (fgets(buf, sizeof buf, in)) {
		size_t len = strlen(buf);
		if (line == 0 && !too_long && strncmp(buf, UTF8_BOM, 3) == 0) {
			/* What Notepad writes first: not part of the text. */
			memmove(buf, buf + 3, len - 2);
			len -= 3;
			f->bom = 1;
		}
		if (too_long) {            /* the rest of a long line */
			too_long = len && buf[len - 1] != '\n';
			continue;
		}
		line++;
		if (len && buf[len - 1] != '\n' && !feof(in)) {
			line_problem(problems, np, f->path, line, "baris lebih dari 1000 byte");
			too_long = 1;
			continue;
		}
		const char *b = buf, *e = buf + len;
		trim(&b, &e);
		if (b == e || *b == ';' || *b == '#')
			continue;
		if (*b == '[') {
			if (e[-1] != ']' || e - b < 3) {
				line_problem(problems, np, f->path, line, "nama bagian harus ditutup ']'");
				continue;
			}
			const char *sb = b + 1, *se = e - 1;
			trim(&sb, &se);
			free(section);
			if (!(section = lower_dup(sb, (size_t)(se - sb))))
				return -1;
			if (inifile_line(f, section, NULL))
				line_problem(problems, np, f->path, line, "bagian ini sudah ada di atas");
			else if (add_entry(f, section, NULL, 0, line) < 0) {
				free(section);
				return -1;
			}
			continue;
		}
		const char *eq = memchr(b, '=', (size_t)(e - b));
		if (!eq) {
			line_problem(problems, np, f->path, line, "bukan [bagian], kunci = nilai, atau komentar");
			continue;
		}
		const char *kb = b, *ke = eq;
		trim(&kb, &ke);
		if (kb == ke) {
			line_problem(problems, np, f->path, line, "kunci kosong sebelum '='");
			continue;
		}
		if (!section) {
			line_problem(problems, np, f->path, line, "kunci di luar [bagian]");
			continue;
		}
		/* Unquoted, iniparser cuts a value at ';' or '#' without a word. */
		const char *vb = eq + 1, *ve = e;
		trim(&vb, &ve);
		if (vb < ve && *vb != '"' && *vb != '\'' && memchr(vb, ';', (size_t)(ve - vb)) != NULL) {
			line_problem(problems, np, f->path, line, "nilai yang memuat ';' harus dikutip \"...\"");
			continue;
		}
		if (vb < ve && *vb != '"' && *vb != '\'' && memchr(vb, '#', (size_t)(ve - vb)) != NULL) {
			line_problem(problems, np, f->path, line, "nilai yang memuat '#' harus dikutip \"...\"");
			continue;
		}
		char *key = lower_dup(kb, (size_t)(ke - kb));
		if (!key) {
			free(section);
			return -1;
		}
		int dup = inifile_line(f, section, key);
		if (dup) {
			char what[120];
			snprintf(what, sizeof what, "%s:%s: sudah diisi di baris %d", section, key, dup);
			line_problem(problems, np, f->path, line, what);
		} else if (add_entry(f, section, key, strlen(key), line) < 0) {
			free(key);
			free(section);
			return -1;
		}
		free(key);
	}
	free(section);
	return 0;
}

/* iniparser stores "[a:b]" as a section named "a:b", which is also how it
 * names key b of section [a]: a lookup of that key then finds the section
 * (NULL, or a crash in 4.1's getint).  Refuse the header. */
static void check_section_names(inifile *f, strbuf *problems, int *np)
{
	for (size_t i = 0; i < f->n; i++) {
		const ini_entry *e = &f->v[i];
		const char *colon = e->key ? NULL : strchr(e->section, ':');
		if (!colon)
			continue;
		char *outer = strndup(e->section, (size_t)(colon - e->section));
		if (outer && inifile_line(f, outer, NULL)) {
			char what[300];
			snprintf(what, sizeof what, "[%s]: nama bagian ini sama dengan kunci %s di bagian [%s]; "
			         "ganti namanya", e->section, colon + 1, outer);
			line_problem(problems, np, f->path, e->line, what);
		}
		free(outer);
	}
}

/* iniparser reads the file itself; without the BOM when it has one. */
static void *load_dict(const char *path, int bom)
{
	if (!bom)
		return iniparser_load(path);
	FILE *in = fopen(path, "r"), *copy = tmpfile();
	void *d = NULL;
	char chunk[4096];
	size_t n;
	if (in && copy && fread(chunk, 1, 3, in) == 3) {
		while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
			fwrite(chunk, 1, n, copy);
		if (fflush(copy) == 0) {
			char fdpath[64];
			snprintf(fdpath, sizeof fdpath, "/dev/fd/%d", fileno(copy));
			d = iniparser_load(fdpath);
		}
	}
	if (in)
		fclose(in);
	if (copy)
		fclose(copy);
	return d;
}

int inifile_open(const char *path, inifile *f, strbuf *problems, int *nproblems, gg_err *err)
{
	memset(f, 0, sizeof *f);
	if (!(f->path = strdup(path)))
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	FILE *in = fopen(path, "r");
	if (!in) {
		int e = errno;
		inifile_close(f);
		return gg_fail(err, GG_ENOTFOUND, "%s: %s", path, strerror(e));
	}
	int before = *nproblems;
	int rc = scan(f, in, problems, nproblems);
	fclose(in);
	if (rc < 0) {
		inifile_close(f);
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
	check_section_names(f, problems, nproblems);
	if (*nproblems > before)
		return GG_OK;
	iniparser_set_error_callback(quiet);
	f->dict = load_dict(path, f->bom);
	iniparser_set_error_callback(NULL);
	if (!f->dict) {
		line_problem(problems, nproblems, path, 0, "iniparser tidak dapat membaca berkas ini");
		return GG_OK;
	}
	return GG_OK;
}

void inifile_close(inifile *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->v[i].section);
		free(f->v[i].key);
	}
	free(f->v);
	free(f->path);
	if (f->dict)
		iniparser_freedict(f->dict);
	memset(f, 0, sizeof *f);
}

const char *inifile_get(const inifile *f, const char *section, const char *key)
{
	char name[512];
	if (!f->dict || snprintf(name, sizeof name, "%s:%s", section, key) >= (int)sizeof name)
		return NULL;
	return iniparser_getstring(f->dict, name, NULL);
}

int inifile_line(const inifile *f, const char *section, const char *key)
{
	for (size_t i = 0; i < f->n; i++) {
		const ini_entry *e = &f->v[i];
		if (strcmp(e->section, section) != 0)
			continue;
		if (!key ? !e->key : (e->key && strcmp(e->key, key) == 0))
			return e->line;
	}
	return 0;
}

void ini_unescape(char *s)
{
	char *d = s;
	for (; *s; s++) {
		if (s[0] == '\\' && s[1] == 'n') {
			*d++ = '\n';
			s++;
		} else if (s[0] == '\\' && s[1] == '\\') {
			*d++ = '\\';
			s++;
		} else {
			*d++ = *s;
		}
	}
	*d = '\0';
}
