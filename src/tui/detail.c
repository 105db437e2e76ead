/* The detail screen of one incident: tabs Ringkasan, Kronologi, Dokumen,
 * Tender & Remedi, Audit, each a small build function in a table; keys
 * for every lifecycle step open the forms. */
#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auditview.h"
#include "cause.h"
#include "i18n.h"
#include "store.h"
#include "store_tender.h"
#include "tui_detail.h"
#include "tui_draw.h"
#include "tui_form.h"
#include "tui_screens.h"
#include "tui_tender.h"

/* ---- lines ---- */

void dl_add(dlines *l, int64_t doc, const char *fmt, ...)
{
	char buf[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 32;
		char **nv = realloc(l->v, cap * sizeof *nv);
		if (!nv)
			return;
		l->v = nv;
		int64_t *nd = realloc(l->doc, cap * sizeof *nd);
		if (!nd)
			return;
		l->doc = nd;
		l->cap = cap;
	}
	l->v[l->n] = strdup(buf);
	if (!l->v[l->n])
		return;
	l->doc[l->n++] = doc;
}

void dl_wrap(dlines *l, int cols, const char *prefix, const char *text)
{
	char **w;
	int pw = text_width(prefix);
	size_t n = wrap_lines(text, cols - pw, &w);
	for (size_t i = 0; i < n; i++)
		dl_add(l, 0, "%*s%s", i ? pw : 0, i ? "" : prefix, w[i]);
	if (!n)
		dl_add(l, 0, "%s", prefix);
	lines_free(w, n);
}

void dl_free(dlines *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	free(l->doc);
	memset(l, 0, sizeof *l);
}

/* ---- the screen ---- */

typedef struct detail {
	screen base;
	int64_t id;
	incident inc;
	int loaded;
	int tab;
	dlines lines;
	int built_cols;
	int built_tab;
	size_t top, sel;
} detail;

typedef struct tab_def {
	const char *title;
	void (*build)(detail *d, int cols);
} tab_def;

static void time_line(detail *d, const char *label, int64_t t)
{
	app *a = d->base.a;
	char buf[64], day[64];
	civil c;
	if (!t) {
		dl_add(&d->lines, 0, "%-16s: -", label);
		return;
	}
	civil_from_utc(t, a->ses->cfg->tz, &c);
	fmt_id_date(day, sizeof day, &c);
	dl_add(&d->lines, 0, "%-16s: %s %s (%s, %s)", label, app_time(a, t, buf, sizeof buf),
	       zone_name(a->ses->cfg->tz), id_day_name(c.weekday), day);
}

static void build_summary(detail *d, int cols)
{
	const incident *x = &d->inc;
	const cause_info *ci = cause_find(x->cause);
	char dur[64];
	dl_add(&d->lines, 0, "%-16s: #%lld", _("Nomor gangguan"), (long long)x->id);
	dl_add(&d->lines, 0, "%-16s: %s", _("Status"), _(state_label(x->state)));
	dl_wrap(&d->lines, cols, "Ringkasan       : ", x->summary);
	dl_add(&d->lines, 0, "%-16s: %s", _("Penyebab"), ci ? _(ci->label) : x->cause);
	dl_wrap(&d->lines, cols, "Dampak          : ", x->impact && *x->impact ? x->impact : "-");
	dl_add(&d->lines, 0, "%-16s: %s (%s)", _("Pelapor"), x->reporter && *x->reporter ? x->reporter : "-",
	       x->channel && *x->channel ? x->channel : "-");
	time_line(d, _("Mulai"), x->t.started);
	time_line(d, _("Dibuka"), x->t.opened);
	time_line(d, _("Pulih"), x->t.restored);
	time_line(d, _("Ditutup"), x->t.closed);
	if (x->state == ST_VOID)
		snprintf(dur, sizeof dur, "-");
	else if (x->t.restored)
		fmt_duration(dur, sizeof dur, x->t.restored - x->t.started);
	else
		snprintf(dur, sizeof dur, "%s", _("masih berlangsung"));
	dl_add(&d->lines, 0, "%-16s: %s", _("Durasi"), dur);
	if (x->void_reason)
		dl_wrap(&d->lines, cols, "Alasan batal    : ", x->void_reason);
	dl_add(&d->lines, 0, "%s", "");
	static const char *const next[ST__COUNT] = {
		[ST_REPORTED] = N_("Langkah berikut: o buka (BA Pembukaan) · v batalkan laporan"),
		[ST_OPEN] = N_("Langkah berikut: e kronologi · a tindakan · r tandai pulih"),
		[ST_RESTORED] = N_("Langkah berikut: e kronologi · a tindakan · c tutup (BA Penutupan)"),
		[ST_CLOSED] = N_("Selesai: gangguan ditutup. Dokumen di tab Dokumen (Enter untuk membaca)."),
		[ST_VOID] = N_("Laporan dibatalkan."),
	};
	dl_add(&d->lines, 0, "%s", _(next[x->state]));
}

