/* Reads the regulation quoted by the documents with iniparser: the
 * [regulation] title and every [provision:NAME] text and items. */
#include "docquote.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <iniparser.h>

/* iniparser reports a malformed line through this callback (with the line
 * number); keep it for the message instead of letting it reach stderr. */
static char ini_msg[512];

static int capture_ini_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int capture_ini_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(ini_msg, sizeof ini_msg, fmt, ap);
	va_end(ap);
	for (char *p = ini_msg; *p; p++)
		if (*p == '\n')
			*p = ' ';
	for (size_t n = strlen(ini_msg); n && ini_msg[n - 1] == ' ';)
		ini_msg[--n] = '\0';
	return 0;
}

void docquote_free(doc_regulation *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++) {
		free(r->prov[i].name);
		free(r->prov[i].text);
		for (size_t k = 0; k < r->prov[i].items_n; k++)
			free(r->prov[i].items[k]);
		free(r->prov[i].items);
	}
	free(r->prov);
	free(r->title);
	free(r->number);
	free(r);
}

static char *trimmed_copy(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	char *c = malloc(n + 1);
	if (c) {
		memcpy(c, s, n);
		c[n] = '\0';
	}
	return c;
}

/* Splits "a | b" into trimmed, non-empty items. */
static int split_items(const char *v, char ***items, size_t *n)
{
	*items = NULL;
	*n = 0;
	size_t cap = 1;
	for (const char *p = v; *p; p++)
		cap += *p == '|';
	*items = calloc(cap, sizeof **items);
	if (!*items)
		return -1;
	const char *p = v;
	for (;;) {
		size_t len = strcspn(p, "|");
		char *it = trimmed_copy(p, len);
		if (!it)
			return -1;
		if (*it)
			(*items)[(*n)++] = it;
		else
			free(it);
		if (!p[len])
			break;
		p += len + 1;
	}
	return 0;
}

int docquote_load(const char *path, doc_regulation **out, gg_err *err)
{
	static const char prefix[] = "provision:";
	char key[300];
	*out = NULL;
	if (access(path, R_OK) != 0)
		return gg_fail(err, GG_ENOTFOUND, "%s: berkas peraturan tidak dapat dibaca ([documents] regulations)",
		               path);
	ini_msg[0] = '\0';
	iniparser_set_error_callback(capture_ini_error);
	dictionary *d = iniparser_load(path);
	iniparser_set_error_callback(NULL);
	if (!d) {
		/* iniparser says "syntax error in FILE (LINE):" and "-> TEXT". */
		const char *open = strrchr(ini_msg, '(');
		const char *arrow = strstr(ini_msg, "-> ");
		int line = open ? atoi(open + 1) : 0;
		if (line > 0)
			return gg_fail(err, GG_ECONFIG, "%s:%d: berkas peraturan rusak: baris tidak terbaca: %.200s",
			               path, line, arrow ? arrow + 3 : "");
		return gg_fail(err, GG_ECONFIG, "%s: berkas peraturan rusak: %s", path,
		               ini_msg[0] ? ini_msg : "tidak terbaca");
	}
	doc_regulation *r = calloc(1, sizeof *r);
	/* iniparser 4.1 does not count "[provision:NAME]" as a section (the
	 * name holds ':'), so walk its entries: a section is a key without a
	 * value, in the order of the file. */
	int nsec = d->n;
	if (!r || !(r->prov = calloc(nsec > 0 ? (size_t)nsec : 1, sizeof *r->prov)))
		goto oom;
	const char *title = iniparser_getstring(d, "regulation:title", NULL);
	if (!title || !*title) {
		gg_fail(err, GG_ECONFIG, "%s: [regulation] title tidak ada", path);
		goto fail;
	}
	if (!(r->title = strdup(title)) ||
	    !(r->number = strdup(iniparser_getstring(d, "regulation:number", ""))))
		goto oom;
	for (int i = 0; i < nsec; i++) {
		const char *sec = d->key[i];
		if (!sec || d->val[i] || strncmp(sec, prefix, sizeof prefix - 1) != 0 ||
		    strchr(sec + sizeof prefix - 1, ':'))
			continue;
		doc_provision *pv = &r->prov[r->n];
		snprintf(key, sizeof key, "%s:text", sec);
		const char *text = iniparser_getstring(d, key, NULL);
		if (!text || !*text) {
			gg_fail(err, GG_ECONFIG, "%s: [%s] text tidak ada", path, sec);
			goto fail;
		}
		if (!(pv->name = strdup(sec + sizeof prefix - 1)) || !(pv->text = strdup(text)))
			goto oom_prov;
		snprintf(key, sizeof key, "%s:items", sec);
		if (split_items(iniparser_getstring(d, key, ""), &pv->items, &pv->items_n) < 0)
			goto oom_prov;
		r->n++;
	}
	if (!r->n) {
		gg_fail(err, GG_ECONFIG, "%s: tidak ada bagian [provision:NAMA] untuk dikutip", path);
		goto fail;
	}
	iniparser_freedict(d);
	*out = r;
	return GG_OK;
oom_prov:
	r->n++;   /* so that docquote_free releases the partial one */
oom:
	gg_fail(err, GG_ESOFTWARE, "memori habis");
fail:
	docquote_free(r);
	iniparser_freedict(d);
	return err->code;
}
