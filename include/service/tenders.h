/* Tenders for both faces: the stage lists a tender's schedule is made
 * from (data/stages/METHOD.csv from a first day, or a table pasted from
 * SPSE's jadwal page), and a tender with every incident that hit it as
 * the remedy case has it (remedycase.h): the proposed schedule, the
 * stages hit, the committees' decisions with their revisions, and the
 * tender's schedule revisions.  The TUI's
 * tender screens and `gangguan tender add` go through here; none of it
 * prints. */
#ifndef TENDERS_H
#define TENDERS_H

#include <stddef.h>
#include <stdint.h>

#include "remedycase.h"
#include "schedrev.h"
#include "session.h"
#include "stagecsv.h"
#include "strbuf.h"
#include "store_tender.h"

/* The stage lists a method may name (data/stages/NAME.csv, a unit's own
 * first), their names without ".csv", sorted.  GG_ENOTFOUND when there is
 * no stages directory at all. */
int tender_methods(session *s, char ***names, size_t *n, gg_err *err);
void tender_methods_free(char **names, size_t n);

/* A first day as typed: "2018-02-05", "05/02/2018" or a time (the CLI's
 * formats, TIMES in gangguan(1)); its local day (days_from_civil).
 * GG_EUSAGE with why in err. */
int tender_parse_day(session *s, const char *text, int64_t *day, gg_err *err);

/* Stages ready for the store: v[i].name points into csv. */
typedef struct tender_stages {
	stagecsv csv;
	stage_new *v;
	size_t n;
} tender_stages;

/* Parses and checks a jadwal as `tender import` does (stagecsv_read),
 * named `source` in its problems: each appended to problems (may be
 * NULL) as "SOURCE:LINE: what\n"; then GG_EDATA, "SOURCE: N masalah;
 * tidak ada yang diimpor".  base_day anchors "H+N" times when has_base.
 * On failure *out is empty. */
int tender_stages_parse(session *s, const char *text, const char *source, int has_base, int64_t base_day,
                        tender_stages *out, strbuf *problems, gg_err *err);
/* The stages of data/stages/METHOD.csv with day H+0 = day. */
int tender_stages_from_method(session *s, const char *method, int64_t day, tender_stages *out,
                              strbuf *problems, gg_err *err);
void tender_stages_free(tender_stages *t);

/* ---- a tender and the incidents that hit it ---- */


typedef struct tender_hit_case {
	remedy_case rc;               /* the incident's whole case */
	const tender_plan *plan;      /* this tender's plan in rc.view (its stages hit: proposed[k].hit) */
	decision_list revisions;      /* every revision of the decision on the tender, oldest first */
} tender_hit_case;

typedef struct tender_case {
	tender t;                     /* its current schedule (t.revision); t.cancelled_by */
	schedrev_list hist;           /* every revision of its schedule, oldest first */
	tender_hit_case *v;           /* by incident */
	size_t n, cap;
	int have_t;
	char problem[400];            /* why some incident's case could not be read ("" if none) */
} tender_case;

/* The tender `code` and the incidents whose remedy case lists it.  As
 * tender_overview_load, a case that cannot be read is left out and named
 * in out->problem. */
int tender_case_load(session *s, const char *code, tender_case *out, gg_err *err);
void tender_case_free(tender_case *tc);

/* ---- every tender, briefly ---- */

typedef struct tender_hit_brief {
	int64_t incident_id;
	incident_state state;
	int confirmed, proposed;
	int revision;                 /* of the latest decision; 0: none */
	remedy_code remedy;
	const char *remedy_label;     /* the regime's short words for it (the session's catalogue) */
} tender_hit_brief;

typedef struct tender_brief {
	tender t;
	tender_hit_brief *hits;       /* by incident */
	size_t nhits, cap;
} tender_brief;

typedef struct tender_overview {
	tender_brief *v;              /* by code */
	size_t n;
	char problem[400];            /* why some incident's case could not be read ("" if none) */
} tender_overview;

/* Every tender with the incidents that hit it and their decisions.  A
 * case that cannot be read (a broken catalogue) leaves its hits out and
 * says why in out->problem; only the store's errors fail. */
int tender_overview_load(session *s, tender_overview *out, gg_err *err);
void tender_overview_free(tender_overview *o);

/* The whole of a jadwal file ("-": standard input), at most 1 MB of text:
 * GG_ENOTFOUND, or GG_EDATA for UTF-16, NUL bytes or a larger file. */
int tender_read_text(const char *path, char **text, gg_err *err);

#endif
