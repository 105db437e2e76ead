/* Deleting tenders and stages, editing a tender (store_tender.h): only
 * while no committee decision refers to the tender, each one audited
 * transaction. */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "store_internal.h"
#include "store_tender.h"

#define NOMEM(err) gg_fail(err, GG_ESOFTWARE, "memori habis")

/* One statement with an integer and an optional text parameter; GG_OK when done. */
static int exec_bound(store *s, const char *sql, int64_t id, const char *text, const char *what, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, sql, &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, id);
	if (text)
		st_bind_text(st, 2, text);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? GG_OK : st_sqlerr(s, rc, what, err);
}

/* Loads the tender in the open transaction; refuses a stale version and a
 * tender a decision refers to. */
static int load_free_tender(store *s, const char *code_arg, int64_t expect, const char *doing, tender *t,
                            gg_err *err)
{
	int code = store_tender_get(s, code_arg, t, err);
	if (code)
		return code;
	if (expect && t->version != expect)
		code = gg_fail(err, GG_EBUSY, "tender %s telah diubah operator lain (versi %lld, bukan %lld); "
		               "muat ulang lalu ulangi", t->code, (long long)t->version, (long long)expect);
	sqlite3_stmt *st;
	if (!code && !(code = st_prepare(s, "SELECT count(*), min(incident_id) FROM decision WHERE tender_id = ?",
	                                 &st, err))) {
		sqlite3_bind_int64(st, 1, t->id);
		int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
		int64_t inc = sqlite3_column_int64(st, 1);
		sqlite3_finalize(st);
		if (n < 0)
			code = st_sqlerr(s, sqlite3_errcode(s->db), "membaca keputusan", err);
		else if (n > 0)
			code = gg_fail(err, GG_EDATA, "tender %s tidak dapat %s: sudah ada keputusan Pokja atasnya "
			               "(gangguan #%lld); keputusan adalah catatan yang tetap", t->code, doing,
			               (long long)inc);
	}
	if (code)
		tender_free(t);
	return code;
}

