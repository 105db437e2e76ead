/* The tender screens: the list of tenders, each with the incidents that
 * hit it and the committees' decisions, and the screen of one tender:
 * its stages, and for each incident that hit it the stages met, the
 * schedule beside the proposed one with the reason of each move, and
 * every revision of the decision.  The model is the service's
 * (tenders.h); writes go through the store's functions, never SQL. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "strbuf.h"
#include "tenders.h"
#include "tui_draw.h"
#include "tui_form.h"
#include "tui_pick.h"
#include "tui_screens.h"
#include "tui_tender.h"

/* ---- what both screens share: tagged lines, a selection among them ---- */

enum { BODY_Y = 3 };

static int body_rows(void)
{
	int r = LINES - BODY_Y - 2;
	return r < 1 ? 1 : r;
}

/* The lines of a screen are items (a tender, a stage, an incident): an
 * item's lines carry its tag, its first line is where the tag changes.
 * An item's block runs to the next item, with the untagged lines under
 * it (an incident's proposal), so that moving down scrolls through a
 * block taller than the screen before it selects the next item. */
typedef struct nav {
	size_t sel;            /* the first line of the selected item */
	size_t top;            /* the first line on the screen */
} nav;

static int is_start(const dlines *l, size_t i)
{
	return i < l->n && l->doc[i] && (i == 0 || l->doc[i - 1] != l->doc[i]);
}

static size_t block_end(const dlines *l, size_t start)
{
	size_t e = start;
	while (e + 1 < l->n && !is_start(l, e + 1))
		e++;
	return e;
}

static size_t max_top(const dlines *l)
{
	size_t rows = (size_t)body_rows();
	return l->n > rows ? l->n - rows : 0;
}

/* The first item starting in [from, to), or `none`. */
static size_t start_in(const dlines *l, size_t from, size_t to, size_t none)
{
	for (size_t i = from; i < to && i < l->n; i++)
		if (is_start(l, i))
			return i;
	return none;
}

/* The item whose block holds line i (the first item for lines above it). */
static size_t start_of(const dlines *l, size_t i)
{
	for (size_t k = i + 1; k-- > 0;)
		if (is_start(l, k))
			return k;
	return start_in(l, 0, l->n, 0);
}

/* After paging: the first item on the screen, else the one the screen is in. */
static void sel_in_view(const dlines *l, nav *v)
{
	v->sel = start_in(l, v->top, v->top + (size_t)body_rows(), start_of(l, v->top));
}

/* The item starting at s selected, as much of its block in view as fits. */
static void select_item(const dlines *l, nav *v, size_t s)
{
	size_t rows = (size_t)body_rows(), e = block_end(l, s);
	v->sel = s;
	if (s < v->top)
		v->top = s;
	else if (e >= v->top + rows)
		v->top = e - rows + 1 < s ? e - rows + 1 : s;
	if (v->top > max_top(l))
		v->top = max_top(l);
}

static void nav_down(const dlines *l, nav *v)
{
	if (block_end(l, v->sel) >= v->top + (size_t)body_rows() && v->top < max_top(l)) {
		v->top++;   /* the rest of this item first */
		return;
	}
	size_t next = start_in(l, v->sel + 1, l->n, v->sel);
	if (next != v->sel)
		select_item(l, v, next);
}

static void nav_up(const dlines *l, nav *v)
{
	if (v->sel < v->top) {
		v->top--;
		return;
	}
	size_t prev = v->sel ? start_of(l, v->sel - 1) : v->sel;
	if (prev < v->sel && is_start(l, prev))
		select_item(l, v, prev);
	else if (v->top)
		v->top--;   /* the lines above the first item */
}

static void nav_page(const dlines *l, nav *v, int dir)
{
	size_t step = (size_t)(body_rows() > 1 ? body_rows() - 1 : 1);
	if (dir > 0)
		v->top = v->top + step < max_top(l) ? v->top + step : max_top(l);
	else
		v->top = v->top > step ? v->top - step : 0;
	sel_in_view(l, v);
}

static void nav_home(const dlines *l, nav *v)
{
	v->top = 0;
	v->sel = start_in(l, 0, l->n, 0);
}

static void nav_end(const dlines *l, nav *v)
{
	v->top = max_top(l);
	v->sel = start_of(l, l->n ? l->n - 1 : 0);
}

