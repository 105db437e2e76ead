/* A tender's schedule revisions, "Perubahan" as SPSE counts them.
 * Revision 0 is the schedule as entered or imported; a committee's
 * reschedule decision records the schedule the rules proposed as the next
 * revision, and once a decision refers to the tender a change by hand is
 * one too (gangguan-remedies(7), DECISIONS).  A revision is never
 * rewritten: the history is every revision.  Plain data, owned as in
 * tender.h, and the pure comparison of a revision with the one before. */
#ifndef SCHEDREV_H
#define SCHEDREV_H

#include <stddef.h>
#include <stdint.h>

#include "idtime.h"
#include "tender.h"

typedef enum schedrev_source {
	SCHEDREV_ENTERED = 0,    /* revision 0: as entered or imported */
	SCHEDREV_DECISION,       /* a reschedule decision's proposal */
	SCHEDREV_MANUAL,         /* changed by hand after a decision referred to the tender */
	SCHEDREV__COUNT
} schedrev_source;

/* "entered", "decision", "manual": stored, and in JSON. */
extern const char *const schedrev_source_names[SCHEDREV__COUNT];

typedef struct schedrev {
	int revision;
	schedrev_source source;
	int64_t incident_id;     /* SCHEDREV_DECISION: the decision's incident; else 0 */
	int decision_revision;   /* the decision's revision (1, 2, ...); else 0 */
	char *ref;               /* its Berita Acara; "" */
	int64_t decided;         /* its date, UTC; 0 */
	int days;                /* the days of disruption it shifted by; 0 */
	char *recorded_by;       /* who recorded the revision; "" when not known (revision 0) */
	int64_t recorded;        /* when, UTC; 0 when not known */
	stage_list stages;       /* in the order of the schedule */
} schedrev;

typedef struct schedrev_list { schedrev *v; size_t n, cap; } schedrev_list;

void schedrev_free(schedrev *r);
void schedrev_list_free(schedrev_list *l);

/* How a stage differs from the stage of the same name in the revision
 * before: bits, 0 when the same. */
enum { STAGE_START_MOVED = 1, STAGE_END_MOVED = 2, STAGE_NEW = 4 };
/* prev NULL (revision 0 has nothing before it): 0.  *was (may be NULL)
 * gets the stage of that name in prev, or NULL. */
unsigned stage_change(const stage *s, const stage_list *prev, const stage **was);
/* The stage of that name in l, or NULL. */
const stage *stage_find(const stage_list *l, const char *name);

/* Why revision r is the schedule, as both faces say it: "Perubahan 1,
 * karena keputusan Pokja atas gangguan #1 (revisi 1): penyesuaian jadwal
 * 2 hari, BA ... tanggal 5 Februari 2018"; times in the unit's zone z. */
void schedrev_why(const schedrev *r, zone z, char *buf, size_t n);

/* "3 November 2025 08:00": a time as SPSE's jadwal page shows it, in the
 * unit's zone z. */
size_t fmt_spse_time(char *buf, size_t n, int64_t utc, zone z);

#endif
