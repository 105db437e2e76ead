/* A one-line text editor without curses: a wide-character buffer, a
 * cursor, and the horizontal scroll that keeps the cursor inside a box of
 * a given number of columns (wcwidth: CJK counts 2, combining marks 0).
 * The form engine and the search prompt draw what le_view() says. */
#ifndef LINEEDIT_H
#define LINEEDIT_H

#include <stddef.h>
#include <wchar.h>

#include "keymap.h"

typedef struct lineedit {
	wchar_t *buf;     /* NUL-terminated, owned */
	size_t len;       /* characters */
	size_t cap;
	size_t cur;       /* cursor: 0..len */
	size_t scroll;    /* first character shown */
	size_t max;       /* 0 = unlimited, else the most characters accepted */
	int multiline;    /* 1: a text area: a line break is text (le_area draws it) */
	int tabs;         /* 1: a tab is text too (a table pasted from a browser is
	                   * tab-separated); else a pasted tab is a blank */
} lineedit;

void le_init(lineedit *e, size_t max);
void le_free(lineedit *e);
/* Replaces the text with UTF-8 s (invalid bytes become U+FFFD); the cursor
 * goes to the end.  0, or -1 when out of memory. */
int le_set(lineedit *e, const char *utf8);
/* The text as malloc'd UTF-8 (caller frees); NULL when out of memory. */
char *le_get(const lineedit *e);
/* Writes code point cp as UTF-8 into o (room for 4 bytes), whatever the
 * locale; returns the bytes written. */
size_t le_utf8_encode(unsigned cp, char *o);

/* Editing.  Each returns 1 if the text changed, 0 if not (-1 out of memory
 * for le_insert). Control characters are refused by le_insert. */
int le_insert(lineedit *e, wchar_t c);
int le_insert_utf8(lineedit *e, const char *s);   /* pasting */
int le_backspace(lineedit *e);
int le_delete(lineedit *e);
int le_kill_to_end(lineedit *e);     /* Ctrl-K */
int le_kill_to_start(lineedit *e);   /* Ctrl-U */
int le_kill_word(lineedit *e);       /* Ctrl-W: the word before the cursor */
void le_left(lineedit *e);
void le_right(lineedit *e);
void le_home(lineedit *e);
void le_end(lineedit *e);
void le_word_left(lineedit *e);
void le_word_right(lineedit *e);

/* The editing keys of every text entry (form fields, the status-line
 * prompt, the list's search): one table, so that a key does the same in
 * each, and the help screen and gangguan(1) list it once. */
const keymap *le_keymap(void);

enum le_key_result { LE_UNBOUND = -1, LE_MOVED = 0, LE_CHANGED = 1 };
/* Runs the editing action bound to key on e: LE_CHANGED when the text
 * changed, LE_MOVED when only the cursor did, LE_UNBOUND for any other
 * key (a character to insert is the caller's: le_insert). */
int le_key(lineedit *e, int key);

/* Display width of a character (0 for combining, 2 for wide, 1 for
 * unprintable ones that are shown as a replacement). */
int le_char_width(wchar_t c);

/* One row of a text area: characters [first, first + count) of the buffer. */
typedef struct le_row {
	size_t first, count;
} le_row;

/* Lays a multi-line e out as an area `cols` wide and `rows` high: each
 * line break and each full row starts a new row; e->scroll (the first row
 * shown) moves so that the cursor's row is in view.  Fills out[] with the
 * rows shown (at most rows) and returns their number; *cursor_row and
 * *cursor_col are the cursor's place in the area. */
size_t le_area(lineedit *e, int cols, int rows, le_row *out, int *cursor_row, int *cursor_col);

/* Adjusts e->scroll so that the cursor fits in `cols` columns and says
 * what to draw: characters [*first, *first + *count) and the cursor's
 * column in the box. */
void le_view(lineedit *e, int cols, size_t *first, size_t *count, int *cursor_col);

#endif
