/* Days of disruption, hits and rescheduling. */
#include "schedule.h"

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

int stage_finished(const disruption *d, int64_t stage_end)
{
	return stage_end < d->start;
}

int stages_overlap(int64_t a_start, int64_t a_end, int64_t b_start, int64_t b_end)
{
	return a_start < b_end && b_start < a_end;
}

/* Moves an end to the next working day, keeping its time of day. */
static int64_t to_working(int64_t end, workcal *cal, int tz_offset, day_kind *landed, int *moved)
{
	int64_t day = local_day(end, tz_offset);
	int64_t next = workcal_next_working(cal, day);
	*landed = workcal_kind(cal, day);
	if (*landed == DAY_CUTI_BERSAMA && workcal_is_working(cal, day))
		*landed = DAY_WORKING;   /* the unit works on cuti bersama days */
	*moved = (int)(next - day);
	return end + (next - day) * DAY;
}

int schedule_shift(const sched_in *in, size_t n, int64_t d_start, int days, workcal *cal,
                   int tz_offset, sched_out *out)
{
	disruption d = { d_start, 0 };
	for (size_t i = 0; i < n; i++) {
		if (in[i].end <= in[i].start)
			return -1;
		if (i && in[i].start < in[i - 1].end)
			return -1;
	}
	for (size_t i = 0; i < n; i++) {
		sched_out *o = &out[i];
		*o = (sched_out){ in[i].start, in[i].end, 0, 0, DAY_WORKING, 0, 0 };
		if (stage_finished(&d, in[i].end))
			continue;
		o->shifted = 1;
		o->start_kept = in[i].start < d_start;
		if (!o->start_kept)
			o->start += (int64_t)days * DAY;
		o->end += (int64_t)days * DAY;
		o->end = to_working(o->end, cal, tz_offset, &o->landed, &o->moved);
		/* Keep the order: a predecessor whose end moved may now end
		 * after this stage starts. */
		if (i && out[i - 1].shifted && o->start < out[i - 1].end) {
			int64_t gap = out[i - 1].end - o->start;
			int push = (int)((gap + DAY - 1) / DAY);
			o->pushed = push;
			o->start += (int64_t)push * DAY;
			o->end = in[i].end + ((int64_t)days + push) * DAY;
			int moved;
			o->end = to_working(o->end, cal, tz_offset, &o->landed, &moved);
			o->moved = moved;
		}
	}
	return 0;
}
