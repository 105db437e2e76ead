/* The regulation catalogue as data: each regime (a regulation and the
 * rules around it) with its effective dates, its provisions and its
 * wording of the remedies.  Loaded from the .ini files of data/regulations/ by
 * src/config/regcat.c; the choice of regime by date is pure and lives
 * here.  Format: gangguan-remedies(7). */
#ifndef REGULATION_H
#define REGULATION_H

#include <stddef.h>
#include <stdint.h>

#include "remedy.h"

typedef struct provision {
	char *name;              /* "kahar_teknis" (from [provision:NAME]) */
	char *text;              /* as the documents quote it (the lead-in when it has items) */
	char **items;            /* its sub-points a., b., ... without the letters */
	size_t nitems;
	char *official;          /* the text of the regulation where it differs; may be NULL */
	int quoted;              /* 1: text is the regulation's own words, 0: a summary */
	char **causes;           /* cause codes (cause.h), or the one word "semua" */
	size_t ncauses;
	unsigned remedies;       /* bit (1u << remedy_code) per remedy allowed */
} provision;

typedef struct regime {
	char *file;              /* the file it came from */
	char *id;                /* file name without ".ini": "perka-lkpp-1-2015" */
	char *title;             /* as reports cite it: "Perka LKPP Nomor 1 Tahun 2015 tentang e-Tendering" */
	char *full_title;        /* the formal title; "" if not given */
	char *number;            /* short name: "Perka LKPP Nomor 1 Tahun 2015" */
	char *committee;         /* "Pokja ULP" / "Pokja Pemilihan" */
	char *basis;             /* why it applies / what is uncertain; may be "" */
	int64_t from;            /* effective_from as days_from_civil */
	int64_t until;           /* effective_until (exclusive); INT64_MAX if open */
	provision *prov;
	size_t nprov;
	char *remedy_label[REMEDY__COUNT];     /* NULL: remedy_table's label */
	char *remedy_condition[REMEDY__COUNT]; /* what the remedy needs beyond the disruption; NULL if nothing */
} regime;

typedef struct regcat {
	regime *v;
	size_t n;
} regcat;

void regcat_free(regcat *c);
void regime_free(regime *r);
void provision_free(provision *p);

/* The regime in force on local day `day`: the one whose [from, until)
 * holds it; when several do, the one that took effect last.  NULL if
 * none. */
const regime *regcat_for_day(const regcat *c, int64_t day);

/* 1 if the provision covers an incident of this cause code. */
int provision_covers(const provision *p, const char *cause);
/* The regime's label of a remedy (its own, else the default). */
const char *regime_remedy_label(const regime *r, remedy_code code);

#endif
