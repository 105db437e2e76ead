/* Issued documents, their numbering, and the lifecycle steps that issue
 * them (open, close). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docnum.h"
#include "grow.h"
#include "idtime.h"
#include "json.h"
#include "sha256.h"
#include "store_internal.h"

#define DOCUMENT_COLUMNS \
	"id, incident_id, kind, year, seq, month, number, issued_at, text, sha256, doc_values, revokes," \
	" w.at, w.unix_user, w.reason"
/* Every document with its withdrawal, if any. */
#define DOCUMENT_FROM " FROM document LEFT JOIN withdrawal w ON w.document_id = document.id"

static int read_document(sqlite3_stmt *st, document *d)
{
	memset(d, 0, sizeof *d);
	d->id = sqlite3_column_int64(st, 0);
	d->incident_id = sqlite3_column_int64(st, 1);
	if (doc_kind_from_name((const char *)sqlite3_column_text(st, 2), &d->kind) < 0)
		d->kind = DOC_OPENING;
	d->year = sqlite3_column_int(st, 3);
	d->seq = sqlite3_column_int(st, 4);
	d->month = sqlite3_column_int(st, 5);
	d->number = st_text(st, 6);
	d->issued = sqlite3_column_int64(st, 7);
	d->text = st_text(st, 8);
	d->sha256 = st_text(st, 9);
	d->values = st_text(st, 10);
	d->revokes = sqlite3_column_int64(st, 11);
	if (sqlite3_column_type(st, 12) != SQLITE_NULL) {
		d->withdrawn = sqlite3_column_int64(st, 12);
		d->withdrawn_by = st_text(st, 13);
		d->withdrawn_reason = st_text(st, 14);
		if (!d->withdrawn_by || !d->withdrawn_reason) {
			document_free(d);
			return -1;
		}
	}
	if (!d->number || !d->text || !d->sha256 || !d->values) {
		document_free(d);
		return -1;
	}
	return 0;
}

/* Runs a prepared query that yields at most one document. */
static int one_document(store *s, sqlite3_stmt *st, document *out, const char *missing, gg_err *err)
{
	int code = GG_OK;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		code = read_document(st, out) ? gg_fail(err, GG_ESOFTWARE, "memori habis") : GG_OK;
	else if (rc == SQLITE_DONE)
		code = gg_fail(err, GG_ENOTFOUND, "%s", missing);
	else
		code = st_sqlerr(s, rc, "membaca dokumen", err);
	sqlite3_finalize(st);
	return code;
}

int store_doc_by_number(store *s, const char *number, document *out, gg_err *err)
{
	char canon[256], missing[400];
	sqlite3_stmt *st;
	docnum_canon(number, canon, sizeof canon);
	int code = st_prepare(s, "SELECT " DOCUMENT_COLUMNS DOCUMENT_FROM " WHERE number_canon = ?", &st, err);
	if (code)
		return code;
	st_bind_text(st, 1, canon);
	snprintf(missing, sizeof missing, "tidak ada dokumen bernomor %s", number);
	return one_document(s, st, out, missing, err);
}

int store_doc_by_incident(store *s, int64_t incident_id, doc_kind kind, document *out, gg_err *err)
{
	char missing[200];
	sqlite3_stmt *st;
	/* the letter in force: a withdrawn one is history */
	int code = st_prepare(s, "SELECT " DOCUMENT_COLUMNS DOCUMENT_FROM
	                         " WHERE incident_id = ? AND kind = ? AND w.document_id IS NULL", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, incident_id);
	sqlite3_bind_text(st, 2, doc_kind_name(kind), -1, SQLITE_STATIC);
	snprintf(missing, sizeof missing, "gangguan #%lld belum mempunyai %s", (long long)incident_id,
	         doc_kind_title(kind));
	return one_document(s, st, out, missing, err);
}

int store_doc_by_id(store *s, int64_t doc_id, document *out, gg_err *err)
{
	char missing[100];
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT " DOCUMENT_COLUMNS DOCUMENT_FROM " WHERE id = ?", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, doc_id);
	snprintf(missing, sizeof missing, "dokumen #%lld tidak ada", (long long)doc_id);
	return one_document(s, st, out, missing, err);
}

