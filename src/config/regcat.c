/* The regulation catalogue: the .ini files of data/regulations/ -> regcat. */
#include "regcat.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cause.h"
#include "idtime.h"
#include "inifile.h"

/* The keys each kind of section may hold: anything else is a typo. */
static const char *const regulation_keys[] = {
	"title", "full_title", "number", "effective_from", "effective_until", "committee", "result_report",
	"basis", "transition", "transition_source", NULL
};
static const char *const provision_keys[] = {
	"text", "items", "official", "quoted", "source", "causes", "remedies", NULL
};
static const char *const remedy_keys[] = { "label", "short", "letter", "condition", NULL };
static const char *const amendment_keys[] = { "number", "effective_from", NULL };

/* [regulation] transition, as written and as the rule it names. */
static const struct {
	const char *word;
	transition_rule rule;
} transitions[] = {
	{ "none", TRANSITION_NONE },
	{ "started", TRANSITION_STARTED },
	{ "past_bid_deadline", TRANSITION_PAST_BID_DEADLINE },
};

typedef struct loader {
	strbuf problems;
	int n;
} loader;

static int in_list(const char *const *list, const char *s)
{
	for (; *list; list++)
		if (strcmp(*list, s) == 0)
			return 1;
	return 0;
}

static char *dup_value(const inifile *f, const char *sec, const char *key, int escapes)
{
	const char *v = inifile_get(f, sec, key);
	char *d = strdup(v ? v : "");
	if (d && escapes)
		ini_unescape(d);
	return d;
}

/* "2018-07-01" -> days; -1 and a problem if malformed. */
static int parse_date(loader *L, const inifile *f, const char *sec, const char *key, int64_t *day)
{
	const char *v = inifile_get(f, sec, key);
	int y, m, d, used = 0;
	if (!v || sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &used) != 3 || v[used] || !civil_date_valid(y, m, d)) {
		inifile_problem(&L->problems, &L->n, f, sec, key, "'%s' bukan tanggal YYYY-MM-DD", v ? v : "");
		return -1;
	}
	*day = days_from_civil(y, m, d);
	return 0;
}

/* Splits "a | b | c" (or "a, b" when seps holds ',') into a malloc'd
 * array of malloc'd, trimmed, non-empty parts. */
static int split_list(const char *v, const char *seps, char ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	const char *p = v;
	while (p && *p) {
		p += strspn(p, " \t");
		size_t len = strcspn(p, seps);
		size_t next = len;
		while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		if (len) {
			char **grown = realloc(*out, (*n + 1) * sizeof **out);
			if (!grown)
				return -1;
			*out = grown;
			if (!((*out)[*n] = strndup(p, len)))
				return -1;
			(*n)++;
		}
		p += next + (p[next] != '\0');
	}
	return 0;
}

