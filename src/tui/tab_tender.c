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
#include "remedycase.h"
#include "strbuf.h"
#include "tenders.h"
#include "tui_detail.h"
#include "tui_tender.h"

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
		if (p->h->confirmed)
			dl_add(l, 0, _("   Terdampak: dikonfirmasi %s oleh %s"), app_time(a, p->h->confirmed_at, t1, sizeof t1),
			       p->h->confirmed_by);
		else
			dl_add(l, 0, "   %s", _("Terdampak: diusulkan, belum dikonfirmasi"));
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
		/* which stages the disruption met, by the service's rule */
		unsigned char *met = calloc(t->stages.n ? t->stages.n : 1, 1);
		if (met) {
			tender_stages_hit(r, p, met);
			strbuf names = STRBUF_INIT;
			for (size_t k = 0; k < t->stages.n; k++)
				if (met[k])
					sb_appendf(&names, "%s%zu %s", names.len ? "; " : "", k + 1, t->stages.v[k].name);
			if (names.len && !sb_failed(&names))
				dl_wrap(l, cols, "   Tahap terkena: ", sb_str(&names));
			sb_free(&names);
		}
		if (t->stages.n)
			tv_proposal(a, r, p, met, cols, l);
		free(met);
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
