/* Tenders (paket), their stages (tahapan), the hits of an incident and the
 * committees' decisions, as the layers pass them around.  Plain data;
 * every char * is owned by its record and released by its *_free.  The
 * rule that a tender's stages are sound (stages_check) is pure and lives
 * here so that the store, the CSV import and the forms share it. */
#ifndef TENDER_H
#define TENDER_H

#include <stddef.h>
#include <stdint.h>

#include "remedy.h"

typedef struct stage {
	int64_t id;
	int64_t tender_id;
	char *name;            /* as SPSE shows it: "Upload Dokumen Penawaran" */
	int64_t start, end;    /* UTC */
} stage;

typedef struct stage_list { stage *v; size_t n, cap; } stage_list;

typedef struct tender {
	int64_t id;
	char *code;            /* kode tender, unique */
	char *name;            /* nama paket */
	char *committee;       /* "Pokja ULP I", may be "" */
	char *method;          /* "tender-pascakualifikasi-1-file", may be "" */
	int64_t version;
	int64_t created;
	stage_list stages;     /* by start time */
	/* Its schedule revisions (schedrev.h): 0 as entered or imported, N
	 * SPSE's "Perubahan N".  `revision` is the one these stages are;
	 * `latest_revision` the tender's newest, its current schedule.  They
	 * differ only in an incident's hits (store_hits), which carry the
	 * schedule that incident hit, not the one its own decision made. */
	int revision;
	int latest_revision;
	int64_t cancelled_by;  /* the incident whose committee's latest decision
	                        * cancelled the tender; 0: not cancelled */
} tender;

typedef struct tender_list { tender *v; size_t n, cap; } tender_list;

/* An incident's tender: proposed (a stage in the window) and/or
 * confirmed by an operator. */
typedef struct hit {
	tender t;
	int proposed;          /* 1: a stage overlaps the disruption window */
	int confirmed;         /* 1: an operator confirmed it */
	int64_t confirmed_at;
	char *confirmed_by;    /* NULL unless confirmed */
} hit;

typedef struct hit_list { hit *v; size_t n, cap; } hit_list;

typedef struct decision {
	int64_t id;
	int64_t incident_id;
	int64_t tender_id;
	char *tender_code;
	int revision;          /* 1, 2, ...: every change is a new revision */
	remedy_code remedy;
	char *ref;             /* the committee's BA number */
	int64_t decided;       /* date of the committee's decision, UTC */
	char *note;            /* "" if none */
	int days;              /* days of disruption when recorded; 0 unless known */
	char *regime;          /* catalogue id of the regime in force: "perka-lkpp-1-2015" */
	char *recorded_by;
	int64_t recorded;
} decision;

typedef struct decision_list { decision *v; size_t n, cap; } decision_list;

void stage_free(stage *x);
void tender_free(tender *x);
void hit_free(hit *x);
void decision_free(decision *x);
void stage_list_free(stage_list *l);
void tender_list_free(tender_list *l);
void hit_list_free(hit_list *l);
void decision_list_free(decision_list *l);

/* A stage as typed or imported, before it is stored. */
typedef struct stage_new {
	const char *name;
	int64_t start, end;
	int line;              /* source line for messages; 0 if typed */
} stage_new;

/* Checks a whole set of stages of one tender: a name, an end not before
 * its start, no two with the same name, years 2000-2099.  Stages may
 * overlap: SPSE's do (Download Dokumen Pemilihan runs until the upload
 * closes; Pembuktian starts inside Evaluasi).  Each problem is passed to emit (with the stage's
 * line when it has one).  Returns the number of problems. */
int stages_check(const stage_new *v, size_t n, void (*emit)(void *ctx, int line, const char *what),
                 void *ctx);

#endif
