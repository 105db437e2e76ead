/* The Rekap screen: the recap of a year (recapload.h), by month or by
 * cause, with a text bar per row that reads at 80x24, under NO_COLOR and
 * on a vt100; a key exports the PDF that `gangguan rekap --format pdf`
 * writes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "files.h"
#include "i18n.h"
#include "recapload.h"
#include "tui_draw.h"
#include "tui_screens.h"

typedef struct rekap_screen {
	screen base;
	int year;
	recap_by by;
	recap r;
	int loaded;
} rekap_screen;

static void load(rekap_screen *k)
{
	gg_err err;
	if (k->loaded)
		recap_free(&k->r);
	k->loaded = recap_load(k->base.a->ses, k->year, 0, k->by, &k->r, &err) == GG_OK;
	if (!k->loaded)
		app_error(k->base.a, "%s", err.msg);
	snprintf(k->base.title, sizeof k->base.title, _("Rekap %d %s"), k->year,
	         k->by == RECAP_BY_MONTH ? _("per bulan") : _("per penyebab"));
}

/* A decimal comma, the way an Indonesian report writes numbers. */
static void comma(char *buf)
{
	for (char *p = buf; *p; p++)
		if (*p == '.')
			*p = ',';
}

/* "12,5" hours. */
static void hours(int64_t s, char *buf, size_t n)
{
	if (s < 0) {
		snprintf(buf, n, "-");
		return;
	}
	snprintf(buf, n, "%.1f", (double)s / 3600.0);
	comma(buf);
}

static void rekap_draw(screen *s)
{
	rekap_screen *k = (rekap_screen *)s;
	app *a = s->a;
	char buf[300], h[32], av[32];
	if (!k->loaded)
		return;
	hours(k->r.total.down_s, h, sizeof h);
	snprintf(av, sizeof av, "%.2f%%", k->r.total.availability * 100.0);
	comma(av);
	snprintf(buf, sizeof buf, _("%zu gangguan · mati %s jam · tersedia %s · BA %zu · tender %zu%s"),
	         k->r.total.incidents, h, av, k->r.total.docs, k->r.total.hits,
	         k->r.total.open ? _(" · * belum pulih, sampai sekarang") : "");
	attron(A_BOLD);
	draw_text(1, 1, COLS - 2, buf);
	attroff(A_BOLD);
	snprintf(buf, sizeof buf, "%-16s %6s %8s %9s  %s", k->by == RECAP_BY_MONTH ? _("BULAN") : _("PENYEBAB"),
	         _("JUMLAH"), _("JAM"), _("TERSEDIA"), _("JAM GANGGUAN"));
	draw_text(3, 1, COLS - 2, buf);
	int64_t most = 0;
	for (size_t i = 0; i < k->r.n; i++)
		if (k->r.rows[i].down_s > most)
			most = k->r.rows[i].down_s;
	int bar_w = COLS - 47;
	for (size_t i = 0; i < k->r.n && 4 + (int)i < LINES - 3; i++) {
		const recap_row *row = &k->r.rows[i];
		hours(row->down_s, h, sizeof h);
		snprintf(av, sizeof av, "%.2f%%", row->availability * 100.0);
		comma(av);
		int w = most > 0 && bar_w > 0 ? (int)((double)bar_w * (double)row->down_s / (double)most + 0.5) : 0;
		if (row->down_s > 0 && w == 0)
			w = 1;
		char bar[200];
		int bw = w < (int)sizeof bar - 1 ? w : (int)sizeof bar - 1;
		memset(bar, '#', (size_t)bw);   /* plain ASCII: a vt100 and NO_COLOR read it too */
		bar[bw] = '\0';
		snprintf(buf, sizeof buf, "%-16.16s %5zu%s %8s %9s  %s", row->label, row->incidents, row->open ? "*" : " ", h,
		         av, bar);
		draw_text(4 + (int)i, 1, COLS - 2, buf);
	}
	attrset(app_attr(a, ATTR_DIM));
	draw_text(LINES - 2, 1, COLS - 2, _("b bulan/penyebab  [ ] tahun  p ekspor PDF  q kembali"));
	attrset(A_NORMAL);
}

