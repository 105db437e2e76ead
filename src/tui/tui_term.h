/* The operator's terminal: whether the full-screen interface can run on
 * it, which characters it can show, how long Esc waits (gangguan(1),
 * ENVIRONMENT). */
#ifndef TUI_TERM_H
#define TUI_TERM_H

#include <stddef.h>

#include "gg_error.h"

/* Before anything is opened: input and output are terminals, TERM names
 * one that terminfo knows and that can move the cursor.  GG_EUSAGE (not a
 * terminal: a script names a command) or GG_ECONFIG (TERM), with the
 * message and what to do. */
int term_check(gg_err *err);

/* Chooses the characters to draw from the locale (draw_set_charset),
 * starts curses with newterm (initscr would exit on its own message),
 * and sets the input modes: Esc waits $ESCDELAY milliseconds, 25 when
 * unset; reads time out after tick_ms.  *note gets a sentence for the
 * status line when the screen is not drawn in the locale asked for
 * (empty otherwise). */
int term_open(int tick_ms, char *note, size_t note_size, gg_err *err);

/* Gives the terminal back as it was. */
void term_close(void);

#endif
