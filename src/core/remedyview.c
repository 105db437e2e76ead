#include "remedyview.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idtime.h"
#include "stagekind.h"

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
	if (v->pinned) {
		snprintf(v->why, sizeof v->why, "dipatok oleh unit ([documents] regime = %s); gangguan mulai %s",
		         v->regime->id, d);
		return;
	}
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

int remedy_view_build(const incident *inc, const hit_list *hits, const regcat *cat, const regime *pinned,
                      workcal *cal, int tz_offset, int64_t now, remedy_view *out)
{
	memset(out, 0, sizeof *out);
	int64_t start_day = local_day(inc->t.started, tz_offset);
	out->regime = pinned ? pinned : regcat_for_day(cat, start_day);
	out->pinned = pinned != NULL;
	explain(out, cat, start_day);
	out->allowed = regime_remedies_for(out->regime, inc->cause);
	out->provisional = inc->t.restored == 0;
	out->void_incident = inc->state == ST_VOID;
	int y, m, dd;
	civil_from_days(start_day, &y, &m, &dd);
	out->year = y;
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
	/* A void incident was no disruption: it hit nothing. */
	if (hits && hits->n && !out->void_incident) {
		out->plans = calloc(hits->n, sizeof *out->plans);
		if (!out->plans) {
			remedy_view_free(out);
			return -1;
		}
		out->nplans = hits->n;
	}
	disruption d = { inc->t.started, inc->t.restored };
	for (size_t i = 0; i < out->nplans; i++) {
		tender_plan *p = &out->plans[i];
		const tender *t = &hits->v[i].t;
		p->h = &hits->v[i];
		p->regime = out->regime && !pinned ? regcat_for_tender(cat, out->regime, t, tz_offset) : out->regime;
		p->transitional = p->regime != out->regime;
		p->allowed = regime_remedies_for(p->regime, inc->cause);
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
			in[k] = (sched_in){ t->stages.v[k].start, t->stages.v[k].end, stage_kind(t->stages.v[k].name) };
		int rc = schedule_shift(in, t->stages.n, &d, now, out->days, cal, tz_offset, p->proposed);
		free(in);
		if (rc < 0) {
			/* A stored stage ends before it starts (or memory ran out):
			 * nothing to propose. */
			free(p->proposed);
			p->proposed = NULL;
			continue;
		}
		for (size_t k = 0; k < t->stages.n; k++) {
			const sched_out *o = &p->proposed[k];
			p->hit += o->hit;
			p->waiting += o->fate == SCHED_WAITING;
			if (!o->shifted)
				continue;
			p->shifted++;
			civil_from_days(local_day(o->end, tz_offset), &y, &m, &dd);
			if (cal && !workcal_covers(cal, y) && !out->missing_year)
				out->missing_year = y;
		}
	}
	return 0;
}

void remedy_hits_refine(const incident *inc, int64_t now, hit_list *hits)
{
	if (inc->state == ST_VOID) {
		hit_list_free(hits);
		return;
	}
	disruption d = { inc->t.started, inc->t.restored };
	size_t kept = 0;
	for (size_t i = 0; i < hits->n; i++) {
		hit *h = &hits->v[i];
		h->proposed = 0;
		for (size_t k = 0; k < h->t.stages.n && !h->proposed; k++)
			h->proposed = stage_hit_so_far(&d, now, h->t.stages.v[k].start, h->t.stages.v[k].end);
		if (h->proposed || h->confirmed)
			hits->v[kept++] = *h;
		else
			hit_free(h);
	}
	hits->n = kept;
}

void remedy_view_free(remedy_view *v)
{
	free(v->provs);
	for (size_t i = 0; i < v->nplans; i++)
		free(v->plans[i].proposed);
	free(v->plans);
	memset(v, 0, sizeof *v);
}

const tender_plan *remedy_view_plan(const remedy_view *v, const char *tender_code)
{
	for (size_t i = 0; tender_code && i < v->nplans; i++)
		if (strcmp(v->plans[i].h->t.code, tender_code) == 0)
			return &v->plans[i];
	return NULL;
}

void remedy_date(int64_t utc, int tz_offset, int year, char *buf, size_t n)
{
	civil c;
	civil_from_utc(utc, zone_from_offset(tz_offset), &c);
	if (c.year == year)
		snprintf(buf, n, "%02d/%02d %02d:%02d", c.day, c.month, c.hour, c.minute);
	else
		snprintf(buf, n, "%02d/%02d/%04d %02d:%02d", c.day, c.month, c.year, c.hour, c.minute);
}

/* "Sabtu 05/12 (akhir pekan)", "Jumat 16/02 (hari libur nasional, Tahun Baru Imlek)". */
static void day_text(int64_t day, day_kind kind, workcal *cal, int year, char *buf, size_t n)
{
	const char *name = cal ? workcal_name(cal, day) : NULL;
	int y, m, d;
	civil_from_days(day, &y, &m, &d);
	char date[20];
	if (y == year)
		snprintf(date, sizeof date, "%02d/%02d", d, m);
	else
		snprintf(date, sizeof date, "%02d/%02d/%04d", d, m, y);
	snprintf(buf, n, "%s %s (%s%s%s)", id_day_name(weekday_from_days(day)), date, day_kind_label(kind),
	         name ? ", " : "", name ? name : "");
}