/* After a rebuild: the item with the same tag, else the first. */
static void nav_keep(const dlines *l, nav *v, int64_t tag)
{
	for (size_t i = 0; tag && i < l->n; i++)
		if (is_start(l, i) && l->doc[i] == tag) {
			v->sel = i;
			if (v->top > max_top(l))
				v->top = max_top(l);
			if (i < v->top || i >= v->top + (size_t)body_rows())
				select_item(l, v, i);
			return;
		}
	nav_home(l, v);
}

static int64_t nav_tag(const dlines *l, const nav *v)
{
	return v->sel < l->n ? l->doc[v->sel] : 0;
}

static void draw_lines(app *a, const dlines *l, nav *v)
{
	size_t rows = (size_t)body_rows();
	if (v->top > max_top(l))
		v->top = max_top(l);
	int64_t tag = nav_tag(l, v);
	for (size_t r = 0; r < rows && v->top + r < l->n; r++) {
		size_t i = v->top + r;
		int hl = tag && l->doc[i] == tag && i >= v->sel && i <= block_end(l, v->sel);
		if (hl)
			attrset(app_attr(a, ATTR_SELECTED));
		draw_cell(BODY_Y + (int)r, 1, COLS - 2, l->v[i]);
		attrset(A_NORMAL);
	}
}

static void draw_footer(app *a, const char *keys)
{
	attrset(app_attr(a, ATTR_DIM));
	draw_text(LINES - 2, 1, COLS - 2, keys);
	attrset(A_NORMAL);
}

/* ---- the tender list ---- */

typedef struct tender_list_screen {
	screen base;
	tender_overview ov;
	int loaded;
	dlines lines;          /* doc: the tender's id on every line of it */
	int built_cols;
	nav nv;
} tender_list_screen;

static const char *state_word(incident_state s)
{
	return _(state_label(s));
}

static void tl_build(tender_list_screen *l)
{
	app *a = l->base.a;
	int cols = COLS - 2;
	if (l->built_cols == cols)
		return;
	int64_t was = nav_tag(&l->lines, &l->nv);
	dl_free(&l->lines);
	l->built_cols = cols;
	int codew = 8;
	for (size_t i = 0; i < l->ov.n; i++) {
		int w = text_width(l->ov.v[i].t.code);
		codew = w > codew ? w : codew;
	}
	for (size_t i = 0; i < l->ov.n; i++) {
		const tender_brief *b = &l->ov.v[i];
		const tender *t = &b->t;
		int64_t tag = t->id;   /* by id: the same tender stays selected when others come or go */
		char prefix[200], s[40], e[40], buf[600];
		snprintf(prefix, sizeof prefix, " %-*s  ", codew, t->code);
		size_t first = l->lines.n;
		dl_wrap(&l->lines, cols, prefix, t->name);
		strbuf info = STRBUF_INIT;
		if (t->stages.n)
			sb_appendf(&info, _("%zu tahap, %s s.d. %s"), t->stages.n, app_time(a, t->stages.v[0].start, s, sizeof s),
			           app_time(a, t->stages.v[t->stages.n - 1].end, e, sizeof e));
		else
			sb_append(&info, _("belum ada tahap"));
		if (*t->committee)
			sb_appendf(&info, " · %s", t->committee);
		if (*t->method)
			sb_appendf(&info, " · %s", t->method);
		if (t->latest_revision)
			sb_appendf(&info, _(" · jadwal Perubahan %d"), t->latest_revision);
		if (t->cancelled_by)
			sb_appendf(&info, _(" · DIBATALKAN (gangguan #%lld)"), (long long)t->cancelled_by);
		snprintf(prefix, sizeof prefix, " %*s  ", codew, "");
		dl_wrap(&l->lines, cols, prefix, sb_failed(&info) ? "" : sb_str(&info));
		sb_free(&info);
		if (!b->nhits)
			dl_add(&l->lines, 0, "%s%s", prefix, _("belum terkena gangguan"));
		for (size_t h = 0; h < b->nhits; h++) {
			const tender_hit_brief *x = &b->hits[h];
			if (x->revision)
				snprintf(buf, sizeof buf, _("gangguan #%lld (%s): %s; keputusan: %s (revisi %d)"),
				         (long long)x->incident_id, state_word(x->state),
				         x->confirmed ? _("dikonfirmasi") : _("diusulkan, belum dikonfirmasi"), x->remedy_label,
				         x->revision);
			else
				snprintf(buf, sizeof buf, _("gangguan #%lld (%s): %s; belum ada keputusan"),
				         (long long)x->incident_id, state_word(x->state),
				         x->confirmed ? _("dikonfirmasi") : _("diusulkan, belum dikonfirmasi"));
			dl_wrap(&l->lines, cols, prefix, buf);
		}
		for (size_t k = first; k < l->lines.n; k++)
			l->lines.doc[k] = tag;
	}
	nav_keep(&l->lines, &l->nv, was);   /* the same tender stays selected */
}

