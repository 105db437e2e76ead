/* Tenders, stages, hits and decisions (store_tender.h). */
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "json.h"
#include "remedy.h"
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

#define TENDER_COLUMNS "id, code, name, committee, method, version, created_at"

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
	return tender_query(s, "SELECT " TENDER_COLUMNS " FROM tender WHERE code = ?", code ? code : "", 0,
	                    out, err);
}

int store_tender_get_id(store *s, int64_t id, tender *out, gg_err *err)
{
	return tender_query(s, "SELECT " TENDER_COLUMNS " FROM tender WHERE id = ?", NULL, id, out, err);
}


int store_tender_list(store *s, tender_list *out, gg_err *err)
{
	sqlite3_stmt *st;
	memset(out, 0, sizeof *out);
	int code = st_prepare(s, "SELECT " TENDER_COLUMNS " FROM tender ORDER BY code", &st, err);
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

/* Writes the new stage set of t (already loaded in the transaction),
 * bumps its version and audits before/after. */
static int write_stages(store *s, tender *t, const stage_new *v, size_t n, const char *action, gg_err *err)
{
	int code = check_stages(v, n, err);
	if (code)
		return code;
	strbuf before = STRBUF_INIT, after = STRBUF_INIT;
	tender_json(&before, t);
	sb_putc(&after, '{');
	json_key_string(&after, "code", t->code);
	json_key(&after, "stages");
	stages_json(&after, v, n);
	sb_putc(&after, '}');
	if (sb_failed(&before) || sb_failed(&after))
		code = NOMEM(err);
	if (!code)
		code = exec_id(s, "DELETE FROM stage WHERE tender_id = ?", t->id, "mengganti tahapan", err);
	if (!code)
		code = insert_stages(s, t->id, v, n, err);
	if (!code)
		code = exec_id(s, "UPDATE tender SET version = version + 1 WHERE id = ?", t->id,
		               "mengubah tender", err);
	if (!code)
		code = st_audit(s, action, 0, sb_str(&before), sb_str(&after), err);
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

int store_stage_set(store *s, const char *code_arg, const stage_new *stg, int64_t expect, gg_err *err)
{
	tender t;
	int code = st_begin(s, err);
	if (code)
		return code;
	if ((code = store_tender_get(s, code_arg, &t, err))) {
		st_rollback(s);
		return code;
	}
	if ((code = check_version(&t, expect, err))) {
		tender_free(&t);
		st_rollback(s);
		return code;
	}
	/* The new set: the stored stages, the one of the same name replaced. */
	stage_new *v = calloc(t.stages.n + 1, sizeof *v);
	if (!v) {
		tender_free(&t);
		st_rollback(s);
		return NOMEM(err);
	}
	size_t n = 0;
	int replaced = 0;
	for (size_t i = 0; i < t.stages.n; i++) {
		if (stg->name && strcmp(t.stages.v[i].name, stg->name) == 0) {
			v[n++] = *stg;
			replaced = 1;
		} else {
			v[n++] = (stage_new){ t.stages.v[i].name, t.stages.v[i].start, t.stages.v[i].end, 0 };
		}
	}
	if (!replaced)
		v[n++] = *stg;
	code = write_stages(s, &t, v, n, "tender-stage", err);
	free(v);
	tender_free(&t);
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}

int store_stages_replace(store *s, const char *code_arg, const stage_new *v, size_t n, int64_t expect,
                         gg_err *err)
{
	tender t;
	int code = st_begin(s, err);
	if (code)
		return code;
	if (!(code = store_tender_get(s, code_arg, &t, err))) {
		if (!(code = check_version(&t, expect, err)))
			code = write_stages(s, &t, v, n, "tender-import", err);
		tender_free(&t);
	}
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}

/* ---- hits ---- */


/* The tenders with a stage in the window, and the confirmed ones. */
int store_hits(store *s, int64_t incident_id, hit_list *out, gg_err *err)
{
	incident inc;
	memset(out, 0, sizeof *out);
	int code = store_incident_get(s, incident_id, &inc, err);
	if (code)
		return code;
	disruption d = { inc.t.started, inc.t.restored };
	incident_free(&inc);
	sqlite3_stmt *st;
	/* Mirrors stage_hit(): start < restore (or not restored) and end >= start. */
	code = st_prepare(s,
		"SELECT " TENDER_COLUMNS ","
		" EXISTS (SELECT 1 FROM stage g WHERE g.tender_id = t.id"
		"   AND (?2 = 0 OR g.start_at < ?2) AND g.end_at >= ?1),"
		" h.confirmed_at, h.confirmed_by"
		" FROM tender t LEFT JOIN hit h ON h.tender_id = t.id AND h.incident_id = ?3"
		" WHERE h.incident_id IS NOT NULL OR EXISTS (SELECT 1 FROM stage g WHERE g.tender_id = t.id"
		"   AND (?2 = 0 OR g.start_at < ?2) AND g.end_at >= ?1)"
		" ORDER BY t.code", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, d.start);
	sqlite3_bind_int64(st, 2, d.end);
	sqlite3_bind_int64(st, 3, incident_id);
	int rc;
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
		h->proposed = sqlite3_column_int(st, 7);
		h->confirmed = sqlite3_column_type(st, 8) != SQLITE_NULL;
		if (h->confirmed) {
			h->confirmed_at = sqlite3_column_int64(st, 8);
			if (!(h->confirmed_by = st_text(st, 9))) {
				code = NOMEM(err);
				break;
			}
		}
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca tender terdampak", err);
	sqlite3_finalize(st);
	if (code)
		hit_list_free(out);
	return code;
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
	int rc;
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
	sqlite3_stmt *st = NULL;
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
