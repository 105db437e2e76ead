/* Tenders, stages, hits and decisions (store_tender.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "json.h"
#include "remedy.h"
#include "schedrev.h"
#include "schedule.h"
#include "store_internal.h"
#include "store_tender.h"

#define NOMEM(err) gg_fail(err, GG_ESOFTWARE, "memori habis")

/* ---- reading ---- */


static int read_stages(store *s, tender *t, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT id, name, start_at, end_at FROM stage WHERE tender_id = ?"
	                         " ORDER BY start_at, id", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, t->id);
	int rc;
	stage_list *l = &t->stages;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		stage *v = grow_array(l->v, &l->cap, l->n, sizeof *v);
		if (!v) {
			code = NOMEM(err);
			break;
		}
		l->v = v;
		stage *x = &l->v[l->n];
		x->id = sqlite3_column_int64(st, 0);
		x->tender_id = t->id;
		x->name = st_text(st, 1);
		x->start = sqlite3_column_int64(st, 2);
		x->end = sqlite3_column_int64(st, 3);
		if (!x->name) {
			code = NOMEM(err);
			break;
		}
		l->n++;
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca tahapan", err);
	sqlite3_finalize(st);
	return code;
}

/* A tender is cancelled while some incident's latest decision on it is
 * cancel (a revised decision may take that back); its current schedule
 * is its newest revision.  Both are asked of the table `t`. */
#define TENDER_CANCELLED_BY \
	"coalesce((SELECT c.incident_id FROM decision c WHERE c.tender_id = t.id AND c.remedy = 'cancel'" \
	" AND c.revision = (SELECT max(e.revision) FROM decision e" \
	"  WHERE e.tender_id = c.tender_id AND e.incident_id = c.incident_id)" \
	" ORDER BY c.decided_at DESC, c.id DESC LIMIT 1), 0)"
#define TENDER_LATEST_REVISION \
	"coalesce((SELECT max(r.revision) FROM schedule_revision r WHERE r.tender_id = t.id), 0)"
#define TENDER_COLUMNS \
	"t.id, t.code, t.name, t.committee, t.method, t.version, t.created_at, " \
	TENDER_CANCELLED_BY ", " TENDER_LATEST_REVISION
#define TENDER_NCOLUMNS 9

static int read_tender(store *s, sqlite3_stmt *st, tender *t, gg_err *err)
{
	memset(t, 0, sizeof *t);
	t->id = sqlite3_column_int64(st, 0);
	t->code = st_text(st, 1);
	t->name = st_text(st, 2);
	t->committee = st_text(st, 3);
	t->method = st_text(st, 4);
	t->version = sqlite3_column_int64(st, 5);
	t->created = sqlite3_column_int64(st, 6);
	t->cancelled_by = sqlite3_column_int64(st, 7);
	t->latest_revision = t->revision = sqlite3_column_int(st, 8);
	int code = (!t->code || !t->name || !t->committee || !t->method) ? NOMEM(err) : read_stages(s, t, err);
	if (code)
		tender_free(t);
	return code;
}

static int tender_query(store *s, const char *sql, const char *code_arg, int64_t id_arg, tender *out,
                        gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, sql, &st, err);
	if (code)
		return code;
	if (code_arg)
		st_bind_text(st, 1, code_arg);
	else
		sqlite3_bind_int64(st, 1, id_arg);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		code = read_tender(s, st, out, err);
	else if (rc == SQLITE_DONE)
		code = code_arg ? gg_fail(err, GG_ENOTFOUND, "tender '%s' tidak ada", code_arg)
		                : gg_fail(err, GG_ENOTFOUND, "tender #%lld tidak ada", (long long)id_arg);
	else
		code = st_sqlerr(s, rc, "membaca tender", err);
	sqlite3_finalize(st);
	return code;
}

int store_tender_get(store *s, const char *code, tender *out, gg_err *err)
{
	return tender_query(s, "SELECT " TENDER_COLUMNS " FROM tender t WHERE t.code = ?", code ? code : "", 0,
	                    out, err);
}

int store_tender_get_id(store *s, int64_t id, tender *out, gg_err *err)
{
	return tender_query(s, "SELECT " TENDER_COLUMNS " FROM tender t WHERE t.id = ?", NULL, id, out, err);
}


int store_tender_list(store *s, tender_list *out, gg_err *err)
{
	sqlite3_stmt *st;
	memset(out, 0, sizeof *out);
	int code = st_prepare(s, "SELECT " TENDER_COLUMNS " FROM tender t ORDER BY t.code", &st, err);
	if (code)
		return code;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		tender *v = grow_array(out->v, &out->cap, out->n, sizeof *v);
		if (!v) {
			code = NOMEM(err);
			break;
		}
		out->v = v;
		if ((code = read_tender(s, st, &out->v[out->n], err)))
			break;
		out->n++;
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca daftar tender", err);
	sqlite3_finalize(st);
	if (code)
		tender_list_free(out);
	return code;
}

/* ---- audit JSON ---- */

static void stages_json(strbuf *sb, const stage_new *v, size_t n)
{
	sb_putc(sb, '[');
	for (size_t i = 0; i < n; i++) {
		json_sep(sb);
		sb_putc(sb, '{');
		json_key_string(sb, "name", v[i].name);
		json_key_int(sb, "start", v[i].start);
		json_key_int(sb, "end", v[i].end);
		sb_putc(sb, '}');
	}
	sb_putc(sb, ']');
}

static void tender_json(strbuf *sb, const tender *t)
{
	sb_putc(sb, '{');
	json_key_string(sb, "code", t->code);
	json_key_string(sb, "name", t->name);
	json_key_string(sb, "committee", t->committee);
	json_key_string(sb, "method", t->method);
	json_key_int(sb, "revision", t->revision);
	json_key(sb, "stages");
	sb_putc(sb, '[');
	for (size_t i = 0; i < t->stages.n; i++) {
		json_sep(sb);
		sb_putc(sb, '{');
		json_key_string(sb, "name", t->stages.v[i].name);
		json_key_int(sb, "start", t->stages.v[i].start);
		json_key_int(sb, "end", t->stages.v[i].end);
		sb_putc(sb, '}');
	}
	sb_append(sb, "]}");
}

/* ---- checks ---- */

typedef struct problem_sink {
	strbuf sb;
	int n;
} problem_sink;

static void collect(void *ctx, int line, const char *what)
{
	problem_sink *p = ctx;
	if (p->sb.len)
		sb_putc(&p->sb, '\n');
	if (line)
		sb_appendf(&p->sb, "baris %d: ", line);
	sb_append(&p->sb, what);
	p->n++;
}

