/* An incident's remedy case, for both faces: the incident, the tenders it
 * hit, the committees' latest decisions and the view computed from the
 * one catalogue (remedyview.h).  `gangguan remedy` (text and JSON) and
 * the TUI's Tender & Remedi tab render the same model; `decide` and the
 * TUI's decision form go through remedy_case_decide(), which applies
 * every rule before anything is written. */
#ifndef REMEDYCASE_H
#define REMEDYCASE_H

#include <stddef.h>
#include <stdint.h>

#include "remedyview.h"
#include "session.h"
#include "store_tender.h"

typedef struct remedy_case {
	incident inc;
	hit_list hits;
	decision_list latest;    /* the latest revision per tender */
	remedy_view view;
	int have_inc, have_hits, have_latest, have_view;
} remedy_case;

/* Loads incident id's case, its hits as remedy_hits_load gives them.
 * GG_ENOTFOUND for no such incident, GG_ECONFIG for a broken catalogue
 * (the first problem, FILE:LINE, in err). */
int remedy_case_load(session *s, int64_t id, remedy_case *rc, gg_err *err);
/* The case as remedy_case_load has it, of one tender only (its hits and
 * plan; the days and the regime are the incident's): what a tender's
 * screen needs of each incident, at the cost of one tender. */
int remedy_case_load_tender(session *s, int64_t id, int64_t tender_id, remedy_case *rc, gg_err *err);
void remedy_case_free(remedy_case *rc);

/* The tenders incident id hit, as `gangguan hit ID` and the TUI list them:
 * the store's, refined by remedy_hits_refine at the store's now (none for
 * a void incident; while open, only those with a stage begun by now, and
 * the confirmed ones). */
int remedy_hits_load(session *s, int64_t id, hit_list *out, gg_err *err);

/* The latest decision on tender_id, or NULL. */
const decision *remedy_case_decision(const remedy_case *rc, int64_t tender_id);

/* A committee's decision as a face collects it. */
typedef struct decide_request {
	int64_t incident_id;
	const char *tender_code;
	const char *remedy;      /* a remedy name or its Indonesian word (remedy_find) */
	const char *ref;         /* the committee's BA number */
	int64_t decided;         /* UTC */
	const char *note;        /* may be NULL */
	int expect_revision;     /* as decision_new: -1 any */
} decide_request;

/* Checks every rule (remedy_decision_check) against the incident's case
 * and records the decision.  *revision gets its number; *warn (n bytes)
 * what the operator must be told although it was recorded ("" if none). */
int remedy_case_decide(session *s, const decide_request *rq, int *revision, char *warn, size_t n,
                       gg_err *err);

#endif
