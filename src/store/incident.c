/* Incidents and their chronology: queries and the lifecycle steps that
 * issue no document (restore, void, events). */
#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "grow.h"
#include "idtime.h"
#include "json.h"
#include "textfield.h"
#include "store_internal.h"

#define INCIDENT_COLUMNS \
	"i.id, i.state, i.summary, i.cause, i.impact, i.reporter, i.channel, i.started_at," \
	" i.opened_at, i.restored_at, i.closed_at, i.void_reason, i.version, i.created_at"

static int read_incident(sqlite3_stmt *st, incident *x)
{
	memset(x, 0, sizeof *x);
	x->id = sqlite3_column_int64(st, 0);
	if (state_from_name((const char *)sqlite3_column_text(st, 1), &x->state) < 0)
		x->state = ST_REPORTED;
	x->summary = st_text(st, 2);
	x->cause = st_text(st, 3);
	x->impact = st_text(st, 4);
	x->reporter = st_text(st, 5);
	x->channel = st_text(st, 6);
	x->t.started = sqlite3_column_int64(st, 7);
	x->t.opened = sqlite3_column_int64(st, 8);
	x->t.restored = sqlite3_column_int64(st, 9);
	x->t.closed = sqlite3_column_int64(st, 10);
	x->void_reason = sqlite3_column_type(st, 11) == SQLITE_NULL ? NULL : st_text(st, 11);
	x->version = sqlite3_column_int64(st, 12);
	x->created = sqlite3_column_int64(st, 13);
	if (!x->summary || !x->cause || !x->impact || !x->reporter || !x->channel) {
		incident_free(x);
		return -1;
	}
	return 0;
}

int store_incident_get(store *s, int64_t id, incident *out, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT " INCIDENT_COLUMNS " FROM incident i WHERE i.id = ?", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		code = read_incident(st, out) ? gg_fail(err, GG_ESOFTWARE, "memori habis") : GG_OK;
	else if (rc == SQLITE_DONE)
		code = gg_fail(err, GG_ENOTFOUND, "gangguan #%lld tidak ada", (long long)id);
	else
		code = st_sqlerr(s, rc, "membaca gangguan", err);
	sqlite3_finalize(st);
	return code;
}

int store_incidents_down_each(store *s, int64_t from, int64_t until, int (*fn)(void *ctx, incident *x),
                              void *ctx, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT " INCIDENT_COLUMNS " FROM incident i WHERE i.state != 'void'"
	                         " AND i.started_at < ?2 AND (i.restored_at IS NULL OR i.restored_at > ?1)"
	                         " ORDER BY i.started_at, i.id", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int64(st, 2, until);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		incident x;
		if (read_incident(st, &x) < 0) {
			code = gg_fail(err, GG_ESOFTWARE, "memori habis");
			break;
		}
		code = fn(ctx, &x);
		incident_free(&x);
		if (code)
			break;
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca gangguan", err);
	sqlite3_finalize(st);
	return code;
}

/* Turns the words a user typed into an FTS5 expression that cannot be a
 * syntax error: every word quoted and used as a prefix. */
static char *fts_expression(const char *query)
{
	strbuf sb = STRBUF_INIT;
	const char *p = query;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		if (!*p)
			break;
		if (sb.len)
			sb_putc(&sb, ' ');
		sb_putc(&sb, '"');
		while (*p && *p != ' ' && *p != '\t' && *p != '\n') {
			if (*p == '"')
				sb_putc(&sb, '"');
			sb_putc(&sb, *p++);
		}
		sb_append(&sb, "\"*");
	}
	return sb_steal(&sb);
}

/* The search index's rowid of a row (migration 8): its place in the list,
 * so that the index's own order is the list's. */
#define SEARCH_ID_BITS 67108864LL   /* 2^26 */
#define SEARCH_KEY(started, id) ((started) * SEARCH_ID_BITS + (id))

static int has_words(const char *q)
{
	return q && q[strspn(q, " \t\n")] != '\0';
}

/* The start of a filter's year (or month) and the start of the next, UTC. */
static void filter_span(const incident_filter *f, int64_t *from, int64_t *until)
{
	int m0 = f->month >= 1 && f->month <= 12 ? f->month : 1;
	int64_t next = f->month >= 1 && f->month <= 12
	               ? (f->month == 12 ? days_from_civil(f->year + 1, 1, 1) : days_from_civil(f->year, f->month + 1, 1))
	               : days_from_civil(f->year + 1, 1, 1);
	*from = days_from_civil(f->year, m0, 1) * 86400 - f->tz_offset;
	*until = next * 86400 - f->tz_offset;
}