static void tl_reload(tender_list_screen *l)
{
	app *a = l->base.a;
	gg_err err;
	if (l->loaded)
		tender_overview_free(&l->ov);
	l->loaded = tender_overview_load(a->ses, &l->ov, &err) == GG_OK;
	if (!l->loaded)
		app_error(a, "%s", err.msg);
	else if (l->ov.problem[0])
		app_error(a, "%s", l->ov.problem);
	l->built_cols = -1;
}

/* The tender of the selected line, or NULL. */
static const tender *tl_selected(tender_list_screen *l)
{
	tl_build(l);
	int64_t tag = nav_tag(&l->lines, &l->nv);
	for (size_t i = 0; tag && i < l->ov.n; i++)
		if (l->ov.v[i].t.id == tag)
			return &l->ov.v[i].t;
	return NULL;
}

static void tl_draw(screen *s)
{
	tender_list_screen *l = (tender_list_screen *)s;
	app *a = s->a;
	char buf[200];
	tl_build(l);
	size_t touched = 0;
	for (size_t i = 0; i < l->ov.n; i++)
		touched += l->ov.v[i].nhits > 0;
	snprintf(buf, sizeof buf, _("%zu tender · %zu terkena gangguan"), l->ov.n, touched);
	attron(A_BOLD);
	draw_text(1, 1, COLS - 2, buf);
	attroff(A_BOLD);
	if (!l->ov.n)
		draw_text(BODY_Y + 1, 2, COLS - 4, _("Belum ada tender. Tekan n untuk mencatat tender baru."));
	draw_lines(a, &l->lines, &l->nv);
	draw_footer(a, _("Enter buka  n tender baru  E ubah  X hapus  Esc kembali"));
}

enum { TL_DOWN = 1, TL_UP, TL_PGDN, TL_PGUP, TL_HOME, TL_END, TL_OPEN, TL_NEW, TL_EDIT, TL_DELETE, TL_BACK };

static tender_list_screen *tl_nav(void *c)
{
	tender_list_screen *l = c;
	tl_build(l);
	return l;
}

static int tl_down(void *c) { tender_list_screen *l = tl_nav(c); nav_down(&l->lines, &l->nv); return 0; }
static int tl_up(void *c) { tender_list_screen *l = tl_nav(c); nav_up(&l->lines, &l->nv); return 0; }
static int tl_pgdn(void *c) { tender_list_screen *l = tl_nav(c); nav_page(&l->lines, &l->nv, 1); return 0; }
static int tl_pgup(void *c) { tender_list_screen *l = tl_nav(c); nav_page(&l->lines, &l->nv, -1); return 0; }
static int tl_home(void *c) { tender_list_screen *l = tl_nav(c); nav_home(&l->lines, &l->nv); return 0; }
static int tl_end(void *c) { tender_list_screen *l = tl_nav(c); nav_end(&l->lines, &l->nv); return 0; }

static int tl_open(void *c)
{
	tender_list_screen *l = c;
	const tender *t = tl_selected(l);
	if (!t) {
		app_status(l->base.a, "%s", _("Tidak ada tender terpilih."));
		return 0;
	}
	app_push(l->base.a, tender_open(l->base.a, t->code));
	return 0;
}

static int tl_new(void *c)
{
	tender_list_screen *l = c;
	app_push(l->base.a, form_open(l->base.a, "tender", 0));
	return 0;
}

static int tl_edit(void *c)
{
	tender_list_screen *l = c;
	const tender *t = tl_selected(l);
	if (!t) {
		app_status(l->base.a, "%s", _("Tidak ada tender terpilih."));
		return 0;
	}
	app_push(l->base.a, form_open_line(l->base.a, "tender-edit", 0, t->id));
	return 0;
}

