/* Working days: a sorted array of holidays searched by bisection. */
#include "workcal.h"

#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "idtime.h"

static const char *const kind_labels[] = {
	[DAY_WORKING] = "hari kerja",
	[DAY_WEEKEND] = "akhir pekan",
	[DAY_HOLIDAY] = "hari libur nasional",
	[DAY_CUTI_BERSAMA] = "cuti bersama",
};

const char *day_kind_label(day_kind k)
{
	return (unsigned)k < sizeof kind_labels / sizeof kind_labels[0] ? kind_labels[k] : "?";
}

void workcal_init(workcal *c, int count_cuti_bersama)
{
	memset(c, 0, sizeof *c);
	c->count_cuti_bersama = count_cuti_bersama;
	c->sorted = 1;
}

void workcal_free(workcal *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].name);
	free(c->v);
	free(c->years);
	workcal_init(c, c->count_cuti_bersama);
}

int workcal_add(workcal *c, int64_t day, int cuti_bersama, const char *name)
{
	holiday *v = grow_array(c->v, &c->cap, c->n, sizeof *v);
	if (!v)
		return -1;
	c->v = v;
	char *copy = strdup(name ? name : "");
	if (!copy)
		return -1;
	c->v[c->n++] = (holiday){ day, cuti_bersama ? 1 : 0, copy };
	c->sorted = 0;
	return 0;
}

int workcal_add_year(workcal *c, int year)
{
	if (workcal_covers(c, year))
		return 0;
	if (c->nyears == c->capyears) {
		size_t cap = c->capyears ? c->capyears * 2 : 16;
		int *v = realloc(c->years, cap * sizeof *v);
		if (!v)
			return -1;
		c->years = v;
		c->capyears = cap;
	}
	c->years[c->nyears++] = year;
	return 0;
}

int workcal_covers(const workcal *c, int year)
{
	for (size_t i = 0; i < c->nyears; i++)
		if (c->years[i] == year)
			return 1;
	return 0;
}

/* A national holiday sorts before a cuti bersama day on the same date, so
 * that the holiday is the one found and named. */
static int cmp_holiday(const void *a, const void *b)
{
	const holiday *x = a, *y = b;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x->cuti_bersama - y->cuti_bersama;
}

static const holiday *find(workcal *c, int64_t day)
{
	if (!c || !c->n)
		return NULL;
	if (!c->sorted) {
		qsort(c->v, c->n, sizeof c->v[0], cmp_holiday);
		c->sorted = 1;
	}
	size_t lo = 0, hi = c->n;   /* first index with v[i].day >= day */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (c->v[mid].day < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->n && c->v[lo].day == day ? &c->v[lo] : NULL;
}

day_kind workcal_kind(workcal *c, int64_t day)
{
	const holiday *h = find(c, day);
	if (h && !h->cuti_bersama)
		return DAY_HOLIDAY;
	if (weekday_from_days(day) >= 5)
		return DAY_WEEKEND;
	return h ? DAY_CUTI_BERSAMA : DAY_WORKING;
}

const char *workcal_name(workcal *c, int64_t day)
{
	const holiday *h = find(c, day);
	return h ? h->name : NULL;
}

int workcal_is_working(workcal *c, int64_t day)
{
	day_kind k = workcal_kind(c, day);
	return k == DAY_WORKING || (k == DAY_CUTI_BERSAMA && !(c && c->count_cuti_bersama));
}

int64_t workcal_next_working(workcal *c, int64_t day)
{
	/* Two weekends and every holiday of a year fit well within this;
	 * the bound only keeps a corrupt calendar from looping forever. */
	for (int i = 0; i < 400 && !workcal_is_working(c, day); i++)
		day++;
	return day;
}
