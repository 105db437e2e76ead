/* The incident lifecycle as one table:
 *   reported --open--> open --restore--> restored --close--> closed
 *   reported --void--> void
 * Events may be added while open or restored. */
#ifndef LIFECYCLE_H
#define LIFECYCLE_H

#include <stdint.h>

typedef enum incident_state {
	ST_REPORTED = 0, ST_OPEN, ST_RESTORED, ST_CLOSED, ST_VOID, ST__COUNT
} incident_state;

typedef enum incident_step {
	STEP_OPEN = 0, STEP_RESTORE, STEP_CLOSE, STEP_VOID, STEP_EVENT, STEP__COUNT
} incident_step;

const char *state_name(incident_state s);        /* "reported" ... (CLI, DB) */
const char *state_label(incident_state s);       /* "dilaporkan" ... (UI) */
int state_from_name(const char *name, incident_state *out);   /* 0 / -1 */
const char *step_name(incident_step s);          /* "open" ... */
const char *step_label(incident_step s);         /* "buka" ... */

/* The times an incident carries; 0 means "not yet". */
typedef struct incident_times {
	int64_t started, opened, restored, closed;
} incident_times;

/* May step be taken from state `from` at time `at` (UTC seconds), given the
 * incident's times and the present time `now`?  0 and *to on success;
 * -1 and *why (a static Indonesian sentence) if not. */
int lifecycle_step(incident_state from, incident_step step, const incident_times *t,
                   int64_t at, int64_t now, incident_state *to, const char **why);

/* The time rules of a correction, the same for both faces: an incident's
 * start may move only to a time before its opening, restore and close,
 * before its first chronology line (first_event; 0 if none) and not in
 * the future; a chronology line must lie within the incident, from its
 * start to its close (or now).  0, or -1 and *why. */
int lifecycle_start_ok(const incident_times *t, int64_t start, int64_t first_event, int64_t now,
                       const char **why);
int lifecycle_event_time_ok(const incident_times *t, int64_t at, int64_t now, const char **why);

#endif