static void build_events(detail *d, int cols)
{
	app *a = d->base.a;
	event_list ev;
	gg_err err;
	if (store_events(a->ses->st, d->id, &ev, &err)) {
		dl_add(&d->lines, 0, "%s", err.msg);
		return;
	}
	if (!ev.n)
		dl_add(&d->lines, 0, "%s", _("Kronologi masih kosong (e: tambah kronologi, a: tambah tindakan)."));
	for (size_t i = 0; i < ev.n; i++) {
		char t[64], prefix[128];
		snprintf(prefix, sizeof prefix, "%2zu. %s %s%s ", i + 1, app_time(a, ev.v[i].at, t, sizeof t),
		         ev.v[i].about ? "±" : " ", ev.v[i].action ? _("[tindakan]") : "");
		size_t first = d->lines.n;
		dl_wrap(&d->lines, cols, prefix, ev.v[i].text);
		if (first < d->lines.n)
			d->lines.doc[first] = ev.v[i].id;   /* E and X act on this event, whatever others add meanwhile */
	}
	event_list_free(&ev);
}

/* "023 /LPSE.Lebongkab/II/2018" -> "BA-023-LPSE.Lebongkab-II-2018.txt" */
static void export_name(const document *doc, char *buf, size_t n)
{
	size_t o = (size_t)snprintf(buf, n, "BA-");
	for (const char *p = doc->number ? doc->number : "dokumen"; *p && o + 5 < n; p++) {
		char c = *p;
		if (c == ' ')
			continue;
		buf[o++] = (c == '/' ) ? '-' : ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
		                                (c >= 'a' && c <= 'z') || c == '.' || c == '-') ? c : '_';
	}
	snprintf(buf + o, n - o, ".txt");
}

/* A letter freezes what it quoted: when the record was corrected after
 * the last letter in force, say so (the next letter uses the correction). */
static void corrected_note(detail *d, int cols, const doc_row_list *dl)
{
	app *a = d->base.a;
	const doc_row *last = NULL;
	for (size_t i = 0; i < dl->n; i++)
		if (!dl->v[i].withdrawn)
			last = &dl->v[i];
	audit_list al;
	gg_err err;
	if (!last || store_audit(a->ses->st, d->id, &al, &err))
		return;
	int64_t at = 0;
	for (size_t i = 0; i < al.n; i++)
		if (strncmp(al.v[i].action, "edit", 4) == 0 || strncmp(al.v[i].action, "event-", 6) == 0)
			at = al.v[i].at > at ? al.v[i].at : at;
	audit_list_free(&al);
	if (at > last->issued) {
		char buf[300];
		snprintf(buf, sizeof buf, _("Data dikoreksi sesudah BA No. %s terbit: BA itu tetap seperti "
		                            "terbit; BA berikutnya memakai data yang dikoreksi."), last->number);
		dl_add(&d->lines, 0, "%s", "");
		dl_wrap(&d->lines, cols, "! ", buf);
	}
}

