/* Forms as data, drawn and driven by one engine (src/tui/form.c).  Each
 * field says its label, box width, kind, whether it is required and how
 * to validate it; the engine validates a field when it is left, shows
 * the reason beside it, refuses to submit while any field is invalid,
 * autosaves a draft, and asks before throwing changes away. */
#ifndef TUI_FORM_H
#define TUI_FORM_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "tui_app.h"
#include "tui_draft.h"

typedef struct form form;

typedef enum ff_kind {
	FF_TEXT,      /* free text, one line */
	FF_AREA,      /* free text of several lines: Enter breaks the line, F2 saves */
	FF_TABLE,     /* a tall FF_AREA for a pasted table (SPSE's jadwal) */
	FF_WHEN,      /* a local time: the CLI's formats (when_parse) */
	FF_CHOICE     /* one of a list: Left/Right/Space cycle, a letter jumps */
} ff_kind;

typedef struct form_choice {
	const char *code;    /* stored */
	const char *label;   /* shown */
} form_choice;

typedef struct form_field_def form_field_def;
struct form_field_def {
	const char *key;                  /* draft and lookup name: "start" */
	const char *label;                /* N_("Mulai") */
	int width;                        /* box columns (clipped to the screen) */
	ff_kind kind;
	int required;
	size_t max;                       /* most characters, 0 = no limit */
	/* Extra check after the kind's own: 0, or -1 with a short reason. */
	int (*validate)(form *f, const form_field_def *fd, const char *value, char *why, size_t n);
	size_t (*choices)(const form_choice **out);   /* FF_CHOICE */
	const char *hint;                 /* N_("2018-02-03 14:30 atau 03/02/2018 14.30") */
};

typedef struct form_def {
	const char *name;                 /* "report", "event", "open", ... */
	const char *title;                /* N_("Laporan gangguan baru") */
	const form_field_def *fields;
	size_t n;
	int needs_incident;
	int step;                         /* incident_step checked before opening, -1 none */
	void (*init)(form *f);            /* defaults and notes */
	/* Called with every field valid.  Returns 0 when the form has gone
	 * (popped by the submit), -1 to stay with the status line set. */
	int (*submit)(form *f);
	/* Called when a field is left valid (may be NULL): e.g. the number a
	 * document will get depends on the time typed. */
	void (*left)(form *f, const char *key);
} form_def;

/* All forms, in forms.c. */
extern const form_def *const form_defs[];
extern const size_t form_def_count;

/* Opens the form `name` (for incident_id when it needs one).  Refuses
 * with the status line set (and returns NULL) when the incident's state
 * does not allow the step. */
screen *form_open(app *a, const char *name, int64_t incident_id);
/* The same for a form about one record of the incident (a chronology
 * event, by its id: stable whatever other operators add meanwhile). */
screen *form_open_line(app *a, const char *name, int64_t incident_id, int64_t target);
int64_t form_target(const form *f);              /* 0 if the form is not about one record */
/* The form of a screen form_open returned (NULL for another screen). */
form *form_of(screen *s);
/* The version of the record the form showed (a tender's, a decision's
 * revision), for the store's conflict check; 0 and nothing when unknown
 * (a resumed draft: the store then takes any). */
void form_set_seen(form *f, int64_t version);
int form_seen(const form *f, int64_t *version);
/* Puts the cursor on field key (a prefilled form starts where typing does). */
void form_focus(form *f, const char *key);
/* Opens a form that is not in form_defs (the setup form). */
screen *form_open_def(app *a, const form_def *def);
/* Opens the form a draft was saved from, with its values. */
screen *form_open_draft(app *a, const draft *d);
/* The title of form `name` (untranslated), NULL if unknown. */
const char *form_title_by_name(const char *name);

/* For the definitions: values as UTF-8 (valid until the next call for
 * the same field), setting values, the incident, a note line. */
const char *form_get(form *f, const char *key);
void form_set(form *f, const char *key, const char *value);
int64_t form_when(form *f, const char *key);     /* a validated FF_WHEN field, UTC */
/* 1 while FF_WHEN field key holds the time the form filled in ("now")
 * unchanged, not resumed from a draft: the step then passes 0 and the
 * store reads "now" inside its write transaction. */
int form_as_filled(form *f, const char *key);
/* The letter shown for confirmation (its number and text), kept with
 * the form so that the issue can insist on it; -1 when out of memory.
 * form_preview gives it back, 0 when none was shown. */
int form_set_preview(form *f, const char *number, const char *text);
int form_preview(const form *f, const char **number, const char **text);
const incident *form_incident(const form *f);
int form_step(const form *f);                    /* the form_def's step, -1 none */
app *form_app(const form *f);
void form_note(form *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Marks a field invalid with a reason (e.g. the store refused it). */
void form_fail(form *f, const char *key, const char *why);
/* Reads the incident again (after a refusal: another operator may have
 * changed it, and a retry must carry the row version seen now). */
void form_reload(form *f);
/* The submit succeeded: remove the draft and close the form (and any
 * screen above it). */
void form_done(form *f);
/* The form's screen (to push screens above it). */
screen *form_screen(form *f);

/* The decision form (forms.c) for tender_code of the incident, with the
 * remedy chosen, the remedies its regime allows, the latest revision's
 * reference and note, and that revision as the one seen. */
screen *form_open_decide(app *a, int64_t incident_id, const char *tender_code, const char *remedy);

/* The form engine's keys, for help and the man page. */
const keymap *form_keys_table(void);

/* A validator: the register's next number (docnum_parse_next), for the
 * setup form and the register form alike. */
int form_valid_next_number(form *f, const form_field_def *fd, const char *value, char *why, size_t n);

#endif