static int k_by(void *ctx)
{
	rekap_screen *k = ctx;
	k->by = k->by == RECAP_BY_MONTH ? RECAP_BY_CAUSE : RECAP_BY_MONTH;
	load(k);
	return 0;
}

static int k_prev(void *ctx)
{
	rekap_screen *k = ctx;
	k->year--;
	load(k);
	return 0;
}

static int k_next(void *ctx)
{
	rekap_screen *k = ctx;
	k->year++;
	load(k);
	return 0;
}

static int k_pdf(void *ctx)
{
	rekap_screen *k = ctx;
	app *a = k->base.a;
	char name[64], *path = NULL;
	gg_err err;
	snprintf(name, sizeof name, "rekap-gangguan-%d.pdf", k->year);
	if (app_prompt(a, _("Ekspor PDF ke berkas: "), name, &path) != 1 || !path || !*path) {
		free(path);
		app_status(a, "%s", _("Ekspor dibatalkan."));
		return 0;
	}
	char *full = files_expand_home(path);
	free(path);
	if (!full) {
		app_error(a, "%s", _("memori habis"));
		return 0;
	}
	if (recap_write_pdf(a->ses, k->year, 0, full, &err))
		app_error(a, _("Gagal menulis %s: %s"), full, err.msg);
	else
		app_status(a, _("Rekap %d diekspor ke %s (PDF A4)"), k->year, full);
	free(full);
	return 0;
}

static int k_back(void *ctx)
{
	app_pop(((rekap_screen *)ctx)->base.a);
	return 0;
}

enum { K_BY = 1, K_PREV, K_NEXT, K_PDF, K_BACK };
static const km_action rekap_actions[] = {
	{ K_BY, "rekap.by", N_("per bulan atau per penyebab"), { 'b' }, k_by },
	{ K_PREV, "rekap.prevyear", N_("tahun sebelumnya"), { '[', KM_LEFT }, k_prev },
	{ K_NEXT, "rekap.nextyear", N_("tahun berikutnya"), { ']', KM_RIGHT }, k_next },
	{ K_PDF, "rekap.pdf", N_("ekspor rekap tahun ini sebagai PDF A4 (tabel dan grafik)"), { 'p' }, k_pdf },
	{ K_BACK, "rekap.back", N_("kembali ke daftar"), { 'q', KM_ESC }, k_back },
};
static const keymap rekap_keymap = { N_("Rekap"), rekap_actions, sizeof rekap_actions / sizeof rekap_actions[0] };

const keymap *rekap_keys_table(void)
{
	return &rekap_keymap;
}

static const keymap *rekap_keys(screen *s)
{
	(void)s;
	return &rekap_keymap;
}

static int rekap_key(screen *s, int key)
{
	return km_dispatch(&rekap_keymap, key, s) < 0 ? -1 : 0;
}

static void rekap_close(screen *s)
{
	rekap_screen *k = (rekap_screen *)s;
	if (k->loaded)
		recap_free(&k->r);
	free(k);
}

static const screen_ops rekap_ops = {
	.name = "rekap", .draw = rekap_draw, .key = rekap_key, .close = rekap_close, .keys = rekap_keys,
};

screen *rekap_open(app *a)
{
	rekap_screen *k = calloc(1, sizeof *k);
	if (!k) {
		app_error(a, "%s", _("memori habis"));
		return NULL;
	}
	k->base.ops = &rekap_ops;
	k->base.a = a;
	civil c;
	civil_from_utc(store_now(a->ses->st), a->ses->cfg->tz, &c);
	k->year = c.year;
	load(k);
	return &k->base;
}
