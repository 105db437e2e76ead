/* Tenders on the screen: a tender's stages and decisions, the pick-lists
 * of a hit and a decision, and the tender screens (src/tui/tenders.c); a
 * schedule beside its proposal is the Tender & Remedi tab's
 * (tab_tender_schedule, tui_detail.h).  What is shown is the service's
 * (remedycase.h, tenders.h): nothing here decides a hit or a move. */
#ifndef TUI_TENDER_H
#define TUI_TENDER_H

#include <stdint.h>

#include "keymap.h"
#include "remedycase.h"
#include "tui_app.h"
#include "tui_detail.h"

/* The stored schedule of t, one tagged line per stage (tag_base + k on
 * the stage's first line), names wrapped to what cols leaves. */
void tv_stages(app *a, const tender *t, int cols, int64_t tag_base, dlines *l);
/* One decision (a revision) in words: the regime's wording of the remedy,
 * the committee's BA, its date, who recorded it, the note. */
void tv_decision(app *a, const regime *rg, const decision *d, int cols, const char *prefix, dlines *l);

/* The pick-lists of a hit and a decision (tender_pick.c).  H: every
 * tender the incident hit, proposed or confirmed; choosing one confirms
 * it, or withdraws a confirmation after asking. */
void tv_hit_pick(app *a, int64_t incident_id);
/* Confirms (or, after asking, withdraws) tender code's hit by the incident. */
void tv_hit_toggle(app *a, int64_t incident_id, const char *code, int confirmed);
/* D: the confirmed tenders, then the remedies for the one chosen, then
 * the decision form filled in for it. */
void tv_decide_pick(app *a, int64_t incident_id);
/* The remedies the regime of plan p allows (as remedy_case_decide
 * checks them), then the decision form for p's tender. */
void tv_decide(app *a, const remedy_case *rc, const tender_plan *p);

/* The tender list and the screen of one tender (tenders.c). */
screen *tender_list_open(app *a);
screen *tender_open(app *a, const char *code);
const keymap *tender_list_keys_table(void);
const keymap *tender_keys_table(void);

#endif
