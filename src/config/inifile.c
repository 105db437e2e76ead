/* The one INI scanner (inifile.h). */
#include "inifile.h"

#include <ctype.h>
#include <errno.h>
#include <iniparser.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "grow.h"

/* iniparser's own line limit (ASCIILINESZ + 1): a longer line makes it
 * refuse the whole file, without saying which line. */
#define INI_LINE_MAX 1024
#define UTF8_BOM "\xEF\xBB\xBF"

/* iniparser would print on stderr (onto a curses screen); the scan has
 * already named every problem with its line. */
static int quiet(const char *fmt, ...)
{
	(void)fmt;
	return 0;
}

static void add_problem(inifile *f, int line, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void add_problem(inifile *f, int line, const char *key, const char *fmt, ...)
{
	ini_problem *v = grow_array(f->prob, &f->capprob, f->nprob, sizeof *v);
	if (!v)
		return;
	f->prob = v;
	strbuf b = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vappendf(&b, fmt, ap);
	va_end(ap);
	ini_problem *p = &f->prob[f->nprob];
	p->line = line;
	p->key = key ? strdup(key) : NULL;
	p->what = sb_steal(&b);
	if (!p->what || (key && !p->key)) {
		free(p->key);
		free(p->what);
		return;
	}
	f->nprob++;
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

/* The lines iniparser must not see (it would refuse the whole file). */
typedef struct bad_lines {
	int *v;
	size_t n, cap;
} bad_lines;

static void mark_bad(bad_lines *b, int line)
{
	int *v = grow_array(b->v, &b->cap, b->n, sizeof *v);
	if (v) {
		b->v = v;
		b->v[b->n++] = line;
	}
}

/* One line of the file; 0, or -1 when memory ran out. */
static int scan_line(inifile *f, char **section, const char *b, const char *e, int line, bad_lines *bad)
{
	trim(&b, &e);
	if (b == e || *b == ';' || *b == '#')
		return 0;
	if (*b == '[') {
		/* iniparser takes a section only when ']' ends the line */
		if (e[-1] != ']' || e - b < 3) {
			add_problem(f, line, NULL, "baris bagian harus diakhiri ] (tanpa komentar di belakangnya): %.60s",
			            b);
			mark_bad(bad, line);
			return 0;
		}
		const char *sb = b + 1, *se = e - 1;
		trim(&sb, &se);
		free(*section);
		if (!(*section = lower_dup(sb, (size_t)(se - sb))))
			return -1;
		int before = inifile_line(f, *section, NULL);
		if (before)
			add_problem(f, line, NULL, "bagian [%s] sudah ada di baris %d", *section, before);
		else if (add_entry(f, *section, NULL, 0, line) < 0)
			return -1;
		return 0;
	}
	const char *eq = memchr(b, '=', (size_t)(e - b));
	if (!eq) {
		add_problem(f, line, NULL, "baris tidak dikenali (bukan [bagian] atau kunci = nilai): %.*s",
		            (int)(e - b > 60 ? 60 : e - b), b);
		mark_bad(bad, line);
		return 0;
	}
	const char *kb = b, *ke = eq;
	trim(&kb, &ke);
	if (kb == ke) {
		add_problem(f, line, NULL, "kunci kosong sebelum =");
		mark_bad(bad, line);
		return 0;
	}
	char *key = lower_dup(kb, (size_t)(ke - kb));
	if (!key)
		return -1;
	if (!**section) {
		add_problem(f, line, key, "kunci di luar bagian; tulis dulu [bagian] di atasnya");
		free(key);
		return 0;
	}
	char full[600];
	snprintf(full, sizeof full, "%s:%s", *section, key);
	/* Unquoted, iniparser cuts a value at ';' or '#' without a word. */
	const char *vb = eq + 1, *ve = e;
	trim(&vb, &ve);
	if (vb < ve && *vb != '"' && *vb != '\'' &&
	    (memchr(vb, ';', (size_t)(ve - vb)) || memchr(vb, '#', (size_t)(ve - vb))))
		add_problem(f, line, full, "nilai memuat ; atau # dan akan terpotong; apit nilainya dengan tanda kutip");
	int rc = 0;
	ini_entry *dup = NULL;
	for (size_t i = 0; i < f->n && !dup; i++)
		if (f->v[i].key && strcmp(f->v[i].section, *section) == 0 && strcmp(f->v[i].key, key) == 0)
			dup = &f->v[i];
	if (dup) {
		add_problem(f, line, full, "kunci ganda (juga di baris %d); hapus salah satunya", dup->line);
		dup->line = line;   /* iniparser keeps the last value: its problems are named here */
	} else {
		rc = add_entry(f, *section, key, strlen(key), line);
	}
	free(key);
	return rc;
}

/* iniparser stores "[a:b]" as a section named "a:b", which is also how it
 * names key b of section [a]: a lookup of that key then finds the section
 * (NULL, or a crash in 4.1's getint).  Refuse the header. */
static void check_section_names(inifile *f)
{
	for (size_t i = 0; i < f->n; i++) {
		const ini_entry *e = &f->v[i];
		const char *colon = e->key ? NULL : strchr(e->section, ':');
		if (!colon)
			continue;
		char *outer = strndup(e->section, (size_t)(colon - e->section));
		if (outer && inifile_line(f, outer, NULL))
			add_problem(f, e->line, NULL, "[%s]: nama bagian ini sama dengan kunci %s di bagian [%s]; "
			            "ganti namanya", e->section, colon + 1, outer);
		free(outer);
	}
}

/* One pass over the lines; the bad ones are blanked in `copy` (line
 * numbers kept) so that iniparser reads the rest. */
static int scan(inifile *f, FILE *in, FILE *copy, bad_lines *bad)
{
	char *buf = NULL, *section = NULL;
	size_t cap = 0;
	ssize_t len;
	int line = 0, continued = 0, rc = 0;
	if (!(section = strdup("")))
		return -1;
	while (rc == 0 && (len = getline(&buf, &cap, in)) != -1) {
		char *p = buf;
		line++;
		if (line == 1 && len >= 3 && memcmp(p, UTF8_BOM, 3) == 0) {
			p += 3;   /* what Notepad writes first: not part of the text */
			len -= 3;
			f->bom = 1;
		}
		size_t before = bad->n;
		if ((size_t)len >= INI_LINE_MAX) {
			add_problem(f, line, NULL, "baris terlalu panjang (%zd byte; paling banyak %d)", len,
			            INI_LINE_MAX - 1);
			mark_bad(bad, line);
			continued = 0;
		} else if (memchr(p, '\0', (size_t)len)) {
			add_problem(f, line, NULL, "baris memuat byte NUL");
			mark_bad(bad, line);
		} else {
			const char *b = p, *e = p + len;
			trim(&b, &e);
			int was_continued = continued;
			continued = e > b && e[-1] == '\\';   /* iniparser joins the next line */
			if (!was_continued)
				rc = scan_line(f, &section, p, p + len, line, bad);
		}
		if (bad->n > before)
			fputc('\n', copy);
		else
			fwrite(p, 1, (size_t)len, copy);
	}
	free(buf);
	free(section);
	return rc;
}

int inifile_read(const char *path, inifile *f, gg_err *err)
{
	memset(f, 0, sizeof *f);
	if (!(f->path = strdup(path)))
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	FILE *in = fopen(path, "r");
	if (!in) {
		int e = errno;
		inifile_close(f);
		return gg_fail(err, GG_ENOTFOUND, "%s: tidak dapat dibaca: %s", path, strerror(e));
	}
	FILE *copy = tmpfile();
	bad_lines bad = { 0 };
	int rc = copy ? scan(f, in, copy, &bad) : -1;
	fclose(in);
	free(bad.v);
	if (rc < 0) {
		if (copy)
			fclose(copy);
		inifile_close(f);
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
	check_section_names(f);
	if (fflush(copy) == 0) {
		char fdpath[64];
		snprintf(fdpath, sizeof fdpath, "/dev/fd/%d", fileno(copy));
		iniparser_set_error_callback(quiet);
		f->dict = iniparser_load(fdpath);
		iniparser_set_error_callback(NULL);
	}
	fclose(copy);
	if (!f->dict && !f->nprob)
		add_problem(f, 0, NULL, "iniparser tidak dapat membaca berkas ini");
	return GG_OK;
}

int inifile_open(const char *path, inifile *f, strbuf *problems, int *nproblems, gg_err *err)
{
	int code = inifile_read(path, f, err);
	if (code)
		return code;
	for (size_t i = 0; i < f->nprob; i++) {
		const ini_problem *p = &f->prob[i];
		if (p->line)
			sb_appendf(problems, "%s:%d: ", f->path, p->line);
		else
			sb_appendf(problems, "%s: ", f->path);
		if (p->key)
			sb_appendf(problems, "%s: ", p->key);
		sb_appendf(problems, "%s\n", p->what);
		(*nproblems)++;
	}
	return GG_OK;
}

void inifile_close(inifile *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->v[i].section);
		free(f->v[i].key);
	}
	for (size_t i = 0; i < f->nprob; i++) {
		free(f->prob[i].key);
		free(f->prob[i].what);
	}
	free(f->v);
	free(f->prob);
	free(f->path);
	if (f->dict)
		iniparser_freedict(f->dict);
	memset(f, 0, sizeof *f);
}

const char *inifile_value(const inifile *f, const char *name)
{
	/* iniparser 4.1's getstring of a name that is a section returns NULL
	 * (its getint crashes): only ever getstring. */
	return f->dict ? iniparser_getstring(f->dict, name, NULL) : NULL;
}

const char *inifile_get(const inifile *f, const char *section, const char *key)
{
	char name[512];
	if (snprintf(name, sizeof name, "%s:%s", section, key) >= (int)sizeof name)
		return NULL;
	return inifile_value(f, name);
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

int inifile_value_line(const inifile *f, const char *name)
{
	const char *colon = strrchr(name, ':');
	if (!colon)
		return 0;
	char section[300];
	snprintf(section, sizeof section, "%.*s", (int)(colon - name), name);
	for (char *p = section; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	char key[300];
	snprintf(key, sizeof key, "%s", colon + 1);
	for (char *p = key; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return inifile_line(f, section, key);
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