/* Whether rows come last-first: newest first, or read backwards, not both. */
static int filter_descending(const incident_filter *f)
{
	return f && (!!f->newest_first ^ !!f->backward);
}

/* Builds the WHERE clause of a filter from fixed fragments; every value is
 * bound, never pasted (filter_bind).  state_sql is the state's own test,
 * so that the active filter can be two ordered halves.  A search reads
 * its matches from the index, in the index's order, and joins each to its
 * incident by rowid: the year and the keyset are rowid ranges there. */
static void filter_sql(strbuf *sql, const incident_filter *f, int has_query, const char *state_sql,
                       int keyset)
{
	sb_append(sql, " WHERE 1");
	if (has_query)
		sb_append(sql, " AND search MATCH :query");
	if (state_sql)
		sb_append(sql, state_sql);
	else if (f && f->state == FILTER_STATE_ACTIVE)
		sb_append(sql, " AND i.state IN ('open', 'restored')");
	else if (f && f->state >= 0)
		sb_append(sql, " AND i.state = :state");
	if (f && f->year)
		sb_append(sql, has_query ? " AND search.rowid >= :kfrom AND search.rowid < :kuntil"
		                         : " AND i.started_at >= :from AND i.started_at < :until");
	if (f && f->cause)
		sb_append(sql, " AND i.cause = :cause");
	if (keyset && f && f->has_after) {
		int desc = filter_descending(f);
		if (has_query)
			sb_append(sql, desc ? " AND search.rowid < :key" : " AND search.rowid > :key");
		else   /* the range on the index, then the ties of its start by id */
			sb_append(sql, desc ? " AND i.started_at <= :kstart AND (i.started_at < :kstart OR i.id < :kid)"
			                    : " AND i.started_at >= :kstart AND (i.started_at > :kstart OR i.id > :kid)");
	}
}

static void filter_bind(sqlite3_stmt *st, const incident_filter *f, const char *fts)
{
	int idx;
	if (!f)
		return;
	if ((idx = sqlite3_bind_parameter_index(st, ":state")))
		sqlite3_bind_text(st, idx, state_name((incident_state)f->state), -1, SQLITE_STATIC);
	int64_t from = 0, until = 0;
	if (f->year)   /* the year, or one month of it, in the unit's zone */
		filter_span(f, &from, &until);
	if ((idx = sqlite3_bind_parameter_index(st, ":from")))
		sqlite3_bind_int64(st, idx, from);
	if ((idx = sqlite3_bind_parameter_index(st, ":until")))
		sqlite3_bind_int64(st, idx, until);
	if ((idx = sqlite3_bind_parameter_index(st, ":kfrom")))
		sqlite3_bind_int64(st, idx, SEARCH_KEY(from, 0));
	if ((idx = sqlite3_bind_parameter_index(st, ":kuntil")))
		sqlite3_bind_int64(st, idx, SEARCH_KEY(until, 0));
	if ((idx = sqlite3_bind_parameter_index(st, ":cause")))
		st_bind_text(st, idx, f->cause);
	if ((idx = sqlite3_bind_parameter_index(st, ":query")))
		st_bind_text(st, idx, fts);
	if ((idx = sqlite3_bind_parameter_index(st, ":key")))
		sqlite3_bind_int64(st, idx, SEARCH_KEY(f->after.started, f->after.id));
	if ((idx = sqlite3_bind_parameter_index(st, ":kstart")))
		sqlite3_bind_int64(st, idx, f->after.started);
	if ((idx = sqlite3_bind_parameter_index(st, ":kid")))
		sqlite3_bind_int64(st, idx, f->after.id);
}

/* FROM and WHERE of a filter: the incidents, or a search's matches, each
 * joined to its incident by rowid (CROSS JOIN: the index leads). */
static void filter_from(strbuf *sql, const incident_filter *f, int q, const char *state_sql, int keyset)
{
	sb_append(sql, q ? " FROM search CROSS JOIN incident i ON i.id = (search.rowid & 67108863)"
	                 : " FROM incident i");
	filter_sql(sql, f, q, state_sql, keyset);
}

