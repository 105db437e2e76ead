/* The detail screen's tabs: each builds the lines it shows; a line may
 * carry a document id (Enter opens it in the pager).  The tender and
 * remedies tab is its own file (src/tui/tab_tender.c). */
#ifndef TUI_DETAIL_H
#define TUI_DETAIL_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "remedyview.h"
#include "tender.h"
#include "tui_app.h"

typedef struct dlines {
	char **v;
	int64_t *doc;       /* document id per line, 0 if none */
	size_t n, cap;
} dlines;

void dl_add(dlines *l, int64_t doc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Adds text wrapped to cols, the first line prefixed, the rest indented. */
void dl_wrap(dlines *l, int cols, const char *prefix, const char *text);
void dl_free(dlines *l);

/* Tender & Remedi: fills l for inc (tab_tender.c). */
void tab_tender_build(app *a, const incident *inc, int cols, dlines *l);
/* The schedule of plan p (its proposal computed) beside the proposal, the
 * stages hit marked and each move's reason, as the tab lays it out; the
 * tender screen shows the same. */
void tab_tender_schedule(app *a, const remedy_view *v, const tender_plan *p, int cols, dlines *l);

#endif