/* Checks a stage set; GG_EDATA with every problem in err. */
static int check_stages(const stage_new *v, size_t n, gg_err *err)
{
	problem_sink p = { STRBUF_INIT, 0 };
	int code = GG_OK;
	for (size_t i = 0; i < n; i++)
		if (v[i].name && (code = st_check_text("nama tahap", v[i].name, 1, 200, err)))
			break;
	if (!code && stages_check(v, n, collect, &p))
		code = gg_fail(err, GG_EDATA, "%s", sb_str(&p.sb));
	sb_free(&p.sb);
	return code;
}

static int insert_stages(store *s, int64_t tender_id, const stage_new *v, size_t n, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "INSERT INTO stage(tender_id, name, start_at, end_at) VALUES (?, ?, ?, ?)",
	                      &st, err);
	if (code)
		return code;
	for (size_t i = 0; i < n && !code; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, tender_id);
		st_bind_text(st, 2, v[i].name);
		sqlite3_bind_int64(st, 3, v[i].start);
		sqlite3_bind_int64(st, 4, v[i].end);
		int rc = sqlite3_step(st);
		if (rc != SQLITE_DONE)
			code = st_sqlerr(s, rc, "menyimpan tahapan", err);
	}
	sqlite3_finalize(st);
	return code;
}

static int exec_id(store *s, const char *sql, int64_t id, const char *what, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, sql, &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? GG_OK : st_sqlerr(s, rc, what, err);
}

/* ---- writing tenders ---- */

int store_tender_add(store *s, const tender_new *in, const stage_new *stages, size_t n, int64_t *id,
                     gg_err *err)
{
	int code;
	if ((code = st_check_text("kode tender", in->code, 1, 64, err)) ||
	    (code = st_check_text("nama paket", in->name, 1, 500, err)) ||
	    (code = st_check_text("Pokja", in->committee, 0, 200, err)) ||
	    (code = st_check_text("metode", in->method, 0, 100, err)) ||
	    (code = check_stages(stages, n, err)))
		return code;
	if (strpbrk(in->code, " \t\n"))
		return gg_fail(err, GG_EDATA, "kode tender '%s' tidak boleh memuat spasi", in->code);
	if ((code = st_begin(s, err)))
		return code;
	sqlite3_stmt *st;
	if ((code = st_prepare(s, "SELECT 1 FROM tender WHERE code = ?", &st, err)))
		goto fail;
	st_bind_text(st, 1, in->code);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW) {
		code = gg_fail(err, GG_EDATA, "kode tender '%s' sudah dipakai", in->code);
		goto fail;
	}
	if ((code = st_prepare(s, "INSERT INTO tender(code, name, committee, method, created_at)"
	                          " VALUES (?, ?, ?, ?, ?)", &st, err)))
		goto fail;
	st_bind_text(st, 1, in->code);
	st_bind_text(st, 2, in->name);
	st_bind_text(st, 3, in->committee);
	st_bind_text(st, 4, in->method);
	sqlite3_bind_int64(st, 5, store_now(s));
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		code = st_sqlerr(s, rc, "menyimpan tender", err);
		goto fail;
	}
	int64_t tid = sqlite3_last_insert_rowid(s->db);
	if ((code = insert_stages(s, tid, stages, n, err)))
		goto fail;
	strbuf after = STRBUF_INIT;
	sb_putc(&after, '{');
	json_key_string(&after, "code", in->code);
	json_key_string(&after, "name", in->name);
	json_key_string(&after, "committee", in->committee ? in->committee : "");
	json_key_string(&after, "method", in->method ? in->method : "");
	json_key(&after, "stages");
	stages_json(&after, stages, n);
	sb_putc(&after, '}');
	code = sb_failed(&after) ? NOMEM(err) : st_audit(s, "tender-add", 0, "", sb_str(&after), err);
	sb_free(&after);
	if (code)
		goto fail;
	if (id)
		*id = tid;
	return st_commit(s, err);
fail:
	st_rollback(s);
	return code;
}

/* ---- schedule revisions ---- */

/* The one integer (or none: *found 0) a statement with up to two int64
 * parameters returns. */
static int query_int(store *s, const char *sql, int64_t a, int64_t b, int64_t *out, int *found, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, sql, &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, a);
	if (sqlite3_bind_parameter_count(st) >= 2)
		sqlite3_bind_int64(st, 2, b);
	int rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL;
	*out = *found ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? GG_OK : st_sqlerr(s, rc, "membaca revisi jadwal", err);
}

/* The revision of t's schedule that incident_id hit, when a reschedule
 * decision of that incident made a later one: the revision before its
 * first.  -1 when the incident made none (it sees the current schedule). */
static int incident_base(store *s, int64_t tender_id, int64_t incident_id, int *base, gg_err *err)
{
	int64_t first;
	int found;
	int code = query_int(s, "SELECT min(r.revision) FROM schedule_revision r JOIN decision d ON d.id = r.decision_id"
	                        " WHERE r.tender_id = ?1 AND d.incident_id = ?2", tender_id, incident_id, &first,
	                     &found, err);
	*base = !code && found ? (int)first - 1 : -1;
	return code;
}

/* The stages of a recorded revision, in its order. */
static int read_revision_stages(store *s, int64_t revision_id, int64_t tender_id, stage_list *l, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT name, start_at, end_at FROM revision_stage WHERE revision_id = ? ORDER BY no",
	                      &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, revision_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		stage *v = grow_array(l->v, &l->cap, l->n, sizeof *v);
		if (!v) {
			code = NOMEM(err);
			break;
		}
		l->v = v;
		stage *x = &l->v[l->n];
		memset(x, 0, sizeof *x);
		x->tender_id = tender_id;
		if (!(x->name = st_text(st, 0))) {
			code = NOMEM(err);
			break;
		}
		x->start = sqlite3_column_int64(st, 1);
		x->end = sqlite3_column_int64(st, 2);
		l->n++;
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca revisi jadwal", err);
	sqlite3_finalize(st);
	return code;
}