/* Deletes a tender after a question whose default is no; the store
 * refuses one a decision refers to, and says why. */
static void delete_tender(app *a, const tender *t)
{
	char q[400];
	gg_err err;
	snprintf(q, sizeof q, _("Hapus tender %s beserta %zu tahapnya? (y/T)"), t->code, t->stages.n);
	if (app_confirm(a, q) != 1) {
		app_status(a, "%s", _("Tidak jadi dihapus."));
		return;
	}
	char *code = strdup(t->code);
	if (!code)
		app_error(a, "%s", _("memori habis"));
	else if (store_tender_delete(a->ses->st, code, t->version, &err))
		app_error(a, "%s", err.msg);
	else
		app_status(a, _("Tender %s dihapus; tercatat di audit."), code);
	free(code);
}

static int tl_delete(void *c)
{
	tender_list_screen *l = c;
	const tender *t = tl_selected(l);
	if (!t) {
		app_status(l->base.a, "%s", _("Tidak ada tender terpilih."));
		return 0;
	}
	delete_tender(l->base.a, t);
	tl_reload(l);
	return 0;
}

static int tl_back(void *c)
{
	app_pop(((tender_list_screen *)c)->base.a);
	return 0;
}

static const km_action tl_actions[] = {
	{ TL_DOWN, "tenders.down", N_("tender berikut"), { 'j', KM_DOWN }, tl_down },
	{ TL_UP, "tenders.up", N_("tender sebelumnya"), { 'k', KM_UP }, tl_up },
	{ TL_PGDN, "tenders.pagedown", N_("halaman berikut"), { KM_PGDN, ' ' }, tl_pgdn },
	{ TL_PGUP, "tenders.pageup", N_("halaman sebelumnya"), { KM_PGUP, 'b' }, tl_pgup },
	{ TL_HOME, "tenders.home", N_("ke tender pertama"), { KM_HOME, 'g' }, tl_home },
	{ TL_END, "tenders.end", N_("ke tender terakhir"), { KM_END, 'G' }, tl_end },
	{ TL_OPEN, "tenders.open", N_("buka tender: tahapan, gangguan yang mengenainya, keputusan"),
	  { KM_ENTER, 'l', KM_RIGHT }, tl_open },
	{ TL_NEW, "tenders.new", N_("tender baru: dari daftar tahap metode, atau tempel jadwal SPSE"), { 'n' }, tl_new },
	{ TL_EDIT, "tenders.edit", N_("ubah nama, Pokja, metode tender terpilih"), { 'E' }, tl_edit },
	{ TL_DELETE, "tenders.delete", N_("hapus tender terpilih (selama belum ada keputusan Pokja)"), { 'X' },
	  tl_delete },
	{ TL_BACK, "tenders.back", N_("kembali ke daftar gangguan"), { KM_ESC, 'q', KM_LEFT, 'h' }, tl_back },
};
static const keymap tl_keymap = { N_("Daftar tender"), tl_actions, sizeof tl_actions / sizeof tl_actions[0] };

const keymap *tender_list_keys_table(void)
{
	return &tl_keymap;
}

static const keymap *tl_keys(screen *s)
{
	(void)s;
	return &tl_keymap;
}

static int tl_key(screen *s, int k)
{
	return km_dispatch(&tl_keymap, k, s) < 0 ? -1 : 0;
}

static void tl_resume(screen *s)
{
	tl_reload((tender_list_screen *)s);
}

static void tl_close(screen *s)
{
	tender_list_screen *l = (tender_list_screen *)s;
	if (l->loaded)
		tender_overview_free(&l->ov);
	dl_free(&l->lines);
	free(l);
}

static const screen_ops tl_ops = {
	.name = "tenders", .draw = tl_draw, .key = tl_key, .close = tl_close, .keys = tl_keys, .resume = tl_resume,
};

screen *tender_list_open(app *a)
{
	tender_list_screen *l = calloc(1, sizeof *l);
	if (!l) {
		app_error(a, "%s", _("memori habis"));
		return NULL;
	}
	l->base.ops = &tl_ops;
	l->base.a = a;
	snprintf(l->base.title, sizeof l->base.title, "%s", _("Daftar tender"));
	tl_reload(l);
	return &l->base;
}

