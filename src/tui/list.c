/* The incident list: what is on screen is all that is queried.  A page is
 * read by keyset (the rows after, or before, a row's (start, id)), never
 * by OFFSET, so that the end of a million incidents is as near as their
 * start; the header's counts come from counts kept by the store, and a
 * search counts its matches only up to SEARCH_COUNT_CAP. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "i18n.h"
#include "lineedit.h"
#include "store.h"
#include "tui_draw.h"
#include "tui_form.h"
#include "tui_screens.h"
#include "tui_tender.h"

/* A search's count stops here: "1000+" says enough, and costs what the
 * screen shows. */
#define SEARCH_COUNT_CAP 1000

/* Where the page starts when it is read again. */
enum list_anchor {
	ANCHOR_HOME,            /* the first rows */
	ANCHOR_END,             /* the last rows */
	ANCHOR_ROW,             /* from the row `anchor`, inclusive */
};

typedef struct list_screen {
	screen base;
	int state;              /* -1 any */
	int cause;              /* -1 any, else index in cause_table */
	int year;               /* 0 any */
	int month;              /* 0 the whole year */
	int newest;             /* 1: newest first */
	lineedit search;
	int searching;          /* keys go to the search line */
	int search_pending;     /* typed, not yet queried (waits for a pause) */
	char *query;            /* as passed to the store */
	size_t total;           /* during a search: at most SEARCH_COUNT_CAP + 1 */
	size_t counts[ST__COUNT];
	int rows;               /* data rows on screen */
	enum list_anchor anchor_kind;
	incident_key anchor;
	int64_t keep_id;        /* after a reload, select this incident if on the page */
	size_t sel;             /* index in page */
	int page_rows;
	int page_valid;
	incident_list page;     /* the rows on screen, in the order shown */
} list_screen;

enum { ROW_COUNTS = 1, ROW_FILTER = 2, ROW_COLS = 3, ROW_DATA = 4 };

static void fill_filter(list_screen *l, incident_filter *f)
{
	memset(f, 0, sizeof *f);
	f->state = l->state;
	f->year = l->year;
	f->month = l->month;
	f->tz_offset = zone_utc_offset(l->base.a->ses->cfg->tz);
	f->cause = l->cause >= 0 ? cause_table[l->cause].code : NULL;
	f->query = l->query && *l->query ? l->query : NULL;
	f->newest_first = l->newest;
}

static incident_key key_of(const incident *x)
{
	return (incident_key){ x->t.started, x->id };
}

/* Up to n rows after (or, backward, before) key in the order shown, or
 * from the start (the end) without one; into out in the order shown. */
static int fetch(list_screen *l, const incident_key *key, int backward, size_t n, incident_list *out)
{
	incident_filter f;
	gg_err err;
	fill_filter(l, &f);
	f.limit = n;
	f.backward = backward;
	if (key) {
		f.has_after = 1;
		f.after = *key;
	}
	if (store_incident_list(l->base.a->ses->st, &f, out, &err)) {
		app_error(l->base.a, "%s", err.msg);
		memset(out, 0, sizeof *out);
		return -1;
	}
	for (size_t i = 0; backward && i < out->n / 2; i++) {   /* nearest first -> as shown */
		incident t = out->v[i];
		out->v[i] = out->v[out->n - 1 - i];
		out->v[out->n - 1 - i] = t;
	}
	return 0;
}

static void set_anchor(list_screen *l)
{
	if (l->page.n) {
		l->anchor_kind = ANCHOR_ROW;
		l->anchor = key_of(&l->page.v[0]);
	}
}

/* Counts for the header; run when the filter changes, not on scroll. */
static void reload_counts(list_screen *l)
{
	app *a = l->base.a;
	incident_filter f;
	gg_err err;
	fill_filter(l, &f);
	memset(l->counts, 0, sizeof l->counts);
	l->total = 0;
	if (f.query) {
		if (store_incident_count_upto(a->ses->st, &f, SEARCH_COUNT_CAP, &l->total, &err))
			app_error(a, "%s", err.msg);
	} else if (store_incident_tally(a->ses->st, &f, l->counts, &err)) {
		app_error(a, "%s", err.msg);
	} else {
		for (int s = 0; s < ST__COUNT; s++)
			if (l->state < 0 || l->state == s ||
			    (l->state == FILTER_STATE_ACTIVE && (s == ST_OPEN || s == ST_RESTORED)))
				l->total += l->counts[s];
	}
	l->page_valid = 0;
}

