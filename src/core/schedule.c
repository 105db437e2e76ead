/* Days of disruption, hits and rescheduling. */
#include "schedule.h"

#include <stdlib.h>

#include "stagekind.h"

#define DAY 86400

/* Floor division: instants before 1970 still fall on the right day. */
static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;
	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

int64_t local_day(int64_t utc, int tz_offset)
{
	return floor_div(utc + tz_offset, DAY);
}

int disruption_days(int64_t start, int64_t end, int tz_offset)
{
	if (end <= start)
		return 1;
	/* The last instant inside [start, end) is end - 1 s: a restore at
	 * 00:00 belongs to the day before. */
	int64_t n = local_day(end - 1, tz_offset) - local_day(start, tz_offset) + 1;
	return n > 0x7fffffff ? 0x7fffffff : (int)n;
}

int stage_hit(const disruption *d, int64_t stage_start, int64_t stage_end)
{
	int before_end = d->end == 0 || stage_start < d->end;
	return before_end && stage_end >= d->start;
}

int stage_hit_so_far(const disruption *d, int64_t now, int64_t stage_start, int64_t stage_end)
{
	if (d->end)
		return stage_hit(d, stage_start, stage_end);
	return stage_start <= now && stage_end >= d->start;
}

int stage_finished(const disruption *d, int64_t stage_end)
{
	return stage_end < d->start;
}

int stages_overlap(int64_t a_start, int64_t a_end, int64_t b_start, int64_t b_end)
{
	return a_start < b_end && b_start < a_end;
}

/* Whole days, rounded up, that move `from` to at or after `to`; 0 if it is
 * there already. */
static int days_to_reach(int64_t from, int64_t to)
{
	return from >= to ? 0 : (int)((to - from + DAY - 1) / DAY);
}

/* Days from the day of `t` to the next working day (0 if it is one), and
 * what that day is. */
static int to_working_day(int64_t t, workcal *cal, int tz_offset, day_kind *kind)
{
	int64_t day = local_day(t, tz_offset);
	*kind = workcal_kind(cal, day);
	if (*kind == DAY_CUTI_BERSAMA && workcal_is_working(cal, day))
		*kind = DAY_WORKING;   /* the unit works on cuti bersama days */
	return (int)(workcal_next_working(cal, day) - day);
}

/* Stage i is settled before stage j: by start, then end, then as given. */
static int settles_before(const sched_in *in, size_t i, size_t j)
{
	if (in[i].start != in[j].start)
		return in[i].start < in[j].start;
	if (in[i].end != in[j].end)
		return in[i].end < in[j].end;
	return i < j;
}

/* One stage that moves, against the stages settled before it (done[0..ndone)). */
static void settle(const sched_in *in, size_t i, const size_t *done, size_t ndone, int64_t d_start, int days,
                   workcal *cal, int tz_offset, sched_out *out)
{
	sched_out *o = &out[i];
	o->shifted = 1;
	o->days = days;
	o->start_kept = in[i].start < d_start;
	o->fate = o->start_kept ? SCHED_RUNNING : SCHED_LATER;
	if (!o->start_kept)
		o->start += (int64_t)days * DAY;
	o->end += (int64_t)days * DAY;
	if (!o->start_kept) {
		/* It began after those stages ended: it still does.  The days
		 * are those of the stage that needs most; of several, the one
		 * that ends last names the reason. */
		for (size_t k = 0; k < ndone; k++) {
			size_t j = done[k];
			if (!out[j].shifted || in[j].end > in[i].start)
				continue;
			int p = days_to_reach(o->start, out[j].end);
			if (p > o->pushed || (p && p == o->pushed && out[j].end >= out[o->after].end)) {
				o->pushed = p;
				o->after = (int)j;
			}
		}
		o->start += (int64_t)o->pushed * DAY;
		o->end += (int64_t)o->pushed * DAY;
		/* A meeting of the Pokja is held on a working day. */
		if ((in[i].kind & STAGE_POKJA) && local_day(in[i].start, tz_offset) == local_day(in[i].end, tz_offset)) {
			int p = to_working_day(o->start, cal, tz_offset, &o->pokja_landed);
			o->pokja_moved = p;
			o->start += (int64_t)p * DAY;
			o->end += (int64_t)p * DAY;
		}
	}
	o->moved = to_working_day(o->end, cal, tz_offset, &o->landed);
	o->end += (int64_t)o->moved * DAY;
	/* Stages that ended together end together: at the latest of them. */
	for (size_t k = 0; k < ndone; k++) {
		size_t j = done[k];
		if (!out[j].shifted || in[j].end != in[i].end || out[j].end == o->end)
			continue;
		sched_out *early = out[j].end < o->end ? &out[j] : o, *late = early == o ? &out[j] : o;
		early->joined += (int)((late->end - early->end) / DAY);
		early->with = (int)(late == o ? i : j);
		early->end = late->end;
	}
}

int schedule_shift(const sched_in *in, size_t n, const disruption *d, int64_t now, int days, workcal *cal,
                   int tz_offset, sched_out *out)
{
	for (size_t i = 0; i < n; i++)
		if (in[i].end < in[i].start)
			return -1;
	size_t *order = malloc((n ? n : 1) * sizeof *order);
	if (!order)
		return -1;
	for (size_t i = 0; i < n; i++) {
		size_t k = i;   /* insertion: a tender has a few dozen stages */
		for (; k > 0 && settles_before(in, i, order[k - 1]); k--)
			order[k] = order[k - 1];
		order[k] = i;
		out[i] = (sched_out){ .start = in[i].start, .end = in[i].end, .fate = SCHED_KEPT, .after = -1,
		                      .pokja_landed = DAY_WORKING, .landed = DAY_WORKING, .with = -1 };
		out[i].hit = stage_hit_so_far(d, now, in[i].start, in[i].end);
	}
	for (size_t k = 0; k < n; k++) {
		size_t i = order[k];
		if (stage_finished(d, in[i].end))
			continue;
		if (!d->end) {
			out[i].fate = SCHED_WAITING;   /* the days are not known until it is restored */
			continue;
		}
		settle(in, i, order, k, d->start, days, cal, tz_offset, out);
		if (in[i].kind & STAGE_SANGGAH) {
			out[i].sanggah_was = (int)((in[i].end - in[i].start) / DAY);
			out[i].sanggah_days = (int)((out[i].end - out[i].start) / DAY);
		}
	}
	free(order);
	return 0;
}