/* ---- one tender ---- */

/* Line tags: a stage k is TAG_STAGE + k; an incident's heading is -id. */
enum { TAG_STAGE = 1 };

typedef struct tender_screen {
	screen base;
	char *code;
	tender_case tc;
	int loaded;
	dlines lines;
	int built_cols;
	nav nv;
} tender_screen;

static void ts_build(tender_screen *d)
{
	app *a = d->base.a;
	int cols = COLS - 2;
	if (d->built_cols == cols)
		return;
	int64_t was = nav_tag(&d->lines, &d->nv);
	dl_free(&d->lines);
	d->built_cols = cols;
	if (!d->loaded)
		return;
	const tender *t = &d->tc.t;
	dl_add(&d->lines, 0, "%-8s: %s", _("Pokja"), *t->committee ? t->committee : "-");
	dl_add(&d->lines, 0, "%-8s: %s", _("Metode"), *t->method ? t->method : "-");
	char why[900];
	if (t->cancelled_by)
		dl_add(&d->lines, 0, _("%-8s: DIBATALKAN, karena keputusan Pokja atas gangguan #%lld"), _("Status"),
		       (long long)t->cancelled_by);
	if (d->tc.hist.n) {
		schedrev_why(&d->tc.hist.v[d->tc.hist.n - 1], a->ses->cfg->tz, why, sizeof why);
		dl_wrap(&d->lines, cols, "Jadwal  : ", why);
	}
	dl_add(&d->lines, 0, "%s", "");
	dl_add(&d->lines, 0, "%s", _("Tahapan (a tambah, Enter ubah, X hapus, I tempel jadwal SPSE):"));
	if (!t->stages.n)
		dl_add(&d->lines, 0, "  %s", _("Belum ada tahap: a untuk menambah satu, I untuk menempel jadwal dari SPSE."));
	else
		tv_stages(a, t, cols, TAG_STAGE, &d->lines);
	dl_add(&d->lines, 0, "%s", "");
	/* every revision of the schedule, as `tender show` gives them */
	if (d->tc.hist.n > 1) {
		dl_add(&d->lines, 0, "%s", _("Riwayat jadwal (gangguan tender schedule KODE --revision N):"));
		for (size_t k = 0; k < d->tc.hist.n; k++) {
			const schedrev *rv = &d->tc.hist.v[k];
			size_t changed = 0;
			for (size_t i = 0; k && i < rv->stages.n; i++)
				changed += stage_change(&rv->stages.v[i], &d->tc.hist.v[k - 1].stages, NULL) != 0;
			schedrev_why(rv, a->ses->cfg->tz, why, sizeof why);
			if (k && changed)
				snprintf(why + strlen(why), sizeof why - strlen(why), _(" (%zu tahap berubah)"), changed);
			else if (k)
				snprintf(why + strlen(why), sizeof why - strlen(why), "%s", _(" (tidak ada tahap yang berubah)"));
			dl_wrap(&d->lines, cols, "  ", why);
		}
		dl_add(&d->lines, 0, "%s", "");
	}
	if (d->tc.problem[0])
		dl_wrap(&d->lines, cols, "! ", d->tc.problem);
	dl_add(&d->lines, 0, "%s", _("Gangguan yang mengenai tender ini (Enter buka, H konfirmasi, D keputusan):"));
	if (!d->tc.n)
		dl_add(&d->lines, 0, "  %s", _("Belum ada: tidak ada gangguan dalam rentang tahapannya."));
	for (size_t i = 0; i < d->tc.n; i++) {
		const tender_hit_case *h = &d->tc.v[i];
		const incident *inc = &h->rc.inc;
		const remedy_view *v = &h->rc.view;
		char t1[40], t2[40], buf[800];
		dl_add(&d->lines, 0, "%s", "");
		snprintf(buf, sizeof buf, _("#%lld %s · %s s.d. %s · %d hari kalender%s · %s"), (long long)inc->id,
		         state_word(inc->state), app_time(a, inc->t.started, t1, sizeof t1),
		         inc->t.restored ? app_time(a, inc->t.restored, t2, sizeof t2) : _("belum pulih"), v->days,
		         v->provisional ? _(" (sementara)") : "", inc->summary);
		size_t first = d->lines.n;
		dl_wrap(&d->lines, cols, "Gangguan ", buf);
		for (size_t k = first; k < d->lines.n; k++)
			d->lines.doc[k] = -inc->id;
		if (h->plan->h->confirmed)
			dl_add(&d->lines, 0, _("   Terdampak: dikonfirmasi %s oleh %s"),
			       app_time(a, h->plan->h->confirmed_at, t1, sizeof t1), h->plan->h->confirmed_by);
		else
			dl_add(&d->lines, 0, "   %s", _("Terdampak: diusulkan, belum dikonfirmasi (H: konfirmasi)"));
		if (h->plan->transitional && v->regime) {
			snprintf(buf, sizeof buf, _("%s, bukan %s: tender berjalan sebelum %s berlaku (%s)"),
			         h->plan->regime->number, v->regime->number, v->regime->number, v->regime->transition_source);
			dl_wrap(&d->lines, cols, "   Peraturan tender: ", buf);
		}
		const tender_plan *p = h->plan;
		const tender *ht = &p->h->t;
		strbuf names = STRBUF_INIT;
		for (size_t k = 0; p->proposed && k < ht->stages.n; k++)
			if (p->proposed[k].hit)
				sb_appendf(&names, "%s%zu %s", names.len ? "; " : "", k + 1, ht->stages.v[k].name);
		if (names.len && !sb_failed(&names))
			dl_wrap(&d->lines, cols, "   Tahap terkena: ", sb_str(&names));
		sb_free(&names);
		if (p->proposed)
			tab_tender_schedule(a, v, p, cols, &d->lines);
		if (!h->revisions.n)
			dl_add(&d->lines, 0, "   %s", _("Keputusan: belum ada (D: catat keputusan Pokja)"));
		else
			dl_add(&d->lines, 0, "   %s", _("Keputusan, semua revisi:"));
		for (size_t r = 0; r < h->revisions.n; r++)
			tv_decision(a, h->plan->regime, &h->revisions.v[r], cols, "     ", &d->lines);
	}
	nav_keep(&d->lines, &d->nv, was);
}