/* The register's lines, one statement per case: "?1 = 0 OR year = ?1"
 * would keep SQLite off the indexes and make one incident's two letters
 * a scan of every document (EXPLAIN QUERY PLAN in test_store.c).  The
 * text and values are not read, and the revoked letter's number comes
 * by its primary key (no search of the list per row). */
#define DOC_ROW_SQL \
	"SELECT d.id, d.incident_id, d.kind, d.year, d.seq, d.month, d.number, d.issued_at, d.sha256," \
	" d.revokes, r.number, w.at, w.unix_user, w.reason FROM document d" \
	" LEFT JOIN document r ON r.id = d.revokes LEFT JOIN withdrawal w ON w.document_id = d.id"
static const char *const doc_row_sql[2][2] = {
	{ DOC_ROW_SQL " ORDER BY d.year, d.seq",
	  DOC_ROW_SQL " WHERE d.incident_id = ?2 ORDER BY d.year, d.seq" },
	{ DOC_ROW_SQL " WHERE d.year = ?1 ORDER BY d.year, d.seq",
	  /* "+": an incident's few letters, not its year's, then the year */
	  DOC_ROW_SQL " WHERE d.incident_id = ?2 AND +d.year = ?1 ORDER BY d.year, d.seq" },
};

const char *st_doc_rows_sql(int by_year, int by_incident)
{
	return doc_row_sql[!!by_year][!!by_incident];
}

/* A row's strings point into the statement: valid until its next step. */
static int borrow_doc_row(sqlite3_stmt *st, doc_row *r)
{
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(st, 0);
	r->incident_id = sqlite3_column_int64(st, 1);
	if (doc_kind_from_name((const char *)sqlite3_column_text(st, 2), &r->kind) < 0)
		r->kind = DOC_OPENING;
	r->year = sqlite3_column_int(st, 3);
	r->seq = sqlite3_column_int(st, 4);
	r->month = sqlite3_column_int(st, 5);
	r->number = (char *)sqlite3_column_text(st, 6);
	r->issued = sqlite3_column_int64(st, 7);
	r->sha256 = (char *)sqlite3_column_text(st, 8);
	r->revokes = sqlite3_column_int64(st, 9);
	/* NULL when the letter it names is missing (check reports that) */
	r->revokes_number = (char *)sqlite3_column_text(st, 10);
	if (!r->revokes_number && sqlite3_column_type(st, 10) != SQLITE_NULL)
		return -1;
	if (sqlite3_column_type(st, 11) != SQLITE_NULL) {
		r->withdrawn = sqlite3_column_int64(st, 11);
		r->withdrawn_by = (char *)sqlite3_column_text(st, 12);
		r->withdrawn_reason = (char *)sqlite3_column_text(st, 13);
		if (!r->withdrawn_by || !r->withdrawn_reason)
			return -1;
	}
	return r->number && r->sha256 ? 0 : -1;
}

int store_doc_rows(store *s, int year, int64_t incident_id, doc_row_fn fn, void *ctx, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, st_doc_rows_sql(year, incident_id != 0), &st, err);
	if (code)
		return code;
	if (year)
		sqlite3_bind_int(st, 1, year);
	if (incident_id)
		sqlite3_bind_int64(st, 2, incident_id);
	int rc;
	doc_row r;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (borrow_doc_row(st, &r) < 0) {
			code = gg_fail(err, GG_ESOFTWARE, "memori habis");
			break;
		}
		if ((code = fn(ctx, &r, err)))
			break;
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca daftar dokumen", err);
	sqlite3_finalize(st);
	return code;
}

static char *copy_or_null(const char *t)
{
	return t ? strdup(t) : NULL;
}