/* Reads the page again from its anchor: after a filter, a resize, a
 * return from another screen. */
static void load_page(list_screen *l)
{
	if (l->page_valid && l->page_rows == l->rows)
		return;
	size_t n = (size_t)(l->rows > 0 ? l->rows : 1);
	incident_list_free(&l->page);
	memset(&l->page, 0, sizeof l->page);
	if (l->anchor_kind == ANCHOR_ROW) {
		/* from the anchor inclusive: after the key just before it */
		incident_key k = l->anchor;
		k.id += l->newest ? 1 : -1;
		fetch(l, &k, 0, n, &l->page);
		if (l->page.n < n) {   /* the end came nearer: fill the screen from it */
			incident_list_free(&l->page);
			l->anchor_kind = ANCHOR_END;
		}
	}
	if (l->anchor_kind == ANCHOR_END)
		fetch(l, NULL, 1, n, &l->page);
	else if (l->anchor_kind == ANCHOR_HOME)
		fetch(l, NULL, 0, n, &l->page);
	if (l->keep_id) {
		for (size_t i = 0; i < l->page.n; i++)
			if (l->page.v[i].id == l->keep_id)
				l->sel = i;
		l->keep_id = 0;
	}
	if (l->sel >= l->page.n)
		l->sel = l->page.n ? l->page.n - 1 : 0;
	set_anchor(l);
	l->page_rows = l->rows;
	l->page_valid = 1;
}

static void clamp(list_screen *l)
{
	l->rows = LINES - ROW_DATA - 2;
	if (l->rows < 1)
		l->rows = 1;
	if (l->page_valid && l->page_rows != l->rows && l->sel < l->page.n)
		l->keep_id = l->page.v[l->sel].id;
}

/* Moves the page by up to `step` rows forward (or backward): the rows
 * beyond its last (first) are read by keyset and the page slides over
 * them.  Returns how far it moved. */
static size_t slide(list_screen *l, size_t step, int backward)
{
	load_page(l);
	if (!l->page.n || (size_t)l->rows > l->page.n)
		return 0;   /* everything is on screen */
	incident_list more;
	const incident *edge = backward ? &l->page.v[0] : &l->page.v[l->page.n - 1];
	incident_key k = key_of(edge);
	if (fetch(l, &k, backward, step, &more) < 0 || !more.n) {
		incident_list_free(&more);
		return 0;
	}
	size_t m = more.n, keep = l->page.n - m;
	if (!backward) {
		for (size_t i = 0; i < m; i++)
			incident_free(&l->page.v[i]);
		memmove(l->page.v, l->page.v + m, keep * sizeof l->page.v[0]);
		memcpy(l->page.v + keep, more.v, m * sizeof more.v[0]);
	} else {
		for (size_t i = keep; i < l->page.n; i++)
			incident_free(&l->page.v[i]);
		memmove(l->page.v + m, l->page.v, keep * sizeof l->page.v[0]);
		memcpy(l->page.v, more.v, m * sizeof more.v[0]);
	}
	free(more.v);   /* its rows now belong to the page */
	set_anchor(l);
	return m;
}

static const char *duration_text(const incident *x, char *buf, size_t n)
{
	if (x->state == ST_VOID)
		snprintf(buf, n, "-");
	else if (x->t.restored)
		fmt_duration(buf, n, x->t.restored - x->t.started);
	else
		snprintf(buf, n, "%s", _("masih berlangsung"));
	return buf;
}