/* Records v as revision `rev` of tender_id; decision_id 0 for none. */
static int insert_revision(store *s, int64_t tender_id, int rev, schedrev_source src, int64_t decision_id,
                           const stage_new *v, size_t n, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "INSERT INTO schedule_revision(tender_id, revision, source, decision_id, recorded_by,"
	                         " recorded_at) VALUES (?, ?, ?, ?, ?, ?)", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, tender_id);
	sqlite3_bind_int(st, 2, rev);
	st_bind_text(st, 3, schedrev_source_names[src]);
	if (decision_id)
		sqlite3_bind_int64(st, 4, decision_id);
	else
		sqlite3_bind_null(st, 4);
	/* Revision 0 is copied when it is superseded: who entered it, and
	 * when, is in the audit (tender-add, tender-stage, tender-import). */
	st_bind_text(st, 5, src == SCHEDREV_ENTERED ? "" : s->user);
	sqlite3_bind_int64(st, 6, src == SCHEDREV_ENTERED ? 0 : store_now(s));
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_sqlerr(s, rc, "menyimpan revisi jadwal", err);
	int64_t rid = sqlite3_last_insert_rowid(s->db);
	if ((code = st_prepare(s, "INSERT INTO revision_stage(revision_id, no, name, start_at, end_at)"
	                          " VALUES (?, ?, ?, ?, ?)", &st, err)))
		return code;
	for (size_t i = 0; i < n && !code; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, rid);
		sqlite3_bind_int64(st, 2, (int64_t)i + 1);
		st_bind_text(st, 3, v[i].name);
		sqlite3_bind_int64(st, 4, v[i].start);
		sqlite3_bind_int64(st, 5, v[i].end);
		if ((rc = sqlite3_step(st)) != SQLITE_DONE)
			code = st_sqlerr(s, rc, "menyimpan revisi jadwal", err);
	}
	sqlite3_finalize(st);
	return code;
}

/* What makes a change of stages a new revision: a reschedule decision
 * (decision_id, incident_id, decision_revision) or a change by hand once
 * a decision refers to the tender. */
typedef struct revision_cause {
	schedrev_source source;
	int64_t decision_id;
	int64_t incident_id;
	int decision_revision;
} revision_cause;

/* Copies the current stages of t as revision 0 when none is recorded yet
 * (the first revision supersedes them), then records v as the next. */
static int add_revision(store *s, const tender *t, const stage_new *v, size_t n, const revision_cause *why,
                        gg_err *err)
{
	int code = GG_OK;
	if (t->latest_revision == 0) {
		stage_new *was = calloc(t->stages.n ? t->stages.n : 1, sizeof *was);
		if (!was)
			return NOMEM(err);
		for (size_t i = 0; i < t->stages.n; i++)
			was[i] = (stage_new){ t->stages.v[i].name, t->stages.v[i].start, t->stages.v[i].end, 0 };
		code = insert_revision(s, t->id, 0, SCHEDREV_ENTERED, 0, was, t->stages.n, err);
		free(was);
	}
	if (!code)
		code = insert_revision(s, t->id, t->latest_revision + 1, why->source, why->decision_id, v, n, err);
	return code;
}

/* ---- changing stages ---- */

/* Writes the new stage set of t (loaded in the transaction), bumps its
 * version and audits before/after; with `why`, as its next revision. */
static int write_stages(store *s, tender *t, const stage_new *v, size_t n, const char *action,
                        const revision_cause *why, gg_err *err)
{
	int code = check_stages(v, n, err);
	if (code)
		return code;
	strbuf before = STRBUF_INIT, after = STRBUF_INIT;
	tender_json(&before, t);
	sb_putc(&after, '{');
	json_key_string(&after, "code", t->code);
	json_key_int(&after, "revision", why ? t->latest_revision + 1 : t->latest_revision);
	if (why) {
		json_key_string(&after, "source", schedrev_source_names[why->source]);
		if (why->incident_id) {
			json_key_int(&after, "incident", why->incident_id);
			json_key_int(&after, "decision_revision", why->decision_revision);
		}
	}
	json_key(&after, "stages");
	stages_json(&after, v, n);
	sb_putc(&after, '}');
	if (sb_failed(&before) || sb_failed(&after))
		code = NOMEM(err);
	if (!code && why)
		code = add_revision(s, t, v, n, why, err);
	if (!code)
		code = exec_id(s, "DELETE FROM stage WHERE tender_id = ?", t->id, "mengganti tahapan", err);
	if (!code)
		code = insert_stages(s, t->id, v, n, err);
	if (!code)
		code = exec_id(s, "UPDATE tender SET version = version + 1 WHERE id = ?", t->id,
		               "mengubah tender", err);
	if (!code)
		code = st_audit(s, action, why ? why->incident_id : 0, sb_str(&before), sb_str(&after), err);
	sb_free(&before);
	sb_free(&after);
	return code;
}

/* The caller's view of the tender is stale: say so rather than overwrite. */
static int check_version(const tender *t, int64_t expect, gg_err *err)
{
	if (expect && t->version != expect)
		return gg_fail(err, GG_EBUSY, "tender %s telah diubah operator lain (versi %lld, bukan %lld); "
		               "muat ulang lalu ulangi", t->code, (long long)t->version, (long long)expect);
	return GG_OK;
}

/* The newest decision on t, if any: *incident_id 0 when none. */
static int latest_decision_on(store *s, const tender *t, int64_t *incident_id, char **ref, gg_err *err)
{
	sqlite3_stmt *st;
	*incident_id = 0;
	*ref = NULL;
	int code = st_prepare(s, "SELECT incident_id, ref FROM decision WHERE tender_id = ? ORDER BY id DESC LIMIT 1",
	                      &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, t->id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*incident_id = sqlite3_column_int64(st, 0);
		if (!(*ref = st_text(st, 1)))
			code = NOMEM(err);
	} else if (rc != SQLITE_DONE) {
		code = st_sqlerr(s, rc, "membaca keputusan", err);
	}
	sqlite3_finalize(st);
	return code;
}

/* Refuses a change (`what` "tahap 'X'", `verb` "dihapus") of a tender a
 * decision refers to: what a committee decided on stays as it was. */
static int refuse_if_decided(store *s, const tender *t, const char *what, const char *verb, gg_err *err)
{
	int64_t inc;
	char *ref;
	int code = latest_decision_on(s, t, &inc, &ref, err);
	if (!code && inc)
		code = gg_fail(err, GG_EDATA, "%s tidak dapat %s: sudah ada keputusan Pokja atas tender %s "
		               "(gangguan #%lld, BA %s), yang tetap merujuk kepadanya", what, verb, t->code,
		               (long long)inc, ref);
	free(ref);
	return code;
}

/* A change by hand: refused for a cancelled tender; once a decision
 * refers to the tender, the next revision (the schedule decided on is
 * kept), else the schedule as entered changes in place. */
static int hand_change(store *s, tender *t, const stage_new *v, size_t n, const char *action, gg_err *err)
{
	if (t->cancelled_by)
		return gg_fail(err, GG_EDATA, "tender %s dibatalkan oleh keputusan Pokja (gangguan #%lld): "
		               "jadwalnya tidak diubah lagi", t->code, (long long)t->cancelled_by);
	int64_t inc;
	char *ref;
	int code = latest_decision_on(s, t, &inc, &ref, err);
	free(ref);
	if (code)
		return code;
	revision_cause manual = { SCHEDREV_MANUAL, 0, 0, 0 };
	return write_stages(s, t, v, n, action, inc ? &manual : NULL, err);
}

