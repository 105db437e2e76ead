#include "remedyview.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idtime.h"

static void date_text(int64_t day, char *buf, size_t n)
{
	civil c = { 0 };
	civil_from_days(day, &c.year, &c.month, &c.day);
	fmt_id_date(buf, n, &c);
}

static void explain(remedy_view *v, const regcat *cat, int64_t day)
{
	char d[40], from[40], until[40];
	date_text(day, d, sizeof d);
	if (!v->regime) {
		snprintf(v->why, sizeof v->why,
		         "tidak ada peraturan dalam katalog (%zu rezim) yang berlaku pada %s, tanggal mulai gangguan",
		         cat ? cat->n : 0, d);
		return;
	}
	date_text(v->regime->from, from, sizeof from);
	if (v->regime->until == INT64_MAX)
		snprintf(v->why, sizeof v->why, "gangguan mulai %s; %s berlaku sejak %s", d, v->regime->number,
		         from);
	else {
		date_text(v->regime->until, until, sizeof until);
		snprintf(v->why, sizeof v->why, "gangguan mulai %s; %s berlaku sejak %s sampai sebelum %s", d,
		         v->regime->number, from, until);
	}
}

int remedy_view_build(const incident *inc, const hit_list *hits, const regcat *cat, workcal *cal,
                      int tz_offset, int64_t now, remedy_view *out)
{
	memset(out, 0, sizeof *out);
	int64_t start_day = local_day(inc->t.started, tz_offset);
	out->regime = regcat_for_day(cat, start_day);
	explain(out, cat, start_day);
	out->provisional = inc->t.restored == 0;
	out->window_end = inc->t.restored ? inc->t.restored : (now > inc->t.started ? now : inc->t.started);
	out->days = disruption_days(inc->t.started, out->window_end, tz_offset);

	if (out->regime && out->regime->nprov) {
		out->provs = calloc(out->regime->nprov, sizeof *out->provs);
		if (!out->provs)
			return -1;
		for (size_t i = 0; i < out->regime->nprov; i++)
			if (provision_covers(&out->regime->prov[i], inc->cause))
				out->provs[out->nprovs++] = &out->regime->prov[i];
	}
	if (hits && hits->n) {
		out->plans = calloc(hits->n, sizeof *out->plans);
		if (!out->plans) {
			remedy_view_free(out);
			return -1;
		}
		out->nplans = hits->n;
	}
	for (size_t i = 0; i < out->nplans; i++) {
		tender_plan *p = &out->plans[i];
		const tender *t = &hits->v[i].t;
		p->h = &hits->v[i];
		if (!t->stages.n)
			continue;
		sched_in *in = calloc(t->stages.n, sizeof *in);
		p->proposed = calloc(t->stages.n, sizeof *p->proposed);
		if (!in || !p->proposed) {
			free(in);
			remedy_view_free(out);
			return -1;
		}
		for (size_t k = 0; k < t->stages.n; k++)
			in[k] = (sched_in){ t->stages.v[k].start, t->stages.v[k].end };
		if (schedule_shift(in, t->stages.n, inc->t.started, out->days, cal, tz_offset, p->proposed) < 0) {
			free(p->proposed);   /* the stored stages break the rules: nothing to propose */
			p->proposed = NULL;
		}
		free(in);
		for (size_t k = 0; p->proposed && k < t->stages.n; k++) {
			if (!p->proposed[k].shifted)
				continue;
			p->shifted++;
			int y, m, d;
			civil_from_days(local_day(p->proposed[k].end, tz_offset), &y, &m, &d);
			if (cal && !workcal_covers(cal, y) && !out->missing_year)
				out->missing_year = y;
		}
	}
	return 0;
}

void remedy_view_free(remedy_view *v)
{
	free(v->provs);
	for (size_t i = 0; i < v->nplans; i++)
		free(v->plans[i].proposed);
	free(v->plans);
	memset(v, 0, sizeof *v);
}
