/* Confirming a hit and recording a decision from pick-lists
 * (tui_tender.h): the tenders and remedies come from the incident's
 * remedy case, the remedies as remedy_case_decide() would allow them, so
 * that nothing is retyped and nothing is offered that would be refused. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "remedyview.h"
#include "strbuf.h"
#include "tenders.h"
#include "tui_form.h"
#include "tui_pick.h"
#include "tui_tender.h"

/* Texts of pick items, owned here. */
typedef struct item_texts {
	pick_item *items;
	char **own;          /* 2 per item */
	size_t n;
} item_texts;

static int texts_init(item_texts *t, size_t n)
{
	t->n = n;
	t->items = calloc(n ? n : 1, sizeof *t->items);
	t->own = calloc(2 * (n ? n : 1), sizeof *t->own);
	return t->items && t->own ? 0 : -1;
}

static void texts_set(item_texts *t, size_t i, const char *text, const char *detail)
{
	t->own[2 * i] = strdup(text ? text : "");
	t->own[2 * i + 1] = detail ? strdup(detail) : NULL;
	t->items[i] = (pick_item){ t->own[2 * i] ? t->own[2 * i] : "", t->own[2 * i + 1] };
}

static void texts_free(item_texts *t)
{
	for (size_t i = 0; t->own && i < 2 * t->n; i++)
		free(t->own[i]);
	free(t->own);
	free(t->items);
	memset(t, 0, sizeof *t);
}

/* "4 Upload Dokumen Penawaran; 5 ..." : the stages of p the disruption
 * met, as the service's proposal marks them. */
static void hit_names(const tender_plan *p, strbuf *sb)
{
	const tender *t = &p->h->t;
	for (size_t k = 0; p->proposed && k < t->stages.n; k++)
		if (p->proposed[k].hit)
			sb_appendf(sb, "%s%zu %s", sb->len ? "; " : "", k + 1, t->stages.v[k].name);
}

void tv_hit_toggle(app *a, int64_t incident_id, const char *code, int confirmed)
{
	gg_err err;
	char q[300];
	if (confirmed) {
		snprintf(q, sizeof q, _("Tarik konfirmasi tender %s dari gangguan #%lld? (y/T)"), code, (long long)incident_id);
		if (app_confirm(a, q) != 1) {
			app_status(a, "%s", _("Konfirmasi tidak ditarik."));
			return;
		}
		if (store_hit_remove(a->ses->st, incident_id, code, &err))
			app_error(a, "%s", err.msg);
		else
			app_status(a, _("Tender %s tidak lagi terdampak."), code);
		return;
	}
	if (store_hit_confirm(a->ses->st, incident_id, code, &err))
		app_error(a, "%s", err.msg);
	else
		app_status(a, _("Tender %s dikonfirmasi terdampak."), code);
}

void tv_hit_pick(app *a, int64_t incident_id)
{
	remedy_case rc;
	gg_err err;
	if (remedy_case_load(a->ses, incident_id, &rc, &err)) {
		app_error(a, "%s", err.msg);
		return;
	}
	const remedy_view *v = &rc.view;
	if (!v->nplans) {
		app_status(a, "%s", _("Tidak ada tender yang diusulkan: tidak ada tahap tender dalam rentang gangguan "
		                      "(T: daftar tender)."));
		remedy_case_free(&rc);
		return;
	}
	item_texts it = { 0 };
	size_t sel = v->nplans;
	if (texts_init(&it, v->nplans) < 0) {
		texts_free(&it);
		remedy_case_free(&rc);
		app_error(a, "%s", _("memori habis"));
		return;
	}
	for (size_t i = 0; i < v->nplans; i++) {
		const tender_plan *p = &v->plans[i];
		char text[600], when[40];
		strbuf detail = STRBUF_INIT;
		snprintf(text, sizeof text, "%s  %s%s", p->h->t.code, p->h->t.name,
		         p->h->confirmed ? _("  [dikonfirmasi]") : "");
		if (p->h->confirmed)
			sb_appendf(&detail, _("dikonfirmasi %s oleh %s; Enter menarik konfirmasinya"),
			           app_time(a, p->h->confirmed_at, when, sizeof when), p->h->confirmed_by);
		else {
			strbuf names = STRBUF_INIT;
			hit_names(p, &names);
			sb_appendf(&detail, _("diusulkan; tahap terkena: %s"), names.len ? sb_str(&names) : "-");
			sb_free(&names);
			if (sel == v->nplans)
				sel = i;   /* start on the first one still to confirm */
		}
		texts_set(&it, i, text, sb_failed(&detail) ? "" : sb_str(&detail));
		sb_free(&detail);
	}
	if (sel == v->nplans)
		sel = 0;
	char title[200];
	snprintf(title, sizeof title, _("Tender terdampak gangguan #%lld"), (long long)incident_id);
	int r = app_pick(a, title, _("Enter pada tender yang diusulkan: konfirmasi terdampak; pada yang sudah "
	                             "dikonfirmasi: tarik (ditanya dulu)."), it.items, it.n, &sel);
	if (r == 1) {
		char *code = strdup(v->plans[sel].h->t.code);
		int confirmed = v->plans[sel].h->confirmed;
		if (code)
			tv_hit_toggle(a, incident_id, code, confirmed);
		free(code);
	}
	texts_free(&it);
	remedy_case_free(&rc);
}