/* Begins a change of one tender: the transaction, the tender as stored
 * now and the caller's version checked. */
static int begin_tender(store *s, const char *code_arg, int64_t expect, tender *t, gg_err *err)
{
	int code = st_begin(s, err);
	if (code)
		return code;
	if ((code = store_tender_get(s, code_arg, t, err))) {
		st_rollback(s);
		return code;
	}
	if ((code = check_version(t, expect, err))) {
		tender_free(t);
		st_rollback(s);
	}
	return code;
}

/* Ends it: commits on GG_OK, else rolls back; frees t. */
static int end_tender(store *s, tender *t, int code, gg_err *err)
{
	tender_free(t);
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}

/* t's stages as stage_new (names borrowed), one spare slot; NULL when
 * memory ran out. */
static stage_new *stages_of(const tender *t)
{
	stage_new *v = calloc(t->stages.n + 1, sizeof *v);
	for (size_t i = 0; v && i < t->stages.n; i++)
		v[i] = (stage_new){ t->stages.v[i].name, t->stages.v[i].start, t->stages.v[i].end, 0 };
	return v;
}

int store_stage_set(store *s, const char *code_arg, const stage_new *stg, int64_t expect, gg_err *err)
{
	tender t;
	int code = begin_tender(s, code_arg, expect, &t, err);
	if (code)
		return code;
	/* The new set: the stored stages, the one of the same name replaced. */
	stage_new *v = stages_of(&t);
	size_t n = t.stages.n;
	if (!v) {
		code = NOMEM(err);
	} else {
		size_t i = 0;
		while (i < n && !(stg->name && strcmp(v[i].name, stg->name) == 0))
			i++;
		v[i] = *stg;
		n += i == n;
		code = hand_change(s, &t, v, n, "tender-stage", err);
	}
	free(v);
	return end_tender(s, &t, code, err);
}

int store_stages_replace(store *s, const char *code_arg, const stage_new *v, size_t n, int64_t expect,
                         gg_err *err)
{
	tender t;
	int code = begin_tender(s, code_arg, expect, &t, err);
	if (!code)
		code = end_tender(s, &t, hand_change(s, &t, v, n, "tender-import", err), err);
	return code;
}

int store_stage_delete(store *s, const char *code_arg, const char *name, int64_t expect, gg_err *err)
{
	tender t;
	int code = begin_tender(s, code_arg, expect, &t, err);
	if (code)
		return code;
	char what[300];
	snprintf(what, sizeof what, "tahap '%s'", name ? name : "");
	stage_new *v = NULL;
	size_t n = 0;
	if (!stage_find(&t.stages, name))
		code = gg_fail(err, GG_ENOTFOUND, "tender %s tidak punya tahap '%s'", t.code, name ? name : "");
	else if (!(code = refuse_if_decided(s, &t, what, "dihapus", err)) && !(v = stages_of(&t)))
		code = NOMEM(err);
	for (size_t i = 0; v && i < t.stages.n; i++)
		if (strcmp(t.stages.v[i].name, name) != 0)
			v[n++] = v[i];
	if (!code)
		code = write_stages(s, &t, v, n, "tender-stage-delete", NULL, err);
	free(v);
	return end_tender(s, &t, code, err);
}

/* ---- editing and deleting tenders ---- */

static void tender_fields_json(strbuf *sb, const char *code, const char *name, const char *committee,
                               const char *method)
{
	sb_putc(sb, '{');
	json_key_string(sb, "code", code);
	json_key_string(sb, "name", name);
	json_key_string(sb, "committee", committee);
	json_key_string(sb, "method", method);
	sb_putc(sb, '}');
}

int store_tender_edit(store *s, const char *code_arg, const tender_edit *in, int64_t expect, gg_err *err)
{
	int code;
	if ((in->name && (code = st_check_text("nama paket", in->name, 1, 500, err))) ||
	    (code = st_check_text("Pokja", in->committee, 0, 200, err)) ||
	    (code = st_check_text("metode", in->method, 0, 100, err)))
		return code;
	tender t;
	if ((code = begin_tender(s, code_arg, expect, &t, err)))
		return code;
	const char *name = in->name ? in->name : t.name, *committee = in->committee ? in->committee : t.committee,
	           *method = in->method ? in->method : t.method;
	char what[200];
	snprintf(what, sizeof what, "data tender %s", t.code);
	code = refuse_if_decided(s, &t, what, "diubah", err);
	sqlite3_stmt *st = NULL;
	if (!code && !(code = st_prepare(s, "UPDATE tender SET name = ?, committee = ?, method = ?,"
	                                    " version = version + 1 WHERE id = ?", &st, err))) {
		st_bind_text(st, 1, name);
		st_bind_text(st, 2, committee);
		st_bind_text(st, 3, method);
		sqlite3_bind_int64(st, 4, t.id);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			code = st_sqlerr(s, rc, "mengubah tender", err);
	}
	if (!code) {
		strbuf before = STRBUF_INIT, after = STRBUF_INIT;
		tender_fields_json(&before, t.code, t.name, t.committee, t.method);
		tender_fields_json(&after, t.code, name, committee, method);
		code = sb_failed(&before) || sb_failed(&after)
		     ? NOMEM(err) : st_audit(s, "tender-edit", 0, sb_str(&before), sb_str(&after), err);
		sb_free(&before);
		sb_free(&after);
	}
	return end_tender(s, &t, code, err);
}

/* The incidents whose hit on tender_id is confirmed. */
static int confirmed_hits(store *s, int64_t tender_id, int64_t **ids, size_t *n, gg_err *err)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	*ids = NULL;
	*n = 0;
	int code = st_prepare(s, "SELECT incident_id FROM hit WHERE tender_id = ? ORDER BY incident_id", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, tender_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t *v = grow_array(*ids, &cap, *n, sizeof *v);
		if (!v) {
			code = NOMEM(err);
			break;
		}
		*ids = v;
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca tender terdampak", err);
	sqlite3_finalize(st);
	if (code) {
		free(*ids);
		*ids = NULL;
		*n = 0;
	}
	return code;
}