/* Appends one part of a note, "; " between parts. */
static void note_add(char *buf, size_t n, size_t *len, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void note_add(char *buf, size_t n, size_t *len, const char *fmt, ...)
{
	if (*len >= n)
		return;
	if (*len)
		*len += (size_t)snprintf(buf + *len, n - *len, "; ");
	if (*len >= n)
		return;
	va_list ap;
	va_start(ap, fmt);
	*len += (size_t)vsnprintf(buf + *len, n - *len, fmt, ap);
	va_end(ap);
}

void remedy_stage_note(const sched_out *o, workcal *cal, int tz_offset, int year, char *buf, size_t n)
{
	size_t len = 0;
	char day[200];
	buf[0] = '\0';
	switch (o->fate) {
	case SCHED_KEPT:
		note_add(buf, n, &len, "selesai sebelum gangguan: tetap");
		return;
	case SCHED_WAITING:
		note_add(buf, n, &len, "%s", o->hit ? "terdampak sejauh ini: jadwal baru menunggu pulih"
		                                    : "belum dimulai: menunggu pulih");
		return;
	case SCHED_RUNNING:
		note_add(buf, n, &len, "berjalan saat gangguan: mulai tetap, akhir +%d hari", o->days);
		break;
	case SCHED_LATER:
		note_add(buf, n, &len, "bergeser +%d hari", o->days);
		break;
	}
	if (o->pushed)
		note_add(buf, n, &len, "+%d hari agar mulai sesudah tahap %d berakhir", o->pushed, o->after + 1);
	if (o->pokja_moved) {
		day_text(local_day(o->start, tz_offset) - o->pokja_moved, o->pokja_landed, cal, year, day, sizeof day);
		note_add(buf, n, &len, "tahap Pokja satu hari, mulai jatuh %s: +%d hari", day, o->pokja_moved);
	}
	if (o->moved) {
		day_text(local_day(o->end, tz_offset) - o->joined - o->moved, o->landed, cal, year, day, sizeof day);
		note_add(buf, n, &len, "akhir jatuh %s: +%d hari", day, o->moved);
	}
	if (o->joined)
		note_add(buf, n, &len, "+%d hari agar berakhir bersama tahap %d", o->joined, o->with + 1);
	if (o->sanggah_days && o->sanggah_days == o->sanggah_was)
		note_add(buf, n, &len, "masa sanggah tetap %d hari kalender", o->sanggah_days);
	else if (o->sanggah_days)
		note_add(buf, n, &len, "masa sanggah %d hari kalender (semula %d)", o->sanggah_days, o->sanggah_was);
}

int remedy_decision_check(const remedy_view *v, const incident *inc, const char *tender_code,
                          remedy_code r, const char *note, char *warn, size_t n, gg_err *err)
{
	warn[0] = '\0';
	if ((unsigned)r >= REMEDY__COUNT)
		return gg_fail(err, GG_EDATA, "upaya tidak dikenal; pilih %s", remedy_names());
	const tender_plan *p = remedy_view_plan(v, tender_code);
	const regime *rg = p ? p->regime : v->regime;
	unsigned allowed = p ? p->allowed : v->allowed;
	int has_note = note && note[strspn(note, " \t\n")];
	size_t len = 0;
	if (!rg) {
		snprintf(warn, n, "%s", v->why);
	} else {
		if (p && p->transitional)
			len += (size_t)snprintf(warn, n, "tender %s berjalan sebelum %s berlaku: menurut %s, tender ini "
			                        "tetap berpedoman pada %s. ", tender_code, v->regime->number,
			                        v->regime->transition_source, rg->number);
		if (!(allowed & (1u << r)))
			return gg_fail(err, GG_EDATA, "%s%s tidak memberi upaya '%s' untuk gangguan berpenyebab %s; "
			               "lihat gangguan remedy %lld", len ? warn : "", rg->number, remedy_table[r].name,
			               inc->cause, (long long)inc->id);
		const char *cond = rg->remedy_condition[r];
		if (cond && !has_note)
			return gg_fail(err, GG_EDATA, "upaya '%s' di bawah %s perlu lebih dari gangguan: %s",
			               remedy_table[r].name, rg->number, cond);
		if (cond && len < n)
			snprintf(warn + len, n - len, "%s", cond);
	}
	if (remedy_table[r].needs_days && !inc->t.restored)
		return gg_fail(err, GG_EDATA,
		               "gangguan #%lld belum pulih: jumlah hari gangguan belum diketahui, penyesuaian "
		               "jadwal belum dapat diputuskan (catat pemulihan dahulu: gangguan restore)",
		               (long long)inc->id);
	return GG_OK;
}
