/* The fields a document template may use (gangguan-template(5)), and
 * filling them from the unit, the incident and the regime in force.
 * Pure: the caller reads the files and chooses the regime. */
#ifndef DOCFIELDS_H
#define DOCFIELDS_H

#include <stddef.h>

#include "gg_error.h"
#include "letter.h"
#include "model.h"
#include "regulation.h"
#include "template.h"

/* Longest field value put into a document, in characters: at least what
 * any typed field accepts (textfield.h) and what the store accepted
 * before the fields had their limits (2000 bytes), so that a letter never
 * refuses what was recorded. */
#define DOC_VALUE_MAX 2000

enum { KIND_OPENING = 1 << DOC_OPENING, KIND_CLOSING = 1 << DOC_CLOSING,
       KIND_SINGLE = 1 << DOC_SINGLE, KIND_ALL = 7 };

typedef struct doc_field {
	const char *name;      /* "unit.name", or an item field "text" */
	const char *list;      /* the list whose items have it; NULL: top level */
	int is_list;
	unsigned kinds;        /* KIND_* where it exists */
	const char *help;      /* one line, for the man page */
} doc_field;

const doc_field *doc_fields(size_t *n);

/* A tpl_schema_fn; ctx points to the doc_kind being checked. */
enum tpl_kind doc_field_kind(void *ctx, const char *list, const char *name);

/* Fills *out for req with the number already formatted and the regime
 * of the letter (rg: NULL leaves the regulation fields missing).  Only
 * provisions marked quoted reach the `provisions` list: a summary is
 * never printed as the regulation's words; `remedies` states what the
 * regime allows in the regime's own terms.  Refuses (GG_EDATA, nothing
 * built) values with control characters other than tab and newline
 * (which become spaces) or longer than DOC_VALUE_MAX, and a closing or
 * single report of an incident without chronology. */
int doc_fields_build(const doc_unit *u, const regime *rg, const doc_request *req, const char *number,
                     tpl_data **out, gg_err *err);

#endif