static void build_docs(detail *d, int cols)
{
	(void)cols;
	app *a = d->base.a;
	doc_row_list dl;
	gg_err err;
	if (store_docs(a->ses->st, 0, d->id, &dl, &err)) {
		dl_add(&d->lines, 0, "%s", err.msg);
		return;
	}
	if (!dl.n)
		dl_add(&d->lines, 0, "%s", _("Belum ada Berita Acara (terbit saat dibuka dan ditutup)."));
	for (size_t i = 0; i < dl.n; i++) {
		char t[64];
		dl_add(&d->lines, dl.v[i].id, "%-30s %s %s %s%s", dl.v[i].number ? dl.v[i].number : "-",
		       app_time(a, dl.v[i].issued, t, sizeof t), zone_name(a->ses->cfg->tz),
		       doc_kind_title(dl.v[i].kind), dl.v[i].withdrawn ? _(" · DIBATALKAN") : "");
		if (dl.v[i].withdrawn)
			dl_wrap(&d->lines, cols, "    ", dl.v[i].withdrawn_reason);
	}
	if (dl.n)
		dl_add(&d->lines, 0, "%s", _("Enter: baca dan ekspor dokumen terpilih. W: batalkan BA yang keliru terbit."));
	corrected_note(d, cols, &dl);
	doc_row_list_free(&dl);
}

static void build_tender(detail *d, int cols)
{
	tab_tender_build(d->base.a, &d->inc, cols, &d->lines);
}

static void build_audit(detail *d, int cols)
{
	app *a = d->base.a;
	audit_list al;
	gg_err err;
	if (store_audit(a->ses->st, d->id, &al, &err)) {
		dl_add(&d->lines, 0, "%s", err.msg);
		return;
	}
	/* In words, as `gangguan audit` prints them (auditview.h). */
	for (size_t i = 0; i < al.n; i++) {
		char t[64], prefix[200];
		const audit_entry *e = &al.v[i];
		strbuf what = STRBUF_INIT;
		audit_describe(e, a->ses->cfg->tz, &what);
		strbuf who = STRBUF_INIT;
		audit_who(e, &who);
		snprintf(prefix, sizeof prefix, "%s %s %s: ", app_time(a, e->at, t, sizeof t),
		         zone_name(a->ses->cfg->tz), sb_str(&who));
		sb_free(&who);
		dl_wrap(&d->lines, cols, prefix, sb_str(&what));
		sb_free(&what);
	}
	if (!al.n)
		dl_add(&d->lines, 0, "%s", _("Tidak ada catatan audit."));
	audit_list_free(&al);
}

static const tab_def tabs[] = {
	{ N_("Ringkasan"), build_summary },
	{ N_("Kronologi"), build_events },
	{ N_("Dokumen"), build_docs },
	{ N_("Tender & Remedi"), build_tender },
	{ N_("Audit"), build_audit },
};
enum { NTABS = sizeof tabs / sizeof tabs[0] };

static void reload(detail *d)
{
	app *a = d->base.a;
	gg_err err;
	if (d->loaded)
		incident_free(&d->inc);
	d->loaded = store_incident_get(a->ses->st, d->id, &d->inc, &err) == GG_OK;
	if (!d->loaded)
		app_error(a, "%s", err.msg);
	d->built_cols = -1;
}

static void build(detail *d)
{
	int cols = COLS - 2;
	if (d->built_cols == cols && d->built_tab == d->tab)
		return;
	dl_free(&d->lines);
	if (d->loaded)
		tabs[d->tab].build(d, cols);
	d->built_cols = cols;
	d->built_tab = d->tab;
	if (d->sel >= d->lines.n)
		d->sel = d->lines.n ? d->lines.n - 1 : 0;
}

/* Tabs whose lines are items to act on: Kronologi (E, X) and Dokumen
 * (Enter, W); the others scroll. */