int store_tender_delete(store *s, const char *code_arg, int64_t expect, gg_err *err)
{
	tender t;
	int code = begin_tender(s, code_arg, expect, &t, err);
	if (code)
		return code;
	char what[200];
	snprintf(what, sizeof what, "tender %s", t.code);
	int64_t *hits = NULL;
	size_t nhits = 0;
	strbuf before = STRBUF_INIT;
	if (!(code = refuse_if_decided(s, &t, what, "dihapus", err)))
		code = confirmed_hits(s, t.id, &hits, &nhits, err);
	/* A confirmed hit goes with the tender, in that incident's audit too. */
	for (size_t i = 0; !code && i < nhits; i++) {
		strbuf b = STRBUF_INIT;
		sb_putc(&b, '{');
		json_key_string(&b, "tender", t.code);
		json_key_string(&b, "reason", "tender dihapus");
		sb_putc(&b, '}');
		code = sb_failed(&b) ? NOMEM(err) : st_audit(s, "hit-remove", hits[i], sb_str(&b), "", err);
		sb_free(&b);
	}
	if (!code)
		code = exec_id(s, "DELETE FROM hit WHERE tender_id = ?", t.id, "menghapus tender", err);
	if (!code)
		code = exec_id(s, "DELETE FROM stage WHERE tender_id = ?", t.id, "menghapus tender", err);
	if (!code)
		code = exec_id(s, "DELETE FROM tender WHERE id = ?", t.id, "menghapus tender", err);
	if (!code) {
		tender_json(&before, &t);
		code = sb_failed(&before) ? NOMEM(err) : st_audit(s, "tender-delete", 0, sb_str(&before), "", err);
	}
	sb_free(&before);
	free(hits);
	return end_tender(s, &t, code, err);
}

/* ---- the history ---- */

int store_schedule_history(store *s, const char *code_arg, schedrev_list *out, gg_err *err)
{
	memset(out, 0, sizeof *out);
	tender t;
	int code = store_tender_get(s, code_arg, &t, err);
	if (code)
		return code;
	if (t.latest_revision == 0) {
		/* Never superseded: revision 0 is the stage table itself. */
		schedrev *r = calloc(1, sizeof *r);
		if (!r) {
			tender_free(&t);
			return NOMEM(err);
		}
		out->v = r;
		out->n = out->cap = 1;
		r->source = SCHEDREV_ENTERED;
		r->ref = strdup("");
		r->recorded_by = strdup("");
		r->stages = t.stages;   /* moved */
		memset(&t.stages, 0, sizeof t.stages);
		tender_free(&t);
		if (!r->ref || !r->recorded_by) {
			schedrev_list_free(out);
			return NOMEM(err);
		}
		return GG_OK;
	}
	sqlite3_stmt *st;
	code = st_prepare(s,
		"SELECT r.id, r.revision, r.source, coalesce(d.incident_id, 0), coalesce(d.revision, 0),"
		" coalesce(d.ref, ''), coalesce(d.decided_at, 0), coalesce(d.days, 0), r.recorded_by, r.recorded_at"
		" FROM schedule_revision r LEFT JOIN decision d ON d.id = r.decision_id"
		" WHERE r.tender_id = ? ORDER BY r.revision", &st, err);
	if (code) {
		tender_free(&t);
		return code;
	}
	sqlite3_bind_int64(st, 1, t.id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		schedrev *v = grow_array(out->v, &out->cap, out->n, sizeof *v);
		if (!v) {
			code = NOMEM(err);
			break;
		}
		out->v = v;
		schedrev *r = &out->v[out->n++];
		memset(r, 0, sizeof *r);
		r->revision = sqlite3_column_int(st, 1);
		const char *src = (const char *)sqlite3_column_text(st, 2);
		for (int k = 0; k < SCHEDREV__COUNT; k++)
			if (src && strcmp(src, schedrev_source_names[k]) == 0)
				r->source = (schedrev_source)k;
		r->incident_id = sqlite3_column_int64(st, 3);
		r->decision_revision = sqlite3_column_int(st, 4);
		r->ref = st_text(st, 5);
		r->decided = sqlite3_column_int64(st, 6);
		r->days = sqlite3_column_int(st, 7);
		r->recorded_by = st_text(st, 8);
		r->recorded = sqlite3_column_int64(st, 9);
		if (!r->ref || !r->recorded_by) {
			code = NOMEM(err);
			break;
		}
		if ((code = read_revision_stages(s, sqlite3_column_int64(st, 0), t.id, &r->stages, err)))
			break;
	}
	if (!code && rc != SQLITE_DONE && rc != SQLITE_ROW)
		code = st_sqlerr(s, rc, "membaca revisi jadwal", err);
	sqlite3_finalize(st);
	tender_free(&t);
	if (code)
		schedrev_list_free(out);
	return code;
}

/* ---- hits ---- */

/* Mirrors stage_hit(): start < restore (or not restored) and end >= start. */
#define STAGE_IN_WINDOW \
	"EXISTS (SELECT 1 FROM stage g WHERE g.tender_id = t.id AND (?2 = 0 OR g.start_at < ?2) AND g.end_at >= ?1)"

int store_hit_count(store *s, int64_t incident_id, size_t *n, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT count(*) FROM hit WHERE incident_id = ?1", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, incident_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*n = (size_t)sqlite3_column_int64(st, 0);
	else
		code = st_sqlerr(s, rc, "menghitung tender terdampak", err);
	sqlite3_finalize(st);
	return code;
}

/* The candidates come from the stages by start, not from every tender:
 * a stage in the window [?1, ?2) starts at most the longest stage
 * (stage_span, kept by triggers) before ?1, so the index range is the
 * window, whatever the size of the register.  An open incident (?2 = 0)
 * has no end: its own statement, every stage from then on. */
#define HITS_SQL(upper, one) \
	"SELECT " TENDER_COLUMNS ", " STAGE_IN_WINDOW ", h.confirmed_at, h.confirmed_by" \
	" FROM tender t LEFT JOIN hit h ON h.tender_id = t.id AND h.incident_id = ?3" \
	" WHERE" one " t.id IN (SELECT x.tender_id FROM hit x WHERE x.incident_id = ?3" \
	"  UNION SELECT g.tender_id FROM stage g WHERE g.start_at >= ?1 - (SELECT longest FROM stage_span)" \
	upper " AND g.end_at >= ?1)" \
	" AND (h.incident_id IS NOT NULL OR (" STAGE_IN_WINDOW " AND " TENDER_CANCELLED_BY " = 0))" \
	" ORDER BY t.code"
#define ONE_TENDER " t.id = ?4 AND"
static const char *const hits_sql[2][2] = {
	{ HITS_SQL(" AND g.start_at < ?2", ""), HITS_SQL(" AND g.start_at < ?2", ONE_TENDER) },
	{ HITS_SQL("", ""), HITS_SQL("", ONE_TENDER) },
};