static int collect_doc_row(void *ctx, const doc_row *r, gg_err *err)
{
	doc_row_list *out = ctx;
	doc_row *v = grow_array(out->v, &out->cap, out->n, sizeof *v);
	if (!v)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	out->v = v;
	doc_row *c = &out->v[out->n];
	*c = *r;
	c->number = strdup(r->number);
	c->sha256 = strdup(r->sha256);
	c->revokes_number = copy_or_null(r->revokes_number);
	c->withdrawn_by = copy_or_null(r->withdrawn_by);
	c->withdrawn_reason = copy_or_null(r->withdrawn_reason);
	out->n++;
	if (!c->number || !c->sha256 || (r->revokes_number && !c->revokes_number) ||
	    (r->withdrawn_by && !c->withdrawn_by) || (r->withdrawn_reason && !c->withdrawn_reason))
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	return GG_OK;
}

int store_docs(store *s, int year, int64_t incident_id, doc_row_list *out, gg_err *err)
{
	memset(out, 0, sizeof *out);
	int code = store_doc_rows(s, year, incident_id, collect_doc_row, out, err);
	if (code)
		doc_row_list_free(out);
	return code;
}

static int query_int(store *s, const char *sql, int64_t a, int *out, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, sql, &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, a);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(st, 0);
	else
		code = st_sqlerr(s, rc, "membaca penomoran", err);
	sqlite3_finalize(st);
	return code;
}

/* The next number of a year: the counter when there is one, else one past
 * the highest issued (1 for a new year). */
int store_counter_next(store *s, int year, int *next, gg_err *err)
{
	return query_int(s,
		"SELECT coalesce((SELECT next_seq FROM doc_counter WHERE year = ?1),"
		" (SELECT max(seq) + 1 FROM document WHERE year = ?1), 1)", year, next, err);
}

int store_counter_set(store *s, int year, int next, gg_err *err)
{
	return store_counter_jump(s, year, next, NULL, err);
}

int store_counter_jump(store *s, int year, int next, const char *reason, gg_err *err)
{
	int code, by_hand = 0, highest = 0, before = 0;
	if (reason && (code = st_check_text("alasan", reason, 1, 500, err)))
		return code;
	if (year < 1970 || year > 9999)
		return gg_fail(err, GG_EUSAGE, "tahun %d tidak masuk akal", year);
	if (next < 1 || next > DOCNUM_SEQ_MAX)
		return gg_fail(err, GG_EUSAGE, "nomor berikutnya harus 1 sampai %d, bukan %d", DOCNUM_SEQ_MAX, next);
	if ((code = st_begin(s, err)))
		return code;
	if ((code = query_int(s, "SELECT count(*) FROM doc_counter WHERE year = ? AND set_by_hand = 1",
	                      year, &by_hand, err)) ||
	    (code = query_int(s, "SELECT coalesce(max(seq), 0) FROM document WHERE year = ?", year,
	                      &highest, err)) ||
	    (code = store_counter_next(s, year, &before, err)))
		goto fail;
	if (by_hand) {
		code = gg_fail(err, GG_EDATA, "nomor berikutnya tahun %d sudah pernah diatur; hanya boleh "
		               "sekali (saat pindah dari buku agenda kertas)", year);
		goto fail;
	}
	if (next <= highest) {
		code = gg_fail(err, GG_EDATA, "nomor %d sudah terbit tahun %d; nomor berikutnya paling kecil %d",
		               highest, year, highest + 1);
		goto fail;
	}
	/* Numbers of the year already issued here: the ones skipped must be
	 * explained, or check could not tell them from numbers gone missing. */
	if (highest && !reason && next > before) {
		code = gg_fail(err, GG_EUSAGE, "nomor tahun %d sudah terbit sampai %03d: melompat ke %03d perlu "
		               "alasan (--reason), yang dicatat di audit agar check membedakannya dari nomor hilang",
		               year, highest, next);
		goto fail;
	}
	sqlite3_stmt *st;
	if ((code = st_prepare(s, "INSERT INTO doc_counter(year, next_seq, set_by_hand) VALUES (?1, ?2, 1)"
	                          " ON CONFLICT(year) DO UPDATE SET next_seq = ?2, set_by_hand = 1",
	                       &st, err)))
		goto fail;
	sqlite3_bind_int(st, 1, year);
	sqlite3_bind_int(st, 2, next);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		code = st_sqlerr(s, rc, "mengatur penomoran", err);
		goto fail;
	}
	strbuf b = STRBUF_INIT, a = STRBUF_INIT;
	sb_putc(&b, '{');
	json_key_int(&b, "year", year);
	json_key_int(&b, "next", before);
	sb_putc(&b, '}');
	sb_putc(&a, '{');
	json_key_int(&a, "year", year);
	json_key_int(&a, "next", next);
	if (reason)
		json_key_string(&a, "reason", reason);
	sb_putc(&a, '}');
	code = sb_failed(&a) || sb_failed(&b) ? gg_fail(err, GG_ESOFTWARE, "memori habis")
	                                      : st_audit(s, "number-set", 0, sb_str(&b), sb_str(&a), err);
	sb_free(&a);
	sb_free(&b);
	if (code)
		goto fail;
	return st_commit(s, err);
