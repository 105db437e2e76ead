/* The search path of the data files (datapath.h): file by file, the
 * unit's own directory over the installed ones, so that a unit's file
 * adds or replaces one name and never hides the rest. */
#include "datapath.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "grow.h"
#include "strbuf.h"

#ifndef GANGGUAN_DATADIR
#define GANGGUAN_DATADIR "/usr/local/share/gangguan"
#endif

static char *join(const char *a, const char *b)
{
	strbuf s = STRBUF_INIT;
	sb_appendf(&s, "%s/%s", a, b);
	return sb_steal(&s);
}

static void free_strings(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Appends a copy of s unless it is already there; 0, or -1 on no memory. */
static int push_unique(char ***v, size_t *n, size_t *cap, const char *s)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*v)[i], s) == 0)
			return 0;
	char **g = grow_array(*v, cap, *n, sizeof **v);
	if (!g)
		return -1;
	*v = g;
	if (!(g[*n] = strdup(s)))
		return -1;
	(*n)++;
	return 0;
}

int config_data_roots(const gg_config *c, char ***dirs, size_t *n)
{
	size_t cap = 0;
	*dirs = NULL;
	*n = 0;
	const char *env = getenv("GANGGUAN_DATADIR");
	int bad = (env && *env && push_unique(dirs, n, &cap, env) < 0) ||
	          (c->datadir && *c->datadir && push_unique(dirs, n, &cap, c->datadir) < 0) ||
	          push_unique(dirs, n, &cap, GANGGUAN_DATADIR) < 0;
	if (bad) {
		free_strings(*dirs, *n);
		*dirs = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* The directory of the config file ("." for a bare name), or NULL. */
static char *config_dir(const gg_config *c)
{
	if (!c->path)
		return NULL;
	const char *slash = strrchr(c->path, '/');
	if (!slash)
		return strdup(".");
	return strndup(c->path, (size_t)(slash - c->path) + (slash == c->path));
}

char *config_data_path(const gg_config *c, const char *name)
{
	if (!name)
		return NULL;
	if (name[0] == '/')
		return strdup(name);
	char **roots;
	size_t nroots;
	if (config_data_roots(c, &roots, &nroots) < 0)
		return NULL;
	/* a unit's own copy beside its config first, then the data dirs;
	 * when none has it, the last (installed) one, so the caller can
	 * name what is missing */
	char *found = NULL, *dir = config_dir(c);
	if (dir) {
		found = join(dir, name);
		if (found && access(found, F_OK) != 0) {
			free(found);
			found = NULL;
		}
	}
	for (size_t i = 0; !found && i < nroots; i++) {
		found = join(roots[i], name);
		if (found && i + 1 < nroots && access(found, F_OK) != 0) {
			free(found);
			found = NULL;
		}
	}
	free(dir);
	free_strings(roots, nroots);
	return found;
}

/* ---- listing a layered directory ---- */

void data_listing_free(data_listing *l)
{
	free_strings(l->dirs, l->ndirs);
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].path);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

const data_file *data_listing_find(const data_listing *l, const char *name)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i].name, name) == 0)
			return &l->v[i];
	return NULL;
}

static int cmp_file(const void *a, const void *b)
{
	return strcmp(((const data_file *)a)->name, ((const data_file *)b)->name);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t len = strlen(s), sl = strlen(suffix);
	return len > sl && strcmp(s + len - sl, suffix) == 0;
}

/* A data file's name: the suffix, and no hidden (editor, backup) file. */
static int wanted(const char *name, const char *suffix)
{
	return name[0] != '.' && ends_with(name, suffix);
}

/* Adds the names of layer `layer` that no earlier layer has. */
static int list_layer(data_listing *l, size_t layer, const char *suffix, gg_err *err)
{
	const char *dir = l->dirs[layer];
	DIR *d = opendir(dir);
	if (!d) {
		if (errno == ENOENT || errno == ENOTDIR)
			return GG_OK;   /* a layer that is not there adds nothing */
		return gg_fail(err, GG_ENOTFOUND, "%s: direktori data tidak dapat dibaca: %s", dir, strerror(errno));
	}
	size_t before = l->n;   /* names of earlier layers: [0, before) */
	int code = GG_OK;
	struct dirent *de;
	while (!code && (de = readdir(d))) {
		if (!wanted(de->d_name, suffix))
			continue;
		int seen = 0;
		for (size_t i = 0; i < before && !seen; i++)
			if (strcmp(l->v[i].name, de->d_name) == 0) {
				l->v[i].replaces = 1;
				seen = 1;
			}
		if (seen)
			continue;
		data_file *g = grow_array(l->v, &l->cap, l->n, sizeof *l->v);
		if (!g) {
			code = gg_fail(err, GG_ESOFTWARE, "memori habis");
			break;
		}
		l->v = g;
		data_file *f = &l->v[l->n];
		f->name = strdup(de->d_name);
		f->path = join(dir, de->d_name);
		f->layer = layer;
		f->replaces = 0;
		if (!f->name || !f->path) {
			free(f->name);
			free(f->path);
			code = gg_fail(err, GG_ESOFTWARE, "memori habis");
			break;
		}
		l->n++;
	}
	closedir(d);
	return code;
}

/* The same directory reached by two names (the sample config inside the
 * data directory, a symbolic link) is one layer. */
