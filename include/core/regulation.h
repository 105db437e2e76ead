/* The regulation catalogue as data: each regime (a regulation and the
 * rules around it) with its effective dates, its amendments, its terms,
 * its provisions and its wording of the remedies.  Loaded from the .ini
 * files of data/regulations/ by src/config/regcat.c; everything chosen
 * from it (the regime of a day, of a tender, the title in force, the
 * remedies for a cause) is pure and lives here.  Format:
 * gangguan-remedies(7).  No wording of a regulation lives in the code. */
#ifndef REGULATION_H
#define REGULATION_H

#include <stddef.h>
#include <stdint.h>

#include "remedy.h"
#include "strbuf.h"
#include "tender.h"

typedef struct provision {
	char *name;              /* "kahar_teknis" (from [provision:NAME]) */
	char *text;              /* as the documents quote it (the lead-in when it has items) */
	char **items;            /* its sub-points a., b., ... without the letters */
	size_t nitems;
	char *official;          /* the text of the regulation where it differs; may be NULL */
	int quoted;              /* 1: text is the regulation's own words, 0: a summary */
	char *source;            /* where the quoted words were found; "" if not given */
	char **causes;           /* cause codes (cause.h), or the one word "semua" */
	size_t ncauses;
	unsigned remedies;       /* bit (1u << remedy_code) per remedy allowed */
} provision;

typedef struct amendment {
	char *number;            /* "Peraturan Presiden Nomor 12 Tahun 2021" */
	int64_t from;            /* in force from (days_from_civil) */
} amendment;

/* Which tenders under way when a regime took effect stay under the one
 * before ([regulation] transition). */
typedef enum transition_rule {
	TRANSITION_NONE = 0,         /* every tender follows the regime of the day */
	TRANSITION_STARTED,          /* a tender announced before stays under the earlier regime */
	TRANSITION_PAST_BID_DEADLINE /* a tender past its bid deadline stays under the earlier regime */
} transition_rule;

typedef struct regime {
	char *file;              /* the file it came from */
	char *id;                /* file name without ".ini": "perka-lkpp-1-2015" */
	char *title;             /* as reports cite it: "Perka LKPP Nomor 1 Tahun 2015 tentang e-Tendering" */
	char *full_title;        /* the formal title; "" if not given */
	char *number;            /* short name: "Perka LKPP Nomor 1 Tahun 2015" */
	char *committee;         /* "Pokja ULP" / "Pokja Pemilihan" */
	char *result_report;     /* "Berita Acara Hasil Pelelangan (BAHP)" / "... Pemilihan (BAHP)" */
	char *basis;             /* why it applies / what is uncertain; may be "" */
	int64_t from;            /* effective_from as days_from_civil */
	int64_t until;           /* effective_until (exclusive); INT64_MAX if open */
	amendment *amend;        /* by date */
	size_t namend;
	transition_rule transition;
	char *transition_source; /* the provision that says so; "" if none */
	provision *prov;
	size_t nprov;
	char *remedy_label[REMEDY__COUNT];     /* as screens name it (required) */
	char *remedy_short[REMEDY__COUNT];     /* table cells, choices (required) */
	char *remedy_letter[REMEDY__COUNT];    /* the sentence a letter uses; NULL: the label */
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

/* The regime a tender follows when an incident of regime `r` hits it:
 * `r` itself, or, under r's transition rule, the regime in force on the
 * day the tender started (or passed its bid deadline) when that was
 * before r took effect.  tz_offset: the unit's zone. */
const regime *regcat_for_tender(const regcat *c, const regime *r, const tender *t, int tz_offset);

/* The moment r's transition rule looks at for t (0 when the rule is
 * NONE or the tender has no such stage). */
int64_t regime_transition_moment(const regime *r, const tender *t);

/* The title in force on `day`, amendments included: "X sebagaimana telah
 * diubah dengan Y", or "... telah beberapa kali diubah, terakhir dengan Z". */
void regime_title_on(const regime *r, int64_t day, strbuf *out);

/* 1 if the provision covers an incident of this cause code. */
int provision_covers(const provision *p, const char *cause);
/* The remedies r allows for an incident of this cause (bit per remedy_code). */
unsigned regime_remedies_for(const regime *r, const char *cause);
/* The regime's wording of a remedy; with no regime, the remedy's name. */
const char *regime_remedy_label(const regime *r, remedy_code code);
const char *regime_remedy_short(const regime *r, remedy_code code);
const char *regime_remedy_letter(const regime *r, remedy_code code);

#endif
