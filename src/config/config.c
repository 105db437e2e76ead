/* Loading gangguan.ini through the one INI scanner (inifile.h), which
 * supplies what iniparser 4.1 cannot (the line of each key, duplicate
 * keys, the lines it would refuse); the option table (options.c) checks
 * every value, and unknown keys get the nearest known one. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "docnum.h"
#include "files.h"
#include "grow.h"
#include "inifile.h"
#include "strbuf.h"

#ifndef GANGGUAN_SYSCONFDIR
#define GANGGUAN_SYSCONFDIR "/etc/gangguan"
#endif

/* ---- problems ---- */

static void add_problem(config_problems *p, const char *file, int line, const char *key,
                        const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void add_problem(config_problems *p, const char *file, int line, const char *key,
                        const char *fmt, ...)
{
	char what[600];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	config_problem *v = grow_array(p->v, &p->cap, p->n, sizeof *v);
	if (!v)
		return;
	p->v = v;
	config_problem *q = &p->v[p->n];
	q->file = strdup(file);
	q->line = line;
	q->key = strdup(key ? key : "");
	q->what = strdup(what);
	if (!q->file || !q->key || !q->what) {
		free(q->file);
		free(q->key);
		free(q->what);
		return;
	}
	p->n++;
}

void config_problems_free(config_problems *p)
{
	for (size_t i = 0; i < p->n; i++) {
		free(p->v[i].file);
		free(p->v[i].key);
		free(p->v[i].what);
	}
	free(p->v);
	p->v = NULL;
	p->n = p->cap = 0;
}

void config_problems_print(const config_problems *p, void (*emit)(void *ctx, const char *line),
                           void *ctx)
{
	for (size_t i = 0; i < p->n; i++) {
		const config_problem *q = &p->v[i];
		strbuf b = STRBUF_INIT;
		if (q->line > 0)
			sb_appendf(&b, "%s:%d: ", q->file, q->line);
		else
			sb_appendf(&b, "%s: ", q->file);
		if (q->key[0])
			sb_appendf(&b, "%s: ", q->key);
		sb_append(&b, q->what);
		emit(ctx, sb_str(&b));
		sb_free(&b);
	}
}

/* ---- checking the scanned file (inifile.h: the one INI scanner) ---- */

static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 63 || lb > 63)
		return 99;
	size_t d[64][64];
	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			size_t sub = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			size_t del = d[i - 1][j] + 1, ins = d[i][j - 1] + 1;
			d[i][j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
		}
	return d[la][lb];
}

/* The known key nearest to a typo, or NULL when none is near. */
static const char *nearest_key(const char *key)
{
	size_t n, best = 3;
	const config_option *opts = config_options(&n);
	const char *found = NULL;
	const char *bare = strchr(key, ':');
	for (size_t i = 0; i < n; i++) {
		size_t dist = edit_distance(key, opts[i].key);
		/* the right key in the wrong section is a typo too */
		const char *obare = strchr(opts[i].key, ':');
		if (bare && obare && strcmp(bare, obare) == 0)
			dist = 1;
		if (dist < best) {
			best = dist;
			found = opts[i].key;
		}
	}
	return found;
}

static void check_keys(const inifile *f, config_problems *probs)
{
	for (size_t i = 0; i < f->n; i++) {
		const ini_entry *e = &f->v[i];
		if (!e->key)
			continue;
		char key[600];
		snprintf(key, sizeof key, "%s:%s", e->section, e->key);
		if (config_option_find(key))
			continue;
		const char *near = nearest_key(key);
		if (near)
			add_problem(probs, f->path, e->line, key, "kunci tidak dikenal; maksud Anda %s?", near);
		else
			add_problem(probs, f->path, e->line, key, "kunci tidak dikenal (lihat gangguan.ini(5))");
	}
}