static int selectable(const detail *d)
{
	return d->tab == 1 || d->tab == 2;
}

static int body_rows(void)
{
	int r = LINES - 5;
	return r < 1 ? 1 : r;
}

static void detail_draw(screen *s)
{
	detail *d = (detail *)s;
	app *a = s->a;
	char buf[400];
	build(d);
	if (d->loaded) {
		snprintf(buf, sizeof buf, "#%lld · %s · %s", (long long)d->id, _(state_label(d->inc.state)),
		         d->inc.summary);
		attron(A_BOLD);
		draw_text(1, 1, COLS - 2, buf);
		attroff(A_BOLD);
	}
	int x = 1;
	for (int t = 0; t < NTABS; t++) {
		snprintf(buf, sizeof buf, " %d %s ", t + 1, _(tabs[t].title));
		attrset(t == d->tab ? app_attr(a, ATTR_SELECTED) : (int)A_UNDERLINE);
		x += draw_text(2, x, COLS - x - 1, buf);
		attrset(A_NORMAL);
		x++;
	}
	size_t rows = (size_t)body_rows();
	if (selectable(d)) {
		if (d->sel < d->top)
			d->top = d->sel;
		if (d->sel >= d->top + rows)
			d->top = d->sel - rows + 1;
	} else if (d->top + rows > d->lines.n) {
		d->top = d->lines.n > rows ? d->lines.n - rows : 0;
	}
	for (size_t r = 0; r < rows && d->top + r < d->lines.n; r++) {
		size_t i = d->top + r;
		int hl = i == d->sel && selectable(d) && d->lines.doc[i] != 0;
		if (hl)
			attrset(app_attr(a, ATTR_SELECTED));
		draw_cell(3 + (int)r, 1, COLS - 2, d->lines.v[i]);
		attrset(A_NORMAL);
	}
	attrset(app_attr(a, ATTR_DIM));
	draw_text(LINES - 2, 1, COLS - 2,
	          d->tab == 3 ? _("Tab  H konfirmasi tender terdampak  D catat keputusan Pokja  Esc kembali")
	          : d->tab == 1 ? _("Tab  e tambah  a tindakan  E koreksi baris  X hapus baris  Esc kembali")
	          : d->tab == 2 ? _("Tab  Enter baca  W batalkan BA terpilih (keliru terbit)  Esc kembali")
	                      : _("Tab  o buka  e kronologi  r pulih  c tutup  v batal  E koreksi  Esc"));
	attrset(A_NORMAL);
}

/* ---- actions ---- */

enum { D_NEXTTAB = 1, D_PREVTAB, D_TAB1, D_TAB2, D_TAB3, D_TAB4, D_TAB5, D_DOWN, D_UP, D_PGDN, D_PGUP,
       D_HOME, D_END, D_ENTER, D_OPEN, D_EVENT, D_ACTION, D_RESTORE, D_CLOSE, D_VOID, D_HIT, D_DECIDE,
       D_EDIT, D_DELETE, D_WITHDRAW, D_BACK };

static void set_tab(detail *d, int t)
{
	d->tab = (t + NTABS) % NTABS;
	d->sel = d->top = 0;
	if (d->tab == 2)   /* documents: start on the first one */
		d->sel = 0;
}

static int d_nexttab(void *c) { detail *d = c; set_tab(d, d->tab + 1); return 0; }
static int d_prevtab(void *c) { detail *d = c; set_tab(d, d->tab - 1); return 0; }
static int d_tab1(void *c) { set_tab(c, 0); return 0; }
static int d_tab2(void *c) { set_tab(c, 1); return 0; }
static int d_tab3(void *c) { set_tab(c, 2); return 0; }
static int d_tab4(void *c) { set_tab(c, 3); return 0; }
static int d_tab5(void *c) { set_tab(c, 4); return 0; }