/* The statement of the list: the active filter as two halves each in its
 * index's order, merged (UNION ALL with ORDER BY), so that a few active
 * incidents among a million are found without a scan, and many without a
 * sort. */
static void list_sql(strbuf *sql, const incident_filter *f, int q)
{
	const char *dir = filter_descending(f) ? " DESC" : "";
	if (!q && f && f->state == FILTER_STATE_ACTIVE) {
		sb_append(sql, "SELECT " INCIDENT_COLUMNS);
		filter_from(sql, f, 0, " AND i.state = 'open'", 1);
		sb_append(sql, " UNION ALL SELECT " INCIDENT_COLUMNS);
		filter_from(sql, f, 0, " AND i.state = 'restored'", 1);
		sb_appendf(sql, " ORDER BY started_at%s, id%s", dir, dir);
	} else {
		sb_append(sql, "SELECT " INCIDENT_COLUMNS);
		filter_from(sql, f, q, NULL, 1);
		if (q)
			sb_appendf(sql, " ORDER BY search.rowid%s", dir);
		else
			sb_appendf(sql, " ORDER BY i.started_at%s, i.id%s", dir, dir);
	}
	sb_append(sql, " LIMIT :limit OFFSET :offset");
}

/* Prepares a statement of the filter (its words as an FTS expression,
 * every value bound); *fts is the caller's to free after the statement. */
static int filter_prepare(store *s, const incident_filter *f, strbuf *sql, char *fts, sqlite3_stmt **st,
                          gg_err *err)
{
	int code = sb_failed(sql) ? gg_fail(err, GG_ESOFTWARE, "memori habis") : st_prepare(s, sb_str(sql), st, err);
	sb_free(sql);
	if (!code)
		filter_bind(*st, f, fts);
	return code;
}

/* Each row of the filter to take, which owns it (frees or keeps it); a
 * non-zero return stops. */
static int incident_rows(store *s, const incident_filter *f, int (*take)(void *ctx, incident *x), void *ctx,
                         gg_err *err)
{
	strbuf sql = STRBUF_INIT;
	char *fts = NULL;
	int q = f && has_words(f->query);
	if (q && !(fts = fts_expression(f->query)))
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	list_sql(&sql, f, q);
	sqlite3_stmt *st;
	int code = filter_prepare(s, f, &sql, fts, &st, err);
	if (code) {
		free(fts);
		return code;
	}
	sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":limit"),
	                   f && f->limit ? (int64_t)f->limit : -1);
	sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":offset"), f ? (int64_t)f->offset : 0);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		incident x;
		if (read_incident(st, &x) < 0) {
			code = gg_fail(err, GG_ESOFTWARE, "memori habis");
			break;
		}
		if (take(ctx, &x))
			break;
	}
	if (!code && rc != SQLITE_DONE && rc != SQLITE_ROW)
		code = st_sqlerr(s, rc, "membaca daftar gangguan", err);
	sqlite3_finalize(st);
	free(fts);
	return code;
}

struct row_call {
	incident_row_fn row;
	void *ctx;
};

static int row_then_free(void *ctx, incident *x)
{
	struct row_call *rc = ctx;
	int stop = rc->row(rc->ctx, x);
	incident_free(x);
	return stop;
}

int store_incident_each(store *s, const incident_filter *f, incident_row_fn row, void *ctx, gg_err *err)
{
	struct row_call rc = { row, ctx };
	return incident_rows(s, f, row_then_free, &rc, err);
}

struct list_fill {
	incident_list *out;
	int oom;
};

static int list_take(void *ctx, incident *x)
{
	struct list_fill *lf = ctx;
	incident_list *out = lf->out;
	incident *v = grow_array(out->v, &out->cap, out->n, sizeof *v);
	if (!v) {
		incident_free(x);
		lf->oom = 1;
		return 1;
	}
	out->v = v;
	out->v[out->n++] = *x;
	return 0;
}

int store_incident_list(store *s, const incident_filter *f, incident_list *out, gg_err *err)
{
	memset(out, 0, sizeof *out);
	struct list_fill lf = { out, 0 };
	int code = incident_rows(s, f, list_take, &lf, err);
	if (!code && lf.oom)
		code = gg_fail(err, GG_ESOFTWARE, "memori habis");
	if (code)
		incident_list_free(out);
	return code;
}

