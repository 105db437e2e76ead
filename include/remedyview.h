/* Everything `gangguan remedy ID` and the TUI's remedies screen show for
 * one incident, computed in one place: the regime in force and why, the
 * provisions that cover its cause, the days of disruption, and for each
 * hit tender the proposed schedule if its committee reschedules.  Pure:
 * the caller loads the incident, hits, catalogue and calendar. */
#ifndef REMEDYVIEW_H
#define REMEDYVIEW_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "regulation.h"
#include "schedule.h"
#include "tender.h"
#include "workcal.h"

typedef struct tender_plan {
	const hit *h;            /* points into the caller's hit_list */
	sched_out *proposed;     /* h->t.stages.n entries; NULL if not computable */
	int shifted;             /* stages that move */
} tender_plan;

typedef struct remedy_view {
	const regime *regime;    /* NULL: no regime in the catalogue covers the date */
	char why[400];           /* why this regime (or why none), Indonesian */
	int64_t window_end;      /* restore time, or `now` when not restored */
	int days;                /* days of disruption (disruption_days) */
	int provisional;         /* 1: not restored, days still growing */
	const provision **provs; /* the regime's provisions covering the cause */
	size_t nprovs;
	tender_plan *plans;      /* one per hit, same order */
	size_t nplans;
	int missing_year;        /* a year a proposal reaches with no holiday list; 0 if none */
} remedy_view;

/* Builds the view.  cal may be NULL (weekends only).  0, or -1 when
 * memory ran out (out is then empty). */
int remedy_view_build(const incident *inc, const hit_list *hits, const regcat *cat, workcal *cal,
                      int tz_offset, int64_t now, remedy_view *out);
void remedy_view_free(remedy_view *v);

#endif
