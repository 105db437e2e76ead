/* The recap (rekap) a head of LPSE hands in: per month of a period, or per
 * cause, the incidents, the time down (overlapping incidents counted once),
 * the availability, the longest outage, the mean time to restore, the
 * letters issued, the tenders hit and the decisions by remedy.  An
 * incident across a month boundary is split between the months; one still
 * open counts up to `now` and is marked; a void one is not counted.
 * Pure: the caller loads the records. */
#ifndef RECAP_H
#define RECAP_H

#include <stddef.h>
#include <stdint.h>

#include "remedy.h"

typedef struct recap_incident {
	int64_t id;
	const char *cause;       /* a cause code */
	int64_t start;
	int64_t restored;        /* 0: not yet (counted up to now) */
	size_t hits;             /* tenders confirmed hit */
	size_t decisions[REMEDY__COUNT];   /* latest decision per tender, by remedy */
} recap_incident;

typedef struct recap_row {
	char label[48];          /* "2026-11", or the cause's label */
	int64_t from, until;     /* the period, UTC */
	size_t incidents;        /* incidents down during the period */
	int64_t down_s;          /* time down in the period, overlaps once */
	double availability;     /* 1 - down / length, 0..1 */
	int64_t longest_s;       /* the longest single outage (whole, start to restore or now) */
	int64_t longest_id;
	int64_t mttr_s;          /* mean start-to-restore of those restored; -1 if none */
	size_t open;             /* incidents still open, counted up to now */
	size_t docs;             /* letters issued in the period (withdrawn ones not) */
	size_t hits;
	size_t decisions[REMEDY__COUNT];
} recap_row;

typedef struct recap {
	recap_row *rows;         /* by month (of the year or the one month), or by cause */
	size_t n;
	recap_row total;         /* the whole period */
} recap;

typedef enum recap_by { RECAP_BY_MONTH = 0, RECAP_BY_CAUSE } recap_by;

/* Builds the recap of [year-01-01, year+1) (month 0) or of one month, in
 * the unit's zone (tz_offset, seconds east of UTC).  docs: the issue
 * times of the letters in force.  0, or -1 when memory ran out. */
int recap_build(const recap_incident *inc, size_t n, const int64_t *docs, size_t ndocs, int year, int month,
                recap_by by, int tz_offset, int64_t now, recap *out);
void recap_free(recap *r);

#endif
