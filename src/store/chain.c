/* The audit log as a hash chain (core/auditchain.h) and what check proves
 * with it: the chain itself, each document against its issue row, the
 * number counters against the register, each incident and its chronology
 * against the replay of its audit rows, and an anchor (the chain head a
 * head of LPSE signed).  Findings name the first audit row that breaks. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auditchain.h"
#include "docview.h"
#include "grow.h"
#include "idtime.h"
#include "jsonread.h"
#include "store_internal.h"

#define NOMEM(err) gg_fail((err), GG_ESOFTWARE, "memori habis")

int st_chain_head(store *s, int64_t *id, char hash[SHA256_HEX_LEN + 1], gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1", &st, err);
	if (code)
		return code;
	int rc = sqlite3_step(st);
	*id = 0;
	snprintf(hash, SHA256_HEX_LEN + 1, "%s", CHAIN_GENESIS);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		const char *h = (const char *)sqlite3_column_text(st, 1);
		snprintf(hash, SHA256_HEX_LEN + 1, "%s", h ? h : "");
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? GG_OK : st_sqlerr(s, rc, "membaca jejak audit", err);
}

/* One audit row as read, with the chain_row view of it. */
typedef struct arow {
	chain_row r;
	const char *hash;
} arow;

static void row_read(sqlite3_stmt *st, arow *x)
{
	x->r.id = sqlite3_column_int64(st, 0);
	x->r.at = sqlite3_column_int64(st, 1);
	x->r.unix_user = (const char *)sqlite3_column_text(st, 2);
	x->r.client = (const char *)sqlite3_column_text(st, 3);
	x->r.action = (const char *)sqlite3_column_text(st, 4);
	x->r.incident_id = sqlite3_column_int64(st, 5);
	x->r.before = (const char *)sqlite3_column_text(st, 6);
	x->r.after = (const char *)sqlite3_column_text(st, 7);
	x->r.operator_name = (const char *)sqlite3_column_text(st, 8);
	x->r.prev = (const char *)sqlite3_column_text(st, 9);
	x->hash = (const char *)sqlite3_column_text(st, 10);
	if (!x->r.action)
		x->r.action = "";
	if (!x->r.before)
		x->r.before = "";
	if (!x->r.after)
		x->r.after = "";
	if (!x->r.prev)
		x->r.prev = "";
	if (!x->hash)
		x->hash = "";
}

#define ROW_COLUMNS "id, at, unix_user, client, action, coalesce(incident_id, 0), before, after, operator, prev, hash"

/* Migration 7: the rows found get their prev and hash, in id order. */
int st_chain_existing(store *s, gg_err *err)
{
	sqlite3_stmt *sel, *up;
	int code = st_prepare(s, "SELECT " ROW_COLUMNS " FROM audit ORDER BY id", &sel, err);
	if (code)
		return code;
	if ((code = st_prepare(s, "UPDATE audit SET prev = ?1, hash = ?2 WHERE id = ?3", &up, err))) {
		sqlite3_finalize(sel);
		return code;
	}
	char prev[SHA256_HEX_LEN + 1] = CHAIN_GENESIS, hash[SHA256_HEX_LEN + 1];
	int rc;
	while (!code && (rc = sqlite3_step(sel)) == SQLITE_ROW) {
		arow x;
		row_read(sel, &x);
		x.r.prev = prev;
		if (chain_hash(&x.r, hash) < 0) {
			code = NOMEM(err);
			break;
		}
		sqlite3_reset(up);
		st_bind_text(up, 1, prev);
		st_bind_text(up, 2, hash);
		sqlite3_bind_int64(up, 3, x.r.id);
		if ((rc = sqlite3_step(up)) != SQLITE_DONE)
			code = st_sqlerr(s, rc, "merangkai jejak audit", err);
		memcpy(prev, hash, sizeof prev);
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "merangkai jejak audit", err);
	sqlite3_finalize(sel);
	sqlite3_finalize(up);
	if (!code && sqlite3_exec(s->db, "CREATE TRIGGER audit_immutable_update BEFORE UPDATE ON audit"
	                                 " BEGIN SELECT RAISE(ABORT, 'audit rows cannot be changed'); END;",
	                          NULL, NULL, NULL) != SQLITE_OK)
		code = st_sqlerr(s, sqlite3_errcode(s->db), "merangkai jejak audit", err);
	return code;
}