static void check_values(const inifile *f, gg_config *c, config_problems *probs)
{
	const char *path = f->path;
	size_t n;
	const config_option *opts = config_options(&n);
	char why[600];
	for (size_t i = 0; i < n; i++) {
		const config_option *o = &opts[i];
		const char *v = inifile_value(f, o->key);
		if (!v) {
			if (!o->def)
				add_problem(probs, path, 0, o->key, "wajib diisi (%s)", o->help);
			continue;
		}
		if (config_set_value(c, o, v, why, sizeof why) < 0)
			add_problem(probs, path, inifile_value_line(f, o->key), o->key, "%s", why);
	}
	/* A number must fit the documents' number field, with the widest
	 * sequence and the unit code it will hold. */
	char num[DOCNUM_MAX];
	if (c->number_format && c->unit_code && docnum_check(c->number_format, why, sizeof why) == 0 &&
	    docnum_render(c->number_format, c->unit_code, 999999, 9999, 12, num, sizeof num) < 0)
		add_problem(probs, path, inifile_value_line(f, "unit:code"), "unit:code",
		            "nomor surat yang dibentuk dengan kode ini lebih dari %d karakter",
		            DOCNUM_MAX - 1);
}

/* In file order, the missing keys (line 0) last: a stable insertion sort,
 * the lists are short. */
static void sort_problems(config_problems *p, size_t from)
{
	for (size_t i = from + 1; i < p->n; i++) {
		config_problem q = p->v[i];
		int key = q.line ? q.line : 1 << 30;
		size_t j = i;
		while (j > from && (p->v[j - 1].line ? p->v[j - 1].line : 1 << 30) > key) {
			p->v[j] = p->v[j - 1];
			j--;
		}
		p->v[j] = q;
	}
}

