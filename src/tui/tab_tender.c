/* The "Tender & Remedi" tab of the detail screen: what `gangguan remedy`
 * shows, laid out for the screen.  The regime in force and why, the
 * provisions for the incident's cause, the days of disruption, and for
 * each hit tender its current schedule beside the proposed one and the
 * committee's decision.  Everything is computed by remedyview.h; this
 * file only loads (tui_remedy_load) and lays it out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "i18n.h"
#include "schedule.h"
#include "store_tender.h"
#include "tui_detail.h"

void tui_remedy_free(tui_remedy *r)
{
	if (r->have_view)
		remedy_view_free(&r->view);
	if (r->have_latest)
		decision_list_free(&r->latest);
	if (r->have_hits)
		hit_list_free(&r->hits);
	if (r->have_env)
		remedy_env_free(&r->env);
	memset(r, 0, sizeof *r);
}

int tui_remedy_load(app *a, const incident *inc, tui_remedy *r, gg_err *err)
{
	char *problems = NULL;
	int code;
	memset(r, 0, sizeof *r);
	if ((code = remedy_env_load(a->cfg, &r->env, &problems, err))) {
		if (problems) {
			/* The first problem names the file and line. */
			snprintf(err->msg, sizeof err->msg, "%.*s", (int)strcspn(problems, "\n"), problems);
		}
		free(problems);
		return code;
	}
	free(problems);
	r->have_env = 1;
	if ((code = store_hits(a->st, inc->id, &r->hits, err)))
		goto fail;
	r->have_hits = 1;
	if ((code = store_decisions(a->st, inc->id, 0, 0, &r->latest, err)))
		goto fail;
	r->have_latest = 1;
	if (remedy_view_build(inc, &r->hits, &r->env.cat, &r->env.cal, zone_utc_offset(a->cfg->tz),
	                      store_now(a->st), &r->view) < 0) {
		code = gg_fail(err, GG_ESOFTWARE, "%s", _("memori habis"));
		goto fail;
	}
	r->have_view = 1;
	return GG_OK;
fail:
	tui_remedy_free(r);
	return code;
}

static const decision *latest_for(const tui_remedy *r, int64_t tender_id)
{
	for (size_t i = 0; i < r->latest.n; i++)
		if (r->latest.v[i].tender_id == tender_id)
			return &r->latest.v[i];
	return NULL;
}

static const char *dm(const app *a, int64_t utc, char *buf, size_t n)
{
	civil c;
	civil_from_utc(utc, a->cfg->tz, &c);
	snprintf(buf, n, "%02d/%02d %02d:%02d", c.day, c.month, c.hour, c.minute);
	return buf;
}

static void layout(app *a, const incident *inc, const tui_remedy *r, int cols, dlines *l)
{
	const remedy_view *v = &r->view;
	char t1[64], t2[64], buf[600];
	snprintf(buf, sizeof buf, "%s %s", app_time(a, inc->t.started, t1, sizeof t1), zone_name(a->cfg->tz));
	dl_add(l, 0, "%-15s: %s s.d. %s", _("Waktu gangguan"), buf,
	       inc->t.restored ? app_time(a, inc->t.restored, t2, sizeof t2) : _("belum pulih"));
	(void)cause_find;
	dl_add(l, 0, "%-15s: %d %s%s", _("Jumlah hari"), v->days, _("hari kalender"),
	       v->provisional ? _(" (sementara: belum pulih)") : "");
	if (v->regime) {
		dl_wrap(l, cols, "Peraturan      : ", v->regime->number);
		dl_wrap(l, cols, "Mengapa        : ", v->why);
		dl_wrap(l, cols, "Yang memutus   : ", v->regime->committee);
		dl_add(l, 0, "%s", "");
		dl_add(l, 0, "%s", _("Ketentuan untuk penyebab ini:"));
		if (!v->nprovs)
			dl_add(l, 0, "  %s", _("(tidak ada ketentuan yang mencakup penyebab ini)"));
		for (size_t i = 0; i < v->nprovs; i++) {
			const provision *p = v->provs[i];
			snprintf(buf, sizeof buf, " %zu. ", i + 1);
			dl_wrap(l, cols, buf, p->text);
			for (size_t k = 0; k < p->nitems; k++) {
				snprintf(buf, sizeof buf, "    %c. ", k < 26 ? (char)('a' + k) : '?');
				dl_wrap(l, cols, buf, p->items[k]);
			}
		}
		for (int c = 0; c < REMEDY__COUNT; c++)
			if (v->regime->remedy_condition[c]) {
				snprintf(buf, sizeof buf, "  %s %s: ", _("PERHATIAN"), remedy_table[c].short_label);
				dl_wrap(l, cols, buf, v->regime->remedy_condition[c]);
			}
	} else {
		dl_wrap(l, cols, "Peraturan      : ", v->why);
	}
	dl_add(l, 0, "%s", "");
	dl_add(l, 0, "%s", _("Tender terdampak (H: konfirmasi, D: catat keputusan):"));
	if (!v->nplans)
		dl_add(l, 0, "  %s", _("Belum ada tender: tidak ada tahap tender dalam rentang gangguan."));
	for (size_t i = 0; i < v->nplans; i++) {
		const tender_plan *p = &v->plans[i];
		const tender *t = &p->h->t;
		dl_add(l, 0, "%s", "");
		snprintf(buf, sizeof buf, " %s  ", t->code);
		dl_wrap(l, cols, buf, t->name);
		dl_add(l, 0, "   %s", p->h->confirmed ? _("Terdampak: dikonfirmasi")
		                                      : _("Terdampak: diusulkan, belum dikonfirmasi"));
		const decision *dec = latest_for(r, t->id);
		if (dec) {
			snprintf(buf, sizeof buf, "%s, BA %s, %s (revisi %d)%s%s",
			         regime_remedy_label(v->regime, dec->remedy), dec->ref,
			         app_time(a, dec->decided, t1, sizeof t1), dec->revision, *dec->note ? ": " : "",
			         dec->note);
			dl_wrap(l, cols, "   Keputusan: ", buf);
		} else {
			dl_add(l, 0, "   %s", _("Keputusan: belum ada"));
		}
		if (!p->proposed)
			continue;
		dl_add(l, 0, "   %s (+%d %s):", _("Semula dan usulan bila dijadwal ulang"), v->days, _("hari"));
		for (size_t k = 0; k < t->stages.n; k++) {
			const stage *s = &t->stages.v[k];
			const sched_out *so = &p->proposed[k];
			char s1[20], e1[20], s2[20], e2[20], name[64];
			snprintf(name, sizeof name, "%s", s->name);
			dl_add(l, 0, "  %2zu %-20.20s %s-%s %s %s-%s", k + 1, name, dm(a, s->start, s1, sizeof s1),
			       dm(a, s->end, e1, sizeof e1), so->shifted ? ">" : "=", dm(a, so->start, s2, sizeof s2),
			       dm(a, so->end, e2, sizeof e2));
		}
	}
	if (v->missing_year)
		dl_add(l, 0, _("PERHATIAN: tidak ada kalender hari libur %d; hanya akhir pekan dihitung."),
		       v->missing_year);
}

void tab_tender_build(app *a, const incident *inc, int cols, dlines *l)
{
	tui_remedy r;
	gg_err err;
	if (tui_remedy_load(a, inc, &r, &err)) {
		dl_add(l, 0, "%s", _("Data remedi tidak dapat dimuat:"));
		dl_wrap(l, cols, "  ", err.msg);
		return;
	}
	layout(a, inc, &r, cols, l);
	tui_remedy_free(&r);
}
