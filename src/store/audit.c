/* The audit trail (read side) and the health check. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "sha256.h"
#include "store_internal.h"

/* One statement per case: "?1 = 0 OR incident_id = ?1" would keep SQLite
 * off audit_by_incident, and one incident's rows a scan of the trail. */
#define AUDIT_SQL \
	"SELECT id, at, unix_user, client, action, coalesce(incident_id, 0), before, after, operator FROM audit"
static const char *const audit_sql[2] = {
	AUDIT_SQL " ORDER BY id",
	AUDIT_SQL " WHERE incident_id = ?1 ORDER BY id",
};

const char *st_audit_sql(int by_incident)
{
	return audit_sql[!!by_incident];
}

static const char *col_text(sqlite3_stmt *st, int i)
{
	const char *t = (const char *)sqlite3_column_text(st, i);
	return t ? t : "";
}

int store_audit_each(store *s, int64_t incident_id, int (*fn)(void *ctx, const audit_entry *a), void *ctx,
                     gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, st_audit_sql(incident_id != 0), &st, err);
	if (code)
		return code;
	if (incident_id)
		sqlite3_bind_int64(st, 1, incident_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		/* the texts point into the statement's row: valid during fn only */
		audit_entry a = {
			.id = sqlite3_column_int64(st, 0),
			.at = sqlite3_column_int64(st, 1),
			.user = (char *)col_text(st, 2),
			.client = (char *)col_text(st, 3),
			.action = (char *)col_text(st, 4),
			.incident_id = sqlite3_column_int64(st, 5),
			.before = (char *)col_text(st, 6),
			.after = (char *)col_text(st, 7),
			.operator_name = (char *)col_text(st, 8),
		};
		if (sqlite3_errcode(s->db) == SQLITE_NOMEM) {
			code = gg_fail(err, GG_ESOFTWARE, "memori habis");
			break;
		}
		if ((code = fn(ctx, &a)))
			break;
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca jejak audit", err);
	sqlite3_finalize(st);
	return code;
}

typedef struct audit_collect {
	audit_list *out;
	gg_err *err;
} audit_collect;

static char *dup_text(const char *t)
{
	return strdup(t ? t : "");
}

static int collect_entry(void *ctx, const audit_entry *a)
{
	audit_collect *c = ctx;
	audit_list *out = c->out;
	audit_entry *v = grow_array(out->v, &out->cap, out->n, sizeof *v);
	if (!v)
		return gg_fail(c->err, GG_ESOFTWARE, "memori habis");
	out->v = v;
	audit_entry *e = &out->v[out->n++];
	*e = (audit_entry){ .id = a->id, .at = a->at, .incident_id = a->incident_id };
	e->user = dup_text(a->user);
	e->client = dup_text(a->client);
	e->action = dup_text(a->action);
	e->before = dup_text(a->before);
	e->after = dup_text(a->after);
	e->operator_name = dup_text(a->operator_name);
	if (!e->operator_name || !e->user || !e->client || !e->action || !e->before || !e->after)
		return gg_fail(c->err, GG_ESOFTWARE, "memori habis");
	return 0;
}

int store_audit(store *s, int64_t incident_id, audit_list *out, gg_err *err)
{
	memset(out, 0, sizeof *out);
	audit_collect c = { out, err };
	int code = store_audit_each(s, incident_id, collect_entry, &c, err);
	if (code)
		audit_list_free(out);
	return code;
}

void st_finding(check_sink *k, const char *fmt, ...)
{
	char line[1600];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	k->emit(k->ctx, line);
	k->count++;
}

int st_check_integrity(store *s, check_sink *k, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "PRAGMA integrity_check", &st, err);
	if (code)
		return code;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *r = (const char *)sqlite3_column_text(st, 0);
		if (r && strcmp(r, "ok") != 0)
			st_finding(k, "integrity_check: %s", r);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_sqlerr(s, rc, "integrity_check", err);
	if ((code = st_prepare(s, "PRAGMA foreign_key_check", &st, err)))
		return code;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		st_finding(k, "foreign_key_check: baris %lld tabel %s merujuk %s yang tidak ada",
		        (long long)sqlite3_column_int64(st, 1), sqlite3_column_text(st, 0),
		        sqlite3_column_text(st, 2));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? GG_OK : st_sqlerr(s, rc, "foreign_key_check", err);
}