void tv_decide(app *a, const remedy_case *rc, const tender_plan *p)
{
	const char *code = p->h->t.code;
	const decision *last = remedy_case_decision(rc, p->h->t.id);
	item_texts it = { 0 };
	remedy_code offered[REMEDY__COUNT];
	size_t n = 0, sel = 0;
	strbuf why = STRBUF_INIT;
	if (texts_init(&it, REMEDY__COUNT) < 0) {
		texts_free(&it);
		app_error(a, "%s", _("memori habis"));
		return;
	}
	for (int r = 0; r < REMEDY__COUNT; r++) {
		char warn[1200], text[300];
		gg_err err;
		/* the service's rule, with a note: the ground is typed in the form */
		if (remedy_decision_check(&rc->view, &rc->inc, code, (remedy_code)r, "-", warn, sizeof warn, &err)) {
			if (p->allowed & (1u << r))
				sb_appendf(&why, "%s%s (%s) tidak ditawarkan:\n%s", why.len ? "\n" : "",
				           regime_remedy_label(p->regime, (remedy_code)r), remedy_table[r].name, err.msg);
			continue;
		}
		const char *cond = p->regime ? p->regime->remedy_condition[r] : NULL;
		snprintf(text, sizeof text, "%s (%s)", regime_remedy_short(p->regime, (remedy_code)r), remedy_table[r].name);
		strbuf detail = STRBUF_INIT;
		sb_append(&detail, regime_remedy_label(p->regime, (remedy_code)r));
		if (cond)
			sb_appendf(&detail, _("; perlu lebih dari gangguan, tulis dasarnya di Catatan: %s"), cond);
		texts_set(&it, n, text, sb_failed(&detail) ? NULL : sb_str(&detail));
		sb_free(&detail);
		if ((last && last->remedy == (remedy_code)r) || (!last && r == REMEDY_RESCHEDULE))
			sel = n;
		offered[n++] = (remedy_code)r;
	}
	if (!n) {
		app_error(a, "%s", why.len && !sb_failed(&why) ? sb_str(&why) : _("Tidak ada upaya yang dapat dicatat."));
		sb_free(&why);
		texts_free(&it);
		return;
	}
	char title[300];
	if (last)
		snprintf(title, sizeof title, _("Upaya untuk tender %s (revisi %d: %s)"), code, last->revision,
		         regime_remedy_label(p->regime, last->remedy));
	else
		snprintf(title, sizeof title, _("Upaya untuk tender %s"), code);
	int r = app_pick(a, title, why.len && !sb_failed(&why) ? sb_str(&why) : NULL, it.items, n, &sel);
	sb_free(&why);
	if (r == 1) {
		screen *f = form_open_decide(a, rc->inc.id, code, remedy_table[offered[sel]].name);
		if (f)
			app_push(a, f);
	}
	texts_free(&it);
}

void tv_decide_pick(app *a, int64_t incident_id)
{
	remedy_case rc;
	gg_err err;
	if (remedy_case_load(a->ses, incident_id, &rc, &err)) {
		app_error(a, "%s", err.msg);
		return;
	}
	const remedy_view *v = &rc.view;
	size_t *which = calloc(v->nplans ? v->nplans : 1, sizeof *which), n = 0;
	item_texts it = { 0 };
	if (!which || texts_init(&it, v->nplans) < 0) {
		free(which);
		texts_free(&it);
		remedy_case_free(&rc);
		app_error(a, "%s", _("memori habis"));
		return;
	}
	for (size_t i = 0; i < v->nplans; i++) {
		const tender_plan *p = &v->plans[i];
		if (!p->h->confirmed)
			continue;
		const decision *d = remedy_case_decision(&rc, p->h->t.id);
		char text[600], detail[400];
		snprintf(text, sizeof text, "%s  %s", p->h->t.code, p->h->t.name);
		if (d)
			snprintf(detail, sizeof detail, _("keputusan: %s, BA %s (revisi %d); yang baru menjadi revisi %d"),
			         regime_remedy_label(p->regime, d->remedy), d->ref, d->revision, d->revision + 1);
		else
			snprintf(detail, sizeof detail, "%s", _("belum ada keputusan"));
		texts_set(&it, n, text, detail);
		which[n++] = i;
	}
	size_t sel = 0;
	char title[200];
	snprintf(title, sizeof title, _("Keputusan Pokja: tender gangguan #%lld"), (long long)incident_id);
	if (!n)
		app_error(a, _("Belum ada tender yang dikonfirmasi terdampak gangguan #%lld: H untuk mengonfirmasi dari "
		               "daftar."), (long long)incident_id);
	else if (app_pick(a, title, _("Tender yang dikonfirmasi terdampak; keputusan baru atas tender yang sudah "
	                              "diputus menjadi revisi berikutnya."), it.items, n, &sel) == 1)
		tv_decide(a, &rc, &v->plans[which[sel]]);
	free(which);
	texts_free(&it);
	remedy_case_free(&rc);
}