static int same_dir(const char *a, const char *b)
{
	struct stat sa, sb;
	if (strcmp(a, b) == 0)
		return 1;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Takes ownership of dirs (layer order, first wins) and lists them. */
static int list_layers(char **dirs, size_t ndirs, size_t nlocal, const char *suffix, data_listing *out,
                       gg_err *err)
{
	memset(out, 0, sizeof *out);
	out->dirs = dirs;
	for (size_t i = 0; i < ndirs; i++) {
		int dup = 0;
		for (size_t j = 0; j < out->ndirs && !dup; j++)
			dup = same_dir(out->dirs[j], dirs[i]);
		if (dup) {
			free(dirs[i]);
			continue;
		}
		out->dirs[out->ndirs++] = dirs[i];
		if (i < nlocal)
			out->nlocal = out->ndirs;
	}
	int code = GG_OK;
	for (size_t i = 0; !code && i < out->ndirs; i++)
		code = list_layer(out, i, suffix, err);
	if (code) {
		data_listing_free(out);
		return code;
	}
	if (out->n)
		qsort(out->v, out->n, sizeof *out->v, cmp_file);
	return GG_OK;
}

int data_list_dirs(const char *const *dirs, size_t ndirs, const char *suffix, data_listing *out,
                   gg_err *err)
{
	memset(out, 0, sizeof *out);
	char **copy = calloc(ndirs ? ndirs : 1, sizeof *copy);
	if (!copy)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	for (size_t i = 0; i < ndirs; i++)
		if (!(copy[i] = strdup(dirs[i]))) {
			free_strings(copy, i);
			return gg_fail(err, GG_ESOFTWARE, "memori habis");
		}
	return list_layers(copy, ndirs, 0, suffix, out, err);
}

static int is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The unit's own directory named by value: a file stands for the
 * directory it is in, also a name ending in suffix that is not there.
 * NULL when there is none (no config file and a relative name) or memory
 * ran out (*oom set). */
static char *local_dir(const gg_config *c, const char *value, const char *sub, const char *suffix, int *oom)
{
	*oom = 0;
	const char *name = value && *value ? value : sub;
	char *p;
	if (name[0] == '/') {
		p = strdup(name);
	} else {
		char *dir = config_dir(c);
		if (!dir)
			return NULL;
		p = join(dir, name);
		free(dir);
	}
	if (!p) {
		*oom = 1;
		return NULL;
	}
	struct stat st;
	int there = stat(p, &st) == 0;
	if ((there && !S_ISDIR(st.st_mode)) || (!there && ends_with(p, suffix))) {
		char *slash = strrchr(p, '/');
		if (slash)
			*(slash == p ? slash + 1 : slash) = '\0';
	}
	return p;
}

/* 1 if a value the operator wrote names nothing: not beside the config
 * (or absolute) and not in an installed data directory either. */
static int names_nothing(const gg_config *c, const char *value, const char *sub, const char *local)
{
	if (!value || !*value || strcmp(value, sub) == 0 || (local && is_dir(local)))
		return 0;
	if (value[0] == '/')
		return 1;
	char *p = config_data_path(c, value);
	int missing = p && access(p, F_OK) != 0;
	free(p);
	return missing;
}

int config_data_list(const gg_config *c, const char *key, const char *value, const char *sub,
                     const char *suffix, data_listing *out, gg_err *err)
{
	memset(out, 0, sizeof *out);
	char **roots;
	size_t nroots;
	if (config_data_roots(c, &roots, &nroots) < 0)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	int oom;
	char *local = local_dir(c, value, sub, suffix, &oom);
	char **dirs = calloc(nroots + 1, sizeof *dirs);
	size_t n = 0, nlocal = 0;
	int code = oom || !dirs ? gg_fail(err, GG_ESOFTWARE, "memori habis") : GG_OK;
	/* a directory the operator named must be there: a typo would
	 * otherwise leave the unit with the installed files alone, silently */
	if (!code && names_nothing(c, value, sub, local))
		code = gg_fail(err, GG_ECONFIG, "%s = %s: direktori %s tidak ada", key, value,
		               local ? local : value);
	if (!code && local) {
		dirs[n++] = local;
		local = NULL;
		nlocal = 1;
	}
	for (size_t i = 0; !code && i < nroots; i++)
		if (!(dirs[n++] = join(roots[i], sub)))
			code = gg_fail(err, GG_ESOFTWARE, "memori habis");
	free(local);
	free_strings(roots, nroots);
	if (code) {
		if (dirs)
			free_strings(dirs, n);
		return code;
	}
	if ((code = list_layers(dirs, n, nlocal, suffix, out, err)))
		return code;
	int any = 0;
	for (size_t i = 0; i < out->ndirs && !any; i++)
		any = is_dir(out->dirs[i]);
	if (!any) {
		strbuf where = STRBUF_INIT;
		for (size_t i = 0; i < out->ndirs; i++)
			sb_appendf(&where, "%s%s", i ? ", " : "", out->dirs[i]);
		code = gg_fail(err, GG_ENOTFOUND, "%s: tidak ada direktori %s; dicari: %s", key, sub, sb_str(&where));
		sb_free(&where);
		data_listing_free(out);
	}
	return code;
}