int config_load(const char *path, gg_config **out, config_problems *probs, gg_err *err)
{
	inifile f;
	*out = NULL;
	gg_err_clear(err);
	size_t before = probs->n;
	int code = inifile_read(path, &f, err);
	if (code == GG_ENOTFOUND) {
		err->code = GG_ECONFIG;   /* a config named but unreadable is a configuration error */
		return GG_ECONFIG;
	}
	if (code)
		return code;
	for (size_t i = 0; i < f.nprob; i++)
		add_problem(probs, path, f.prob[i].line, f.prob[i].key, "%s", f.prob[i].what);
	check_keys(&f, probs);
	if (!f.dict) {
		inifile_close(&f);
		sort_problems(probs, before);
		return GG_ECONFIG;
	}
	gg_config *c = config_defaults();
	if (!c) {
		inifile_close(&f);
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
	check_values(&f, c, probs);
	inifile_close(&f);
	sort_problems(probs, before);
	if (probs->n > before || !(c->path = strdup(path))) {
		config_free(c);
		return probs->n > before ? GG_ECONFIG : gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
	*out = c;
	return GG_OK;
}

/* ---- where the file is ---- */

static char *join(const char *a, const char *b)
{
	strbuf s = STRBUF_INIT;
	sb_appendf(&s, "%s/%s", a, b);
	return sb_steal(&s);
}

static int exists(const char *p)
{
	return access(p, F_OK) == 0;
}

char *config_find(const char *explicit_path)
{
	if (explicit_path)
		return strdup(explicit_path);
	const char *env = getenv("GANGGUAN_CONFIG");
	if (env && *env)
		return strdup(env);
	char *p = NULL;
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	if (xdg && *xdg)
		p = join(xdg, "gangguan/gangguan.ini");
	else if (home && *home)
		p = join(home, ".config/gangguan/gangguan.ini");
	if (p && exists(p))
		return p;
	free(p);
	/* the server's config, shared by every operator (gangguan(1), SHARED
	 * DATABASE); /etc/gangguan.ini is where version 0.1 looked */
	static const char *const system_configs[] = { GANGGUAN_SYSCONFDIR "/gangguan.ini", "/etc/gangguan.ini" };
	for (size_t i = 0; i < sizeof system_configs / sizeof system_configs[0]; i++)
		if (exists(system_configs[i]))
			return strdup(system_configs[i]);
	return NULL;
}

/* config_data_path() is in datapath.c, with the rest of the data search path. */

/* ---- writing (the first-run setup form) ---- */


static int format_ini(const gg_config *c, strbuf *b, gg_err *err)
{
	size_t n;
	const config_option *opts = config_options(&n);
	char section[64] = "";
	sb_append(b, "; gangguan.ini: konfigurasi unit LPSE; lihat gangguan.ini(5).\n");
	for (size_t i = 0; i < n; i++) {
		const char *colon = strchr(opts[i].key, ':');
		size_t sl = (size_t)(colon - opts[i].key);
		if (strlen(section) != sl || strncmp(section, opts[i].key, sl) != 0) {
			snprintf(section, sizeof section, "%.*s", (int)sl, opts[i].key);
			sb_appendf(b, "\n[%s]\n", section);
		}
		char *v = config_value_string(c, &opts[i]);
		if (!v)
			return gg_fail(err, GG_ESOFTWARE, "memori habis");
		int quote = strpbrk(v, ";#") != NULL || (v[0] == ' ') ||
		            (v[0] && v[strlen(v) - 1] == ' ');
		if (quote && strchr(v, '"')) {
			int rc = gg_fail(err, GG_EDATA, "%s: nilai memuat \" bersama ; atau #", opts[i].key);
			free(v);
			return rc;
		}
		sb_appendf(b, "; %s\n%s = %s%s%s\n", opts[i].help, colon + 1, quote ? "\"" : "", v,
		           quote ? "\"" : "");
		free(v);
	}
	return sb_failed(b) ? gg_fail(err, GG_ESOFTWARE, "memori habis") : GG_OK;
}

char *config_format(const gg_config *c, gg_err *err)
{
	strbuf b = STRBUF_INIT;
	if (format_ini(c, &b, err)) {
		sb_free(&b);
		return NULL;
	}
	return sb_steal(&b);
}

int config_write(const gg_config *c, const char *path, gg_err *err)
{
	strbuf b = STRBUF_INIT;
	int rc = format_ini(c, &b, err);
	if (rc) {
		sb_free(&b);
		return rc;
	}
	files_mkdir_parents(path);
	strbuf tmpname = STRBUF_INIT;
	sb_appendf(&tmpname, "%s.tmp.XXXXXX", path);
	char *tmp = sb_steal(&tmpname);
	int fd = tmp ? mkstemp(tmp) : -1;
	if (fd < 0) {
		rc = gg_fail(err, GG_ECANTCREAT, "%s: tidak dapat ditulis: %s", path, strerror(errno));
		goto out;
	}
	size_t len = strlen(sb_str(&b));
	ssize_t w = write(fd, sb_str(&b), len);
	if (w < 0 || (size_t)w != len || fsync(fd) < 0) {
		rc = gg_fail(err, GG_EIO, "%s: gagal menulis: %s", tmp, strerror(errno));
		close(fd);
		unlink(tmp);
		goto out;
	}
	close(fd);
	/* the file must load back clean, with the loader's own checks */
	gg_config *back = NULL;
	config_problems probs = { 0 };
	rc = config_load(tmp, &back, &probs, err);
	if (rc) {
		if (probs.n)
			gg_fail(err, GG_EDATA, "%s: %s", probs.v[0].key, probs.v[0].what);
		config_problems_free(&probs);
		unlink(tmp);
		rc = rc == GG_ECONFIG ? GG_EDATA : rc;
		goto out;
	}
	config_free(back);
	config_problems_free(&probs);
	if (rename(tmp, path) < 0) {
		rc = gg_fail(err, GG_ECANTCREAT, "%s: tidak dapat ditulis: %s", path, strerror(errno));
		unlink(tmp);
	}
out:
	free(tmp);
	sb_free(&b);
	return rc;
}