/* count(*) of the filter's rows, or of its first cap + 1 (cap 0: all). */
static int count_rows(store *s, const incident_filter *f, size_t cap, size_t *count, gg_err *err)
{
	strbuf sql = STRBUF_INIT;
	char *fts = NULL;
	int q = f && has_words(f->query);
	if (q && !(fts = fts_expression(f->query)))
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	/* a search counts its index's matches, joined to the incident only
	 * when a filter needs its columns */
	int plain = q && f->state < 0 && !f->cause;
	sb_append(&sql, "SELECT count(*) FROM (SELECT 1");
	if (plain) {
		sb_append(&sql, " FROM search");
		filter_sql(&sql, f, q, NULL, 0);
	} else {
		filter_from(&sql, f, q, NULL, 0);
	}
	sb_append(&sql, cap ? " LIMIT :cap)" : ")");
	sqlite3_stmt *st;
	int code = filter_prepare(s, f, &sql, fts, &st, err);
	if (code) {
		free(fts);
		return code;
	}
	if (cap)
		sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":cap"), (int64_t)cap + 1);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*count = (size_t)sqlite3_column_int64(st, 0);
	else
		code = st_sqlerr(s, rc, "menghitung gangguan", err);
	sqlite3_finalize(st);
	free(fts);
	return code;
}

int store_incident_count(store *s, const incident_filter *f, size_t *count, gg_err *err)
{
	return count_rows(s, f, 0, count, err);
}

int store_incident_count_upto(store *s, const incident_filter *f, size_t cap, size_t *count, gg_err *err)
{
	return count_rows(s, f, cap ? cap : 1, count, err);
}

int store_incident_tally(store *s, const incident_filter *f, size_t counts[ST__COUNT], gg_err *err)
{
	strbuf sql = STRBUF_INIT;
	incident_filter g = { .state = -1 };
	if (f) {
		g.year = f->year;
		g.month = f->month;
		g.tz_offset = f->tz_offset;
		g.cause = f->cause;
	}
	if (g.year) {   /* a year's rows, by the index of the start (or of the cause) */
		sb_append(&sql, "SELECT i.state, count(*) FROM incident i");
		filter_sql(&sql, &g, 0, NULL, 0);
		sb_append(&sql, " GROUP BY i.state");
	} else {
		sb_append(&sql, "SELECT state, sum(n) FROM incident_tally");
		sb_append(&sql, g.cause ? " WHERE cause = :cause GROUP BY state" : " GROUP BY state");
	}
	sqlite3_stmt *st;
	int code = filter_prepare(s, &g, &sql, NULL, &st, err);
	if (code)
		return code;
	memset(counts, 0, ST__COUNT * sizeof counts[0]);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		incident_state state;
		if (state_from_name((const char *)sqlite3_column_text(st, 0), &state) == 0)
			counts[state] += (size_t)sqlite3_column_int64(st, 1);
	}
	if (rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "menghitung gangguan", err);
	sqlite3_finalize(st);
	return code;
}

int st_check_text(const char *what, const char *t, int required, size_t max, gg_err *err)
{
	if (!t || !t[strspn(t, " \t\n")]) {
		if (required)
			return gg_fail(err, GG_EDATA, "%s: tidak boleh kosong", what);
		return GG_OK;
	}
	size_t n = strlen(t);
	if (n > max)
		return gg_fail(err, GG_EDATA, "%s: terlalu panjang (%zu byte, paling banyak %zu)", what, n, max);
	return text_check_safe(what, t, err);
}

