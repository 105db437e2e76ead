/* The arithmetic of remedies: how many days a disruption took, which
 * stages it hit, and the schedule a committee gets if it reschedules.
 * Times are UTC seconds; days are counted in the unit's zone (seconds east
 * of UTC).  Stages may overlap, as SPSE's do.  Pure: see
 * gangguan-remedies(7) for the rules and their reasons. */
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
 * exactly at the start of the disruption is (its deadline fell in it).
 * Open ended while not restored: what an operator may confirm. */
int stage_hit(const disruption *d, int64_t stage_start, int64_t stage_end);
/* What is proposed as hit: as stage_hit once restored; while the incident
 * is open, only a stage running since the start, one that has begun by
 * now (start <= now) and had not ended before the start. */
int stage_hit_so_far(const disruption *d, int64_t now, int64_t stage_start, int64_t stage_end);
/* A stage is finished before the disruption when it ended before it began
 * (end < d.start); finished stages keep their schedule. */
int stage_finished(const disruption *d, int64_t stage_end);

/* Two stages overlap when they share more than a boundary instant. */
int stages_overlap(int64_t a_start, int64_t a_end, int64_t b_start, int64_t b_end);

typedef struct sched_in {
	int64_t start, end;        /* UTC, end >= start; in any order, may overlap */
	unsigned kind;             /* stage_kind() of its name (stagekind.h) */
} sched_in;

typedef enum sched_fate {
	SCHED_KEPT = 0,            /* finished before the disruption: keeps its times */
	SCHED_RUNNING,             /* begun before it: its start stays, its end moves */
	SCHED_LATER,               /* begins at or after its start: moves whole */
	SCHED_WAITING,             /* the incident is open: nothing proposed until restored */
} sched_fate;

typedef struct sched_out {
	int64_t start, end;        /* the proposal; the stage's own times when kept or waiting */
	sched_fate fate;
	int hit;                   /* 1: ran during the disruption (so far, while open) */
	int shifted;               /* 1: running or later, it moves */
	int start_kept;            /* 1: running, only its end moves */
	int days;                  /* the days of disruption it moved by (its end, when running) */
	int pushed;                /* days it moved to start after stage `after` ended */
	int after;                 /* that stage's index; -1 */
	int pokja_moved;           /* days a one-day Pokja stage moved to start on a working day */
	day_kind pokja_landed;     /* what its start fell on before that */
	day_kind landed;           /* what the end fell on before it moved to a working day */
	int moved;                 /* days the end moved to reach a working day */
	int joined;                /* days the end moved to end together with stage `with` */
	int with;                  /* that stage's index; -1 */
	int sanggah_days;          /* a moved Masa Sanggah: its whole days now; 0 otherwise */
	int sanggah_was;           /* and before */
} sched_out;

/* The proposed schedule for rescheduling by `days` (disruption_days) after
 * disruption d, for each stage in[i] into out[i]:
 *  - while d is open (d->end 0) nothing moves: a stage finished before it
 *    is kept, every other one waits for the restore; hit says which ran
 *    so far (stage_hit_so_far at `now`);
 *  - a stage finished before the disruption stays;
 *  - a stage running at its start keeps its start; its end moves `days`;
 *  - a stage beginning at or after its start moves `days`, start and end;
 *  - a stage that began at or after the end of another still does: it
 *    moves by whole days until it begins at or after that stage's new end;
 *  - a one-day Pokja stage (STAGE_POKJA, starting and ending on one day)
 *    whose start falls on a non-working day moves whole to the next
 *    working day;
 *  - an end on a non-working day (workcal) moves to the next working day,
 *    same time of day;
 *  - stages that ended together still do: their ends move to the latest;
 *  - nothing gets shorter: every move of a start carries its end, so a
 *    Masa Sanggah keeps at least its calendar length.
 * Stages are taken by start (then end), so an earlier stage is settled
 * before a later one looks at it.  cal may be NULL (weekends only).
 * Returns 0, or -1 if a stage ends before it starts or memory ran out. */
int schedule_shift(const sched_in *in, size_t n, const disruption *d, int64_t now, int days, workcal *cal,
                   int tz_offset, sched_out *out);

#endif
