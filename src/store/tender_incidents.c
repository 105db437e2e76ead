/* The incidents that may have hit each tender (store_tender.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "store_internal.h"
#include "store_tender.h"

/* A window meets a stage as store_hits() has it: the stage ends at or
 * after the start, and starts before the restore (or the incident is not
 * restored).  Restored incidents are found by start, as far back before
 * the stage as the longest restored incident (an index on the length,
 * migration 11); incidents not restored yet by their own index, every
 * one that started before the stage ends.  Neither reads the whole
 * incident table, at any size. */
#define CANDIDATES \
	"SELECT g.tender_id, i.id FROM stage g JOIN incident i" \
	"   ON i.started_at <= g.end_at AND i.restored_at IS NOT NULL AND i.state <> 'void'" \
	"  AND i.started_at >= g.start_at - coalesce((SELECT max(restored_at - started_at) FROM incident" \
	"   WHERE restored_at IS NOT NULL AND state <> 'void'), 0)" \
	"  AND g.start_at < i.restored_at %s" \
	" UNION SELECT g.tender_id, i.id FROM stage g JOIN incident i" \
	"   ON i.started_at <= g.end_at AND i.restored_at IS NULL AND i.state <> 'void' %s" \
	" UNION SELECT tender_id, incident_id FROM hit %s" \
	" ORDER BY 1, 2"

const char *st_tender_incidents_sql(int one, char *buf, size_t n)
{
	/* one statement per case: "?1 = 0 OR" would keep SQLite off the index */
	snprintf(buf, n, CANDIDATES, one ? "WHERE g.tender_id = ?1" : "", one ? "WHERE g.tender_id = ?1" : "",
	         one ? "WHERE tender_id = ?1" : "");
	return buf;
}

int store_tender_incidents(store *s, int64_t tender_id, tender_incident_list *out, gg_err *err)
{
	char sql[1536];
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st;
	int code = st_prepare(s, st_tender_incidents_sql(tender_id != 0, sql, sizeof sql), &st, err);
	if (code)
		return code;
	if (tender_id)
		sqlite3_bind_int64(st, 1, tender_id);
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
