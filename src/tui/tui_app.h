/* The TUI's one application state, the screen stack and what every
 * screen shares: status line, colours, modal questions, key reading.
 * Each screen is one file behind a small table of operations. */
#ifndef TUI_APP_H
#define TUI_APP_H

#include <stddef.h>
#include <stdint.h>

#include "keymap.h"
#include "session.h"

typedef struct app app;
typedef struct screen screen;

typedef struct screen_ops {
	const char *name;
	void (*draw)(screen *s);               /* body: rows 1 .. LINES-2 */
	int (*key)(screen *s, int key);        /* 0 handled, -1 not (globals then) */
	void (*close)(screen *s);              /* frees the screen */
	const keymap *(*keys)(screen *s);      /* for the help screen */
	void (*resume)(screen *s);             /* back on top: reload (may be NULL) */
	int (*save_draft)(screen *s);          /* forms: write the draft (may be NULL) */
	int (*tick)(screen *s);                /* idle, ~5 times a second (may be
	                                        * NULL); 1 asks for a redraw */
} screen_ops;

struct screen {
	const screen_ops *ops;
	app *a;
	screen *below;
	char title[160];                       /* header, left part */
};

enum attr_role { ATTR_NORMAL, ATTR_HEADER, ATTR_SELECTED, ATTR_STATUS, ATTR_ERROR, ATTR_DIM };

struct app {
	session *ses;           /* config, catalogues, store (ses->cfg, ses->st) */
	screen *top;
	char status[1024];
	int status_err;
	int color;              /* colours in use */
	int quit;               /* leave the loop */
	int exit_code;
	char *draft_path;       /* where form drafts go */
	int too_small;
	char *setup_config;     /* the config file the setup form wrote (owned) */
	int setup_done;
	int setup_next_number;  /* the register's next number of this year, from the setup form */
	int fast_errors;        /* get_wch ERRs in a row that did not wait */
	char *paste;            /* the text of the last KM_PASTE (UTF-8, owned) */
};

/* Runs the key loop until a->quit or the screen stack is empty. */
void app_loop(app *a);

/* Screen stack.  push takes ownership; pop closes the top and resumes the
 * one below. */
void app_push(app *a, screen *s);
void app_pop(app *a);
/* Pops every screen above `keep`. */
void app_pop_to(app *a, screen *keep);

void app_status(app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void app_error(app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

int app_attr(const app *a, enum attr_role r);

/* Redraws everything now (header, top screen, status). */
void app_redraw(app *a);

/* Reads one key as a KM_* code or character; 0 after an idle timeout.
 * A bracketed paste comes whole as KM_PASTE, its text in a->paste: what
 * is pasted is text for the field under the cursor, never keys.
 * Returns -1 when the program must stop (signal, dead terminal); then
 * a->quit is set.  KM_RESIZE after a resize (the caller redraws). */
int app_read_key(app *a);

/* Modal question in the status line: returns the key typed, lower-cased
 * (y/n/...), or 0 for Enter/Esc, or -1 when the program must stop.
 * `question` is shown with its choices, e.g. "Terbitkan? (y/T)". */
int app_ask(app *a, const char *question);
/* A small dialog box over the screen; see app.c. */
int app_dialog(app *a, const char *title, const char *text, const char *keys);
/* 1 only for 'y'; the default (Enter) is "tidak". */
int app_confirm(app *a, const char *question);
/* A line of text in the status line; 1 and *out (malloc'd) on Enter,
 * 0 on Esc, -1 when stopping. */
int app_prompt(app *a, const char *label, const char *initial, char **out);

/* Times in the unit's zone: "2018-02-03 14:30". */
const char *app_time(const app *a, int64_t utc, char *buf, size_t n);

/* Saves the draft of the topmost form, if any. */
void app_save_drafts(app *a);

#endif