const char *st_hits_sql(int open)
{
	return hits_sql[!!open][0];
}

/* The tenders with a stage in the window, and the confirmed ones.  A
 * cancelled tender is no longer proposed.  A tender this incident
 * rescheduled carries the schedule it hit (incident_base), so that its
 * case shows what was hit and the proposal that was recorded; every
 * other incident sees the current schedule. */
static int hits_of(store *s, int64_t incident_id, int64_t tender_id, hit_list *out, gg_err *err)
{
	incident inc;
	memset(out, 0, sizeof *out);
	int code = store_incident_get(s, incident_id, &inc, err);
	if (code)
		return code;
	disruption d = { inc.t.started, inc.t.restored };
	incident_free(&inc);
	sqlite3_stmt *st;
	code = st_prepare(s, hits_sql[d.end == 0][tender_id != 0], &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, d.start);
	sqlite3_bind_int64(st, 2, d.end);
	sqlite3_bind_int64(st, 3, incident_id);
	if (tender_id)
		sqlite3_bind_int64(st, 4, tender_id);
	int rc;
	enum { C_PROPOSED = TENDER_NCOLUMNS, C_CONFIRMED_AT, C_CONFIRMED_BY };
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		hit *v = grow_array(out->v, &out->cap, out->n, sizeof *v);
		if (!v) {
			code = NOMEM(err);
			break;
		}
		out->v = v;
		hit *h = &out->v[out->n];
		memset(h, 0, sizeof *h);
		if ((code = read_tender(s, st, &h->t, err)))
			break;
		out->n++;
		h->proposed = sqlite3_column_int(st, C_PROPOSED);
		h->confirmed = sqlite3_column_type(st, C_CONFIRMED_AT) != SQLITE_NULL;
		if (h->confirmed) {
			h->confirmed_at = sqlite3_column_int64(st, C_CONFIRMED_AT);
			if (!(h->confirmed_by = st_text(st, C_CONFIRMED_BY))) {
				code = NOMEM(err);
				break;
			}
		}
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca tender terdampak", err);
	sqlite3_finalize(st);
	for (size_t i = 0; !code && i < out->n; i++) {
		tender *t = &out->v[i].t;
		int base;
		int64_t rid;
		int found;
		if ((code = incident_base(s, t->id, incident_id, &base, err)) || base < 0)
			continue;
		if ((code = query_int(s, "SELECT id FROM schedule_revision WHERE tender_id = ?1 AND revision = ?2", t->id,
		                      base, &rid, &found, err)))
			break;
		stage_list was = { 0 };
		if (!found)   /* revision 0 is copied with the first: cannot be missing */
			continue;
		if ((code = read_revision_stages(s, rid, t->id, &was, err))) {
			stage_list_free(&was);
			break;
		}
		stage_list_free(&t->stages);
		t->stages = was;
		t->revision = base;
		out->v[i].proposed = 0;
		for (size_t k = 0; k < was.n && !out->v[i].proposed; k++)
			out->v[i].proposed = stage_hit(&d, was.v[k].start, was.v[k].end);
	}
	if (code)
		hit_list_free(out);
	return code;
}

int store_hits(store *s, int64_t incident_id, hit_list *out, gg_err *err)
{
	return hits_of(s, incident_id, 0, out, err);
}

int store_hits_of_tender(store *s, int64_t incident_id, int64_t tender_id, hit_list *out, gg_err *err)
{
	return hits_of(s, incident_id, tender_id, out, err);
}

/* Loads the incident and the tender inside the open transaction and
 * whether the hit is confirmed; refuses a void incident. */
static int load_pair(store *s, int64_t incident_id, const char *code_arg, incident *inc, tender *t,
                     int *confirmed, gg_err *err)
{
	int code = store_incident_get(s, incident_id, inc, err);
	if (code)
		return code;
	if (inc->state == ST_VOID) {
		incident_free(inc);
		return gg_fail(err, GG_EDATA, "gangguan #%lld dibatalkan (void): tidak ada tender terdampak",
		               (long long)incident_id);
	}
	if ((code = store_tender_get(s, code_arg, t, err))) {
		incident_free(inc);
		return code;
	}
	sqlite3_stmt *st;
	if ((code = st_prepare(s, "SELECT 1 FROM hit WHERE incident_id = ? AND tender_id = ?", &st, err))) {
		incident_free(inc);
		tender_free(t);
		return code;
	}
	sqlite3_bind_int64(st, 1, incident_id);
	sqlite3_bind_int64(st, 2, t->id);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	*confirmed = rc == SQLITE_ROW;
	return GG_OK;
}

int store_hit_confirm(store *s, int64_t incident_id, const char *code_arg, gg_err *err)
{
	incident inc;
	tender t;
	int confirmed;
	int code = st_begin(s, err);
	if (code)
		return code;
	if ((code = load_pair(s, incident_id, code_arg, &inc, &t, &confirmed, err))) {
		st_rollback(s);
		return code;
	}
	disruption d = { inc.t.started, inc.t.restored };
	int any = 0;
	for (size_t i = 0; i < t.stages.n && !any; i++)
		any = stage_hit(&d, t.stages.v[i].start, t.stages.v[i].end);
	if (confirmed)
		code = gg_fail(err, GG_EDATA, "tender %s sudah dikonfirmasi terdampak gangguan #%lld", t.code,
		               (long long)incident_id);
	else if (!any)
		code = gg_fail(err, GG_EDATA,
		               "tidak ada tahap tender %s yang berlangsung atau berakhir selama gangguan #%lld; "
		               "periksa jadwalnya (gangguan tender show %s)", t.code, (long long)incident_id, t.code);
	sqlite3_stmt *st = NULL;
	if (!code && !(code = st_prepare(s, "INSERT INTO hit(incident_id, tender_id, confirmed_at, confirmed_by)"
	                                    " VALUES (?, ?, ?, ?)", &st, err))) {
		sqlite3_bind_int64(st, 1, incident_id);
		sqlite3_bind_int64(st, 2, t.id);
		sqlite3_bind_int64(st, 3, store_now(s));
		st_bind_text(st, 4, s->user);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			code = st_sqlerr(s, rc, "menyimpan tender terdampak", err);
	}
	if (!code) {
		strbuf after = STRBUF_INIT;
		sb_putc(&after, '{');
		json_key_string(&after, "tender", t.code);
		sb_putc(&after, '}');
		code = sb_failed(&after) ? NOMEM(err) : st_audit(s, "hit-confirm", incident_id, "", sb_str(&after), err);
		sb_free(&after);
	}
	incident_free(&inc);
	tender_free(&t);
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}

