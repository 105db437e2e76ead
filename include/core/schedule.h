/* The arithmetic of remedies: how many days a disruption took, whether it
 * hit a stage, and the schedule a committee gets if it reschedules.  Times
 * are UTC seconds; days are counted in the unit's zone (seconds east of
 * UTC).  Pure: see gangguan-remedies(7) for the rules and their reasons. */
#ifndef SCHEDULE_H
#define SCHEDULE_H

#include <stddef.h>
#include <stdint.h>

#include "workcal.h"

/* The local civil day (days_from_civil) of an instant. */
int64_t local_day(int64_t utc, int tz_offset);

/* "jumlah hari terjadinya gangguan teknis": the calendar days touched by
 * the half-open window [start, end) in the unit's zone.  `end` is the
 * restore time, or the time of asking for an incident not yet restored
 * (the count is then provisional).  A window that ends exactly at 00:00
 * does not touch the day that begins then; a window of no length (end <=
 * start) touches its start day.  Always >= 1. */
int disruption_days(int64_t start, int64_t end, int tz_offset);

/* A disruption window [start, end]; end 0 = not restored (open ended). */
typedef struct disruption {
	int64_t start;
	int64_t end;
} disruption;

/* A stage [start, end] is hit when the service was down while it ran or
 * when it ends within the window: start < d.end and end >= d.start.  A
 * stage that begins exactly at the restore is not hit; one that ends
 * exactly at the start of the disruption is (its deadline fell in it). */
int stage_hit(const disruption *d, int64_t stage_start, int64_t stage_end);
/* A stage is finished before the disruption when it ended before it began
 * (end < d.start); finished stages keep their schedule. */
int stage_finished(const disruption *d, int64_t stage_end);

/* Two stages overlap when they share more than a boundary instant. */
int stages_overlap(int64_t a_start, int64_t a_end, int64_t b_start, int64_t b_end);

typedef struct sched_in {
	int64_t start, end;        /* UTC, end > start, in order, not overlapping */
} sched_in;

typedef struct sched_out {
	int64_t start, end;        /* the proposed schedule */
	int shifted;               /* 0: finished before the disruption, kept */
	int start_kept;            /* 1: it was running, only its end moves */
	day_kind landed;           /* what the shifted end fell on before moving */
	int moved;                 /* days the end moved to reach a working day */
	int pushed;                /* days the stage moved to start after its predecessor */
} sched_out;

/* The proposed schedule for rescheduling by `days` (disruption_days) after
 * a disruption beginning at d_start:
 *  - a stage finished before it (stage_finished) stays;
 *  - a stage running at d_start (begun before it) keeps its start, its
 *    end moves `days`;
 *  - a stage beginning at or after d_start moves `days`, start and end;
 *  - an end on a non-working day (workcal) moves to the next working day,
 *    same time of day;
 *  - if that makes a stage end after the next one starts, the next one is
 *    pushed by whole days until it starts at or after that end (and its end
 *    again obeys the working-day rule).
 * cal may be NULL (weekends only).  Returns 0, or -1 if the input is not
 * in order or a stage ends before it starts. */
int schedule_shift(const sched_in *in, size_t n, int64_t d_start, int days, workcal *cal,
                   int tz_offset, sched_out *out);

#endif
