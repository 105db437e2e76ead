/* Corrections of an incident and its chronology, and the withdrawal of a
 * letter issued in error: every change one transaction with an audit row
 * holding the old value, the new value and the reason. */
#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "json.h"
#include "textfield.h"
#include "store_internal.h"

/* The before/after of a correction: the record and the reason. */
static int audit_change(store *s, const char *action, int64_t incident_id, const strbuf *before,
                        const strbuf *after, const char *reason, gg_err *err)
{
	strbuf b = STRBUF_INIT, a = STRBUF_INIT;
	sb_putc(&b, '{');
	json_key(&b, "record");
	sb_append(&b, sb_str(before));
	sb_putc(&b, '}');
	sb_putc(&a, '{');
	json_key(&a, "record");
	sb_append(&a, sb_str(after));
	json_key_string(&a, "reason", reason);
	sb_putc(&a, '}');
	int code = sb_failed(&a) || sb_failed(&b) ? gg_fail(err, GG_ESOFTWARE, "memori habis")
	                                          : st_audit(s, action, incident_id, sb_str(&b), sb_str(&a), err);
	sb_free(&a);
	sb_free(&b);
	return code;
}

/* Loads the incident to correct and refuses a void one or a stale version. */
static int load_for_edit(store *s, int64_t id, int64_t expect, incident *inc, gg_err *err)
{
	int code = store_incident_get(s, id, inc, err);
	if (code)
		return code;
	if (inc->state == ST_VOID)
		code = gg_fail(err, GG_EDATA, "gangguan #%lld dibatalkan (laporan palsu); tidak dapat dikoreksi",
		               (long long)id);
	else if (expect && inc->version != expect)
		code = gg_fail(err, GG_EBUSY, "gangguan #%lld telah diubah oleh pengguna lain sejak dibuka; muat ulang "
		               "lalu ulangi", (long long)id);
	if (code)
		incident_free(inc);
	return code;
}

static int first_event_at(store *s, int64_t id, int64_t *at, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT min(at) FROM event WHERE incident_id = ?", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	*at = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? GG_OK : st_sqlerr(s, rc, "membaca kronologi", err);
}

static int bump_version(store *s, int64_t id, int64_t version, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "UPDATE incident SET version = version + 1 WHERE id = ? AND version = ?", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, version);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_sqlerr(s, rc, "mengoreksi gangguan", err);
	return sqlite3_changes(s->db) == 1
	       ? GG_OK
	       : gg_fail(err, GG_EBUSY, "gangguan #%lld baru saja diubah oleh pengguna lain; ulangi", (long long)id);
}

/* Ends the transaction: commit on success, else roll back. */
static int finish(store *s, int code, gg_err *err)
{
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}

int store_incident_edit(store *s, int64_t id, int64_t expect, const incident_edit *e, const char *reason,
                        gg_err *err)
{
	int code;
	if ((code = text_field_check(TF_REASON, reason, err)))
		return code;
	if ((e->summary && (code = text_field_check(TF_SUMMARY, e->summary, err))) ||
	    (e->impact && (code = text_field_check(TF_IMPACT, e->impact, err))) ||
	    (e->reporter && (code = text_field_check(TF_REPORTER, e->reporter, err))) ||
	    (e->channel && (code = text_field_check(TF_CHANNEL, e->channel, err))))
		return code;
	const cause_info *cause = e->cause ? cause_find(e->cause) : NULL;
	if (e->cause && !cause)
		return gg_fail(err, GG_EDATA, "penyebab '%s' tidak dikenal", e->cause);
	if ((code = st_begin(s, err)))
		return code;
	incident inc, after;
	if ((code = load_for_edit(s, id, expect, &inc, err)))
		return finish(s, code, err);
	int64_t first = 0;
	const char *why;
	if (e->started && !(code = first_event_at(s, id, &first, err)) &&
	    lifecycle_start_ok(&inc.t, e->started, first, store_now(s), &why) < 0)
		code = gg_fail(err, GG_EDATA, "mulai gangguan #%lld: %s", (long long)id, why);
	int same = (!e->summary || strcmp(e->summary, inc.summary) == 0) &&
	           (!cause || strcmp(cause->code, inc.cause) == 0) &&
	           (!e->impact || strcmp(e->impact, inc.impact) == 0) &&
	           (!e->reporter || strcmp(e->reporter, inc.reporter) == 0) &&
	           (!e->channel || strcmp(e->channel, inc.channel) == 0) &&
	           (!e->started || e->started == inc.t.started);
	if (!code && same)
		code = gg_fail(err, GG_EDATA, "tidak ada yang berubah pada gangguan #%lld", (long long)id);
	sqlite3_stmt *st = NULL;
	if (!code)
		code = st_prepare(s, "UPDATE incident SET summary = coalesce(?1, summary), cause = coalesce(?2, cause),"
		                     " impact = coalesce(?3, impact), reporter = coalesce(?4, reporter),"
		                     " channel = coalesce(?5, channel), started_at = coalesce(?6, started_at),"
		                     " version = version + 1 WHERE id = ?7 AND version = ?8", &st, err);
	if (!code) {
		const char *const text[] = { e->summary, cause ? cause->code : NULL, e->impact, e->reporter, e->channel };
		for (int i = 0; i < 5; i++)
			if (text[i])
				st_bind_text(st, i + 1, text[i]);
		if (e->started)
			sqlite3_bind_int64(st, 6, e->started);
		sqlite3_bind_int64(st, 7, id);
		sqlite3_bind_int64(st, 8, inc.version);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			code = st_sqlerr(s, rc, "mengoreksi gangguan", err);
		else if (sqlite3_changes(s->db) != 1)
			code = gg_fail(err, GG_EBUSY, "gangguan #%lld baru saja diubah oleh pengguna lain; ulangi", (long long)id);
	}
	if (!code && !(code = store_incident_get(s, id, &after, err))) {
		strbuf b = STRBUF_INIT, a = STRBUF_INIT;
		st_incident_json(&b, &inc);
		st_incident_json(&a, &after);
		code = audit_change(s, "edit", id, &b, &a, reason, err);
		sb_free(&a);
		sb_free(&b);
		incident_free(&after);
	}
	incident_free(&inc);
	return finish(s, code, err);
}