static void list_draw(screen *s)
{
	list_screen *l = (list_screen *)s;
	app *a = s->a;
	char buf[512], t[64], d[64];
	clamp(l);
	load_page(l);

	if (l->query && *l->query) {
		char n[32];
		if (l->total > SEARCH_COUNT_CAP)
			snprintf(n, sizeof n, "%d+", SEARCH_COUNT_CAP);
		else
			snprintf(n, sizeof n, "%zu", l->total);
		snprintf(buf, sizeof buf, _("%s gangguan cocok dengan pencarian%s"), n,
		         l->search_pending ? " …" : "");
	}
	else
		snprintf(buf, sizeof buf,
		         _("%zu gangguan · dilaporkan %zu · dibuka %zu · pulih %zu · ditutup %zu · batal %zu"),
		         l->total, l->counts[ST_REPORTED], l->counts[ST_OPEN], l->counts[ST_RESTORED],
		         l->counts[ST_CLOSED], l->counts[ST_VOID]);
	attron(A_BOLD);
	draw_text(ROW_COUNTS, 1, COLS - 2, buf);
	attroff(A_BOLD);

	char year[16];
	if (l->month)
		snprintf(year, sizeof year, "%d-%02d", l->year, l->month);
	else
		snprintf(year, sizeof year, "%d", l->year);
	/* While typing a search the row is the search's: the whole query
	 * stays in view at 80 columns; the filters come back after Enter. */
	if (l->searching)
		snprintf(buf, sizeof buf, "%s", _("Cari: "));
	else
		snprintf(buf, sizeof buf, _("Status: %s · Tahun: %s · Penyebab: %s · Urut: %s · Cari: "),
		         l->state < 0 ? _("semua") : l->state == FILTER_STATE_ACTIVE ? _("aktif")
		                                   : _(state_label((incident_state)l->state)),
		         l->year ? year : _("semua"), l->cause < 0 ? _("semua") : _(cause_table[l->cause].label),
		         l->newest ? _("terbaru") : _("terlama"));
	int used = draw_text(ROW_FILTER, 1, COLS - 2, buf);
	int sx = 1 + used, sw = COLS - sx - 1, cursor_x = -1;
	if (sw > 4) {
		size_t first, count;
		int col;
		le_view(&l->search, sw, &first, &count, &col);
		if (l->searching)
			attrset(app_attr(a, ATTR_SELECTED));
		else
			attrset(A_UNDERLINE);
		for (int c = 0; c < sw; c++)
			mvaddch(ROW_FILTER, sx + c, ' ');
		draw_wide(ROW_FILTER, sx, l->search.buf + first, count);
		attrset(A_NORMAL);
		cursor_x = sx + col;
	}

	/* Columns as a table: each cell's text comes from one function; the
	 * id column is as wide as the largest id on the page, the summary
	 * takes what is left. */
	int idw = 3;
	for (size_t r = 0; r < l->page.n; r++) {
		int w = snprintf(buf, sizeof buf, "%lld", (long long)l->page.v[r].id);
		if (w > idw)
			idw = w;
	}
	snprintf(t, sizeof t, _("MULAI (%s)"), zone_name(a->ses->cfg->tz));
	struct column {
		const char *header;
		int width;              /* with the gap after it; 0 = the rest */
	} cols[] = {
		{ _("ID"), idw + 1 }, { _("STATUS"), 11 }, { t, 17 }, { _("DURASI"), 18 },
		{ _("PENYEBAB"), 16 }, { _("RINGKASAN"), 0 },
	};
	enum { NCOLS = sizeof cols / sizeof cols[0] };
	int x0[NCOLS], x = 0;
	for (int c = 0; c < NCOLS; c++) {
		x0[c] = x;
		x += cols[c].width;
	}
	attron(A_BOLD);
	for (int c = 0; c < NCOLS; c++)
		draw_cell(ROW_COLS, x0[c], cols[c].width ? cols[c].width : COLS - x0[c], cols[c].header);
	attroff(A_BOLD);

	for (int r = 0; r < l->rows && (size_t)r < l->page.n; r++) {
		const incident *xi = &l->page.v[r];
		int y = ROW_DATA + r;
		char id[32], when[64];
		const cause_info *ci = cause_find(xi->cause);
		snprintf(id, sizeof id, "%lld", (long long)xi->id);
		const char *cell[NCOLS] = {
			id, _(state_label(xi->state)), app_time(a, xi->t.started, when, sizeof when),
			duration_text(xi, d, sizeof d), ci ? _(ci->label) : xi->cause, xi->summary,
		};
		if ((size_t)r == l->sel)
			attrset(app_attr(a, ATTR_SELECTED));
		for (int c = 0; c < NCOLS; c++)
			draw_cell(y, x0[c], cols[c].width ? cols[c].width : COLS - x0[c], cell[c]);
		attrset(A_NORMAL);
	}
	if (l->page.n == 0)
		draw_text(ROW_DATA + 1, 2, COLS - 4,
		          l->query || l->state >= 0 || l->year || l->cause >= 0
		              ? _("Tidak ada gangguan yang cocok dengan saringan (x: hapus saringan).")
		              : _("Belum ada gangguan. Tekan n untuk mencatat laporan baru."));
	attrset(app_attr(a, ATTR_DIM));
	draw_text(LINES - 2, 1, COLS - 2,
	          l->searching ? _("Ketik untuk mencari · Enter: selesai · Esc: hapus pencarian")
	                       : _("Enter buka  n lapor  T tender  / cari  f status  c sebab  t tahun  q keluar"));
	attrset(A_NORMAL);
	if (l->searching && cursor_x >= 0) {
		curs_set(1);
		move(ROW_FILTER, cursor_x);
	}
}

