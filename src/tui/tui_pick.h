/* A pick-list over the screen: the choices a step offers (the tenders an
 * incident hit, the remedies a regime allows), so that nothing is typed
 * that the program already knows. */
#ifndef TUI_PICK_H
#define TUI_PICK_H

#include <stddef.h>

#include "keymap.h"
#include "tui_app.h"

typedef struct pick_item {
	const char *text;     /* one line, clipped to the box */
	const char *detail;   /* a second line under it, dimmed; NULL for none */
} pick_item;

/* Shows the items in a box titled `title`, with `note` (may be NULL)
 * wrapped above them; the selection starts on *chosen.  1 and *chosen
 * when the operator chose (Enter), 0 when cancelled (Esc), -1 when the
 * program must stop. */
int app_pick(app *a, const char *title, const char *note, const pick_item *items, size_t n, size_t *chosen);

/* Its keys, for the help screen and gangguan(1). */
const keymap *pick_keys_table(void);

#endif