static void ts_reload(tender_screen *d)
{
	app *a = d->base.a;
	gg_err err;
	if (d->loaded)
		tender_case_free(&d->tc);
	d->loaded = tender_case_load(a->ses, d->code, &d->tc, &err) == GG_OK;
	if (!d->loaded)
		app_error(a, "%s", err.msg);
	else if (d->tc.problem[0])
		app_error(a, "%s", d->tc.problem);
	d->built_cols = -1;
}

static void ts_draw(screen *s)
{
	tender_screen *d = (tender_screen *)s;
	app *a = s->a;
	char buf[800];
	ts_build(d);
	if (d->loaded) {
		snprintf(buf, sizeof buf, "%s · %s", d->tc.t.code, d->tc.t.name);
		attron(A_BOLD);
		draw_text(1, 1, COLS - 2, buf);
		attroff(A_BOLD);
	}
	draw_lines(a, &d->lines, &d->nv);
	draw_footer(a, nav_tag(&d->lines, &d->nv) < 0
	                   ? _("Enter buka gangguan  H konfirmasi/tarik  D keputusan  Esc kembali")
	                   : _("a tahap baru  Enter ubah  X hapus  I tempel jadwal  E ubah tender  Esc"));
}

/* The selected stage (its index) or incident (its id), or -1 / 0. */
static long ts_stage(tender_screen *d)
{
	ts_build(d);
	int64_t tag = nav_tag(&d->lines, &d->nv);
	if (tag < TAG_STAGE)
		return -1;
	size_t k = (size_t)(tag - TAG_STAGE);
	return k < d->tc.t.stages.n ? (long)k : -1;
}

static int64_t ts_incident(tender_screen *d)
{
	ts_build(d);
	int64_t tag = nav_tag(&d->lines, &d->nv);
	return tag < 0 ? -tag : 0;
}

enum { T_DOWN = 1, T_UP, T_PGDN, T_PGUP, T_HOME, T_END, T_ENTER, T_ADD, T_DELETE, T_PASTE, T_EDIT, T_HIT,
       T_DECIDE, T_BACK };

static tender_screen *ts_nav(void *c)
{
	tender_screen *d = c;
	ts_build(d);
	return d;
}