/* ---- actions ---- */

enum { L_DOWN = 1, L_UP, L_PGDN, L_PGUP, L_HOME, L_END, L_OPEN, L_NEW, L_TENDER, L_REGISTER, L_REKAP, L_SEARCH,
       L_STATE,
       L_CAUSE, L_YEAR, L_SORT, L_CLEAR, L_QUIT };

static int act_down(void *ctx)
{
	list_screen *l = ctx;
	load_page(l);
	if (l->sel + 1 < l->page.n)
		l->sel++;
	else
		slide(l, 1, 0);
	return 0;
}

static int act_up(void *ctx)
{
	list_screen *l = ctx;
	load_page(l);
	if (l->sel > 0)
		l->sel--;
	else
		slide(l, 1, 1);
	return 0;
}

/* A page moves the selection by a screen less one line; the page follows
 * as far as there are rows, the selection goes the rest of the way. */
static int act_pgdn(void *ctx)
{
	list_screen *l = ctx;
	size_t step = (size_t)(l->rows > 1 ? l->rows - 1 : 1);
	size_t m = slide(l, step, 0);
	l->sel += step - m;
	if (l->sel >= l->page.n)
		l->sel = l->page.n ? l->page.n - 1 : 0;
	return 0;
}

static int act_pgup(void *ctx)
{
	list_screen *l = ctx;
	size_t step = (size_t)(l->rows > 1 ? l->rows - 1 : 1);
	size_t m = slide(l, step, 1);
	l->sel = l->sel > step - m ? l->sel - (step - m) : 0;
	return 0;
}

static void go_home(list_screen *l)
{
	l->anchor_kind = ANCHOR_HOME;
	l->sel = 0;
	l->keep_id = 0;
	l->page_valid = 0;
}

static int act_home(void *ctx)
{
	go_home(ctx);
	return 0;
}

/* The last rows, read backwards from the end of the order. */
static int act_end(void *ctx)
{
	list_screen *l = ctx;
	l->anchor_kind = ANCHOR_END;
	l->keep_id = 0;
	l->page_valid = 0;
	load_page(l);
	l->sel = l->page.n ? l->page.n - 1 : 0;
	return 0;
}

static int act_open(void *ctx)
{
	list_screen *l = ctx;
	load_page(l);
	if (l->sel >= l->page.n) {
		app_error(l->base.a, _("Tidak ada gangguan terpilih."));
		return 0;
	}
	app_push(l->base.a, detail_open(l->base.a, l->page.v[l->sel].id));
	return 0;
}

static int act_new(void *ctx)
{
	list_screen *l = ctx;
	app_push(l->base.a, form_open(l->base.a, "report", 0));
	return 0;
}