/* The documents tab moves a selection; the others scroll. */
static void move_by(detail *d, long delta)
{
	size_t rows = (size_t)body_rows();
	if (selectable(d)) {
		long v = (long)d->sel + delta;
		d->sel = v < 0 ? 0 : (size_t)v >= d->lines.n ? (d->lines.n ? d->lines.n - 1 : 0) : (size_t)v;
		return;
	}
	size_t max_top = d->lines.n > rows ? d->lines.n - rows : 0;
	long v = (long)d->top + delta;
	d->top = v < 0 ? 0 : (size_t)v > max_top ? max_top : (size_t)v;
	d->sel = d->top;
}

static int d_down(void *c) { move_by(c, 1); return 0; }
static int d_up(void *c) { move_by(c, -1); return 0; }
static int d_pgdn(void *c) { move_by(c, body_rows()); return 0; }
static int d_pgup(void *c) { move_by(c, -body_rows()); return 0; }
static int d_home(void *c) { move_by(c, -(long)((detail *)c)->lines.n); return 0; }
static int d_end(void *c) { move_by(c, (long)((detail *)c)->lines.n); return 0; }

static int d_enter(void *c)
{
	detail *d = c;
	app *a = d->base.a;
	document doc;
	gg_err err;
	char name[200], title[300];
	if (d->tab != 2) {
		if (d->tab == 0)
			set_tab(d, 2);
		return 0;
	}
	if (d->sel >= d->lines.n || !d->lines.doc[d->sel]) {
		app_status(a, "%s", _("Pilih dokumen dengan Up/Down, lalu Enter."));
		return 0;
	}
	if (store_doc_by_id(a->ses->st, d->lines.doc[d->sel], &doc, &err)) {
		app_error(a, "%s", err.msg);
		return 0;
	}
	export_name(&doc, name, sizeof name);
	snprintf(title, sizeof title, "%s No. %s", doc_kind_title(doc.kind), doc.number ? doc.number : "-");
	screen *pg = pager_open(a, title, doc.text, name, PAGER_MARKUP, NULL);
	pager_set_document(pg, doc.id);
	app_push(a, pg);
	document_free(&doc);
	return 0;
}

static int open_form(detail *d, const char *name)
{
	screen *f = form_open(d->base.a, name, d->id);
	if (f)
		app_push(d->base.a, f);
	return 0;
}

static int d_open(void *c) { return open_form(c, "open"); }
static int d_event(void *c) { return open_form(c, "event"); }
static int d_action(void *c) { return open_form(c, "action"); }
static int d_restore(void *c) { return open_form(c, "restore"); }
static int d_close(void *c) { return open_form(c, "close"); }
static int d_void(void *c) { return open_form(c, "void"); }

/* D: the confirmed tender and the remedy from pick-lists, then the form. */
static int d_decide(void *c)
{
	detail *d = c;
	tv_decide_pick(d->base.a, d->id);
	return 0;
}

/* E: on the chronology tab, the selected line; elsewhere, the incident. */
static int d_edit(void *c)
{
	detail *d = c;
	app *a = d->base.a;
	if (d->tab != 1)
		return open_form(d, "edit");
	if (d->sel >= d->lines.n || !d->lines.doc[d->sel]) {
		app_status(a, "%s", _("Pilih baris kronologi dengan Up/Down, lalu E."));
		return 0;
	}
	screen *f = form_open_line(a, "event-edit", d->id, d->lines.doc[d->sel]);
	if (f)
		app_push(a, f);
	return 0;
}

/* X: deletes the selected chronology line (by its event, so that a line
 * another operator added meanwhile is never the one deleted), with a reason. */