static int ts_down(void *c) { tender_screen *d = ts_nav(c); nav_down(&d->lines, &d->nv); return 0; }
static int ts_up(void *c) { tender_screen *d = ts_nav(c); nav_up(&d->lines, &d->nv); return 0; }
static int ts_pgdn(void *c) { tender_screen *d = ts_nav(c); nav_page(&d->lines, &d->nv, 1); return 0; }
static int ts_pgup(void *c) { tender_screen *d = ts_nav(c); nav_page(&d->lines, &d->nv, -1); return 0; }
static int ts_home(void *c) { tender_screen *d = ts_nav(c); nav_home(&d->lines, &d->nv); return 0; }
static int ts_end(void *c) { tender_screen *d = ts_nav(c); nav_end(&d->lines, &d->nv); return 0; }

/* A tender form about this tender, its code filled in (form_open_line:
 * a draft of another tender never comes back into it). */
static form *ts_form(tender_screen *d, const char *name)
{
	app *a = d->base.a;
	screen *s = form_open_line(a, name, 0, d->tc.t.id);
	form *f = form_of(s);
	app_push(a, s);
	return f;
}

static int ts_add(void *c)
{
	tender_screen *d = c;
	if (d->loaded)
		ts_form(d, "stage");
	return 0;
}

static int ts_enter(void *c)
{
	tender_screen *d = c;
	app *a = d->base.a;
	int64_t inc = ts_incident(d);
	long k = ts_stage(d);
	if (inc) {
		app_push(a, detail_open(a, inc));
		return 0;
	}
	if (k < 0) {
		app_status(a, "%s", _("Pilih tahap atau gangguan dengan Up/Down, lalu Enter."));
		return 0;
	}
	const stage *g = &d->tc.t.stages.v[k];
	char t[40];
	form *f = ts_form(d, "stage");
	if (f) {
		form_set(f, "name", g->name);
		form_set(f, "start", app_time(a, g->start, t, sizeof t));
		form_set(f, "end", app_time(a, g->end, t, sizeof t));
		form_focus(f, "start");
		form_note(f, _("Ubah jadwal tahap %ld; nama lain menjadi tahap baru (hapus yang lama dengan X)."), k + 1);
	}
	return 0;
}

static int ts_delete(void *c)
{
	tender_screen *d = c;
	app *a = d->base.a;
	gg_err err;
	char q[400];
	long k = ts_stage(d);
	if (k < 0) {
		app_status(a, "%s", _("Pilih tahap dengan Up/Down, lalu X (tender dihapus dari daftar tender)."));
		return 0;
	}
	char *name = strdup(d->tc.t.stages.v[k].name);
	snprintf(q, sizeof q, _("Hapus tahap %ld \"%.60s\"? (y/T)"), k + 1, name ? name : "");
	if (!name || app_confirm(a, q) != 1)
		app_status(a, "%s", _("Tidak jadi dihapus."));
	else if (store_stage_delete(a->ses->st, d->tc.t.code, name, d->tc.t.version, &err))
		app_error(a, "%s", err.msg);
	else
		app_status(a, _("Tahap \"%s\" dihapus; tercatat di audit."), name);
	free(name);
	ts_reload(d);
	return 0;
}

static int ts_paste(void *c)
{
	tender_screen *d = c;
	if (d->loaded)
		ts_form(d, "tender-jadwal");
	return 0;
}

static int ts_edit(void *c)
{
	tender_screen *d = c;
	if (d->loaded)
		ts_form(d, "tender-edit");
	return 0;
}

/* The hit case of the selected incident, or NULL with the status set. */
static const tender_hit_case *ts_hit(tender_screen *d, const char *key)
{
	int64_t inc = ts_incident(d);
	for (size_t i = 0; inc && i < d->tc.n; i++)
		if (d->tc.v[i].rc.inc.id == inc)
			return &d->tc.v[i];
	app_status(d->base.a, _("Pilih baris gangguan dengan Up/Down, lalu %s."), key);
	return NULL;
}

static int ts_hit_key(void *c)
{
	tender_screen *d = c;
	const tender_hit_case *h = ts_hit(d, "H");
	if (h)
		tv_hit_toggle(d->base.a, h->rc.inc.id, d->tc.t.code, h->plan->h->confirmed);
	ts_reload(d);
	return 0;
}