/* ---- the replay ---------------------------------------------------- */

/* The fields of an incident the audit rows record, as text for comparing. */
enum { F_STATE, F_SUMMARY, F_CAUSE, F_IMPACT, F_REPORTER, F_CHANNEL, F_STARTED, F_OPENED, F_RESTORED,
       F_CLOSED, F_VOID_REASON, F__COUNT };
static const struct { const char *key, *column; int time; } fields[F__COUNT] = {
	[F_STATE] = { "state", "state", 0 },
	[F_SUMMARY] = { "summary", "summary", 0 },
	[F_CAUSE] = { "cause", "cause", 0 },
	[F_IMPACT] = { "impact", "impact", 0 },
	[F_REPORTER] = { "reporter", "reporter", 0 },
	[F_CHANNEL] = { "channel", "channel", 0 },
	[F_STARTED] = { "started", "started_at", 1 },
	[F_OPENED] = { "opened", "opened_at", 1 },
	[F_RESTORED] = { "restored", "restored_at", 1 },
	[F_CLOSED] = { "closed", "closed_at", 1 },
	[F_VOID_REASON] = { "void_reason", "void_reason", 0 },
};

typedef struct replayed {
	int64_t id;
	int64_t row;                 /* the last audit row of the incident */
	char *v[F__COUNT];           /* NULL: null */
	int64_t set_by[F__COUNT];    /* the audit row that gave each field its value */
	int seen;                    /* found in the incident table */
} replayed;

typedef struct replay_event {
	int64_t id, incident_id, at, row;
	int about, action, gone;
	char *text;
} replay_event;

typedef struct replay {
	replayed *inc;
	size_t n, cap;
	replay_event *ev;
	size_t nev, capev;
} replay;

static void replay_free(replay *p)
{
	for (size_t i = 0; i < p->n; i++)
		for (int f = 0; f < F__COUNT; f++)
			free(p->inc[i].v[f]);
	for (size_t i = 0; i < p->nev; i++)
		free(p->ev[i].text);
	free(p->inc);
	free(p->ev);
}

