/* Tenders for both faces (tenders.h). */
#include "tenders.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "files.h"
#include "grow.h"
#include "strbuf.h"

#define MAX_STAGE_BYTES (1 << 20)
#define NOMEM(err) gg_fail(err, GG_ESOFTWARE, "memori habis")

/* ---- stage lists ---- */

int tender_methods(session *s, char ***names, size_t *n, gg_err *err)
{
	data_listing l;
	*names = NULL;
	*n = 0;
	int code = config_data_list(s->cfg, "stages", NULL, "stages", ".csv", &l, err);
	if (code)
		return code;
	char **v = calloc(l.n ? l.n : 1, sizeof *v);
	if (!v) {
		data_listing_free(&l);
		return NOMEM(err);
	}
	size_t k = 0;
	for (size_t i = 0; i < l.n; i++) {
		size_t len = strlen(l.v[i].name);   /* sorted by name already */
		if (!(v[k] = strndup(l.v[i].name, len > 4 ? len - 4 : len))) {
			tender_methods_free(v, k);
			data_listing_free(&l);
			return NOMEM(err);
		}
		k++;
	}
	data_listing_free(&l);
	*names = v;
	*n = k;
	return GG_OK;
}

void tender_methods_free(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

int tender_parse_day(session *s, const char *text, int64_t *day, gg_err *err)
{
	int64_t utc;
	char why[200], with_time[80];
	if (when_parse(text, s->cfg->tz, &utc, why, sizeof why) < 0) {
		/* a date alone is the day's start */
		snprintf(with_time, sizeof with_time, "%s 00:00", text);
		if (strlen(text) > 40 || when_parse(with_time, s->cfg->tz, &utc, why, sizeof why) < 0)
			return gg_fail(err, GG_EUSAGE, "%s", why);
	}
	*day = local_day(utc, zone_utc_offset(s->cfg->tz));
	return GG_OK;
}

int tender_stages_parse(session *s, const char *text, const char *source, int has_base, int64_t base_day,
                        tender_stages *out, strbuf *problems, gg_err *err)
{
	strbuf mine = STRBUF_INIT;
	memset(out, 0, sizeof *out);
	int n = stagecsv_read(text, source, s->cfg->tz, has_base, base_day, &out->csv, problems ? problems : &mine);
	sb_free(&mine);
	if (n < 0 || (!n && !(out->v = stagecsv_stages(&out->csv)))) {
		tender_stages_free(out);
		return NOMEM(err);
	}
	if (n) {
		tender_stages_free(out);
		return gg_fail(err, GG_EDATA, "%s: %d masalah; tidak ada yang diimpor", source, n);
	}
	out->n = out->csv.n;
	return GG_OK;
}

/* A method names a file of data/stages: no path tricks. */
static int method_ok(const char *m)
{
	if (!*m)
		return 0;
	for (const char *p = m; *p; p++)
		if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '-')
			return 0;
	return 1;
}

int tender_read_text(const char *path, char **text, gg_err *err)
{
	*text = NULL;
	strbuf sb = STRBUF_INIT;
	int r = files_read_all(path, MAX_STAGE_BYTES, &sb);
	if (r < 0)
		return gg_fail(err, errno == ENOENT ? GG_ENOTFOUND : GG_EDATA, "%s: %s", path,
		               errno == ENOENT ? "tidak ada" : files_error_text(errno));
	const unsigned char *u = (const unsigned char *)sb_str(&sb);
	if (r == 0 && sb.len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		/* What a spreadsheet's "Unicode text" gives. */
		sb_free(&sb);
		return gg_fail(err, GG_EDATA, "%s: berkas UTF-16; simpan sebagai CSV UTF-8 atau teks UTF-8", path);
	}
	if (r || memchr(sb_str(&sb), '\0', sb.len)) {
		sb_free(&sb);
		return gg_fail(err, GG_EDATA, "%s: tidak dapat dibaca sebagai teks CSV (paling besar 1 MB)", path);
	}
	*text = sb_steal(&sb);
	if (!*text)
		*text = strdup("");
	return *text ? GG_OK : NOMEM(err);
}

int tender_stages_from_method(session *s, const char *method, int64_t day, tender_stages *out,
                              strbuf *problems, gg_err *err)
{
	memset(out, 0, sizeof *out);
	if (!method_ok(method))
		return gg_fail(err, GG_EUSAGE, "metode '%s': huruf kecil, angka dan '-' saja (nama daftar tahap "
		               "di data/stages)", method);
	char rel[200], *text = NULL;
	snprintf(rel, sizeof rel, "stages/%s.csv", method);
	char *file = config_data_path(s->cfg, rel);
	if (!file)
		return NOMEM(err);
	int code = tender_read_text(file, &text, err);
	char **names;
	size_t n;
	gg_err ignored;
	if (code == GG_ENOTFOUND && tender_methods(s, &names, &n, &ignored) == GG_OK) {
		/* name the lists there are: the usual mistake is a typo */
		strbuf sb = STRBUF_INIT;
		sb_appendf(&sb, "%s; daftar tahap yang ada:", err->msg);
		for (size_t i = 0; i < n; i++)
			sb_appendf(&sb, "%s %s", i ? "," : "", names[i]);
		if (!n)
			sb_append(&sb, " (tidak ada)");
		if (!sb_failed(&sb))
			gg_fail(err, code, "%s", sb_str(&sb));
		sb_free(&sb);
		tender_methods_free(names, n);
	}
	if (!code)
		code = tender_stages_parse(s, text, file, 1, day, out, problems, err);
	free(text);
	free(file);
	return code;
}

void tender_stages_free(tender_stages *t)
{
	stagecsv_free(&t->csv);
	free(t->v);
	memset(t, 0, sizeof *t);
}