static int ts_decide(void *c)
{
	tender_screen *d = c;
	const tender_hit_case *h = ts_hit(d, "D");
	if (h)
		tv_decide(d->base.a, &h->rc, h->plan);
	return 0;
}

static int ts_back(void *c)
{
	app_pop(((tender_screen *)c)->base.a);
	return 0;
}

static const km_action ts_actions[] = {
	{ T_DOWN, "tender.down", N_("tahap atau gangguan berikut"), { 'j', KM_DOWN }, ts_down },
	{ T_UP, "tender.up", N_("tahap atau gangguan sebelumnya"), { 'k', KM_UP }, ts_up },
	{ T_PGDN, "tender.pagedown", N_("halaman berikut"), { KM_PGDN, ' ' }, ts_pgdn },
	{ T_PGUP, "tender.pageup", N_("halaman sebelumnya"), { KM_PGUP, 'b' }, ts_pgup },
	{ T_HOME, "tender.home", N_("ke awal"), { KM_HOME, 'g' }, ts_home },
	{ T_END, "tender.end", N_("ke akhir"), { KM_END, 'G' }, ts_end },
	{ T_ENTER, "tender.open", N_("tahap terpilih: ubah jadwalnya; gangguan terpilih: buka rinciannya"), { KM_ENTER },
	  ts_enter },
	{ T_ADD, "tender.addstage", N_("tambah tahap"), { 'a' }, ts_add },
	{ T_DELETE, "tender.deletestage", N_("hapus tahap terpilih (selama belum ada keputusan Pokja)"), { 'X' },
	  ts_delete },
	{ T_PASTE, "tender.paste", N_("ganti semua tahap dengan jadwal yang ditempel dari SPSE"), { 'I' }, ts_paste },
	{ T_EDIT, "tender.edit", N_("ubah nama, Pokja, metode tender"), { 'E' }, ts_edit },
	{ T_HIT, "tender.hit", N_("gangguan terpilih: konfirmasi (atau tarik) bahwa tender ini terdampak"), { 'H' },
	  ts_hit_key },
	{ T_DECIDE, "tender.decide", N_("gangguan terpilih: catat keputusan Pokja (upaya dari daftar)"), { 'D' },
	  ts_decide },
	{ T_BACK, "tender.back", N_("kembali"), { KM_ESC, 'q' }, ts_back },
};
static const keymap ts_keymap = { N_("Tender"), ts_actions, sizeof ts_actions / sizeof ts_actions[0] };

const keymap *tender_keys_table(void)
{
	return &ts_keymap;
}

static const keymap *ts_keys(screen *s)
{
	(void)s;
	return &ts_keymap;
}

static int ts_key(screen *s, int k)
{
	return km_dispatch(&ts_keymap, k, s) < 0 ? -1 : 0;
}

static void ts_resume(screen *s)
{
	tender_screen *d = (tender_screen *)s;
	/* a form may have renamed it: follow the tender by its id */
	if (d->loaded) {
		tender t;
		gg_err err;
		if (store_tender_get_id(d->base.a->ses->st, d->tc.t.id, &t, &err) == GG_OK) {
			char *code = strdup(t.code);
			if (code) {
				free(d->code);
				d->code = code;
			}
			tender_free(&t);
		}
	}
	ts_reload(d);
}

static void ts_close(screen *s)
{
	tender_screen *d = (tender_screen *)s;
	if (d->loaded)
		tender_case_free(&d->tc);
	dl_free(&d->lines);
	free(d->code);
	free(d);
}

static const screen_ops ts_ops = {
	.name = "tender", .draw = ts_draw, .key = ts_key, .close = ts_close, .keys = ts_keys, .resume = ts_resume,
};

screen *tender_open(app *a, const char *code)
{
	tender_screen *d = calloc(1, sizeof *d);
	if (!d || !(d->code = strdup(code))) {
		free(d);
		app_error(a, "%s", _("memori habis"));
		return NULL;
	}
	d->base.ops = &ts_ops;
	d->base.a = a;
	snprintf(d->base.title, sizeof d->base.title, _("Tender %s"), code);
	ts_reload(d);
	if (!d->loaded) {
		ts_close(&d->base);
		return NULL;
	}
	return &d->base;
}