int store_incident_report(store *s, const incident_new *in, int64_t *id, gg_err *err)
{
	int code;
	const cause_info *cause = cause_find(in->cause);
	if (!cause)
		return gg_fail(err, GG_EDATA, "penyebab '%s' tidak dikenal", in->cause ? in->cause : "");
	if ((code = text_field_check(TF_SUMMARY, in->summary, err)) ||
	    (code = text_field_check(TF_IMPACT, in->impact, err)) ||
	    (code = text_field_check(TF_REPORTER, in->reporter, err)) ||
	    (code = text_field_check(TF_CHANNEL, in->channel, err)))
		return code;
	if (in->started > store_now(s))
		return gg_fail(err, GG_EDATA, "waktu mulai tidak boleh di masa depan");
	if ((code = st_begin(s, err)))
		return code;
	sqlite3_stmt *st;
	code = st_prepare(s,
		"INSERT INTO incident(state, summary, cause, impact, reporter, channel, started_at, created_at)"
		" VALUES ('reported', ?, ?, ?, ?, ?, ?, ?)", &st, err);
	if (!code) {
		st_bind_text(st, 1, in->summary);
		st_bind_text(st, 2, cause->code);
		st_bind_text(st, 3, in->impact);
		st_bind_text(st, 4, in->reporter);
		st_bind_text(st, 5, in->channel);
		sqlite3_bind_int64(st, 6, in->started);
		sqlite3_bind_int64(st, 7, store_now(s));
		int rc = sqlite3_step(st);
		if (rc != SQLITE_DONE)
			code = st_sqlerr(s, rc, "mencatat laporan", err);
		sqlite3_finalize(st);
	}
	incident now;
	if (!code) {
		*id = sqlite3_last_insert_rowid(s->db);
		code = store_incident_get(s, *id, &now, err);
	}
	if (!code) {
		strbuf after = STRBUF_INIT;
		st_incident_json(&after, &now);
		code = st_audit(s, "report", *id, "", sb_str(&after), err);
		sb_free(&after);
		incident_free(&now);
	}
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}

int st_step_check(store *s, int64_t id, int64_t expect, incident_step step, int64_t at,
                  incident *inc, incident_state *to, gg_err *err)
{
	const char *why;
	int code = store_incident_get(s, id, inc, err);
	if (code)
		return code;
	if (expect && inc->version != expect) {
		incident_free(inc);
		return gg_fail(err, GG_EBUSY,
		               "gangguan #%lld telah diubah oleh pengguna lain sejak dibuka; muat ulang lalu "
		               "ulangi", (long long)id);
	}
	if (lifecycle_step(inc->state, step, &inc->t, at, store_now(s), to, &why) < 0) {
		code = gg_fail(err, GG_EDATA, "gangguan #%lld (%s) tidak dapat di-%s: %s", (long long)id,
		               state_label(inc->state), step_label(step), why);
		incident_free(inc);
		return code;
	}
	return GG_OK;
}

int st_apply_step(store *s, incident *before, incident_step step, incident_state to, int64_t at,
                  const char *reason, gg_err *err)
{
	static const char *const sql[STEP__COUNT] = {
		[STEP_OPEN] = "UPDATE incident SET state = ?1, opened_at = ?2, version = version + 1"
		              " WHERE id = ?3 AND version = ?4",
		[STEP_RESTORE] = "UPDATE incident SET state = ?1, restored_at = ?2, version = version + 1"
		                 " WHERE id = ?3 AND version = ?4",
		[STEP_CLOSE] = "UPDATE incident SET state = ?1, closed_at = ?2, version = version + 1"
		               " WHERE id = ?3 AND version = ?4",
		[STEP_VOID] = "UPDATE incident SET state = ?1, void_reason = ?5, version = version + 1"
		              " WHERE id = ?3 AND version = ?4",
	};
	sqlite3_stmt *st;
	int code = st_prepare(s, sql[step], &st, err);
	if (code)
		return code;
	sqlite3_bind_text(st, 1, state_name(to), -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, at);
	sqlite3_bind_int64(st, 3, before->id);
	sqlite3_bind_int64(st, 4, before->version);
	st_bind_text(st, 5, reason);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_sqlerr(s, rc, "mengubah status gangguan", err);
	if (sqlite3_changes(s->db) != 1)
		return gg_fail(err, GG_EBUSY, "gangguan #%lld baru saja diubah oleh pengguna lain; ulangi",
		               (long long)before->id);
	incident after;
	if ((code = store_incident_get(s, before->id, &after, err)))
		return code;
	strbuf b = STRBUF_INIT, a = STRBUF_INIT;
	st_incident_json(&b, before);
	st_incident_json(&a, &after);
	code = sb_failed(&a) || sb_failed(&b)
	       ? gg_fail(err, GG_ESOFTWARE, "memori habis")
	       : st_audit(s, step_name(step), before->id, sb_str(&b), sb_str(&a), err);
	sb_free(&a);
	sb_free(&b);
	incident_free(&after);
	return code;
}

int store_incident_restore(store *s, int64_t id, int64_t expect, int64_t at, gg_err *err)
{
	incident inc;
	incident_state to;
	int code = st_begin(s, err);
	if (code)
		return code;
	if (!at)
		at = store_now(s);   /* "now" inside the transaction, as for open and close */
	code = st_step_check(s, id, expect, STEP_RESTORE, at, &inc, &to, err);
	if (!code) {
		code = st_apply_step(s, &inc, STEP_RESTORE, to, at, NULL, err);
		incident_free(&inc);
	}
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}

