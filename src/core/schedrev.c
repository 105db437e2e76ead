#include "schedrev.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const schedrev_source_names[SCHEDREV__COUNT] = { "entered", "decision", "manual" };

void schedrev_free(schedrev *r)
{
	free(r->ref);
	free(r->recorded_by);
	stage_list_free(&r->stages);
	memset(r, 0, sizeof *r);
}

void schedrev_list_free(schedrev_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		schedrev_free(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

const stage *stage_find(const stage_list *l, const char *name)
{
	for (size_t i = 0; l && name && i < l->n; i++)
		if (strcmp(l->v[i].name, name) == 0)
			return &l->v[i];
	return NULL;
}

unsigned stage_change(const stage *s, const stage_list *prev, const stage **was)
{
	const stage *p = prev ? stage_find(prev, s->name) : NULL;
	if (was)
		*was = p;
	if (!prev)
		return 0;
	if (!p)
		return STAGE_NEW;
	return (p->start != s->start ? STAGE_START_MOVED : 0u) | (p->end != s->end ? STAGE_END_MOVED : 0u);
}

size_t fmt_spse_time(char *buf, size_t n, int64_t utc, zone z)
{
	civil c;
	civil_from_utc(utc, z, &c);
	int len = snprintf(buf, n, "%d %s %d %02d:%02d", c.day, id_month_name(c.month), c.year, c.hour, c.minute);
	return len < 0 ? 0 : (size_t)len;
}