/* Incidents are reported in id order, so the array stays sorted. */
static replayed *find_incident(replay *p, int64_t id)
{
	size_t lo = 0, hi = p->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (p->inc[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < p->n && p->inc[lo].id == id ? &p->inc[lo] : NULL;
}

static replay_event *find_event(replay *p, int64_t id)
{
	size_t lo = 0, hi = p->nev;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (p->ev[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < p->nev && p->ev[lo].id == id ? &p->ev[lo] : NULL;
}

static char *value_text(const jv *v)
{
	char buf[32];
	if (!v || v->type == JV_NULL)
		return NULL;
	if (v->type == JV_STR)
		return strdup(v->s);
	snprintf(buf, sizeof buf, "%lld", (long long)v->i);
	return strdup(buf);
}

static int same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* An incident object of an audit row: the fields it records. */
static int take_incident(replay *p, const jv *obj, int64_t row_id, check_sink *k, gg_err *err)
{
	const jv *idv = jv_get(obj, "id");
	if (!idv || idv->type != JV_INT)
		return GG_OK;
	replayed *x = find_incident(p, idv->i);
	if (!x) {
		if (p->n && p->inc[p->n - 1].id > idv->i) {
			st_finding(k, "baris audit %lld: gangguan #%lld tercatat setelah gangguan yang lebih baru",
			        (long long)row_id, (long long)idv->i);
			return GG_OK;
		}
		replayed *v = grow_array(p->inc, &p->cap, p->n, sizeof *v);
		if (!v)
			return NOMEM(err);
		p->inc = v;
		x = &p->inc[p->n++];
		memset(x, 0, sizeof *x);
		x->id = idv->i;
	}
	x->row = row_id;
	for (int f = 0; f < F__COUNT; f++) {
		const jv *m = jv_get(obj, fields[f].key);
		char *t = value_text(m);
		if (m && m->type != JV_NULL && !t)
			return NOMEM(err);
		if (!same(t, x->v[f]) || !x->set_by[f])
			x->set_by[f] = row_id;
		free(x->v[f]);
		x->v[f] = t;
	}
	return GG_OK;
}

static int take_event(replay *p, const jv *obj, int64_t incident_id, int64_t row_id, int gone, gg_err *err)
{
	const jv *idv = jv_get(obj, "event");
	if (!obj || obj->type != JV_OBJ || !idv || idv->type != JV_INT)
		return GG_OK;
	replay_event *e = find_event(p, idv->i);
	if (!e) {
		if (p->nev && p->ev[p->nev - 1].id > idv->i)
			return GG_OK;   /* out of order: the comparison below names it */
		replay_event *v = grow_array(p->ev, &p->capev, p->nev, sizeof *v);
		if (!v)
			return NOMEM(err);
		p->ev = v;
		e = &p->ev[p->nev++];
		memset(e, 0, sizeof *e);
		e->id = idv->i;
	}
	e->incident_id = incident_id;
	e->row = row_id;
	e->gone = gone;
	if (gone)
		return GG_OK;
	const jv *at = jv_get(obj, "at"), *about = jv_get(obj, "about"), *action = jv_get(obj, "action");
	const char *text = jv_str(jv_get(obj, "text"));
	e->at = at ? at->i : 0;
	e->about = about ? (int)about->i : 0;
	e->action = action ? (int)action->i : 0;
	free(e->text);
	e->text = strdup(text ? text : "");
	return e->text ? GG_OK : NOMEM(err);
}

/* What one audit row says about its incident and chronology. */
static int replay_row(replay *p, const arow *x, check_sink *k, gg_err *err)
{
	const char *a = x->r.action;
	int is_incident = !strcmp(a, "report") || !strcmp(a, "open") || !strcmp(a, "restore") ||
	                  !strcmp(a, "close") || !strcmp(a, "void");
	int is_record = !strcmp(a, "edit");
	int is_withdraw = !strcmp(a, "withdraw");
	int is_event = !strcmp(a, "event"), is_event_edit = !strcmp(a, "event-edit");
	int is_event_delete = !strcmp(a, "event-delete");
	if (!is_incident && !is_record && !is_withdraw && !is_event && !is_event_edit && !is_event_delete)
		return GG_OK;
	jv *after = jv_parse(x->r.after), *before = is_event_delete ? jv_parse(x->r.before) : NULL;
	int code = GG_OK;
	if (!after || (is_event_delete && !before)) {
		st_finding(k, "baris audit %lld (%s): isi after/before bukan JSON yang dapat dibaca", (long long)x->r.id, a);
	} else if (is_incident) {
		code = take_incident(p, after, x->r.id, k, err);
	} else if (is_record) {
		code = take_incident(p, jv_get(after, "record"), x->r.id, k, err);
	} else if (is_withdraw) {
		code = take_incident(p, jv_get(after, "incident"), x->r.id, k, err);
	} else if (is_event) {
		code = take_event(p, after, x->r.incident_id, x->r.id, 0, err);
	} else if (is_event_edit) {
		code = take_event(p, jv_get(after, "record"), x->r.incident_id, x->r.id, 0, err);
	} else {
		code = take_event(p, jv_get(before, "record"), x->r.incident_id, x->r.id, 1, err);
	}
	jv_free(after);
	jv_free(before);
	return code;
}

static void time_text(store *s, const char *v, char *out, size_t n)
{
	if (!v) {
		snprintf(out, n, "kosong");
		return;
	}
	civil c;
	civil_from_utc(strtoll(v, NULL, 10), zone_from_offset(s->utc_offset), &c);
	snprintf(out, n, "%04d-%02d-%02d %02d:%02d:%02d", c.year, c.month, c.day, c.hour, c.minute, c.second);
}


static int compare_incidents(store *s, replay *p, check_sink *k, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT id, state, summary, cause, impact, reporter, channel, started_at, opened_at,"
	                         " restored_at, closed_at, void_reason FROM incident ORDER BY id", &st, err);
	if (code)
		return code;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		replayed *x = find_incident(p, id);
		if (!x) {
			st_finding(k, "gangguan #%lld: tidak ada di jejak audit (tidak pernah dilaporkan lewat program)",
			        (long long)id);
			continue;
		}
		x->seen = 1;
		for (int f = 0; f < F__COUNT; f++) {
			const char *have = (const char *)sqlite3_column_text(st, 1 + f);
			if (same(have, x->v[f]))
				continue;
			char want_t[64], have_t[64];
			if (fields[f].time) {
				time_text(s, x->v[f], want_t, sizeof want_t);
				time_text(s, have, have_t, sizeof have_t);
			}
			st_finding(k, "baris audit %lld: gangguan #%lld: %s menurut jejak audit %s%s%s, di basis data %s%s%s",
			        (long long)x->set_by[f], (long long)id, fields[f].column,
			        fields[f].time ? "" : "\"", fields[f].time ? want_t : x->v[f] ? x->v[f] : "kosong",
			        fields[f].time ? "" : "\"", fields[f].time ? "" : "\"",
			        fields[f].time ? have_t : have ? have : "kosong", fields[f].time ? "" : "\"");
			break;   /* one line an incident: the first field that differs */
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_sqlerr(s, rc, "memeriksa gangguan", err);
	for (size_t i = 0; i < p->n; i++)
		if (!p->inc[i].seen)
			st_finding(k, "baris audit %lld: gangguan #%lld tercatat, tetapi tidak ada lagi di basis data",
			        (long long)p->inc[i].row, (long long)p->inc[i].id);
	return GG_OK;
}

static int compare_events(store *s, replay *p, check_sink *k, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT id, incident_id, at, about, action, text FROM event ORDER BY id", &st, err);
	if (code)
		return code;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0), inc = sqlite3_column_int64(st, 1);
		replay_event *e = find_event(p, id);
		const char *text = (const char *)sqlite3_column_text(st, 5);
		if (!e || e->gone) {
			if (e)
				st_finding(k, "baris audit %lld: kronologi #%lld gangguan #%lld dihapus, tetapi masih ada",
				        (long long)e->row, (long long)id, (long long)inc);
			else
				st_finding(k, "kronologi #%lld gangguan #%lld: tidak ada di jejak audit", (long long)id,
				        (long long)inc);
			continue;
		}
		e->gone = -1;   /* seen */
		if (e->incident_id != inc || e->at != sqlite3_column_int64(st, 2) ||
		    e->about != sqlite3_column_int(st, 3) || e->action != sqlite3_column_int(st, 4) ||
		    !same(e->text, text))
			st_finding(k, "baris audit %lld: kronologi #%lld gangguan #%lld tidak sama dengan yang tercatat di "
			        "jejak audit", (long long)e->row, (long long)id, (long long)inc);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_sqlerr(s, rc, "memeriksa kronologi", err);
	for (size_t i = 0; i < p->nev; i++)
		if (p->ev[i].gone == 0)
			st_finding(k, "baris audit %lld: kronologi #%lld gangguan #%lld tercatat, tetapi tidak ada lagi di "
			        "basis data", (long long)p->ev[i].row, (long long)p->ev[i].id,
			        (long long)p->ev[i].incident_id);
	return GG_OK;
}

/* ---- documents and counters ---------------------------------------- */

typedef struct reg_doc {
	int64_t id;
	int year, seq;
	char *number, *sha256;
	int64_t issue_row;   /* 0 until its issue row is met */
} reg_doc;

typedef struct year_next {
	int year, next;
	int64_t row;
} year_next;

typedef struct register_replay {
	reg_doc *d;
	size_t n, cap;
	year_next *y;
	size_t ny, capy;
} register_replay;

static void register_free(register_replay *g)
{
	for (size_t i = 0; i < g->n; i++) {
		free(g->d[i].number);
		free(g->d[i].sha256);
	}
	free(g->d);
	free(g->y);
}

static reg_doc *find_doc(register_replay *g, int64_t id)
{
	size_t lo = 0, hi = g->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (g->d[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < g->n && g->d[lo].id == id ? &g->d[lo] : NULL;
}

static int set_next(register_replay *g, int year, int next, int64_t row, gg_err *err)
{
	for (size_t i = 0; i < g->ny; i++)
		if (g->y[i].year == year) {
			g->y[i].next = next;
			g->y[i].row = row;
			return GG_OK;
		}
	year_next *v = grow_array(g->y, &g->capy, g->ny, sizeof *v);
	if (!v)
		return NOMEM(err);
	g->y = v;
	g->y[g->ny++] = (year_next){ year, next, row };
	return GG_OK;
}

static int load_documents(store *s, register_replay *g, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT id, year, seq, number, sha256 FROM document ORDER BY id", &st, err);
	if (code)
		return code;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		reg_doc *v = grow_array(g->d, &g->cap, g->n, sizeof *v);
		if (!v) {
			code = NOMEM(err);
			break;
		}
		g->d = v;
		reg_doc *d = &g->d[g->n++];
		memset(d, 0, sizeof *d);
		d->id = sqlite3_column_int64(st, 0);
		d->year = sqlite3_column_int(st, 1);
		d->seq = sqlite3_column_int(st, 2);
		d->number = st_text(st, 3);
		d->sha256 = st_text(st, 4);
		if (!d->number || !d->sha256) {
			code = NOMEM(err);
			break;
		}
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca register", err);
	sqlite3_finalize(st);
	return code;
}

/* An issue row: its document is in the register with the fingerprint it
 * records; the year's counter moves past it.  A number-set row moves it. */
static int register_row(register_replay *g, const arow *x, check_sink *k, gg_err *err)
{
	int issue = !strcmp(x->r.action, "issue"), set = !strcmp(x->r.action, "number-set");
	if (!issue && !set)
		return GG_OK;
	jv *a = jv_parse(x->r.after);
	int code = GG_OK;
	if (!a) {
		st_finding(k, "baris audit %lld (%s): isi after bukan JSON yang dapat dibaca", (long long)x->r.id,
		        x->r.action);
		return GG_OK;
	}
	if (issue) {
		const jv *id = jv_get(a, "document");
		const char *number = jv_str(jv_get(a, "number")), *sha = jv_str(jv_get(a, "sha256"));
		reg_doc *d = id && id->type == JV_INT ? find_doc(g, id->i) : NULL;
		if (!d)
			st_finding(k, "baris audit %lld: dokumen %s terbit, tetapi tidak ada lagi di register",
			        (long long)x->r.id, number ? number : "?");
		else if (!number || !sha || strcmp(number, d->number) != 0 || strcmp(sha, d->sha256) != 0)
			st_finding(k, "baris audit %lld: dokumen %s di register tidak sama dengan yang terbit (%s, sidik %.16s...)",
			        (long long)x->r.id, d->number, number ? number : "?", sha ? sha : "?");
		if (d) {
			d->issue_row = x->r.id;
			code = set_next(g, d->year, d->seq + 1, x->r.id, err);
		}
	} else {
		const jv *y = jv_get(a, "year"), *n = jv_get(a, "next");
		if (y && n && y->type == JV_INT && n->type == JV_INT)
			code = set_next(g, (int)y->i, (int)n->i, x->r.id, err);
	}
	jv_free(a);
	return code;
}

static int compare_register(store *s, register_replay *g, check_sink *k, gg_err *err)
{
	for (size_t i = 0; i < g->n; i++)
		if (!g->d[i].issue_row)
			st_finding(k, "dokumen %s: tidak ada baris audit penerbitannya", g->d[i].number);
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT year, next_seq FROM doc_counter ORDER BY year", &st, err);
	if (code)
		return code;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int y = sqlite3_column_int(st, 0), next = sqlite3_column_int(st, 1);
		year_next *w = NULL;
		for (size_t i = 0; i < g->ny; i++)
			if (g->y[i].year == y)
				w = &g->y[i];
		if (!w)
			st_finding(k, "penomoran %d: nomor berikutnya %03d tidak tercatat di jejak audit", y, next);
		else if (w->next != next)
			st_finding(k, "baris audit %lld: penomoran %d: nomor berikutnya menurut jejak audit %03d, di basis "
			        "data %03d", (long long)w->row, y, w->next, next);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? GG_OK : st_sqlerr(s, rc, "memeriksa penomoran", err);
}

/* ---- the chain ----------------------------------------------------- */

int st_check_chain(store *s, check_sink *k, gg_err *err)
{
	replay p = { 0 };
	register_replay g = { 0 };
	int code = load_documents(s, &g, err);
	sqlite3_stmt *st = NULL;
	if (!code)
		code = st_prepare(s, "SELECT " ROW_COLUMNS " FROM audit ORDER BY id", &st, err);
	char expect[SHA256_HEX_LEN + 1] = CHAIN_GENESIS, hash[SHA256_HEX_LEN + 1];
	int64_t last = 0;
	int broken = 0, rc = SQLITE_DONE;
	while (!code && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		arow x;
		row_read(st, &x);
		if (!broken) {
			if (chain_hash(&x.r, hash) < 0) {
				code = NOMEM(err);
				break;
			}
			/* the first break only: every hash after it follows from it */
			if (x.r.id != last + 1)
				broken = (x.r.id > last + 2
				          ? st_finding(k, "baris audit %lld: baris %lld sampai %lld sebelumnya hilang (rantai audit "
				                    "putus)", (long long)x.r.id, (long long)last + 1, (long long)x.r.id - 1)
				          : st_finding(k, "baris audit %lld: baris %lld sebelumnya hilang (rantai audit putus)",
				                    (long long)x.r.id, (long long)last + 1), 1);
			else if (strcmp(x.r.prev, expect) != 0)
				broken = (st_finding(k, "baris audit %lld: hash baris sebelumnya tidak cocok (baris %lld diubah, "
				                  "dihapus atau disisipkan; rantai audit putus)", (long long)x.r.id,
				                  (long long)last), 1);
			else if (strcmp(x.hash, hash) != 0)
				broken = (st_finding(k, "baris audit %lld: isinya tidak cocok dengan hash-nya (baris ini diubah; "
				                  "rantai audit putus)", (long long)x.r.id), 1);
			memcpy(expect, hash, sizeof expect);
			last = x.r.id;
		}
		if (!code)
			code = replay_row(&p, &x, k, err);
		if (!code)
			code = register_row(&g, &x, k, err);
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "memeriksa jejak audit", err);
	sqlite3_finalize(st);
	if (!code)
		code = compare_incidents(s, &p, k, err);
	if (!code)
		code = compare_events(s, &p, k, err);
	if (!code)
		code = compare_register(s, &g, k, err);
	replay_free(&p);
	register_free(&g);
	return code;
}

/* ---- the anchor ---------------------------------------------------- */

static void local_date(store *s, int64_t at, int *y, int *m, int *d)
{
	civil c;
	civil_from_utc(at, zone_from_offset(s->utc_offset), &c);
	*y = c.year;
	*m = c.month;
	*d = c.day;
}

int store_anchor(store *s, char *out, size_t n, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT id, at, hash FROM audit ORDER BY id DESC LIMIT 1", &st, err);
	if (code)
		return code;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		int y, m, d;
		char a[ANCHOR_MAX];
		const char *h = (const char *)sqlite3_column_text(st, 2);
		local_date(s, sqlite3_column_int64(st, 1), &y, &m, &d);
		if (!h || strlen(h) != SHA256_HEX_LEN)
			code = gg_fail(err, GG_EDATA, "baris audit %lld belum berantai (hash kosong); jalankan check",
			               (long long)sqlite3_column_int64(st, 0));
		else {
			anchor_format(y, m, d, sqlite3_column_int64(st, 0), h, a);
			snprintf(out, n, "%s", a);
		}
	} else if (rc == SQLITE_DONE) {
		code = gg_fail(err, GG_ENOTFOUND, "jejak audit kosong: belum ada yang dapat dijangkarkan");
	} else {
		code = st_sqlerr(s, rc, "membaca jejak audit", err);
	}
	sqlite3_finalize(st);
	return code;
}

int store_check_anchor(store *s, const char *anchor, void (*emit)(void *ctx, const char *finding), void *ctx,
                       gg_err *err)
{
	int y, m, d;
	int64_t target;
	char hex[ANCHOR_HEX + 1];
	if (anchor_parse(anchor, &y, &m, &d, &target, hex) < 0)
		return gg_fail(err, GG_EUSAGE, "jangkar '%s' tidak terbaca: bentuknya GGN-TTTT-BB-HH-rBARIS-"
		               "lalu %d digit heksadesimal (keluaran 'gangguan anchor')", anchor, ANCHOR_HEX), -1;
	check_sink k = { emit, ctx, 0 };
	if (sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return st_sqlerr(s, sqlite3_errcode(s->db), "membaca basis data", err), -1;
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT " ROW_COLUMNS " FROM audit WHERE id <= ? ORDER BY id", &st, err);
	if (code) {
		st_rollback(s);
		return -1;
	}
	sqlite3_bind_int64(st, 1, target);
	/* the hashes recomputed from row 1, whatever the rows say they are */
	char prev[SHA256_HEX_LEN + 1] = CHAIN_GENESIS, hash[SHA256_HEX_LEN + 1] = "";
	int64_t last = 0, at = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		arow x;
		row_read(st, &x);
		x.r.prev = prev;
		if (chain_hash(&x.r, hash) < 0) {
			code = NOMEM(err);
			break;
		}
		memcpy(prev, hash, sizeof prev);
		last = x.r.id;
		at = x.r.at;
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "memeriksa jangkar", err);
	sqlite3_finalize(st);
	st_rollback(s);
	if (code)
		return -1;
	int yy = 0, mm = 0, dd = 0;
	if (last == target)
		local_date(s, at, &yy, &mm, &dd);
	if (last != target)
		st_finding(&k, "jangkar r%lld: baris audit %lld tidak ada lagi (jejak audit dipotong)", (long long)target,
		        (long long)target);
	else if (strncmp(hash, hex, ANCHOR_HEX) != 0)
		st_finding(&k, "jangkar r%lld: baris audit 1 sampai %lld tidak lagi seperti saat dijangkarkan "
		        "(riwayat sebelum jangkar ditulis ulang)", (long long)target, (long long)target);
	else if (yy != y || mm != m || dd != d)
		st_finding(&k, "jangkar r%lld: tanggal %04d-%02d-%02d, tetapi baris audit %lld bertanggal %04d-%02d-%02d",
		        (long long)target, y, m, d, (long long)target, yy, mm, dd);
	return k.count;
}

/* ---- a document against its fingerprint and its issue row ----------- */

int store_doc_authentic(store *s, const document *d, gg_err *err)
{
	char hex[SHA256_HEX_LEN + 1];
	sha256_hex(d->text ? d->text : "", d->text ? strlen(d->text) : 0, hex);
	if (!d->sha256 || strcmp(hex, d->sha256) != 0)
		return gg_fail(err, GG_EDATA, "teks %s di register tidak cocok dengan sidik SHA-256 saat terbit",
		               d->number);
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT id, json_extract(after, '$.sha256') FROM audit WHERE action = 'issue'"
	                         " AND incident_id = ?1 AND json_valid(after) AND json_extract(after, '$.document') = ?2"
	                         " ORDER BY id LIMIT 1", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, d->incident_id);
	sqlite3_bind_int64(st, 2, d->id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *kept = (const char *)sqlite3_column_text(st, 1);
		if (!kept || strcmp(kept, hex) != 0)
			code = gg_fail(err, GG_EDATA, "%s tidak cocok dengan sidiknya di baris audit penerbitan %lld",
			               d->number, (long long)sqlite3_column_int64(st, 0));
	} else if (rc == SQLITE_DONE) {
		code = gg_fail(err, GG_EDATA, "%s tidak mempunyai baris audit penerbitan", d->number);
	} else {
		code = st_sqlerr(s, rc, "membaca jejak audit", err);
	}
	sqlite3_finalize(st);
	return code;
}

/* Runs of blanks as one space, none at either end: a document printed
 * wrapped at another width is the same document. */
static char *squeeze(const char *t)
{
	strbuf sb = STRBUF_INIT;
	int blank = 0;
	for (const char *p = t; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v') {
			blank = sb.len > 0;
			continue;
		}
		if (blank)
			sb_putc(&sb, ' ');
		blank = 0;
		sb_putc(&sb, *p);
	}
	return sb_steal(&sb);
}

int store_doc_verify(store *s, const char *text, verify_outcome *out, char **number, gg_err *err)
{
	*out = VERIFY_UNKNOWN;
	*number = NULL;
	char *want = squeeze(text);
	if (!want)
		return NOMEM(err);
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT id, number, text FROM document ORDER BY id", &st, err);
	if (code) {
		free(want);
		return code;
	}
	int64_t match = 0, named = 0;
	size_t named_at = (size_t)-1;
	const char *at;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && !match) {
		const char *t = (const char *)sqlite3_column_text(st, 2);
		const char *num = (const char *)sqlite3_column_text(st, 1);
		/* as stored, as `doc` prints it, as `doc --format markdown` does */
		strbuf printed = STRBUF_INIT, md = STRBUF_INIT;
		int bad = docview_text(t ? t : "", DOCVIEW_WIDTH, &printed) < 0 || docview_markdown(t ? t : "", &md) < 0;
		char *forms[3] = { squeeze(t ? t : ""), squeeze(sb_str(&printed)), squeeze(sb_str(&md)) };
		sb_free(&printed);
		sb_free(&md);
		if (bad || !forms[0] || !forms[1] || !forms[2]) {
			for (int i = 0; i < 3; i++)
				free(forms[i]);
			code = NOMEM(err);
			break;
		}
		int same_text = 0;
		for (int i = 0; i < 3; i++) {
			same_text |= strcmp(forms[i], want) == 0;
			free(forms[i]);
		}
		if (same_text)
			match = sqlite3_column_int64(st, 0);
		/* the number the text names first (its own, in the heading; a
		 * closing report names the opening one later), for "which it
		 * claims to be" */
		else if (num && *num && (at = strstr(want, num)) && (size_t)(at - want) < named_at)
			named = sqlite3_column_int64(st, 0), named_at = (size_t)(at - want);
	}
	if (!code && rc != SQLITE_ROW && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca register", err);
	sqlite3_finalize(st);
	free(want);
	if (code || (!match && !named))
		return code;
	document d;
	if ((code = store_doc_by_id(s, match ? match : named, &d, err)))
		return code;
	gg_err why;
	*out = !match ? VERIFY_CHANGED : store_doc_authentic(s, &d, &why) ? VERIFY_TAMPERED : VERIFY_MATCH;
	*number = d.number;
	d.number = NULL;
	document_free(&d);
	return GG_OK;
}

int store_doc_by_fingerprint(store *s, const char *prefix, document *out, int *changed_since, gg_err *err)
{
	*changed_since = 0;
	sqlite3_stmt *st;
	/* the fingerprint it carries now, else the one its issue row kept */
	int code = st_prepare(s, "SELECT id, 0 FROM document WHERE substr(sha256, 1, length(?1)) = ?1"
	                         " UNION ALL SELECT json_extract(after, '$.document'), 1 FROM audit"
	                         " WHERE action = 'issue' AND json_valid(after)"
	                         " AND substr(json_extract(after, '$.sha256'), 1, length(?1)) = ?1"
	                         " ORDER BY 2, 1 LIMIT 1", &st, err);
	if (code)
		return code;
	st_bind_text(st, 1, prefix);
	int rc = sqlite3_step(st);
	int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	*changed_since = rc == SQLITE_ROW && sqlite3_column_int(st, 1);
	if (rc == SQLITE_DONE)
		code = gg_fail(err, GG_ENOTFOUND, "tidak ada dokumen bersidik %s", prefix);
	else if (rc != SQLITE_ROW)
		code = st_sqlerr(s, rc, "membaca register", err);
	sqlite3_finalize(st);
	return code ? code : store_doc_by_id(s, id, out, err);
}