int store_incident_void(store *s, int64_t id, int64_t expect, const char *reason, gg_err *err)
{
	incident inc;
	incident_state to;
	int code = text_field_check(TF_VOID_REASON, reason, err);
	if (code)
		return code;
	if ((code = st_begin(s, err)))
		return code;
	code = st_step_check(s, id, expect, STEP_VOID, store_now(s), &inc, &to, err);
	if (!code) {
		code = st_apply_step(s, &inc, STEP_VOID, to, 0, reason, err);
		incident_free(&inc);
	}
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}

int store_event_add(store *s, int64_t incident_id, const event_new *in, int64_t *event_id,
                    gg_err *err)
{
	incident inc;
	incident_state to;
	int code = text_field_check(TF_EVENT, in->text, err);
	if (code)
		return code;
	if ((code = st_begin(s, err)))
		return code;
	code = st_step_check(s, incident_id, 0, STEP_EVENT, in->at, &inc, &to, err);
	if (code) {
		st_rollback(s);
		return code;
	}
	sqlite3_stmt *st;
	code = st_prepare(s,
		"INSERT INTO event(incident_id, at, about, action, text, author, created_at)"
		" VALUES (?, ?, ?, ?, ?, ?, ?)", &st, err);
	if (!code) {
		sqlite3_bind_int64(st, 1, incident_id);
		sqlite3_bind_int64(st, 2, in->at);
		sqlite3_bind_int(st, 3, in->about ? 1 : 0);
		sqlite3_bind_int(st, 4, in->action ? 1 : 0);
		st_bind_text(st, 5, in->text);
		st_bind_text(st, 6, s->user);
		sqlite3_bind_int64(st, 7, store_now(s));
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			code = st_sqlerr(s, rc, "mencatat kronologi", err);
	}
	if (!code) {
		int64_t eid = sqlite3_last_insert_rowid(s->db);
		if (event_id)
			*event_id = eid;
		strbuf a = STRBUF_INIT;
		sb_putc(&a, '{');
		json_key_int(&a, "event", eid);
		json_key_int(&a, "at", in->at);
		json_key_bool(&a, "about", in->about);
		json_key_bool(&a, "action", in->action);
		json_key_string(&a, "text", in->text);
		sb_putc(&a, '}');
		code = st_audit(s, "event", incident_id, "", sb_str(&a), err);
		sb_free(&a);
	}
	/* Adding to the chronology changes what the closing report will say:
	 * bump the version so that a form open elsewhere notices. */
	if (!code) {
		sqlite3_stmt *up;
		if (!(code = st_prepare(s, "UPDATE incident SET version = version + 1 WHERE id = ?", &up, err))) {
			sqlite3_bind_int64(up, 1, incident_id);
			int rc = sqlite3_step(up);
			sqlite3_finalize(up);
			if (rc != SQLITE_DONE)
				code = st_sqlerr(s, rc, "mencatat kronologi", err);
		}
	}
	incident_free(&inc);
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}

int store_events(store *s, int64_t incident_id, event_list *out, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s,
		"SELECT id, incident_id, at, about, action, text, author, created_at FROM event"
		" WHERE incident_id = ? ORDER BY at, id", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, incident_id);
	memset(out, 0, sizeof *out);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		event *v = grow_array(out->v, &out->cap, out->n, sizeof *v);
		if (!v) {
			code = gg_fail(err, GG_ESOFTWARE, "memori habis");
			break;
		}
		out->v = v;
		event *e = &out->v[out->n++];
		e->id = sqlite3_column_int64(st, 0);
		e->incident_id = sqlite3_column_int64(st, 1);
		e->at = sqlite3_column_int64(st, 2);
		e->about = sqlite3_column_int(st, 3);
		e->action = sqlite3_column_int(st, 4);
		e->text = st_text(st, 5);
		e->author = st_text(st, 6);
		e->created = sqlite3_column_int64(st, 7);
		if (!e->text || !e->author) {
			code = gg_fail(err, GG_ESOFTWARE, "memori habis");
			break;
		}
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca kronologi", err);
	sqlite3_finalize(st);
	if (code)
		event_list_free(out);
	return code;
}