fail:
	st_rollback(s);
	return code;
}

/* Numbers follow the order of their dates in the agenda book: a document
 * dated before the last one issued that year would get a higher number
 * with an earlier date, which an auditor reads as a backdated letter. */
const char st_issue_order_sql[] = "SELECT number, issued_at FROM document WHERE year = ?"
                                  " ORDER BY issued_at DESC LIMIT 1";

static int check_issue_order(store *s, int year, int64_t at, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, st_issue_order_sql, &st, err);
	if (code)
		return code;
	sqlite3_bind_int(st, 1, year);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_int64(st, 1) > at) {
		char when[64];
		civil c;
		civil_from_utc(sqlite3_column_int64(st, 1), zone_from_offset(s->utc_offset), &c);
		snprintf(when, sizeof when, "%04d-%02d-%02d %02d:%02d", c.year, c.month, c.day, c.hour,
		         c.minute);
		code = gg_fail(err, GG_EDATA,
		               "dokumen %s sudah terbit pada %s; dokumen baru tidak boleh bertanggal "
		               "lebih awal (nomor harus urut menurut tanggal)",
		               (const char *)sqlite3_column_text(st, 0), when);
	} else if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		code = st_sqlerr(s, rc, "membaca penomoran", err);
	}
	sqlite3_finalize(st);
	return code;
}

/* Allocates the next number of the issue's year, asks the caller to
 * render the document, and (unless preview) stores it and advances the
 * counter.  Runs inside the caller's transaction. */
/* What the operator confirmed is what is issued: the letter rendered now,
 * inside the write transaction, against the one previewed.  A difference
 * is someone else's write since (a number taken, a chronology line, the
 * time or the config), so it is "try again" with the new preview. */
static int same_as_seen(const document *made, const doc_seen *seen, gg_err *err)
{
	if (seen->number && strcmp(seen->number, made->number) != 0)
		return gg_fail(err, GG_EBUSY,
		               "nomor %s yang dipratinjau sudah diterbitkan operator lain; %s ini kini "
		               "bernomor %s: periksa pratinjau baru lalu terbitkan (coba lagi)",
		               seen->number, doc_kind_title(made->kind), made->number);
	if (seen->text && strcmp(seen->text, made->text) != 0)
		return gg_fail(err, GG_EBUSY,
		               "isi %s No. %s berubah sejak pratinjau (kronologi, waktu atau konfigurasi); "
		               "periksa pratinjau baru lalu terbitkan (coba lagi)",
		               doc_kind_title(made->kind), made->number);
	return GG_OK;
}