/* One chronology line of the incident, as JSON for the audit. */
static int load_event(store *s, int64_t incident_id, int64_t event_id, event *out, strbuf *json, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT at, about, action, text FROM event WHERE id = ? AND incident_id = ?", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, event_id);
	sqlite3_bind_int64(st, 2, incident_id);
	int rc = sqlite3_step(st);
	memset(out, 0, sizeof *out);
	if (rc == SQLITE_ROW) {
		out->id = event_id;
		out->incident_id = incident_id;
		out->at = sqlite3_column_int64(st, 0);
		out->about = sqlite3_column_int(st, 1);
		out->action = sqlite3_column_int(st, 2);
		out->text = st_text(st, 3);
		code = out->text ? GG_OK : gg_fail(err, GG_ESOFTWARE, "memori habis");
	} else if (rc == SQLITE_DONE) {
		code = gg_fail(err, GG_ENOTFOUND, "gangguan #%lld tidak mempunyai baris kronologi #%lld",
		               (long long)incident_id, (long long)event_id);
	} else {
		code = st_sqlerr(s, rc, "membaca kronologi", err);
	}
	sqlite3_finalize(st);
	if (!code) {
		sb_putc(json, '{');
		json_key_int(json, "event", event_id);
		json_key_int(json, "at", out->at);
		json_key_bool(json, "about", out->about);
		json_key_bool(json, "action", out->action);
		json_key_string(json, "text", out->text);
		sb_putc(json, '}');
	}
	return code;
}

int store_event_edit(store *s, int64_t incident_id, int64_t event_id, const event_edit *e,
                     const char *reason, gg_err *err)
{
	int code;
	if ((code = text_field_check(TF_REASON, reason, err)) ||
	    (e->text && (code = text_field_check(TF_EVENT, e->text, err))))
		return code;
	if ((code = st_begin(s, err)))
		return code;
	incident inc;
	event before, after;
	strbuf bj = STRBUF_INIT, aj = STRBUF_INIT;
	if ((code = load_for_edit(s, incident_id, 0, &inc, err)))
		return finish(s, code, err);
	const char *why;
	if (!(code = load_event(s, incident_id, event_id, &before, &bj, err))) {
		int64_t at = e->at ? e->at : before.at;
		if (lifecycle_event_time_ok(&inc.t, at, store_now(s), &why) < 0)
			code = gg_fail(err, GG_EDATA, "kronologi gangguan #%lld: %s", (long long)incident_id, why);
		else if ((!e->text || strcmp(e->text, before.text) == 0) && at == before.at &&
		         (e->about < 0 || e->about == before.about) && (e->action < 0 || e->action == before.action))
			code = gg_fail(err, GG_EDATA, "tidak ada yang berubah pada baris kronologi ini");
		sqlite3_stmt *st;
		if (!code && !(code = st_prepare(s, "UPDATE event SET at = ?1, about = ?2, action = ?3,"
		                                    " text = coalesce(?4, text) WHERE id = ?5", &st, err))) {
			sqlite3_bind_int64(st, 1, at);
			sqlite3_bind_int(st, 2, e->about < 0 ? before.about : e->about);
			sqlite3_bind_int(st, 3, e->action < 0 ? before.action : e->action);
			if (e->text)
				st_bind_text(st, 4, e->text);
			sqlite3_bind_int64(st, 5, event_id);
			int rc = sqlite3_step(st);
			sqlite3_finalize(st);
			if (rc != SQLITE_DONE)
				code = st_sqlerr(s, rc, "mengoreksi kronologi", err);
		}
		if (!code)
			code = bump_version(s, incident_id, inc.version, err);
		if (!code && !(code = load_event(s, incident_id, event_id, &after, &aj, err))) {
			code = audit_change(s, "event-edit", incident_id, &bj, &aj, reason, err);
			event_free(&after);
		}
		event_free(&before);
	}
	sb_free(&bj);
	sb_free(&aj);
	incident_free(&inc);
	return finish(s, code, err);
}