int store_hit_remove(store *s, int64_t incident_id, const char *code_arg, gg_err *err)
{
	incident inc;
	tender t;
	int confirmed;
	int code = st_begin(s, err);
	if (code)
		return code;
	if ((code = load_pair(s, incident_id, code_arg, &inc, &t, &confirmed, err))) {
		st_rollback(s);
		return code;
	}
	sqlite3_stmt *st;
	if (!confirmed)
		code = gg_fail(err, GG_EDATA, "tender %s belum dikonfirmasi terdampak gangguan #%lld", t.code,
		               (long long)incident_id);
	else if (!(code = st_prepare(s, "SELECT count(*) FROM decision WHERE incident_id = ? AND tender_id = ?",
	                             &st, err))) {
		sqlite3_bind_int64(st, 1, incident_id);
		sqlite3_bind_int64(st, 2, t.id);
		int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
		sqlite3_finalize(st);
		if (n != 0)
			code = gg_fail(err, GG_EDATA, "tender %s sudah punya keputusan Pokja: konfirmasi tidak dapat "
			               "ditarik (catat revisi keputusan bila perlu)", t.code);
	}
	if (!code && !(code = st_prepare(s, "DELETE FROM hit WHERE incident_id = ? AND tender_id = ?", &st, err))) {
		sqlite3_bind_int64(st, 1, incident_id);
		sqlite3_bind_int64(st, 2, t.id);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			code = st_sqlerr(s, rc, "menarik konfirmasi", err);
	}
	if (!code) {
		strbuf before = STRBUF_INIT;
		sb_putc(&before, '{');
		json_key_string(&before, "tender", t.code);
		sb_putc(&before, '}');
		code = sb_failed(&before) ? NOMEM(err) : st_audit(s, "hit-remove", incident_id, sb_str(&before), "", err);
		sb_free(&before);
	}
	incident_free(&inc);
	tender_free(&t);
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}

/* ---- decisions ---- */

static void decision_json(strbuf *sb, const char *tender_code, int revision, const char *remedy,
                          const char *ref, int64_t decided, const char *note, int days, const char *regime)
{
	sb_putc(sb, '{');
	json_key_string(sb, "tender", tender_code);
	json_key_int(sb, "revision", revision);
	json_key_string(sb, "remedy", remedy);
	json_key_string(sb, "ref", ref);
	json_key_int(sb, "decided", decided);
	json_key_string(sb, "note", note ? note : "");
	json_key_int(sb, "days", days);
	json_key_string(sb, "regime", regime ? regime : "");
	sb_putc(sb, '}');
}

#define DECISION_COLUMNS \
	"d.id, d.incident_id, d.tender_id, t.code, d.revision, d.remedy, d.ref, d.decided_at, d.note," \
	" d.days, d.regime, d.recorded_by, d.recorded_at"

static int read_decision(sqlite3_stmt *st, decision *x)
{
	memset(x, 0, sizeof *x);
	x->id = sqlite3_column_int64(st, 0);
	x->incident_id = sqlite3_column_int64(st, 1);
	x->tender_id = sqlite3_column_int64(st, 2);
	x->tender_code = st_text(st, 3);
	x->revision = sqlite3_column_int(st, 4);
	const remedy_info *r = remedy_find((const char *)sqlite3_column_text(st, 5));
	x->remedy = r ? r->code : REMEDY_CANCEL;
	x->ref = st_text(st, 6);
	x->decided = sqlite3_column_int64(st, 7);
	x->note = st_text(st, 8);
	x->days = sqlite3_column_int(st, 9);
	x->regime = st_text(st, 10);
	x->recorded_by = st_text(st, 11);
	x->recorded = sqlite3_column_int64(st, 12);
	if (!x->tender_code || !x->ref || !x->note || !x->regime || !x->recorded_by) {
		decision_free(x);
		return -1;
	}
	return 0;
}

/* Every row of a prepared decision query into out (finalized here). */
static int read_decisions(store *s, sqlite3_stmt *st, decision_list *out, gg_err *err)
{
	int rc, code = GG_OK;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		decision *v = grow_array(out->v, &out->cap, out->n, sizeof *v);
		if (!v) {
			code = NOMEM(err);
			break;
		}
		out->v = v;
		if (read_decision(st, &out->v[out->n]) < 0) {
			code = NOMEM(err);
			break;
		}
		out->n++;
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca keputusan", err);
	sqlite3_finalize(st);
	if (code)
		decision_list_free(out);
	return code;
}

int store_decisions(store *s, int64_t incident_id, int64_t tender_id, int all_revisions,
                    decision_list *out, gg_err *err)
{
	sqlite3_stmt *st;
	memset(out, 0, sizeof *out);
	int code = st_prepare(s,
		"SELECT " DECISION_COLUMNS " FROM decision d JOIN tender t ON t.id = d.tender_id"
		" WHERE d.incident_id = ?1 AND (?2 = 0 OR d.tender_id = ?2)"
		" AND (?3 OR d.revision = (SELECT max(revision) FROM decision e"
		"      WHERE e.incident_id = d.incident_id AND e.tender_id = d.tender_id))"
		" ORDER BY t.code, d.revision", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, incident_id);
	sqlite3_bind_int64(st, 2, tender_id);
	sqlite3_bind_int(st, 3, all_revisions ? 1 : 0);
	return read_decisions(s, st, out, err);
}

int store_tender_decisions(store *s, int64_t tender_id, int all_revisions, decision_list *out, gg_err *err)
{
	sqlite3_stmt *st;
	memset(out, 0, sizeof *out);
	int code = st_prepare(s,
		"SELECT " DECISION_COLUMNS " FROM decision d JOIN tender t ON t.id = d.tender_id"
		" WHERE d.tender_id = ?1"
		" AND (?2 OR d.revision = (SELECT max(revision) FROM decision e"
		"      WHERE e.incident_id = d.incident_id AND e.tender_id = d.tender_id))"
		" ORDER BY d.incident_id, d.revision", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, tender_id);
	sqlite3_bind_int(st, 2, all_revisions ? 1 : 0);
	return read_decisions(s, st, out, err);
}

/* The rules of a reschedule's new schedule, in the open transaction:
 * the tender is not cancelled by another incident's decision, the
 * proposal was computed from the tender as it is now (expect_version),
 * and no revision but this incident's has come since its first, which a
 * proposal from the schedule the incident hit would silently undo. */