static void free_list(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static int load_provision(loader *L, const inifile *f, const char *sec, provision *p)
{
	memset(p, 0, sizeof *p);
	const char *name = sec + strlen("provision:");
	if (!*name)
		inifile_problem(&L->problems, &L->n, f, sec, NULL, "ketentuan tanpa nama ([provision:NAMA])");
	if (!(p->name = strdup(name)) || !(p->text = dup_value(f, sec, "text", 1)))
		return -1;
	if (!*p->text)
		inifile_problem(&L->problems, &L->n, f, sec, "text", "teks ketentuan wajib diisi");
	if (inifile_get(f, sec, "official") && !(p->official = dup_value(f, sec, "official", 1)))
		return -1;
	if (!(p->source = dup_value(f, sec, "source", 0)))
		return -1;
	/* Items hold commas ("..., atau"): only '|' separates them. */
	if (split_list(inifile_get(f, sec, "items"), "|", &p->items, &p->nitems) < 0)
		return -1;
	const char *q = inifile_get(f, sec, "quoted");
	/* Only what is marked is a quotation: a missing key is a summary. */
	if (q && strcasecmp(q, "yes") == 0)
		p->quoted = 1;
	else if (!q || strcasecmp(q, "no") == 0)
		p->quoted = 0;
	else
		inifile_problem(&L->problems, &L->n, f, sec, "quoted", "'%s': isi yes atau no", q);
	if (p->quoted && !*p->source)
		inifile_problem(&L->problems, &L->n, f, sec, "source",
		                "ketentuan yang dikutip kata demi kata (quoted = yes) wajib menyebut sumbernya");

	const char *causes = inifile_get(f, sec, "causes");
	if (split_list(causes, "|,", &p->causes, &p->ncauses) < 0)
		return -1;
	if (!p->ncauses)
		inifile_problem(&L->problems, &L->n, f, sec, "causes",
		                "daftar penyebab wajib diisi (kode penyebab atau 'semua')");
	for (size_t i = 0; i < p->ncauses; i++)
		if (strcmp(p->causes[i], "semua") != 0 && !cause_find(p->causes[i]))
			inifile_problem(&L->problems, &L->n, f, sec, "causes", "penyebab '%s' tidak dikenal",
			                p->causes[i]);
		else if (strcmp(p->causes[i], "semua") != 0) {
			/* Store the canonical code, whatever spelling was typed. */
			char *code = strdup(cause_find(p->causes[i])->code);
			if (!code)
				return -1;
			free(p->causes[i]);
			p->causes[i] = code;
		}

	char **rem;
	size_t nrem;
	if (split_list(inifile_get(f, sec, "remedies"), "|,", &rem, &nrem) < 0)
		return -1;
	for (size_t i = 0; i < nrem; i++) {
		const remedy_info *r = remedy_find(rem[i]);
		if (!r)
			inifile_problem(&L->problems, &L->n, f, sec, "remedies", "upaya '%s' tidak dikenal; pilih %s",
			                rem[i], remedy_names());
		else
			p->remedies |= 1u << r->code;
	}
	free_list(rem, nrem);
	return 0;
}

/* [amendment:NAME]: number, effective_from; kept by date. */
static int load_amendment(loader *L, const inifile *f, const char *sec, regime *r)
{
	amendment a = { 0 };
	const char *num = inifile_get(f, sec, "number");
	if (!num || !*num)
		inifile_problem(&L->problems, &L->n, f, sec, "number", "wajib diisi");
	if (parse_date(L, f, sec, "effective_from", &a.from) < 0)
		return 0;
	if (a.from < r->from)
		inifile_problem(&L->problems, &L->n, f, sec, "effective_from",
		                "perubahan tidak dapat berlaku sebelum peraturan yang diubahnya");
	if (!(a.number = strdup(num ? num : "")))
		return -1;
	amendment *v = realloc(r->amend, (r->namend + 1) * sizeof *v);
	if (!v) {
		free(a.number);
		return -1;
	}
	r->amend = v;
	size_t i = r->namend++;
	while (i > 0 && r->amend[i - 1].from > a.from) {
		r->amend[i] = r->amend[i - 1];
		i--;
	}
	r->amend[i] = a;
	return 0;
}

static int grow_provisions(regime *r)
{
	provision *v = realloc(r->prov, (r->nprov + 1) * sizeof *v);
	if (!v)
		return -1;
	r->prov = v;
	return 0;
}

static int load_regime(loader *L, const inifile *f, const char *id, regime *r)
{
	memset(r, 0, sizeof *r);
	r->until = INT64_MAX;
	if (!(r->file = strdup(f->path)) || !(r->id = strdup(id)))
		return -1;
	const char *reg = "regulation";
	if (!inifile_line(f, reg, NULL))
		inifile_problem(&L->problems, &L->n, f, NULL, NULL, "bagian [regulation] tidak ada");
	if (!(r->title = dup_value(f, reg, "title", 0)) || !(r->full_title = dup_value(f, reg, "full_title", 0)) ||
	    !(r->number = dup_value(f, reg, "number", 0)) ||
	    !(r->committee = dup_value(f, reg, "committee", 0)) || !(r->basis = dup_value(f, reg, "basis", 1)) ||
	    !(r->result_report = dup_value(f, reg, "result_report", 0)) ||
	    !(r->transition_source = dup_value(f, reg, "transition_source", 1)))
		return -1;
	static const char *const required[] = { "title", "number", "committee", "result_report",
		                                "effective_from", NULL };
	for (int i = 0; required[i]; i++)
		if (!inifile_get(f, reg, required[i]) || !*inifile_get(f, reg, required[i]))
			inifile_problem(&L->problems, &L->n, f, reg, required[i], "wajib diisi");
	if (inifile_get(f, reg, "effective_from"))
		parse_date(L, f, reg, "effective_from", &r->from);
	const char *until = inifile_get(f, reg, "effective_until");
	if (until && *until && parse_date(L, f, reg, "effective_until", &r->until) == 0 && r->until <= r->from)
		inifile_problem(&L->problems, &L->n, f, reg, "effective_until", "harus sesudah effective_from");
	const char *tr = inifile_get(f, reg, "transition");
	if (tr && *tr) {
		size_t k = 0;
		while (k < sizeof transitions / sizeof transitions[0] && strcmp(transitions[k].word, tr) != 0)
			k++;
		if (k == sizeof transitions / sizeof transitions[0])
			inifile_problem(&L->problems, &L->n, f, reg, "transition",
			                "'%s': isi none, started atau past_bid_deadline", tr);
		else
			r->transition = transitions[k].rule;
		if (r->transition != TRANSITION_NONE && !*r->transition_source)
			inifile_problem(&L->problems, &L->n, f, reg, "transition_source",
			                "sebut ketentuan peralihan yang menjadi dasarnya");
	}

	for (size_t i = 0; i < f->n; i++) {
		const ini_entry *e = &f->v[i];
		const char *sec = e->section;
		if (!e->key) {
			if (strncmp(sec, "provision:", 10) == 0) {
				if (grow_provisions(r) < 0)
					return -1;
				if (load_provision(L, f, sec, &r->prov[r->nprov]) < 0) {
					provision_free(&r->prov[r->nprov]);
					return -1;
				}
				r->nprov++;
			} else if (strncmp(sec, "remedy:", 7) == 0) {
				const remedy_info *ri = remedy_find(sec + 7);
				if (!ri) {
					inifile_problem(&L->problems, &L->n, f, sec, NULL, "upaya '%s' tidak dikenal; pilih %s",
					                sec + 7, remedy_names());
					continue;
				}
				static const char *const texts[] = { "label", "short", "letter" };
				char **slots[] = { r->remedy_label, r->remedy_short, r->remedy_letter };
				for (size_t k = 0; k < 3; k++)
					if (inifile_get(f, sec, texts[k]) && *inifile_get(f, sec, texts[k]) &&
					    !(slots[k][ri->code] = dup_value(f, sec, texts[k], 1)))
						return -1;
				if (inifile_get(f, sec, "condition") &&
				    !(r->remedy_condition[ri->code] = dup_value(f, sec, "condition", 1)))
					return -1;
			} else if (strncmp(sec, "amendment:", 10) == 0) {
				if (load_amendment(L, f, sec, r) < 0)
					return -1;
			} else if (strcmp(sec, reg) != 0) {
				inifile_problem(&L->problems, &L->n, f, sec, NULL,
				                "bagian tidak dikenal; yang ada: [regulation], [amendment:NAMA], "
				                "[provision:NAMA], [remedy:UPAYA]");
			}
			continue;
		}
		const char *const *keys = strcmp(sec, reg) == 0 ? regulation_keys
		                          : strncmp(sec, "provision:", 10) == 0 ? provision_keys
		                          : strncmp(sec, "remedy:", 7) == 0 ? remedy_keys
		                          : strncmp(sec, "amendment:", 10) == 0 ? amendment_keys : NULL;
		if (keys && !in_list(keys, e->key))
			inifile_problem(&L->problems, &L->n, f, sec, e->key, "kunci tidak dikenal");
	}
	if (!r->nprov)
		inifile_problem(&L->problems, &L->n, f, NULL, NULL, "tidak ada [provision:NAMA]");
	/* Every screen and letter names the remedies in this regime's words. */
	for (int c = 0; c < REMEDY__COUNT; c++) {
		char sec[40];
		snprintf(sec, sizeof sec, "remedy:%s", remedy_table[c].name);
		if (!r->remedy_label[c])
			inifile_problem(&L->problems, &L->n, f, inifile_line(f, sec, NULL) ? sec : NULL, "label",
			                "[%s] label wajib diisi", sec);
		if (!r->remedy_short[c])
			inifile_problem(&L->problems, &L->n, f, inifile_line(f, sec, NULL) ? sec : NULL, "short",
			                "[%s] short wajib diisi", sec);
	}
	return 0;
}

/* The catalogue is a directory; a regime's file names the directory
 * holding it.  NULL with errno set when path names nothing. */
static char *catalogue_dir(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return NULL;
	if (S_ISDIR(st.st_mode))
		return strdup(path);
	const char *slash = strrchr(path, '/');
	return slash ? strndup(path, (size_t)(slash - path) + (slash == path)) : strdup(".");
}

int regcat_load_files(const data_listing *files, regcat *out, char **problems, gg_err *err)
{
	loader L = { STRBUF_INIT, 0 };
	int code = GG_OK;
	memset(out, 0, sizeof *out);
	*problems = NULL;
	if (!files->n) {
		strbuf where = STRBUF_INIT;
		for (size_t i = 0; i < files->ndirs; i++)
			sb_appendf(&where, "%s%s", i ? ", " : "", files->dirs[i]);
		code = gg_fail(err, GG_ENOTFOUND, "katalog peraturan kosong (tidak ada berkas .ini di %s)",
		               sb_str(&where));
		sb_free(&where);
		return code;
	}
	if (!(out->v = calloc(files->n, sizeof *out->v)))
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	for (size_t i = 0; i < files->n; i++) {
		const char *name = files->v[i].name;
		inifile f;
		int before = L.n;
		if ((code = inifile_open(files->v[i].path, &f, &L.problems, &L.n, err)))
			goto done;
		if (L.n == before) {
			char *id = strndup(name, strlen(name) - 4);
			if (!id || load_regime(&L, &f, id, &out->v[out->n]) < 0) {
				free(id);
				regime_free(&out->v[out->n]);
				inifile_close(&f);
				code = gg_fail(err, GG_ESOFTWARE, "memori habis");
				goto done;
			}
			free(id);
			out->n++;
		}
		inifile_close(&f);
	}
	/* Two regimes taking effect the same day leave the choice to file
	 * order: refuse, so that the rule stays "the latest in force". */
	for (size_t i = 0; !L.n && i < out->n; i++)
		for (size_t j = i + 1; j < out->n; j++)
			if (out->v[i].from == out->v[j].from) {
				sb_appendf(&L.problems, "%s: regulation:effective_from: sama dengan %s\n",
				           out->v[j].file, out->v[i].file);
				L.n++;
			}
	if (L.n) {
		code = gg_fail(err, GG_ECONFIG, "katalog peraturan ditolak (%d masalah)", L.n);
		*problems = sb_steal(&L.problems);
	} else if (sb_failed(&L.problems)) {
		code = gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
done:
	if (code)
		regcat_free(out);
	sb_free(&L.problems);
	return code;
}

int regcat_load(const char *path, regcat *out, char **problems, gg_err *err)
{
	data_listing files;
	errno = 0;
	char *dir = catalogue_dir(path);
	memset(out, 0, sizeof *out);
	*problems = NULL;
	if (!dir && errno && errno != ENOMEM)
		return gg_fail(err, GG_ECONFIG, "%s: katalog peraturan tidak ada: %s ([documents] regulations)", path,
		               strerror(errno));
	if (!dir)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	const char *dirs[1] = { dir };
	int code = data_list_dirs(dirs, 1, ".ini", &files, err);
	if (!code) {
		code = regcat_load_files(&files, out, problems, err);
		data_listing_free(&files);
	}
	free(dir);
	return code;
}
