/* Everything `gangguan remedy ID` and the TUI's remedies screen show for
 * one incident, computed in one place: the regime in force and why, the
 * provisions that cover its cause, the days of disruption, and for each
 * hit tender the proposed schedule if its committee reschedules.  Pure:
 * the caller loads the incident, hits, catalogue and calendar. */
#ifndef REMEDYVIEW_H
#define REMEDYVIEW_H

#include <stddef.h>
#include <stdint.h>

#include "gg_error.h"
#include "model.h"
#include "regulation.h"
#include "schedule.h"
#include "tender.h"
#include "workcal.h"

typedef struct tender_plan {
	const hit *h;            /* points into the caller's hit_list */
	const regime *regime;    /* the regime the tender follows (regcat_for_tender) */
	int transitional;        /* 1: an earlier regime than the incident's, by its transition rule */
	unsigned allowed;        /* remedies that regime allows for the cause (bit per remedy_code) */
	sched_out *proposed;     /* h->t.stages.n entries; NULL if not computable */
	int shifted;             /* stages that move */
	int hit;                 /* stages hit (so far, while the incident is open) */
	int waiting;             /* stages waiting for the restore (open incident) */
} tender_plan;

typedef struct remedy_view {
	const regime *regime;    /* NULL: no regime in the catalogue covers the date */
	int pinned;              /* 1: the unit pinned it ([documents] regime) */
	char why[400];           /* why this regime (or why none), Indonesian */
	unsigned allowed;        /* remedies it allows for the cause (bit per remedy_code) */
	int64_t window_end;      /* restore time, or `now` when not restored */
	int days;                /* days of disruption (disruption_days) */
	int provisional;         /* 1: not restored, days still growing; nothing is proposed */
	int void_incident;       /* 1: void: it hit no tender, no plans */
	int year;                /* the incident's year (local): other years are written out */
	const provision **provs; /* the regime's provisions covering the cause */
	size_t nprovs;
	tender_plan *plans;      /* one per hit, same order */
	size_t nplans;
	int missing_year;        /* a year a proposal reaches with no holiday list; 0 if none */
} remedy_view;

/* Builds the view.  pinned: the unit's pinned regime, or NULL to take
 * the one in force on the incident's start.  cal may be NULL (weekends
 * only).  0, or -1 when memory ran out (out is then empty). */
int remedy_view_build(const incident *inc, const hit_list *hits, const regcat *cat, const regime *pinned,
                      workcal *cal, int tz_offset, int64_t now, remedy_view *out);
void remedy_view_free(remedy_view *v);

/* The plan of the tender with this code, or NULL if the incident did not hit it. */
const tender_plan *remedy_view_plan(const remedy_view *v, const char *tender_code);

/* The hits a face shows for an incident, from the store's (which holds
 * every tender with a stage in the open-ended window, and the confirmed
 * ones): none for a void incident; each hit's `proposed` set again by
 * stage_hit_so_far at `now`, and a hit neither proposed nor confirmed
 * dropped (an open incident proposes no tender whose stages begin after
 * now).  In place. */
void remedy_hits_refine(const incident *inc, int64_t now, hit_list *hits);

/* A stage time as the remedy views write it: "05/12 16:00", with the year
 * when it is not `year` (the incident's): "01/01/2027 16:00". */
void remedy_date(int64_t utc, int tz_offset, int year, char *buf, size_t n);

/* Why a stage's proposed times are what they are, in a few words, the same
 * for both faces: "akhir jatuh Sabtu 05/12 (akhir pekan): +2 hari", "+2
 * hari agar mulai sesudah tahap 6 berakhir", "menunggu pulih".  Stages are
 * named by their number (index + 1); year as remedy_date. */
void remedy_stage_note(const sched_out *o, workcal *cal, int tz_offset, int year, char *buf, size_t n);

/* The rules of a committee's decision, for both faces: the remedy must be
 * allowed by the regime the tender follows for the incident's cause; a
 * remedy with a condition needs a note saying which ground applies; a
 * reschedule needs the days of disruption (a restored incident).
 * GG_OK or GG_EDATA with the reason in err.  *warn (n bytes) gets what
 * the operator must be told even when allowed ("" if nothing). */
int remedy_decision_check(const remedy_view *v, const incident *inc, const char *tender_code,
                          remedy_code r, const char *note, char *warn, size_t n, gg_err *err);

#endif
