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

static const char *dm(const app *a, int64_t utc, char *buf, size_t n)
{
	civil c;
	civil_from_utc(utc, a->ses->cfg->tz, &c);
	snprintf(buf, n, "%02d/%02d %02d:%02d", c.day, c.month, c.hour, c.minute);
	return buf;
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
