/* The screens, one file each; every open function returns a screen to
 * push (NULL when out of memory, with the status line saying so). */
#ifndef TUI_SCREENS_H
#define TUI_SCREENS_H

#include <stdint.h>

#include "keymap.h"
#include "tui_app.h"

screen *list_open(app *a);                          /* src/tui/list.c */
screen *detail_open(app *a, int64_t incident_id);   /* src/tui/detail.c */
screen *help_open(app *a, const keymap *screen_keys);  /* src/tui/help.c */

/* The pager (src/tui/pager.c) over a copy of text.  export_name is the
 * suggested file name for `e` (NULL: no export).  With a confirm
 * callback the pager asks `question` (the default answer is no) and
 * calls confirm(ctx) on 'y'; its return 0 closes the pager. */
typedef struct pager_confirm {
	const char *question;
	int (*confirm)(void *ctx);
	void *ctx;
} pager_confirm;
enum pager_flags {
	PAGER_MARKUP = 1   /* text is a document's markup (docview.h): shown as
	                    * its text view, exported as `gangguan doc` prints it
	                    * (markdown when the file name ends in .md) */
};
/* The pager shows issued document doc_id: export to a name ending in
 * ".pdf" writes the A4 PDF of it. */
void pager_set_document(screen *s, int64_t doc_id);
screen *pager_open(app *a, const char *title, const char *text, const char *export_name, int flags,
                   const pager_confirm *confirm);

/* The keymaps of the screens, for the help screen's tests and the key
 * lists of gangguan(1) (form_keys_table() is in tui_form.h). */
const keymap *list_keys_table(void);
const keymap *detail_keys_table(void);
const keymap *pager_keys_table(void);
const keymap *rekap_keys_table(void);
/* The Rekap screen of this year (rekap.c). */
screen *rekap_open(app *a);

/* src/tui/operator.c: with [operators] names set, asks who is at the
 * keyboard (before any write); 0 once chosen (or nothing to choose), -1
 * when the operator chose to leave. */
int operator_choose(app *a);

/* Global keys (help, redraw), shown on every help screen. */
const keymap *app_global_keymap(void);

#endif
