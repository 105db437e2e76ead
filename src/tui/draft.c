/* Form drafts on disk (tui_draft.h).  Format, one record a line:
 *   gangguan-draft 1
 *   form <TAB> NAME
 *   incident <TAB> ID
 *   version <TAB> N                 (the incident's row version; 0: none)
 *   field <TAB> KEY <TAB> VALUE     (\\, \t, \n escaped)
 */
#include "tui_draft.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sha256.h"
#include "strbuf.h"

static int mkdirs(const char *dir)
{
	char *d = strdup(dir);
	if (!d)
		return -1;
	for (char *p = d + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(d, 0700);
		*p = '/';
	}
	int r = mkdir(d, 0700) == 0 || errno == EEXIST ? 0 : -1;
	free(d);
	return r;
}

char *draft_path_for(const char *db_path)
{
	char *abs = realpath(db_path, NULL);
	const char *key = abs ? abs : db_path;
	char hex[SHA256_HEX_LEN + 1];
	sha256_hex(key, strlen(key), hex);
	hex[12] = '\0';
	strbuf sb = STRBUF_INIT;
	const char *xdg = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	if (xdg && *xdg == '/')
		sb_appendf(&sb, "%s/gangguan", xdg);
	else if (home && *home)
		sb_appendf(&sb, "%s/.local/state/gangguan", home);
	if (sb.len && mkdirs(sb_str(&sb)) == 0) {
		sb_appendf(&sb, "/draft-%s.txt", hex);
	} else {
		sb_reset(&sb);
		sb_appendf(&sb, "%s.draft", key);
	}
	free(abs);
	return sb_steal(&sb);
}

static void put_escaped(strbuf *sb, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '\\')
			sb_append(sb, "\\\\");
		else if (*s == '\t')
			sb_append(sb, "\\t");
		else if (*s == '\n')
			sb_append(sb, "\\n");
		else
			sb_putc(sb, *s);
	}
}

static void unescape(char *s)
{
	char *o = s;
	for (; *s; s++) {
		if (*s == '\\' && s[1]) {
			s++;
			*o++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s;
		} else {
			*o++ = *s;
		}
	}
	*o = '\0';
}

int draft_write(const char *path, const draft *d)
{
	strbuf sb = STRBUF_INIT, tmp = STRBUF_INIT;
	sb_appendf(&sb, "gangguan-draft 1\nform\t%s\nincident\t%lld\nversion\t%lld\n", d->form,
	           (long long)d->incident, (long long)d->version);
	for (size_t i = 0; i < d->n; i++) {
		sb_appendf(&sb, "field\t%s\t", d->keys[i]);
		put_escaped(&sb, d->values[i]);
		sb_putc(&sb, '\n');
	}
	sb_appendf(&tmp, "%s.tmp", path);
	int r = -1;
	if (!sb_failed(&sb) && !sb_failed(&tmp)) {
		FILE *f = fopen(sb_str(&tmp), "w");
		if (f) {
			int ok = fwrite(sb_str(&sb), 1, sb.len, f) == sb.len;
			ok = fflush(f) == 0 && ok;
			ok = fsync(fileno(f)) == 0 && ok;
			ok = fclose(f) == 0 && ok;
			if (ok && rename(sb_str(&tmp), path) == 0)
				r = 0;
			else
				unlink(sb_str(&tmp));
		}
	}
	sb_free(&sb);
	sb_free(&tmp);
	return r;
}

static int push(draft *d, const char *k, const char *v)
{
	char **nk = realloc(d->keys, (d->n + 1) * sizeof *nk);
	if (!nk)
		return -1;
	d->keys = nk;
	char **nv = realloc(d->values, (d->n + 1) * sizeof *nv);
	if (!nv)
		return -1;
	d->values = nv;
	d->keys[d->n] = strdup(k);
	d->values[d->n] = strdup(v);
	if (!d->keys[d->n] || !d->values[d->n]) {
		free(d->keys[d->n]);
		free(d->values[d->n]);
		return -1;
	}
	d->n++;
	return 0;
}

int draft_read(const char *path, draft *d)
{
	memset(d, 0, sizeof *d);
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int lineno = 0, bad = 0;
	while ((len = getline(&line, &cap, f)) >= 0) {
		if (len && line[len - 1] == '\n')
			line[--len] = '\0';
		if (lineno++ == 0) {
			bad = strcmp(line, "gangguan-draft 1") != 0;
			if (bad)
				break;
			continue;
		}
		char *t1 = strchr(line, '\t');
		if (!t1)
			continue;
		*t1++ = '\0';
		if (strcmp(line, "form") == 0) {
			free(d->form);
			d->form = strdup(t1);
		} else if (strcmp(line, "incident") == 0) {
			d->incident = strtoll(t1, NULL, 10);
		} else if (strcmp(line, "version") == 0) {
			d->version = strtoll(t1, NULL, 10);
		} else if (strcmp(line, "field") == 0) {
			char *t2 = strchr(t1, '\t');
			if (!t2)
				continue;
			*t2++ = '\0';
			unescape(t2);
			if (push(d, t1, t2) < 0)
				bad = 1;
		}
	}
	free(line);
	fclose(f);
	if (bad || !d->form) {
		draft_free(d);
		return -1;
	}
	return 0;
}

static char *later_path(const char *path);

void draft_remove(const char *path)
{
	if (!path)
		return;
	unlink(path);
	char *lp = later_path(path);
	if (lp)
		unlink(lp);
	free(lp);
}

void draft_free(draft *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->keys[i]);
		free(d->values[i]);
	}
	free(d->keys);
	free(d->values);
	free(d->form);
	memset(d, 0, sizeof *d);
}

const char *draft_get(const draft *d, const char *key)
{
	for (size_t i = 0; i < d->n; i++)
		if (strcmp(d->keys[i], key) == 0)
			return d->values[i];
	return NULL;
}

/* The fingerprint of a draft's content, for "later". */
static void draft_print(const draft *d, char hex[SHA256_HEX_LEN + 1])
{
	strbuf sb = STRBUF_INIT;
	sb_appendf(&sb, "%s\t%lld", d->form, (long long)d->incident);
	for (size_t i = 0; i < d->n; i++)
		sb_appendf(&sb, "\t%s=%s", d->keys[i], d->values[i]);
	sha256_hex(sb_str(&sb), sb.len, hex);
	sb_free(&sb);
}

static char *later_path(const char *path)
{
	strbuf sb = STRBUF_INIT;
	sb_appendf(&sb, "%s.nanti", path);
	return sb_steal(&sb);
}

void draft_later(const char *path, const draft *d)
{
	char hex[SHA256_HEX_LEN + 1];
	char *lp = later_path(path);
	FILE *f = lp ? fopen(lp, "w") : NULL;
	draft_print(d, hex);
	if (f) {
		fprintf(f, "%s\n", hex);
		fclose(f);
	}
	free(lp);
}

int draft_is_later(const char *path, const draft *d)
{
	char hex[SHA256_HEX_LEN + 1], seen[SHA256_HEX_LEN + 2] = "";
	char *lp = later_path(path);
	FILE *f = lp ? fopen(lp, "r") : NULL;
	free(lp);
	if (!f)
		return 0;
	int got = fgets(seen, sizeof seen, f) != NULL;
	fclose(f);
	draft_print(d, hex);
	return got && strncmp(seen, hex, SHA256_HEX_LEN) == 0;
}
