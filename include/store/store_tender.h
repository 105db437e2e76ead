/* The store's tenders, stages, hits and decisions (issue 4), for the CLI
 * and the TUI alike.  Same rules as store.h: every change is one BEGIN
 * IMMEDIATE transaction with an audit row; reads never write; refusals
 * leave nothing written and say why (GG_EDATA), GG_ENOTFOUND for an
 * unknown tender or incident. */
#ifndef STORE_TENDER_H
#define STORE_TENDER_H

#include <stddef.h>
#include <stdint.h>

#include "schedrev.h"
#include "store.h"
#include "tender.h"

/* ---- tenders and stages ---- */
typedef struct tender_new {
	const char *code;        /* kode tender; unique */
	const char *name;        /* nama paket */
	const char *committee;   /* may be NULL */
	const char *method;      /* may be NULL */
} tender_new;

/* Adds a tender with its stages (n may be 0): revision 0 of its
 * schedule.  A reused code, a stage ending before it starts, two stages
 * with one name are refused (stages_check); every stage problem is in err
 * (one per line). */
int store_tender_add(store *s, const tender_new *in, const stage_new *stages, size_t n, int64_t *id,
                     gg_err *err);
/* By code (NULL/"" not allowed) or by id; with its current stages (its
 * latest schedule revision) by start, revision == latest_revision, and
 * cancelled_by. */
int store_tender_get(store *s, const char *code, tender *out, gg_err *err);
int store_tender_get_id(store *s, int64_t id, tender *out, gg_err *err);
/* Every tender, by code, each with its stages. */
int store_tender_list(store *s, tender_list *out, gg_err *err);

/* Changes by hand.  `expect` is the tender's version the caller saw (0:
 * any): if another operator changed the tender since, GG_EBUSY and
 * nothing written.  A cancelled tender's schedule is refused (GG_EDATA).
 * While no decision refers to the tender the schedule as entered
 * (revision 0) changes in place; once one does, the change is the
 * tender's next revision (SCHEDREV_MANUAL), the schedule decided on kept
 * in the history. */

/* Adds a stage, or changes the one with the same name. */
int store_stage_set(store *s, const char *code, const stage_new *st, int64_t expect, gg_err *err);
/* Replaces all the stages of a tender (an import): all or nothing. */
int store_stages_replace(store *s, const char *code, const stage_new *v, size_t n, int64_t expect,
                         gg_err *err);

/* For the TUI's tender screens and `tender stage --delete`, `tender
 * edit`, `tender delete`: each refused (GG_EDATA, naming the incident and
 * the Berita Acara) once any decision refers to the tender, because the
 * decision stays on record and must keep meaning what it meant; each
 * checks `expect` as above (GG_EBUSY) and writes one audit row
 * (tender-stage-delete, tender-edit, tender-delete).  GG_ENOTFOUND for an
 * unknown tender or stage. */

/* Deletes the stage of that name. */
int store_stage_delete(store *s, const char *code, const char *stage_name, int64_t expect, gg_err *err);

typedef struct tender_edit {
	const char *name;        /* nama paket; NULL: unchanged */
	const char *committee;   /* NULL: unchanged; "" clears it */
	const char *method;      /* NULL: unchanged; "" clears it */
} tender_edit;
/* Changes a tender's name, committee or method (the code stays: it is
 * SPSE's, and the audit and letters name it). */
int store_tender_edit(store *s, const char *code, const tender_edit *in, int64_t expect, gg_err *err);
/* Deletes a tender with its stages.  Its confirmed hits (without a
 * decision) go with it, each audited as hit-remove of its incident. */
int store_tender_delete(store *s, const char *code, int64_t expect, gg_err *err);

/* ---- schedule revisions (schedrev.h) ----
 * Every revision of the tender's schedule, oldest first: revision 0 (as
 * entered or imported) and each Perubahan, with the decision that made
 * it.  A tender never changed has one, its current stages.  The last is
 * the current schedule (store_tender_get's stages). */
int store_schedule_history(store *s, const char *code, schedrev_list *out, gg_err *err);

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
 * marked proposed, and those an operator confirmed.  By code.
 * Proposals are made from each tender's current schedule, and a
 * cancelled tender is no longer proposed.  A tender this incident itself
 * rescheduled carries instead the schedule the incident hit (the revision
 * before the first its decisions made; t.revision says which, and
 * t.latest_revision the current one), so that its case shows what was
 * hit and the proposal its decision recorded, and a revised decision is
 * computed from the same schedule, not shifted twice. */
int store_hits(store *s, int64_t incident_id, hit_list *out, gg_err *err);
/* How many tenders an operator confirmed as hit by the incident (by its
 * key: a recap counts them without computing any proposal). */
int store_hit_count(store *s, int64_t incident_id, size_t *n, gg_err *err);
/* store_hits, of one tender only: a tender's screen asks each incident
 * about that tender, not about every tender the incident may have hit. */
int store_hits_of_tender(store *s, int64_t incident_id, int64_t tender_id, hit_list *out, gg_err *err);
/* Confirms that the incident hit the tender.  Refused for a void
 * incident, a tender with no stage in the window, or one confirmed
 * already.  A cancelled tender is not proposed, but an operator may
 * still confirm it (it cannot be rescheduled: store_decide). */
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
	/* REMEDY_RESCHEDULE: the new schedule, the proposal of the
	 * incident's remedy case stage by stage (remedy_case_decide builds
	 * it), and the tender version it was computed from (0: any; another
	 * is GG_EBUSY).  Ignored for the other remedies. */
	const stage_new *schedule;
	size_t nschedule;
	int64_t expect_version;
} decision_new;

/* Records a decision, or a new revision of it (*revision gets its
 * number).  Refused: a tender whose hit is not confirmed, a void
 * incident, an empty reference, a decision date before the incident
 * began.  The rules of the remedy itself (allowed by the regime, its
 * conditions, no reschedule before restore) are the caller's:
 * remedy_case_decide() checks them first (remedycase.h).
 * A reschedule takes effect in the same transaction: `schedule` becomes
 * the tender's next schedule revision (SCHEDREV_DECISION, naming this
 * decision; audited as tender-revision) and its current stages.  A
 * revised reschedule makes another revision, never rewrites one.
 * Refused besides: a tender without stages, one cancelled by another
 * incident's decision, a stale expect_version (GG_EBUSY), and a revised
 * reschedule when a revision not of this incident came after its own.
 * A cancel marks the tender cancelled (tender.cancelled_by) while it is
 * the incident's latest decision; the other remedies leave the schedule
 * as it is. */
int store_decide(store *s, const decision_new *in, int *revision, gg_err *err);
/* The decisions of an incident (tender_id 0: all tenders), by tender code
 * then revision; all_revisions 0 keeps only the latest of each. */
int store_decisions(store *s, int64_t incident_id, int64_t tender_id, int all_revisions,
                    decision_list *out, gg_err *err);
/* The decisions on one tender, of every incident, by incident then
 * revision; all_revisions 0 keeps only each incident's latest. */
int store_tender_decisions(store *s, int64_t tender_id, int all_revisions, decision_list *out, gg_err *err);

#endif