int store_event_delete(store *s, int64_t incident_id, int64_t event_id, const char *reason, gg_err *err)
{
	int code = text_field_check(TF_REASON, reason, err);
	if (code || (code = st_begin(s, err)))
		return code;
	incident inc;
	event before;
	strbuf bj = STRBUF_INIT, aj = STRBUF_INIT;
	if ((code = load_for_edit(s, incident_id, 0, &inc, err)))
		return finish(s, code, err);
	if (!(code = load_event(s, incident_id, event_id, &before, &bj, err))) {
		sqlite3_stmt *st;
		if (!(code = st_prepare(s, "DELETE FROM event WHERE id = ?", &st, err))) {
			sqlite3_bind_int64(st, 1, event_id);
			int rc = sqlite3_step(st);
			sqlite3_finalize(st);
			if (rc != SQLITE_DONE)
				code = st_sqlerr(s, rc, "menghapus kronologi", err);
		}
		if (!code)
			code = bump_version(s, incident_id, inc.version, err);
		if (!code) {
			sb_append(&aj, "null");
			code = audit_change(s, "event-delete", incident_id, &bj, &aj, reason, err);
		}
		event_free(&before);
	}
	sb_free(&bj);
	sb_free(&aj);
	incident_free(&inc);
	return finish(s, code, err);
}

int store_doc_withdraw(store *s, const char *number, const char *reason, int64_t *incident_id, gg_err *err)
{
	int code = text_field_check(TF_REASON, reason, err);
	if (code || (code = st_begin(s, err)))
		return code;
	document d;
	incident inc, after;
	if ((code = store_doc_by_number(s, number, &d, err)))
		return finish(s, code, err);
	if (d.withdrawn) {
		code = gg_fail(err, GG_EDATA, "%s sudah dibatalkan", d.number);
		document_free(&d);
		return finish(s, code, err);
	}
	if ((code = store_incident_get(s, d.incident_id, &inc, err))) {
		document_free(&d);
		return finish(s, code, err);
	}
	/* The letter of the last step only: withdrawing it undoes that step. */
	static const char *const undo_sql[] = {
		[DOC_OPENING] = "UPDATE incident SET state = 'reported', opened_at = NULL, restored_at = NULL,"
		                " version = version + 1 WHERE id = ?1 AND version = ?2",
		[DOC_CLOSING] = "UPDATE incident SET state = 'restored', closed_at = NULL, version = version + 1"
		                " WHERE id = ?1 AND version = ?2",
		[DOC_SINGLE] = "UPDATE incident SET state = 'restored', closed_at = NULL, version = version + 1"
		               " WHERE id = ?1 AND version = ?2",
	};
	int last = d.kind == DOC_OPENING ? (inc.state == ST_OPEN || inc.state == ST_RESTORED) : inc.state == ST_CLOSED;
	if (!last)
		code = gg_fail(err, GG_EDATA, "%s (%s) bukan berita acara langkah terakhir gangguan #%lld (%s); "
		               "batalkan berita acara yang terbit sesudahnya dahulu", d.number, doc_kind_title(d.kind),
		               (long long)inc.id, state_label(inc.state));
	sqlite3_stmt *st;
	if (!code && !(code = st_prepare(s, "INSERT INTO withdrawal(document_id, at, unix_user, reason)"
	                                    " VALUES (?, ?, ?, ?)", &st, err))) {
		sqlite3_bind_int64(st, 1, d.id);
		sqlite3_bind_int64(st, 2, store_now(s));
		st_bind_text(st, 3, s->user);
		st_bind_text(st, 4, reason);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			code = st_sqlerr(s, rc, "membatalkan berita acara", err);
	}
	if (!code && !(code = st_prepare(s, undo_sql[d.kind], &st, err))) {
		sqlite3_bind_int64(st, 1, inc.id);
		sqlite3_bind_int64(st, 2, inc.version);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			code = st_sqlerr(s, rc, "membatalkan berita acara", err);
		else if (sqlite3_changes(s->db) != 1)
			code = gg_fail(err, GG_EBUSY, "gangguan #%lld baru saja diubah oleh pengguna lain; ulangi",
			               (long long)inc.id);
	}
	if (!code && !(code = store_incident_get(s, inc.id, &after, err))) {
		strbuf b = STRBUF_INIT, a = STRBUF_INIT;
		st_incident_json(&b, &inc);
		sb_putc(&a, '{');
		json_key_string(&a, "number", d.number);
		json_key_string(&a, "kind", doc_kind_name(d.kind));
		json_key(&a, "incident");
		st_incident_json(&a, &after);
		json_key_string(&a, "reason", reason);
		sb_putc(&a, '}');
		code = sb_failed(&a) || sb_failed(&b) ? gg_fail(err, GG_ESOFTWARE, "memori habis")
		                                      : st_audit(s, "withdraw", inc.id, sb_str(&b), sb_str(&a), err);
		sb_free(&a);
		sb_free(&b);
		incident_free(&after);
	}
	if (!code && incident_id)
		*incident_id = inc.id;
	incident_free(&inc);
	document_free(&d);
	return finish(s, code, err);
}
