/* The incidents that may have hit each tender (store_tender.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "store_internal.h"
#include "store_tender.h"

/* A window meets a stage as store_hits() has it: the stage ends at or
 * after the start, and starts before the restore (or the incident is not
 * restored).  The longest window bounds how far before a stage an
 * incident may start, so that each stage reads a range of the start
 * index rather than every incident. */
#define CANDIDATES \
	"WITH w(longest) AS (SELECT coalesce(max(coalesce(restored_at, ?2) - started_at), 0) FROM incident" \
	"   WHERE state <> 'void')" \
	" SELECT g.tender_id, i.id FROM stage g, w JOIN incident i" \
	"   ON i.started_at <= g.end_at AND i.started_at >= g.start_at - w.longest" \
	"  AND (i.restored_at IS NULL OR g.start_at < i.restored_at)" \
	" WHERE i.state <> 'void' %s" \
	" UNION SELECT tender_id, incident_id FROM hit %s" \
	" ORDER BY 1, 2"

int store_tender_incidents(store *s, int64_t tender_id, tender_incident_list *out, gg_err *err)
{
	char sql[1024];
	memset(out, 0, sizeof *out);
	/* one statement per case: "?1 = 0 OR" would keep SQLite off the index */
	snprintf(sql, sizeof sql, CANDIDATES, tender_id ? "AND g.tender_id = ?1" : "",
	         tender_id ? "WHERE tender_id = ?1" : "");
	sqlite3_stmt *st;
	int code = st_prepare(s, sql, &st, err);
	if (code)
		return code;
	if (tender_id)
		sqlite3_bind_int64(st, 1, tender_id);
	sqlite3_bind_int64(st, 2, store_now(s));
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		tender_incident *v = grow_array(out->v, &out->cap, out->n, sizeof *v);
		if (!v) {
			code = gg_fail(err, GG_ESOFTWARE, "memori habis");
			break;
		}
		out->v = v;
		out->v[out->n++] = (tender_incident){ sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1) };
	}
	if (!code && rc != SQLITE_DONE)
		code = st_sqlerr(s, rc, "membaca gangguan yang mengenai tender", err);
	sqlite3_finalize(st);
	if (code)
		tender_incident_list_free(out);
	return code;
}

void tender_incident_list_free(tender_incident_list *l)
{
	free(l->v);
	memset(l, 0, sizeof *l);
}