static int d_delete_line(void *c)
{
	detail *d = c;
	app *a = d->base.a;
	gg_err err;
	char q[300], *reason = NULL;
	if (d->tab != 1 || d->sel >= d->lines.n || !d->lines.doc[d->sel]) {
		app_status(a, "%s", _("Di tab Kronologi: pilih baris dengan Up/Down, lalu X."));
		return 0;
	}
	int64_t eid = d->lines.doc[d->sel];
	event_list ev;
	if (store_events(a->ses->st, d->id, &ev, &err)) {
		app_error(a, "%s", err.msg);
		return 0;
	}
	size_t line = 0;
	char text[60] = "";
	for (size_t i = 0; i < ev.n; i++)
		if (ev.v[i].id == eid) {
			line = i + 1;
			snprintf(text, sizeof text, "%.40s", ev.v[i].text);
		}
	event_list_free(&ev);
	snprintf(q, sizeof q, _("Hapus baris %zu (\"%s\")? Alasan (kosong: tidak jadi): "), line, text);
	if (!line || app_prompt(a, q, "", &reason) != 1 || !reason || !*reason) {
		free(reason);
		app_status(a, "%s", line ? _("Tidak jadi dihapus.") : _("Baris itu sudah tidak ada (diubah operator lain)."));
		reload(d);
		return 0;
	}
	if (store_event_delete(a->ses->st, d->id, eid, reason, &err))
		app_error(a, "%s", err.msg);
	else
		app_status(a, _("Baris kronologi %zu dihapus; tercatat di audit."), line);
	free(reason);
	reload(d);
	d->tab = 1;
	return 0;
}

/* W: withdraws the selected letter as issued in error, after a question
 * whose default is No and a reason. */
static int d_withdraw(void *c)
{
	detail *d = c;
	app *a = d->base.a;
	gg_err err;
	document doc;
	char q[300], *reason = NULL;
	if (d->tab != 2 || d->sel >= d->lines.n || !d->lines.doc[d->sel]) {
		app_status(a, "%s", _("Di tab Dokumen: pilih BA dengan Up/Down, lalu W."));
		return 0;
	}
	if (store_doc_by_id(a->ses->st, d->lines.doc[d->sel], &doc, &err)) {
		app_error(a, "%s", err.msg);
		return 0;
	}
	/* short enough for an 80-column status line */
	snprintf(q, sizeof q, _("Batalkan BA %s (keliru terbit)? (y/T)"), doc.number);
	if (app_confirm(a, q) != 1 || app_prompt(a, _("Alasan pembatalan BA: "), "", &reason) != 1 || !reason ||
	    !*reason) {
		free(reason);
		document_free(&doc);
		app_status(a, "%s", _("Tidak jadi dibatalkan."));
		return 0;
	}
	if (store_doc_withdraw(a->ses->st, doc.number, reason, NULL, &err))
		app_error(a, "%s", err.msg);
	else
		app_status(a, _("%s dibatalkan, nomornya tetap terpakai; gangguan kembali ke langkah sebelumnya."),
		           doc.number);
	free(reason);
	document_free(&doc);
	reload(d);
	d->tab = 2;
	return 0;
}

/* H: the tenders the incident hit, from a pick-list (tui_tender.h). */
static int d_hit(void *c)
{
	detail *d = c;
	tv_hit_pick(d->base.a, d->id);
	reload(d);
	set_tab(d, 3);
	return 0;
}

static int d_back(void *c)
{
	app_pop(((detail *)c)->base.a);
	return 0;
}

