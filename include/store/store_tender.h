/* The store's tenders, stages, hits and decisions (issue 4), for the CLI
 * and the TUI alike.  Same rules as store.h: every change is one BEGIN
 * IMMEDIATE transaction with an audit row; reads never write; refusals
 * leave nothing written and say why (GG_EDATA), GG_ENOTFOUND for an
 * unknown tender or incident. */
#ifndef STORE_TENDER_H
#define STORE_TENDER_H

#include <stddef.h>
#include <stdint.h>

#include "store.h"
#include "tender.h"

/* ---- tenders and stages ---- */
typedef struct tender_new {
	const char *code;        /* kode tender; unique */
	const char *name;        /* nama paket */
	const char *committee;   /* may be NULL */
	const char *method;      /* may be NULL */
} tender_new;

/* Adds a tender with its stages (n may be 0).  A reused code, a stage
 * ending before it starts, two stages overlapping or with one name are
 * refused; every stage problem is in err (one per line). */
int store_tender_add(store *s, const tender_new *in, const stage_new *stages, size_t n, int64_t *id,
                     gg_err *err);
/* By code (NULL/"" not allowed) or by id; with its stages by start. */
int store_tender_get(store *s, const char *code, tender *out, gg_err *err);
int store_tender_get_id(store *s, int64_t id, tender *out, gg_err *err);
/* Every tender, by code, each with its stages. */
int store_tender_list(store *s, tender_list *out, gg_err *err);

/* Adds a stage, or changes the one with the same name.  `expect` is the
 * tender's version the caller saw (0: any): if another operator changed
 * its stages since, GG_EBUSY and nothing written. */
int store_stage_set(store *s, const char *code, const stage_new *st, int64_t expect, gg_err *err);
/* Replaces all the stages of a tender (an import): all or nothing. */
int store_stages_replace(store *s, const char *code, const stage_new *v, size_t n, int64_t expect,
                         gg_err *err);

/* Deleting and editing, only while no committee decision refers to the
 * tender (a decision is evidence: the tender it names stays as it was);
 * each is one audited transaction.  `expect` is the tender's version the
 * caller saw (0: any): another operator's change since is GG_EBUSY.
 * Deleting a tender removes its stages and the confirmations of its
 * hits (each audited on its incident); GG_EDATA when a decision refers to it. */
int store_tender_delete(store *s, const char *code, int64_t expect, gg_err *err);
/* Deletes the stage named stage_name of tender code. */
int store_stage_delete(store *s, const char *code, const char *stage_name, int64_t expect, gg_err *err);
/* Changes the code, name, committee and method of tender code (a NULL
 * field is kept; a new code must be free).  The stages are kept. */
int store_tender_edit(store *s, const char *code, const tender_new *in, int64_t expect, gg_err *err);

/* The incidents that may have hit a tender (tender_id 0: every tender):
 * those confirmed, and those whose disruption window meets one of its
 * stages, void incidents left out.  A superset of what store_hits()
 * lists, by tender then incident: the service keeps those the remedy
 * case names (tenders.h), so that the rules stay in one place. */
typedef struct tender_incident { int64_t tender_id, incident_id; } tender_incident;
typedef struct tender_incident_list { tender_incident *v; size_t n, cap; } tender_incident_list;
int store_tender_incidents(store *s, int64_t tender_id, tender_incident_list *out, gg_err *err);
void tender_incident_list_free(tender_incident_list *l);

/* ---- hits ----
 * The tenders of an incident: those with a stage hit by its disruption
 * window [start, restore] (stage_hit; open ended while not restored),
 * marked proposed, and those an operator confirmed.  By code. */
int store_hits(store *s, int64_t incident_id, hit_list *out, gg_err *err);
/* Confirms that the incident hit the tender.  Refused for a void
 * incident, a tender with no stage in the window, or one confirmed
 * already. */
int store_hit_confirm(store *s, int64_t incident_id, const char *code, gg_err *err);
/* Withdraws a confirmation; refused once a decision is recorded. */
int store_hit_remove(store *s, int64_t incident_id, const char *code, gg_err *err);

/* ---- decisions ---- */
typedef struct decision_new {
	int64_t incident_id;
	const char *tender_code;
	remedy_code remedy;
	const char *ref;         /* the committee's BA number; required */
	int64_t decided;         /* UTC */
	const char *note;        /* may be NULL */
	int days;                /* days of disruption (the caller computes them) */
	const char *regime;      /* catalogue id of the regime in force */
	int expect_revision;     /* the latest revision the caller saw (0: none yet);
	                          * -1: any.  A mismatch is GG_EBUSY, nothing written. */
} decision_new;

/* Records a decision, or a new revision of it (*revision gets its
 * number).  Refused: a tender whose hit is not confirmed, a void
 * incident, an empty reference, a decision date before the incident
 * began.  The rules of the remedy itself (allowed by the regime, its
 * conditions, no reschedule before restore) are the caller's:
 * remedy_case_decide() checks them first (remedycase.h). */
int store_decide(store *s, const decision_new *in, int *revision, gg_err *err);
/* The decisions of an incident (tender_id 0: all tenders), by tender code
 * then revision; all_revisions 0 keeps only the latest of each. */
int store_decisions(store *s, int64_t incident_id, int64_t tender_id, int all_revisions,
                    decision_list *out, gg_err *err);

#endif
