/* The pick-list (tui_pick.h): a box over the screen, as app_dialog draws
 * one, with a list to move through; its keys are a keymap table, so the
 * help screen and gangguan(1) list them. */
#include "tui_pick.h"

#include <curses.h>
#include <stdio.h>

#include "i18n.h"
#include "tui_draw.h"

typedef struct pick_state {
	size_t sel, n;
	size_t page;          /* items that fit in the box */
	int result;           /* 0 still choosing, 1 chosen, 2 cancelled */
} pick_state;

enum { P_DOWN = 1, P_UP, P_PGDN, P_PGUP, P_HOME, P_END, P_CHOOSE, P_CANCEL };

static int p_down(void *c) { pick_state *p = c; if (p->sel + 1 < p->n) p->sel++; return 0; }
static int p_up(void *c) { pick_state *p = c; if (p->sel) p->sel--; return 0; }
static int p_home(void *c) { ((pick_state *)c)->sel = 0; return 0; }
static int p_end(void *c) { pick_state *p = c; p->sel = p->n ? p->n - 1 : 0; return 0; }
static int p_choose(void *c) { ((pick_state *)c)->result = 1; return 0; }
static int p_cancel(void *c) { ((pick_state *)c)->result = 2; return 0; }

static int p_pgdn(void *c)
{
	pick_state *p = c;
	p->sel = p->sel + p->page < p->n ? p->sel + p->page : (p->n ? p->n - 1 : 0);
	return 0;
}

static int p_pgup(void *c)
{
	pick_state *p = c;
	p->sel = p->sel > p->page ? p->sel - p->page : 0;
	return 0;
}

static const km_action pick_actions[] = {
	{ P_DOWN, "pick.down", N_("pilihan berikut"), { 'j', KM_DOWN, KM_TAB }, p_down },
	{ P_UP, "pick.up", N_("pilihan sebelumnya"), { 'k', KM_UP, KM_BTAB }, p_up },
	{ P_PGDN, "pick.pagedown", N_("halaman berikut"), { KM_PGDN, ' ' }, p_pgdn },
	{ P_PGUP, "pick.pageup", N_("halaman sebelumnya"), { KM_PGUP, 'b' }, p_pgup },
	{ P_HOME, "pick.home", N_("ke pilihan pertama"), { KM_HOME, 'g' }, p_home },
	{ P_END, "pick.end", N_("ke pilihan terakhir"), { KM_END, 'G' }, p_end },
	{ P_CHOOSE, "pick.choose", N_("pilih yang disorot"), { KM_ENTER }, p_choose },
	{ P_CANCEL, "pick.cancel", N_("batal: tidak memilih apa pun"), { KM_ESC, 'q' }, p_cancel },
};
static const keymap pick_keymap = { N_("Daftar pilihan"), pick_actions,
                                    sizeof pick_actions / sizeof pick_actions[0] };

const keymap *pick_keys_table(void)
{
	return &pick_keymap;
}

static int item_rows(const pick_item *it)
{
	return it->detail && *it->detail ? 2 : 1;
}

static void draw_box(app *a, const char *title, const char *note, const pick_item *items, pick_state *p,
                     size_t *top)
{
	int w = COLS - 2 > 110 ? 110 : COLS - 2;
	char **nrows = NULL;
	size_t nn = note && *note ? wrap_lines(note, w - 4, &nrows) : 0;
	/* rows: title, note, a blank, the items, a blank, the keys */
	int room = LINES - 4 - 1 - (int)nn - (nn ? 1 : 0) - 2;
	if (room < 2)
		room = 2;
	/* the window of items: the selection in view */
	if (p->sel < *top)
		*top = p->sel;
	for (;;) {
		int used = 0;
		for (size_t i = *top; i <= p->sel && i < p->n; i++)
			used += item_rows(&items[i]);
		if (used <= room || *top == p->sel)
			break;
		(*top)++;
	}
	int used = 0;
	size_t last = *top;
	while (last < p->n && used + item_rows(&items[last]) <= room)
		used += item_rows(&items[last++]);
	p->page = last > *top + 1 ? last - *top - 1 : 1;
	int h = 1 + (int)nn + (nn ? 1 : 0) + used + 2, y0 = (LINES - h) / 2, x0 = (COLS - w) / 2;
	/* a frame in the header's colours, the list inside it */
	attrset(app_attr(a, ATTR_HEADER));
	for (int y = 0; y < h; y++)
		draw_cell(y0 + y, x0, w, "");
	draw_text(y0, x0 + 2, w - 4, title);
	char keys[200];
	snprintf(keys, sizeof keys, _("%zu dari %zu · Up/Down pilih · Enter ambil · Esc batal"), p->sel + 1, p->n);
	draw_text(y0 + h - 1, x0 + 2, w - 4, keys);
	attrset(A_NORMAL);
	int y = y0 + 1, iw = w - 2;
	for (int r = y; r < y0 + h - 1; r++)
		draw_cell(r, x0 + 1, iw, "");
	for (size_t i = 0; i < nn; i++)
		draw_text(y++, x0 + 2, iw - 2, nrows[i]);
	lines_free(nrows, nn);
	if (nn)
		y++;
	for (size_t i = *top; i < last; i++) {
		char line[600];
		snprintf(line, sizeof line, "%s %s", i == p->sel ? ">" : " ", items[i].text);
		attrset(i == p->sel ? app_attr(a, ATTR_SELECTED) : (int)A_NORMAL);
		draw_cell(y, x0 + 1, iw, "");
		draw_text(y++, x0 + 1, iw, line);
		if (item_rows(&items[i]) > 1) {
			attrset(i == p->sel ? app_attr(a, ATTR_SELECTED) : app_attr(a, ATTR_DIM));
			draw_cell(y, x0 + 1, iw, "");
			draw_text(y++, x0 + 4, iw - 3, items[i].detail);
		}
	}
	attrset(A_NORMAL);
}

int app_pick(app *a, const char *title, const char *note, const pick_item *items, size_t n, size_t *chosen)
{
	pick_state p = { *chosen < n ? *chosen : 0, n, 1, 0 };
	size_t top = 0;
	if (!n)
		return 0;
	for (;;) {
		app_redraw(a);
		if (!a->too_small) {
			draw_box(a, title, note, items, &p, &top);
			refresh();
		}
		int k = app_read_key(a);
		if (k < 0)
			return -1;
		if (k == 0 || k == KM_RESIZE)
			continue;
		km_dispatch(&pick_keymap, k, &p);
		if (p.result == 1) {
			*chosen = p.sel;
			return 1;
		}
		if (p.result == 2)
			return 0;
	}
}
