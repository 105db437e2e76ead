/* What a letter (Berita Acara) is made from, as plain data: the unit's
 * facts, the request the store hands to the renderer inside the step's
 * transaction, and the renderer's type.  Pure: no config or store types,
 * so core renders a letter without knowing where its facts came from. */
#ifndef LETTER_H
#define LETTER_H

#include <stddef.h>
#include <stdint.h>

#include "gg_error.h"
#include "idtime.h"
#include "model.h"

/* The unit and its signatory as a letter prints them. */
typedef struct doc_unit {
	const char *name;            /* "LPSE Kabupaten Lebong" */
	const char *code;            /* "LPSE.Lebongkab" */
	const char *ip;
	const char *domain;
	zone tz;
	const char *reporter;        /* default reporter */
	const char *sign_position;   /* "KETUA", "KEPALA" */
	char *const *sign_org;       /* lines under the position */
	size_t sign_org_n;
	const char *sign_name;
	const char *sign_nip;        /* 18 digits or "-" */
	char *const *copies;         /* tembusan */
	size_t copies_n;
} doc_unit;

/* One step's letter to render, with the number parts allocated. */
typedef struct doc_request {
	doc_kind kind;
	const incident *inc;        /* state before the step */
	const event_list *events;   /* chronology, by time */
	const document *revokes;    /* closing: the opening document; else NULL */
	int seq, year, month;       /* the number parts allocated */
	int64_t issued;             /* UTC */
} doc_request;

/* Fills *number, *text and *values (malloc'd; the caller frees them).
 * Returns GG_OK, or an error code with err set; then nothing is made. */
typedef int (*doc_render_fn)(void *ctx, const doc_request *req,
                             char **number, char **text, char **values, gg_err *err);

#endif