static int render_document(store *s, const incident *inc, doc_kind kind, int64_t at,
                           doc_render_fn render, void *ctx, int preview, const doc_seen *seen,
                           document *made, gg_err *err)
{
	civil c;
	event_list events;
	document opening;
	int have_opening = 0;
	char *number = NULL, *text = NULL, *values = NULL;
	int code;

	memset(made, 0, sizeof *made);
	/* The number takes the year and month of the issue in the unit's zone. */
	int64_t local = at + s->utc_offset;
	civil_from_days(local >= 0 ? local / 86400 : -((-local + 86399) / 86400), &c.year, &c.month, &c.day);
	if ((code = store_events(s, inc->id, &events, err)))
		return code;
	if (kind == DOC_CLOSING) {
		code = store_doc_by_incident(s, inc->id, DOC_OPENING, &opening, err);
		if (code)
			goto out;
		have_opening = 1;
	}
	doc_request req = {
		.kind = kind, .inc = inc, .events = &events,
		.revokes = have_opening ? &opening : NULL,
		.year = c.year, .month = c.month, .issued = at,
	};
	if ((code = check_issue_order(s, c.year, at, err)))
		goto out;
	if ((code = store_counter_next(s, c.year, &req.seq, err)))
		goto out;
	if ((code = render(ctx, &req, &number, &text, &values, err)))
		goto out;
	if (!number || !*number || !text || !*text) {
		code = gg_fail(err, GG_ESOFTWARE, "dokumen kosong dihasilkan");
		goto out;
	}
	made->kind = kind;
	made->incident_id = inc->id;
	made->year = c.year;
	made->month = c.month;
	made->seq = req.seq;
	made->issued = at;
	made->revokes = have_opening ? opening.id : 0;
	made->number = number;
	made->text = text;
	made->values = values ? values : strdup("{}");
	number = text = values = NULL;
	made->sha256 = malloc(SHA256_HEX_LEN + 1);
	if (!made->values || !made->sha256) {
		code = gg_fail(err, GG_ESOFTWARE, "memori habis");
		goto out;
	}
	sha256_hex(made->text, strlen(made->text), made->sha256);
	if (preview)
		goto out;
	if (seen && (code = same_as_seen(made, seen, err)))
		goto out;

	char canon[256];
	docnum_canon(made->number, canon, sizeof canon);
	int taken = 0;
	sqlite3_stmt *st;
	if ((code = st_prepare(s, "SELECT count(*) FROM document WHERE number_canon = ?", &st, err)))
		goto out;
	st_bind_text(st, 1, canon);
	if (sqlite3_step(st) == SQLITE_ROW)
		taken = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (taken) {
		code = gg_fail(err, GG_EDATA, "nomor %s sudah dipakai dokumen lain; periksa format nomor di "
		               "konfigurasi", made->number);
		goto out;
	}
	if ((code = st_prepare(s,
		"INSERT INTO document(incident_id, kind, year, month, seq, number, number_canon, issued_at,"
		" text, sha256, doc_values, revokes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &st, err)))
		goto out;
	sqlite3_bind_int64(st, 1, inc->id);
	sqlite3_bind_text(st, 2, doc_kind_name(kind), -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, made->year);
	sqlite3_bind_int(st, 4, made->month);
	sqlite3_bind_int(st, 5, made->seq);
	st_bind_text(st, 6, made->number);
	st_bind_text(st, 7, canon);
	sqlite3_bind_int64(st, 8, at);
	st_bind_text(st, 9, made->text);
	st_bind_text(st, 10, made->sha256);
	st_bind_text(st, 11, made->values);
	if (made->revokes)
		sqlite3_bind_int64(st, 12, made->revokes);
	else
		sqlite3_bind_null(st, 12);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		code = st_sqlerr(s, rc, "menyimpan dokumen", err);
		goto out;
	}
	made->id = sqlite3_last_insert_rowid(s->db);
	if ((code = st_prepare(s, "INSERT INTO doc_counter(year, next_seq) VALUES (?1, ?2)"
	                          " ON CONFLICT(year) DO UPDATE SET next_seq = ?2", &st, err)))
		goto out;
	sqlite3_bind_int(st, 1, made->year);
	sqlite3_bind_int(st, 2, made->seq + 1);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		code = st_sqlerr(s, rc, "memajukan penomoran", err);
		goto out;
	}
	strbuf a = STRBUF_INIT;
	sb_putc(&a, '{');
	json_key_int(&a, "document", made->id);
	json_key_string(&a, "kind", doc_kind_name(kind));
	json_key_string(&a, "number", made->number);
	json_key_string(&a, "sha256", made->sha256);
	if (made->revokes)
		json_key_int(&a, "revokes", made->revokes);
	sb_putc(&a, '}');
	code = st_audit(s, "issue", inc->id, "", sb_str(&a), err);
	sb_free(&a);
out:
	free(number);
	free(text);
	free(values);
	if (code)
		document_free(made);
	if (have_opening)
		document_free(&opening);
	event_list_free(&events);
	return code;
}

/* Which document a step issues: opening one on open (pair style only);
 * on close, a closing one that revokes the opening one, or the single
 * report when the incident was opened without one. */
static int step_document_kind(store *s, const incident *inc, incident_step step, doc_kind *kind,
                              gg_err *err)
{
	if (step == STEP_OPEN) {
		*kind = DOC_OPENING;
		return GG_OK;
	}
	int openings = 0;
	int code = query_int(s, "SELECT count(*) FROM document WHERE incident_id = ? AND kind = 'opening'"
	                        " AND id NOT IN (SELECT document_id FROM withdrawal)", inc->id, &openings, err);
	*kind = openings ? DOC_CLOSING : DOC_SINGLE;
	return code;
}

int store_incident_issue(store *s, incident_step step, int64_t id, int64_t expect, int64_t at,
                         const doc_seen *seen, doc_render_fn render, void *ctx, document *issued,
                         gg_err *err)
{
	incident inc;
	incident_state to;
	document made;
	doc_kind kind;
	if (step != STEP_OPEN && step != STEP_CLOSE)
		return gg_fail(err, GG_ESOFTWARE, "langkah %s tidak menerbitkan dokumen", step_name(step));
	int code = st_begin(s, err);
	if (code)
		return code;
	/* "now" once the lock is ours: any letter issued before is older */
	if (!at)
		at = store_now(s);
	if ((code = st_step_check(s, id, expect, step, at, &inc, &to, err))) {
		st_rollback(s);
		return code;
	}
	memset(&made, 0, sizeof made);
	if (render) {
		code = step_document_kind(s, &inc, step, &kind, err);
		if (!code)
			code = render_document(s, &inc, kind, at, render, ctx, 0, seen, &made, err);
	}
	if (!code)
		code = st_apply_step(s, &inc, step, to, at, NULL, err);
	incident_free(&inc);
	if (!code)
		code = st_commit(s, err);
	else
		st_rollback(s);
	if (!code && issued)
		*issued = made;
	else
		document_free(&made);
	return code;
}

int store_incident_open(store *s, int64_t id, int64_t expect, int64_t at, doc_render_fn render,
                        void *ctx, document *issued, gg_err *err)
{
	return store_incident_issue(s, STEP_OPEN, id, expect, at, NULL, render, ctx, issued, err);
}

int store_incident_close(store *s, int64_t id, int64_t expect, int64_t at, doc_render_fn render,
                         void *ctx, document *issued, gg_err *err)
{
	return store_incident_issue(s, STEP_CLOSE, id, expect, at, NULL, render, ctx, issued, err);
}

int store_doc_preview(store *s, int64_t id, doc_kind kind, int64_t at, doc_render_fn render,
                      void *ctx, char **number, char **text, gg_err *err)
{
	incident inc;
	document made;
	/* A read transaction, so that the number and the chronology are one
	 * consistent snapshot; nothing is written. */
	int rc = sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return st_sqlerr(s, rc, "membaca basis data", err);
	if (!at)
		at = store_now(s);
	int code = store_incident_get(s, id, &inc, err);
	if (!code) {
		if (kind == DOC_CLOSING || kind == DOC_SINGLE) {
			doc_kind k;
			code = step_document_kind(s, &inc, STEP_CLOSE, &k, err);
			kind = code ? kind : k;
		}
		if (!code)
			code = render_document(s, &inc, kind, at, render, ctx, 1, NULL, &made, err);
		incident_free(&inc);
	}
	st_rollback(s);
	if (code)
		return code;
	*number = made.number;
	*text = made.text;
	made.number = made.text = NULL;
	document_free(&made);
	return GG_OK;
}