/* ---- a tender and its incidents ---- */

static void hit_case_free(tender_hit_case *h)
{
	remedy_case_free(&h->rc);
	decision_list_free(&h->revisions);
}

int tender_case_load(session *s, const char *code_arg, tender_case *out, gg_err *err)
{
	tender_incident_list cand;
	memset(out, 0, sizeof *out);
	int code = store_tender_get(s->st, code_arg, &out->t, err);
	if (code)
		return code;
	out->have_t = 1;
	if ((code = store_schedule_history(s->st, out->t.code, &out->hist, err)) ||
	    (code = store_tender_incidents(s->st, out->t.id, &cand, err))) {
		tender_case_free(out);
		return code;
	}
	for (size_t i = 0; i < cand.n && !code; i++) {
		tender_hit_case h;
		memset(&h, 0, sizeof h);
		gg_err why;
		int c = remedy_case_load_tender(s, cand.v[i].incident_id, out->t.id, &h.rc, &why);
		if (c == GG_ESOFTWARE) {
			code = gg_fail(err, c, "%s", why.msg);
			break;
		}
		if (c) {
			if (!out->problem[0])
				snprintf(out->problem, sizeof out->problem, "gangguan #%lld: %.300s",
				         (long long)cand.v[i].incident_id, why.msg);
			continue;
		}
		h.plan = remedy_view_plan(&h.rc.view, out->t.code);
		if (!h.plan) {   /* the rules say it did not hit this tender */
			remedy_case_free(&h.rc);
			continue;
		}
		tender_hit_case *v = grow_array(out->v, &out->cap, out->n, sizeof *v);
		if (!v) {
			remedy_case_free(&h.rc);
			code = NOMEM(err);
			break;
		}
		out->v = v;
		if ((code = store_decisions(s->st, h.rc.inc.id, out->t.id, 1, &h.revisions, err))) {
			remedy_case_free(&h.rc);
			break;
		}
		out->v[out->n++] = h;
	}
	tender_incident_list_free(&cand);
	if (code)
		tender_case_free(out);
	return code;
}

void tender_case_free(tender_case *tc)
{
	for (size_t i = 0; i < tc->n; i++)
		hit_case_free(&tc->v[i]);
	free(tc->v);
	schedrev_list_free(&tc->hist);
	if (tc->have_t)
		tender_free(&tc->t);
	memset(tc, 0, sizeof *tc);
}

/* ---- every tender ---- */

static tender_brief *brief_by_id(tender_overview *o, int64_t id)
{
	for (size_t i = 0; i < o->n; i++)
		if (o->v[i].t.id == id)
			return &o->v[i];
	return NULL;
}

/* Adds what incident rc says of each tender it hit. */
static int add_case(tender_overview *o, const remedy_case *rc)
{
	for (size_t i = 0; i < rc->view.nplans; i++) {
		const tender_plan *p = &rc->view.plans[i];
		tender_brief *b = brief_by_id(o, p->h->t.id);
		if (!b)
			continue;
		tender_hit_brief *v = grow_array(b->hits, &b->cap, b->nhits, sizeof *v);
		if (!v)
			return -1;
		b->hits = v;
		const decision *d = remedy_case_decision(rc, p->h->t.id);
		b->hits[b->nhits++] = (tender_hit_brief){
			rc->inc.id, rc->inc.state, p->h->confirmed, p->h->proposed, d ? d->revision : 0,
			d ? d->remedy : REMEDY_CANCEL, d ? regime_remedy_short(p->regime, d->remedy) : NULL,
		};
	}
	return 0;
}

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

int tender_overview_load(session *s, tender_overview *out, gg_err *err)
{
	tender_list l;
	tender_incident_list cand;
	memset(out, 0, sizeof *out);
	int code = store_tender_list(s->st, &l, err);
	if (code)
		return code;
	if ((code = store_tender_incidents(s->st, 0, &cand, err))) {
		tender_list_free(&l);
		return code;
	}
	out->v = calloc(l.n ? l.n : 1, sizeof *out->v);
	int64_t *ids = calloc(cand.n ? cand.n : 1, sizeof *ids);
	if (!out->v || !ids) {
		free(ids);
		free(out->v);
		out->v = NULL;
		tender_list_free(&l);
		tender_incident_list_free(&cand);
		return NOMEM(err);
	}
	for (size_t i = 0; i < l.n; i++)
		out->v[i].t = l.v[i];   /* the tenders move into the overview */
	out->n = l.n;
	free(l.v);
	/* each incident's case once, however many tenders it hit */
	size_t nids = 0;
	for (size_t i = 0; i < cand.n; i++)
		ids[nids++] = cand.v[i].incident_id;
	tender_incident_list_free(&cand);
	qsort(ids, nids, sizeof *ids, cmp_id);
	for (size_t i = 0; i < nids; i++) {
		if (i && ids[i] == ids[i - 1])
			continue;
		remedy_case rc;
		gg_err why;
		int c = remedy_case_load(s, ids[i], &rc, &why);
		if (c == GG_ESOFTWARE) {
			code = gg_fail(err, c, "%s", why.msg);
			break;
		}
		if (c) {
			if (!out->problem[0])
				snprintf(out->problem, sizeof out->problem, "gangguan #%lld: %.300s", (long long)ids[i], why.msg);
			continue;
		}
		int bad = add_case(out, &rc);
		remedy_case_free(&rc);
		if (bad) {
			code = NOMEM(err);
			break;
		}
	}
	free(ids);
	if (code)
		tender_overview_free(out);
	return code;
}

void tender_overview_free(tender_overview *o)
{
	for (size_t i = 0; i < o->n; i++) {
		tender_free(&o->v[i].t);
		free(o->v[i].hits);
	}
	free(o->v);
	memset(o, 0, sizeof *o);
}
