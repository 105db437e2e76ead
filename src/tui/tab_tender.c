/* The "Tender & Remedi" tab of the detail screen: what `gangguan remedy`
 * shows, laid out for the screen.  The regime in force and why, the
 * provisions for the incident's cause, the days of disruption, and for
 * each hit tender its current schedule beside the proposed one and the
 * committee's decision.  The model is the service's remedy case
 * (remedycase.h), the same that `gangguan remedy` prints; this file only
 * lays it out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "i18n.h"
#include "schedule.h"
#include "remedycase.h"
#include "tui_detail.h"
#include "tui_draw.h"

/* A stage's times, the year written when it is not the incident's. */
static void span(const app *a, const remedy_view *v, int64_t start, int64_t end, char *buf, size_t n)
{
	char s1[24], s2[24];
	int tz = zone_utc_offset(a->ses->cfg->tz);
	remedy_date(start, tz, v->year, s1, sizeof s1);
	remedy_date(end, tz, v->year, s2, sizeof s2);
	snprintf(buf, n, "%s-%s", s1, s2);
}

/* The stages beside the proposal, a hit one marked '*', each with the
 * reason of its move as `gangguan remedy` gives it.  Names take the width
 * the terminal has; one longer than that goes on lines of its own. */
static void stage_lines(app *a, const remedy_view *v, const tender_plan *p, int cols, dlines *l)
{
	const tender *t = &p->h->t;
	int tz = zone_utc_offset(a->ses->cfg->tz), wtimes = 0, wname = 0;
	char was[64], now[64], note[600], no[24], buf[700];
	for (size_t k = 0; k < t->stages.n; k++) {
		span(a, v, t->stages.v[k].start, t->stages.v[k].end, was, sizeof was);
		span(a, v, p->proposed[k].start, p->proposed[k].end, now, sizeof now);
		int w = (int)(strlen(was) + 3 + strlen(now));
		wtimes = w > wtimes ? w : wtimes;
		w = text_width(t->stages.v[k].name);
		wname = w > wname ? w : wname;
	}
	int room = cols - 6 - 1 - wtimes;   /* "  *12 " before the name, a blank after */
	if (wname > room)
		wname = room > 20 ? room : 20;
	for (size_t k = 0; k < t->stages.n; k++) {
		const stage *st = &t->stages.v[k];
		const sched_out *so = &p->proposed[k];
		snprintf(no, sizeof no, "%s%zu", so->hit ? "*" : "", k + 1);
		span(a, v, st->start, st->end, was, sizeof was);
		if (so->fate == SCHED_WAITING)
			snprintf(now, sizeof now, "%s", _("menunggu pulih"));
		else
			span(a, v, so->start, so->end, now, sizeof now);
		int w = text_width(st->name);
		if (w <= wname) {
			dl_add(l, 0, "  %3s %s%*s %s %s %s", no, st->name, wname - w, "", was,
			       so->shifted ? ">" : "=", now);
		} else {
			snprintf(buf, sizeof buf, "  %3s ", no);
			dl_wrap(l, cols, buf, st->name);
			dl_add(l, 0, "      %*s %s %s %s", wname, "", was, so->shifted ? ">" : "=", now);
		}
		remedy_stage_note(so, &a->ses->cal, tz, v->year, note, sizeof note);
		dl_wrap(l, cols, "        ", note);
	}
	dl_add(l, 0, "   %s", v->provisional ? _("* tahap terdampak gangguan sejauh ini") : _("* tahap terdampak gangguan"));
}

void tab_tender_schedule(app *a, const remedy_view *v, const tender_plan *p, int cols, dlines *l)
{
	if (v->provisional)
		dl_add(l, 0, "   %s (%s %d %s):", _("Jadwal baru menunggu pulih"), _("sejauh ini"), v->days, _("hari"));
	else
		dl_add(l, 0, "   %s (+%d %s):", _("Semula dan usulan bila dijadwal ulang"), v->days, _("hari"));
	stage_lines(a, v, p, cols, l);
}

static void layout(app *a, const incident *inc, const remedy_case *r, int cols, dlines *l)
{
	const remedy_view *v = &r->view;
	char t1[64], t2[64], buf[600];
	snprintf(buf, sizeof buf, "%s %s", app_time(a, inc->t.started, t1, sizeof t1), zone_name(a->ses->cfg->tz));
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
				snprintf(buf, sizeof buf, "  %s %s: ", _("PERHATIAN"), regime_remedy_short(v->regime, (remedy_code)c));
				dl_wrap(l, cols, buf, v->regime->remedy_condition[c]);
			}
	} else {
		dl_wrap(l, cols, "Peraturan      : ", v->why);
	}
	dl_add(l, 0, "%s", "");
	dl_add(l, 0, "%s", _("Tender terdampak (H: konfirmasi, D: catat keputusan):"));
	if (v->void_incident)
		dl_add(l, 0, "  %s", _("Gangguan dibatalkan (void): tidak ada tender terdampak."));
	else if (!v->nplans)
		dl_add(l, 0, "  %s", v->provisional ? _("Belum ada tender: tidak ada tahap tender yang berjalan sejak gangguan mulai.")
		                                    : _("Belum ada tender: tidak ada tahap tender dalam rentang gangguan."));
	for (size_t i = 0; i < v->nplans; i++) {
		const tender_plan *p = &v->plans[i];
		const tender *t = &p->h->t;
		dl_add(l, 0, "%s", "");
		snprintf(buf, sizeof buf, " %s  ", t->code);
		dl_wrap(l, cols, buf, t->name);
		dl_add(l, 0, "   %s", p->h->confirmed ? _("Terdampak: dikonfirmasi")
		                                      : _("Terdampak: diusulkan, belum dikonfirmasi"));
		if (p->transitional) {
			snprintf(buf, sizeof buf, _("%s, bukan %s: tender berjalan sebelum %s berlaku (%s)"),
			         p->regime->number, v->regime->number, v->regime->number, v->regime->transition_source);
			dl_wrap(l, cols, "   Peraturan tender: ", buf);
		}
		const decision *dec = remedy_case_decision(r, t->id);
		if (dec) {
			snprintf(buf, sizeof buf, "%s, BA %s, %s (revisi %d)%s%s",
			         regime_remedy_label(p->regime, dec->remedy), dec->ref,
			         app_time(a, dec->decided, t1, sizeof t1), dec->revision, *dec->note ? ": " : "",
			         dec->note);
			dl_wrap(l, cols, "   Keputusan: ", buf);
		} else {
			dl_add(l, 0, "   %s", _("Keputusan: belum ada"));
		}
		if (p->proposed)
			tab_tender_schedule(a, v, p, cols, l);
	}
	if (v->missing_year)
		dl_add(l, 0, _("PERHATIAN: tidak ada kalender hari libur %d; hanya akhir pekan dihitung."),
		       v->missing_year);
}

void tab_tender_build(app *a, const incident *inc, int cols, dlines *l)
{
	remedy_case r;
	gg_err err;
	if (remedy_case_load(a->ses, inc->id, &r, &err)) {
		dl_add(l, 0, "%s", _("Data remedi tidak dapat dimuat:"));
		dl_wrap(l, cols, "  ", err.msg);
		return;
	}
	layout(a, &r.inc, &r, cols, l);
	remedy_case_free(&r);
}