static int act_tender(void *ctx)
{
	list_screen *l = ctx;
	app_push(l->base.a, tender_list_open(l->base.a));
	return 0;
}

static int act_register(void *ctx)
{
	list_screen *l = ctx;
	screen *f = form_open(l->base.a, "number", 0);
	if (f)
		app_push(l->base.a, f);
	return 0;
}

static int act_rekap(void *ctx)
{
	list_screen *l = ctx;
	screen *k = rekap_open(l->base.a);
	if (k)
		app_push(l->base.a, k);
	return 0;
}

static int act_search(void *ctx)
{
	list_screen *l = ctx;
	l->searching = 1;
	le_end(&l->search);
	return 0;
}

static int act_state(void *ctx)
{
	list_screen *l = ctx;
	/* semua, each state, then aktif (open and restored) */
	l->state = l->state + 1 > FILTER_STATE_ACTIVE ? -1 : l->state + 1;
	go_home(l);
	reload_counts(l);
	return 0;
}

static int act_cause(void *ctx)
{
	list_screen *l = ctx;
	l->cause = (size_t)(l->cause + 1) >= cause_count ? -1 : l->cause + 1;
	go_home(l);
	reload_counts(l);
	return 0;
}

static int act_year(void *ctx)
{
	list_screen *l = ctx;
	char *s = NULL, init[16] = "";
	if (l->year && l->month)
		snprintf(init, sizeof init, "%d-%02d", l->year, l->month);
	else if (l->year)
		snprintf(init, sizeof init, "%d", l->year);
	int r = app_prompt(l->base.a, _("Tahun atau bulan, 2026 atau 2026-11 (kosong: semua): "), init, &s);
	if (r == 1) {
		char *end;
		long y = strtol(s, &end, 10), m = 0;
		if (*end == '-')
			m = strtol(end + 1, &end, 10);
		if (!*s)
			l->year = l->month = 0;
		else if (*end || y < 1970 || y > 9999 || m < 0 || m > 12)
			app_error(l->base.a, _("'%s' bukan tahun atau bulan (2026 atau 2026-11)"), s);
		else {
			l->year = (int)y;
			l->month = (int)m;
		}
		go_home(l);
		reload_counts(l);
	}
	free(s);
	return 0;
}

static int act_sort(void *ctx)
{
	list_screen *l = ctx;
	l->newest = !l->newest;
	go_home(l);
	return 0;
}

static int act_clear(void *ctx)
{
	list_screen *l = ctx;
	l->state = l->cause = -1;
	l->year = l->month = 0;
	le_set(&l->search, "");
	free(l->query);
	l->query = NULL;
	go_home(l);
	reload_counts(l);
	return 0;
}

static int act_quit(void *ctx)
{
	list_screen *l = ctx;
	l->base.a->quit = 1;
	return 0;
}

static const km_action list_actions[] = {
	{ L_DOWN, "list.down", N_("turun satu baris"), { 'j', KM_DOWN }, act_down },
	{ L_UP, "list.up", N_("naik satu baris"), { 'k', KM_UP }, act_up },
	{ L_PGDN, "list.pagedown", N_("halaman berikut"), { KM_PGDN, ' ', KM_CTRL('f') }, act_pgdn },
	{ L_PGUP, "list.pageup", N_("halaman sebelumnya"), { KM_PGUP, 'b', KM_CTRL('b') }, act_pgup },
	{ L_HOME, "list.home", N_("ke gangguan pertama"), { KM_HOME, 'g' }, act_home },
	{ L_END, "list.end", N_("ke gangguan terakhir"), { KM_END, 'G' }, act_end },
	{ L_OPEN, "list.open", N_("buka rincian gangguan"), { KM_ENTER, 'l', KM_RIGHT }, act_open },
	{ L_NEW, "list.new", N_("catat laporan gangguan baru"), { 'n' }, act_new },
	{ L_TENDER, "list.tenders", N_("daftar tender: tahapan, gangguan yang mengenainya, keputusan; n tender baru"),
	  { 'T' }, act_tender },
	{ L_REGISTER, "list.register", N_("buku register: nomor surat terakhir dan berikutnya, atur sekali"), { 'N' },
	  act_register },
	{ L_REKAP, "list.rekap", N_("rekap tahun ini: jumlah, jam gangguan, ketersediaan; ekspor PDF"), { 'R' }, act_rekap },
	{ L_SEARCH, "list.search", N_("cari (hasil berubah selagi mengetik)"), { '/' }, act_search },
	{ L_STATE, "list.state", N_("saring status (bergilir)"), { 'f' }, act_state },
	{ L_CAUSE, "list.cause", N_("saring penyebab (bergilir)"), { 'c' }, act_cause },
	{ L_YEAR, "list.year", N_("saring tahun"), { 't' }, act_year },
	{ L_SORT, "list.sort", N_("urutkan menurut mulai: terbaru/terlama"), { 's' }, act_sort },
	{ L_CLEAR, "list.clear", N_("hapus semua saringan"), { 'x' }, act_clear },
	{ L_QUIT, "list.quit", N_("keluar"), { 'q' }, act_quit },
};
static const keymap list_keymap = { N_("Daftar gangguan"), list_actions,
                                    sizeof list_actions / sizeof list_actions[0] };