/* A jump the audit explains: `number --set` moved the year's counter from
 * `from` (the number after the last issued) to `to`. */
static int explained_jump(store *s, int year, int from, int to, int *yes, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT 1 FROM audit WHERE action = 'number-set'"
	                         " AND json_valid(before) AND json_valid(after)"
	                         " AND json_extract(after, '$.year') = ?1 AND json_extract(before, '$.next') = ?2"
	                         " AND json_extract(after, '$.next') = ?3 LIMIT 1", &st, err);
	if (code)
		return code;
	sqlite3_bind_int(st, 1, year);
	sqlite3_bind_int(st, 2, from);
	sqlite3_bind_int(st, 3, to);
	int rc = sqlite3_step(st);
	*yes = rc == SQLITE_ROW;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? GG_OK : st_sqlerr(s, rc, "memeriksa penomoran", err);
}

/* Gaps and duplicates in each year's sequence, counted from the first
 * number issued by this program that year (earlier ones are on paper);
 * a gap `number --set` made, with its audit row, is explained. */
static int check_numbering(store *s, check_sink *k, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT year, seq, count(*) FROM document GROUP BY year, seq ORDER BY year, seq",
	                      &st, err);
	if (code)
		return code;
	int rc, year = 0, prev = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int y = sqlite3_column_int(st, 0), q = sqlite3_column_int(st, 1), n = sqlite3_column_int(st, 2);
		if (n > 1)
			st_finding(k, "penomoran %d: nomor urut %03d dipakai %d dokumen", y, q, n);
		int explained = 0;
		if (y == year && q > prev + 1 && (code = explained_jump(s, y, prev + 1, q, &explained, err)))
			break;
		if (y == year && q > prev + 1 && !explained) {
			if (q == prev + 2)
				st_finding(k, "penomoran %d: nomor urut %03d hilang", y, prev + 1);
			else
				st_finding(k, "penomoran %d: nomor urut %03d sampai %03d hilang", y, prev + 1, q - 1);
		}
		year = y;
		prev = q;
	}
	sqlite3_finalize(st);
	if (code)
		return code;
	if (rc != SQLITE_DONE)
		return st_sqlerr(s, rc, "memeriksa penomoran", err);
	if ((code = st_prepare(s, "SELECT c.year, c.next_seq, max(d.seq) FROM doc_counter c"
	                          " JOIN document d ON d.year = c.year GROUP BY c.year"
	                          " HAVING c.next_seq <= max(d.seq)", &st, err)))
		return code;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		st_finding(k, "penomoran %d: nomor berikutnya %03d tidak melewati nomor terbit %03d",
		        sqlite3_column_int(st, 0), sqlite3_column_int(st, 1), sqlite3_column_int(st, 2));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? GG_OK : st_sqlerr(s, rc, "memeriksa penomoran", err);
}

/* Every frozen text still matches the fingerprint taken at issue. */
int st_check_fingerprints(store *s, check_sink *k, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, "SELECT number, text, sha256 FROM document ORDER BY year, seq", &st, err);
	if (code)
		return code;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char hex[SHA256_HEX_LEN + 1];
		const void *text = sqlite3_column_blob(st, 1);
		sha256_hex(text ? text : "", (size_t)sqlite3_column_bytes(st, 1), hex);
		const char *kept = (const char *)sqlite3_column_text(st, 2);
		if (!kept || strcmp(kept, hex) != 0)
			st_finding(k, "dokumen %s: teks tidak lagi cocok dengan sidik SHA-256 saat terbit",
			        sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? GG_OK : st_sqlerr(s, rc, "memeriksa sidik dokumen", err);
}

int store_check(store *s, void (*emit)(void *ctx, const char *finding), void *ctx, gg_err *err)
{
	check_sink k = { emit, ctx, 0 };
	int code = sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL);
	if (code != SQLITE_OK)
		return st_sqlerr(s, code, "membaca basis data", err), -1;
	if ((code = st_check_integrity(s, &k, err)) == GG_OK &&
	    (code = check_numbering(s, &k, err)) == GG_OK &&
	    (code = st_check_fingerprints(s, &k, err)) == GG_OK)
		code = st_check_chain(s, &k, err);
	st_rollback(s);
	return code ? -1 : k.count;
}