static int check_reschedule(store *s, const decision_new *in, const tender *t, gg_err *err)
{
	int64_t other, last_inc;
	int found, code, base;
	if (!t->stages.n)
		return gg_fail(err, GG_EDATA, "tender %s belum punya tahap: tidak ada jadwal yang dapat disesuaikan "
		               "(gangguan tender stage atau tender import dahulu)", t->code);
	if (!in->schedule || !in->nschedule)
		return gg_fail(err, GG_ESOFTWARE, "penyesuaian jadwal tender %s tanpa jadwal baru: usulannya "
		               "diambil dari kasus gangguan (remedy_case_decide)", t->code);
	if ((code = query_int(s,
		"SELECT c.incident_id FROM decision c WHERE c.tender_id = ?1 AND c.incident_id != ?2"
		" AND c.remedy = 'cancel' AND c.revision = (SELECT max(e.revision) FROM decision e"
		"  WHERE e.tender_id = c.tender_id AND e.incident_id = c.incident_id) LIMIT 1",
		t->id, in->incident_id, &other, &found, err)))
		return code;
	if (found)
		return gg_fail(err, GG_EDATA, "tender %s dibatalkan oleh keputusan Pokja (gangguan #%lld): "
		               "tidak dapat dijadwal ulang", t->code, (long long)other);
	if (in->expect_version && t->version != in->expect_version)
		return gg_fail(err, GG_EBUSY, "jadwal tender %s telah diubah operator lain (versi %lld, bukan %lld) "
		               "sesudah usulan dihitung; muat ulang lalu ulangi", t->code, (long long)t->version,
		               (long long)in->expect_version);
	if ((code = incident_base(s, t->id, in->incident_id, &base, err)) || base < 0)
		return code;
	if ((code = query_int(s,
		"SELECT coalesce(d.incident_id, 0) FROM schedule_revision r LEFT JOIN decision d ON d.id = r.decision_id"
		" WHERE r.tender_id = ?1 AND r.revision = (SELECT max(revision) FROM schedule_revision"
		"  WHERE tender_id = ?1)", t->id, 0, &last_inc, &found, err)))
		return code;
	if (last_inc != in->incident_id)
		return gg_fail(err, GG_EDATA, "jadwal tender %s sudah berubah lagi (Perubahan %d) sesudah keputusan "
		               "gangguan #%lld menjadwal ulang Perubahan %d: usulan baru dihitung dari jadwal yang "
		               "terdampak dan akan menghapus perubahan itu; catat jadwal yang benar dengan tender "
		               "import", t->code, t->latest_revision, (long long)in->incident_id, base);
	return GG_OK;
}

int store_decide(store *s, const decision_new *in, int *revision, gg_err *err)
{
	int code;
	if ((unsigned)in->remedy >= REMEDY__COUNT)
		return gg_fail(err, GG_EUSAGE, "upaya tidak dikenal; pilih %s", remedy_names());
	if ((code = st_check_text("nomor BA Pokja (--ref)", in->ref, 1, 200, err)) ||
	    (code = st_check_text("catatan", in->note, 0, 4000, err)))
		return code;
	if ((code = st_begin(s, err)))
		return code;
	incident inc;
	tender t;
	int confirmed;
	if ((code = load_pair(s, in->incident_id, in->tender_code, &inc, &t, &confirmed, err))) {
		st_rollback(s);
		return code;
	}
	const remedy_info *ri = &remedy_table[in->remedy];
	decision_list prev = { 0 };
	if (!confirmed)
		code = gg_fail(err, GG_EDATA,
		               "tender %s belum dikonfirmasi terdampak gangguan #%lld: konfirmasi dahulu "
		               "(gangguan hit %lld %s)", t.code, (long long)in->incident_id,
		               (long long)in->incident_id, t.code);
	else if (in->decided > store_now(s))
		code = gg_fail(err, GG_EDATA, "tanggal keputusan di masa depan");
	else if (in->decided < inc.t.started)
		code = gg_fail(err, GG_EDATA, "tanggal keputusan sebelum awal gangguan #%lld",
		               (long long)in->incident_id);
	else
		code = store_decisions(s, in->incident_id, t.id, 0, &prev, err);
	int rev = prev.n ? prev.v[0].revision + 1 : 1;
	if (!code && in->expect_revision >= 0 && in->expect_revision != rev - 1)
		code = gg_fail(err, GG_EBUSY, "keputusan tender %s telah diubah operator lain (revisi %d, bukan %d); "
		               "muat ulang lalu ulangi", t.code, rev - 1, in->expect_revision);
	if (!code && in->remedy == REMEDY_RESCHEDULE)
		code = check_reschedule(s, in, &t, err);
	sqlite3_stmt *st = NULL;
	int64_t decision_id = 0;
	if (!code && !(code = st_prepare(s,
		"INSERT INTO decision(incident_id, tender_id, revision, remedy, ref, decided_at, note, days,"
		" regime, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &st, err))) {
		sqlite3_bind_int64(st, 1, in->incident_id);
		sqlite3_bind_int64(st, 2, t.id);
		sqlite3_bind_int(st, 3, rev);
		st_bind_text(st, 4, ri->name);
		st_bind_text(st, 5, in->ref);
		sqlite3_bind_int64(st, 6, in->decided);
		st_bind_text(st, 7, in->note);
		sqlite3_bind_int(st, 8, in->days);
		st_bind_text(st, 9, in->regime);
		st_bind_text(st, 10, s->user);
		sqlite3_bind_int64(st, 11, store_now(s));
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			code = st_sqlerr(s, rc, "menyimpan keputusan", err);
		decision_id = sqlite3_last_insert_rowid(s->db);
	}
	if (!code) {
		strbuf before = STRBUF_INIT, after = STRBUF_INIT;
		if (prev.n) {
			const decision *p = &prev.v[0];
			decision_json(&before, t.code, p->revision, remedy_table[p->remedy].name, p->ref, p->decided,
			              p->note, p->days, p->regime);
		}
		decision_json(&after, t.code, rev, ri->name, in->ref, in->decided, in->note, in->days, in->regime);
		code = sb_failed(&before) || sb_failed(&after)
		     ? NOMEM(err) : st_audit(s, "decide", in->incident_id, sb_str(&before), sb_str(&after), err);
		sb_free(&before);
		sb_free(&after);
	}
	/* A reschedule takes effect: its schedule is the tender's next revision. */
	if (!code && in->remedy == REMEDY_RESCHEDULE) {
		revision_cause why = { SCHEDREV_DECISION, decision_id, in->incident_id, rev };
		code = write_stages(s, &t, in->schedule, in->nschedule, "tender-revision", &why, err);
	}
	decision_list_free(&prev);
	incident_free(&inc);
	tender_free(&t);
	if (code) {
		st_rollback(s);
		return code;
	}
	if ((code = st_commit(s, err)))
		return code;
	if (revision)
		*revision = rev;
	return GG_OK;
}