/* The tender for the audit; its stages too when they go with it. */
static void tender_audit_json(strbuf *sb, const tender *t, int with_stages)
{
	sb_putc(sb, '{');
	json_key_string(sb, "code", t->code);
	json_key_string(sb, "name", t->name);
	json_key_string(sb, "committee", t->committee);
	json_key_string(sb, "method", t->method);
	if (!with_stages) {
		sb_putc(sb, '}');
		return;
	}
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

/* The confirmations of t's hits go with it: each is audited on its
 * incident, as `hit --remove` audits it. */
static int remove_hits(store *s, const tender *t, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT incident_id FROM hit WHERE tender_id = ? ORDER BY incident_id", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, t->id);
	int rc;
	while (!code && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		strbuf before = STRBUF_INIT;
		sb_putc(&before, '{');
		json_key_string(&before, "tender", t->code);
		json_key_string(&before, "reason", "tender dihapus");
		sb_putc(&before, '}');
		code = sb_failed(&before) ? NOMEM(err)
		     : st_audit(s, "hit-remove", sqlite3_column_int64(st, 0), sb_str(&before), "", err);
		sb_free(&before);
	}
	sqlite3_finalize(st);
	if (!code)
		code = exec_bound(s, "DELETE FROM hit WHERE tender_id = ?", t->id, NULL, "menarik konfirmasi", err);
	return code;
}

int store_tender_delete(store *s, const char *code_arg, int64_t expect, gg_err *err)
{
	tender t;
	int code = st_begin(s, err);
	if (code)
		return code;
	if ((code = load_free_tender(s, code_arg, expect, "dihapus", &t, err))) {
		st_rollback(s);
		return code;
	}
	strbuf before = STRBUF_INIT;
	tender_audit_json(&before, &t, 1);
	code = sb_failed(&before) ? NOMEM(err) : remove_hits(s, &t, err);
	if (!code)
		code = exec_bound(s, "DELETE FROM stage WHERE tender_id = ?", t.id, NULL, "menghapus tahapan", err);
	if (!code)
		code = exec_bound(s, "DELETE FROM tender WHERE id = ?", t.id, NULL, "menghapus tender", err);
	if (!code)
		code = st_audit(s, "tender-delete", 0, sb_str(&before), "", err);
	sb_free(&before);
	tender_free(&t);
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}

int store_stage_delete(store *s, const char *code_arg, const char *stage_name, int64_t expect, gg_err *err)
{
	tender t;
	int code = st_begin(s, err);
	if (code)
		return code;
	if ((code = load_free_tender(s, code_arg, expect, "diubah", &t, err))) {
		st_rollback(s);
		return code;
	}
	const stage *g = NULL;
	for (size_t i = 0; i < t.stages.n && !g; i++)
		if (stage_name && strcmp(t.stages.v[i].name, stage_name) == 0)
			g = &t.stages.v[i];
	strbuf before = STRBUF_INIT;
	if (!g) {
		code = gg_fail(err, GG_ENOTFOUND, "tender %s tidak punya tahap \"%s\"", t.code, stage_name ? stage_name : "");
	} else {
		sb_putc(&before, '{');
		json_key_string(&before, "code", t.code);
		json_key_string(&before, "stage", g->name);
		json_key_int(&before, "start", g->start);
		json_key_int(&before, "end", g->end);
		sb_putc(&before, '}');
		code = sb_failed(&before) ? NOMEM(err) : GG_OK;
	}
	if (!code)
		code = exec_bound(s, "DELETE FROM stage WHERE id = ?", g->id, NULL, "menghapus tahap", err);
	if (!code)
		code = exec_bound(s, "UPDATE tender SET version = version + 1 WHERE id = ?", t.id, NULL,
		                  "mengubah tender", err);
	if (!code)
		code = st_audit(s, "tender-stage-delete", 0, sb_str(&before), "", err);
	sb_free(&before);
	tender_free(&t);
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}

int store_tender_edit(store *s, const char *code_arg, const tender_new *in, int64_t expect, gg_err *err)
{
	int code;
	if ((in->code && (code = st_check_text("kode tender", in->code, 1, 64, err))) ||
	    (in->name && (code = st_check_text("nama paket", in->name, 1, 500, err))) ||
	    (code = st_check_text("Pokja", in->committee, 0, 200, err)) ||
	    (code = st_check_text("metode", in->method, 0, 100, err)))
		return code;
	if (in->code && strpbrk(in->code, " \t\n"))
		return gg_fail(err, GG_EDATA, "kode tender '%s' tidak boleh memuat spasi", in->code);
	if ((code = st_begin(s, err)))
		return code;
	tender t;
	if ((code = load_free_tender(s, code_arg, expect, "diubah", &t, err))) {
		st_rollback(s);
		return code;
	}
	tender after = t;   /* the new values, borrowed: never freed */
	if (in->code)
		after.code = (char *)in->code;
	if (in->name)
		after.name = (char *)in->name;
	if (in->committee)
		after.committee = (char *)in->committee;
	if (in->method)
		after.method = (char *)in->method;
	if (strcmp(after.code, t.code) != 0) {
		sqlite3_stmt *st;
		if (!(code = st_prepare(s, "SELECT 1 FROM tender WHERE code = ?", &st, err))) {
			st_bind_text(st, 1, after.code);
			if (sqlite3_step(st) == SQLITE_ROW)
				code = gg_fail(err, GG_EDATA, "kode tender '%s' sudah dipakai", after.code);
			sqlite3_finalize(st);
		}
	}
	sqlite3_stmt *st;
	if (!code && !(code = st_prepare(s, "UPDATE tender SET code = ?, name = ?, committee = ?, method = ?,"
	                                    " version = version + 1 WHERE id = ?", &st, err))) {
		st_bind_text(st, 1, after.code);
		st_bind_text(st, 2, after.name);
		st_bind_text(st, 3, after.committee);
		st_bind_text(st, 4, after.method);
		sqlite3_bind_int64(st, 5, t.id);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			code = st_sqlerr(s, rc, "mengubah tender", err);
	}
	/* the search finds an incident by the code and name of a tender it hit */
	strbuf body = STRBUF_INIT, before = STRBUF_INIT, now = STRBUF_INIT;
	sb_appendf(&body, "%s %s", after.code, after.name);
	if (!code)
		code = sb_failed(&body) ? NOMEM(err)
		     : exec_bound(s, "UPDATE search SET body = ?2 WHERE rowid IN"
		                     " (SELECT 8000000000000 + rowid FROM hit WHERE tender_id = ?1)",
		                  t.id, sb_str(&body), "memperbarui pencarian", err);
	if (!code) {
		tender_audit_json(&before, &t, 0);   /* the stages are not changed */
		tender_audit_json(&now, &after, 0);
		code = sb_failed(&before) || sb_failed(&now) ? NOMEM(err)
		     : st_audit(s, "tender-edit", 0, sb_str(&before), sb_str(&now), err);
	}
	sb_free(&body);
	sb_free(&before);
	sb_free(&now);
	tender_free(&t);
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}