static const km_action detail_actions[] = {
	{ D_NEXTTAB, "detail.nexttab", N_("tab berikut"), { KM_TAB, KM_RIGHT, 'l' }, d_nexttab },
	{ D_PREVTAB, "detail.prevtab", N_("tab sebelumnya"), { KM_BTAB, KM_LEFT, 'h' }, d_prevtab },
	{ D_TAB1, "detail.summary", N_("tab Ringkasan"), { '1' }, d_tab1 },
	{ D_TAB2, "detail.chronology", N_("tab Kronologi"), { '2' }, d_tab2 },
	{ D_TAB3, "detail.documents", N_("tab Dokumen"), { '3' }, d_tab3 },
	{ D_TAB4, "detail.tenders", N_("tab Tender & Remedi"), { '4' }, d_tab4 },
	{ D_TAB5, "detail.audit", N_("tab Audit"), { '5' }, d_tab5 },
	{ D_DOWN, "detail.down", N_("turun"), { 'j', KM_DOWN }, d_down },
	{ D_UP, "detail.up", N_("naik"), { 'k', KM_UP }, d_up },
	{ D_PGDN, "detail.pagedown", N_("halaman berikut"), { KM_PGDN, ' ' }, d_pgdn },
	{ D_PGUP, "detail.pageup", N_("halaman sebelumnya"), { KM_PGUP, 'b' }, d_pgup },
	{ D_HOME, "detail.home", N_("ke awal"), { KM_HOME, 'g' }, d_home },
	{ D_END, "detail.end", N_("ke akhir"), { KM_END, 'G' }, d_end },
	{ D_ENTER, "detail.view", N_("baca dokumen terpilih (tab Dokumen)"), { KM_ENTER }, d_enter },
	{ D_OPEN, "detail.open", N_("buka gangguan: terbitkan BA Pembukaan"), { 'o' }, d_open },
	{ D_EVENT, "detail.event", N_("tambah kronologi"), { 'e' }, d_event },
	{ D_ACTION, "detail.action", N_("tambah tindakan perbaikan"), { 'a' }, d_action },
	{ D_RESTORE, "detail.restore", N_("tandai pulih"), { 'r' }, d_restore },
	{ D_CLOSE, "detail.close", N_("tutup gangguan: terbitkan BA Penutupan"), { 'c' }, d_close },
	{ D_VOID, "detail.void", N_("batalkan laporan (dengan alasan)"), { 'v' }, d_void },
	{ D_HIT, "detail.hit", N_("konfirmasi (atau tarik) tender terdampak, dari daftar tender yang diusulkan"), { 'H' },
	  d_hit },
	{ D_DECIDE, "detail.decide", N_("catat keputusan Pokja: tender dan upaya dari daftar, lalu formulirnya"), { 'D' },
	  d_decide },
	{ D_EDIT, "detail.edit", N_("koreksi data gangguan; di tab Kronologi: baris terpilih"), { 'E' }, d_edit },
	{ D_DELETE, "detail.deleteline", N_("hapus baris kronologi terpilih (dengan alasan)"), { 'X' }, d_delete_line },
	{ D_WITHDRAW, "detail.withdraw", N_("batalkan BA terpilih yang keliru terbit (tab Dokumen)"), { 'W' }, d_withdraw },
	{ D_BACK, "detail.back", N_("kembali ke daftar"), { KM_ESC, 'q' }, d_back },
};
static const keymap detail_keymap = { N_("Rincian gangguan"), detail_actions,
                                      sizeof detail_actions / sizeof detail_actions[0] };

const keymap *detail_keys_table(void)
{
	return &detail_keymap;
}

static const keymap *detail_keys(screen *s)
{
	(void)s;
	return &detail_keymap;
}

static int detail_key(screen *s, int k)
{
	return km_dispatch(&detail_keymap, k, s) < 0 ? -1 : 0;
}

static void detail_resume(screen *s)
{
	reload((detail *)s);
}

static void detail_close(screen *s)
{
	detail *d = (detail *)s;
	if (d->loaded)
		incident_free(&d->inc);
	dl_free(&d->lines);
	free(d);
}

static const screen_ops detail_ops = {
	.name = "detail", .draw = detail_draw, .key = detail_key, .close = detail_close,
	.keys = detail_keys, .resume = detail_resume,
};

screen *detail_open(app *a, int64_t id)
{
	detail *d = calloc(1, sizeof *d);
	if (!d)
		return NULL;
	d->base.ops = &detail_ops;
	d->base.a = a;
	d->id = id;
	snprintf(d->base.title, sizeof d->base.title, _("Gangguan #%lld"), (long long)id);
	reload(d);
	if (!d->loaded) {
		detail_close(&d->base);
		return NULL;
	}
	return &d->base;
}