const keymap *list_keys_table(void)
{
	return &list_keymap;
}

static const keymap *list_keys(screen *s)
{
	(void)s;
	return &list_keymap;
}

/* Search mode: the line editor gets the keys; the list follows each one. */
static int search_key(list_screen *l, int k)
{
	int changed = 0;
	switch (k) {
	case KM_ENTER:
	case KM_DOWN:
	case KM_TAB:
		l->searching = 0;
		if (l->search_pending) {
			l->search_pending = 0;
			reload_counts(l);
		}
		return 0;
	case KM_ESC:
		l->searching = 0;
		changed = le_set(&l->search, "") == 0;
		break;
	case KM_PASTE:
		changed = le_insert_utf8(&l->search, l->base.a->paste) > 0;
		break;
	default: {
		int r = le_key(&l->search, k);
		if (r == LE_MOVED)
			return 0;
		if (r == LE_CHANGED)
			changed = 1;
		else if (k > 0 && k < KM_BASE)
			changed = le_insert(&l->search, (wchar_t)k) > 0;
		else
			return -1;
	}
	}
	if (changed) {
		free(l->query);
		l->query = le_get(&l->search);
		go_home(l);
		/* Query when typing pauses (the idle tick), not on every key of a
		 * burst: a fast typist or a paste costs one search. */
		l->search_pending = 1;
		if (k == KM_ESC) {
			l->search_pending = 0;
			reload_counts(l);
		}
	}
	return 0;
}

static int list_tick(screen *s)
{
	list_screen *l = (list_screen *)s;
	if (!l->search_pending)
		return 0;
	l->search_pending = 0;
	reload_counts(l);
	return 1;
}

static int list_key(screen *s, int k)
{
	list_screen *l = (list_screen *)s;
	if (l->searching)
		return search_key(l, k);
	return km_dispatch(&list_keymap, k, l) < 0 ? -1 : 0;
}

/* Back from another screen: the same rows and the same incident selected,
 * as far as they are still there. */
static void list_resume(screen *s)
{
	list_screen *l = (list_screen *)s;
	if (l->sel < l->page.n)
		l->keep_id = l->page.v[l->sel].id;
	reload_counts(l);
}

static void list_close(screen *s)
{
	list_screen *l = (list_screen *)s;
	incident_list_free(&l->page);
	le_free(&l->search);
	free(l->query);
	free(l);
}

static const screen_ops list_ops = {
	.name = "list", .draw = list_draw, .key = list_key, .close = list_close,
	.keys = list_keys, .resume = list_resume, .tick = list_tick,
};

screen *list_open(app *a)
{
	list_screen *l = calloc(1, sizeof *l);
	if (!l)
		return NULL;
	l->base.ops = &list_ops;
	l->base.a = a;
	snprintf(l->base.title, sizeof l->base.title, "%s", _("Daftar gangguan"));
	l->state = l->cause = -1;
	l->newest = 1;
	le_init(&l->search, 200);
	reload_counts(l);
	return &l->base;
}
