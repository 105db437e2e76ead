/* The form engine (tui_form.h). */
#include "tui_form.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "idtime.h"
#include "lineedit.h"
#include "store.h"
#include "textfield.h"
#include "tui_draw.h"

struct form {
	screen base;
	const form_def *def;
	incident inc;
	int has_inc;
	lineedit *ed;           /* one per field */
	char **why;             /* reason a field is invalid, NULL if valid */
	char **cache;           /* form_get results */
	unsigned char *fresh;   /* a time the form filled in (now): typing replaces it */
	char **filled;          /* that time as filled in, while it may still mean "now" */
	char *preview_number;   /* the letter last previewed for confirmation (form_set_preview) */
	char *preview_text;
	size_t focus;
	size_t top;             /* first field shown: the form scrolls to keep the focus in view */
	int64_t target;         /* the record the form is about (a chronology event's id), 0 if none */
	int64_t seen;           /* form_set_seen */
	int has_seen;
	int dirty;              /* changed since opened */
	int unsaved;            /* changed since the draft was written */
	int64_t last_change_ms;
	char note[400];
};

enum { LABEL_X = 2, LABEL_W = 22, BOX_X = LABEL_X + LABEL_W + 1, FIELD_Y = 4 };
/* Text fields this long show their count as you type (short codes do not). */
enum { COUNT_FROM = 50 };
/* The rows of a text area (FF_AREA) and of a pasted table (FF_TABLE). */
enum { AREA_ROWS = 3, TABLE_ROWS = 6, MAX_AREA_ROWS = TABLE_ROWS };

static int is_area(const form_field_def *fd)
{
	return fd->kind == FF_AREA || fd->kind == FF_TABLE;
}

static int area_rows(const form_field_def *fd)
{
	return fd->kind == FF_TABLE ? TABLE_ROWS : fd->kind == FF_AREA ? AREA_ROWS : 1;
}

/* Rows a field takes on the screen: its box, and the row under it for a
 * reason or a hint that does not fit beside it. */
static int field_height(const form_field_def *fd)
{
	return area_rows(fd) + 1;
}

static int is_text(const form_field_def *fd)
{
	return fd->kind == FF_TEXT || is_area(fd);
}

static int64_t mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static const form_def *find_def(const char *name)
{
	for (size_t i = 0; i < form_def_count; i++)
		if (strcmp(form_defs[i]->name, name) == 0)
			return form_defs[i];
	return NULL;
}

const char *form_title_by_name(const char *name)
{
	const form_def *d = name ? find_def(name) : NULL;
	return d ? d->title : NULL;
}

static int field_index(const form *f, const char *key)
{
	for (size_t i = 0; i < f->def->n; i++)
		if (strcmp(f->def->fields[i].key, key) == 0)
			return (int)i;
	return -1;
}

const char *form_get(form *f, const char *key)
{
	int i = field_index(f, key);
	if (i < 0)
		return "";
	free(f->cache[i]);
	f->cache[i] = le_get(&f->ed[i]);
	return f->cache[i] ? f->cache[i] : "";
}

void form_set(form *f, const char *key, const char *value)
{
	int i = field_index(f, key);
	if (i >= 0)
		le_set(&f->ed[i], value ? value : "");
}

int form_as_filled(form *f, const char *key)
{
	int i = field_index(f, key);
	return i >= 0 && f->filled[i] && strcmp(form_get(f, key), f->filled[i]) == 0;
}

int form_set_preview(form *f, const char *number, const char *text)
{
	char *n = strdup(number ? number : ""), *t = strdup(text ? text : "");
	if (!n || !t) {
		free(n);
		free(t);
		return -1;
	}
	free(f->preview_number);
	free(f->preview_text);
	f->preview_number = n;
	f->preview_text = t;
	return 0;
}

int form_preview(const form *f, const char **number, const char **text)
{
	*number = f->preview_number;
	*text = f->preview_text;
	return f->preview_text != NULL;
}

int64_t form_when(form *f, const char *key)
{
	int64_t t = 0;
	char why[200];
	if (when_parse_rel(form_get(f, key), f->base.a->ses->cfg->tz, store_now(f->base.a->ses->st), &t, why,
	                   sizeof why) < 0)
		return 0;
	return t;
}

int form_step(const form *f)
{
	return f->def->step;
}

const incident *form_incident(const form *f)
{
	return f->has_inc ? &f->inc : NULL;
}

app *form_app(const form *f)
{
	return f->base.a;
}

screen *form_screen(form *f)
{
	return &f->base;
}

void form_note(form *f, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(f->note, sizeof f->note, fmt, ap);
	va_end(ap);
}

static void set_why(form *f, size_t i, const char *why)
{
	free(f->why[i]);
	f->why[i] = why ? strdup(why) : NULL;
}

void form_fail(form *f, const char *key, const char *why)
{
	int i = field_index(f, key);
	if (i >= 0) {
		set_why(f, (size_t)i, why);
		f->focus = (size_t)i;
	}
}

/* ---- choices ---- */

static size_t choice_index(form *f, size_t i, const form_choice *v, size_t n)
{
	const char *cur = form_get(f, f->def->fields[i].key);
	for (size_t k = 0; k < n; k++)
		if (strcmp(v[k].code, cur) == 0)
			return k;
	return n;
}

static void choice_step(form *f, size_t i, int dir)
{
	const form_choice *v;
	size_t n = f->def->fields[i].choices(&v);
	if (!n)
		return;
	size_t k = choice_index(f, i, v, n);
	if (k == n)
		k = dir > 0 ? n - 1 : 0;
	k = dir > 0 ? (k + 1) % n : (k + n - 1) % n;
	le_set(&f->ed[i], v[k].code);
}

/* A letter picks the next choice whose label starts with it. */
static int choice_letter(form *f, size_t i, int c)
{
	const form_choice *v;
	size_t n = f->def->fields[i].choices(&v);
	size_t k = choice_index(f, i, v, n);
	int lc = c >= 'A' && c <= 'Z' ? c + 32 : c;
	for (size_t step = 1; step <= n; step++) {
		size_t j = (k == n ? step - 1 : k + step) % n;
		int first = (unsigned char)v[j].label[0];
		if (first >= 'A' && first <= 'Z')
			first += 32;
		if (first == lc) {
			le_set(&f->ed[i], v[j].code);
			return 1;
		}
	}
	return 0;
}

/* ---- validation ---- */

static int validate_field(form *f, size_t i)
{
	const form_field_def *fd = &f->def->fields[i];
	char why[300] = "";
	char *v = le_get(&f->ed[i]);
	int bad = 0;
	if (!v)
		return -1;
	const char *p = v;
	while (*p == ' ')
		p++;
	if (!*p) {
		if (fd->required) {
			snprintf(why, sizeof why, "%s", _("wajib diisi"));
			bad = 1;
		}
	} else if (fd->kind == FF_WHEN) {
		int64_t t;
		char e[200];
		if (when_parse_rel(v, f->base.a->ses->cfg->tz, store_now(f->base.a->ses->st), &t, e, sizeof e) < 0) {
			snprintf(why, sizeof why, "%s", e);
			bad = 1;
		}
	} else if (fd->kind == FF_CHOICE) {
		const form_choice *c;
		size_t n = fd->choices(&c);
		if (choice_index(f, i, c, n) == n) {
			snprintf(why, sizeof why, "%s", _("pilih dengan Kiri/Kanan"));
			bad = 1;
		}
	}
	if (!bad && *p && fd->validate && fd->validate(f, fd, v, why, sizeof why) < 0)
		bad = 1;
	free(v);
	set_why(f, i, bad ? why : NULL);
	return bad ? -1 : 0;
}

static int validate_all(form *f)
{
	int first_bad = -1;
	for (size_t i = 0; i < f->def->n; i++)
		if (validate_field(f, i) < 0 && first_bad < 0)
			first_bad = (int)i;
	if (first_bad >= 0)
		f->focus = (size_t)first_bad;
	return first_bad;
}

/* ---- drafts ---- */

static void form_resume(screen *s);

static int form_save_draft(screen *s)
{
	form *f = (form *)s;
	app *a = s->a;
	if (!f->dirty || !a->draft_path)
		return 0;
	draft d = { .form = (char *)f->def->name, .incident = f->has_inc ? f->inc.id : 0,
	            .version = f->has_inc ? f->inc.version : 0, .n = f->def->n };
	char **keys = calloc(f->def->n, sizeof *keys), **vals = calloc(f->def->n, sizeof *vals);
	int r = -1;
	if (keys && vals) {
		for (size_t i = 0; i < f->def->n; i++) {
			keys[i] = (char *)f->def->fields[i].key;
			vals[i] = le_get(&f->ed[i]);
		}
		d.keys = keys;
		d.values = vals;
		r = draft_write(a->draft_path, &d);
		for (size_t i = 0; i < f->def->n; i++)
			free(vals[i]);
	}
	free(keys);
	free(vals);
	if (r == 0)
		f->unsaved = 0;
	return r;
}

static int form_tick(screen *s)
{
	form *f = (form *)s;
	if (f->unsaved && mono_ms() - f->last_change_ms > 400)
		form_save_draft(s);
	return 0;
}

void form_done(form *f)
{
	app *a = f->base.a;
	draft_remove(a->draft_path);
	f->dirty = 0;
	app_pop_to(a, f->base.below);
}

/* ---- drawing ---- */

static void form_draw(screen *s)
{
	form *f = (form *)s;
	app *a = s->a;
	int cursor_y = -1, cursor_x = 0;
	char buf[300];

	attron(A_BOLD);
	if (f->has_inc)
		snprintf(buf, sizeof buf, "%s · #%lld %s", _(f->def->title), (long long)f->inc.id, f->inc.summary);
	else
		snprintf(buf, sizeof buf, "%s", _(f->def->title));
	draw_text(1, 1, COLS - 2, buf);
	attroff(A_BOLD);
	if (f->note[0])
		draw_text(2, 1, COLS - 2, f->note);

	int box_max = COLS - BOX_X - 2;
	/* Scroll so that the focused field is whole on the screen. */
	int room_rows = LINES - 3 - FIELD_Y;
	if (f->focus < f->top)
		f->top = f->focus;
	for (;;) {
		int used = 0;
		for (size_t i = f->top; i <= f->focus; i++)
			used += field_height(&f->def->fields[i]);
		if (used <= room_rows || f->top == f->focus)
			break;
		f->top++;
	}
	int y = FIELD_Y;
	for (size_t i = f->top; i < f->def->n; y += field_height(&f->def->fields[i]), i++) {
		const form_field_def *fd = &f->def->fields[i];
		if (y + field_height(fd) - 1 > LINES - 3)
			break;
		int bw = fd->width < box_max ? fd->width : box_max;
		snprintf(buf, sizeof buf, "%s%s", _(fd->label), fd->required ? " *" : "");
		if (i == f->focus)
			attron(A_BOLD);
		draw_text(y, LABEL_X, LABEL_W, buf);
		attroff(A_BOLD);

		attrset(i == f->focus ? app_attr(a, ATTR_SELECTED) : (int)A_UNDERLINE);
		for (int r = 0; r < field_height(fd) - 1; r++)
			for (int c = 0; c < bw; c++)
				mvaddch(y + r, BOX_X + c, ' ');
		if (is_area(fd)) {
			le_row rows[MAX_AREA_ROWS];
			int cr, cc;
			size_t n = le_area(&f->ed[i], bw, area_rows(fd), rows, &cr, &cc);
			for (size_t r = 0; r < n; r++)
				draw_wide(y + (int)r, BOX_X, f->ed[i].buf + rows[r].first, rows[r].count);
			if (i == f->focus) {
				cursor_y = y + cr;
				cursor_x = BOX_X + (cc < bw ? cc : bw - 1);
			}
		} else if (fd->kind == FF_CHOICE) {
			const form_choice *v;
			size_t n = fd->choices(&v);
			size_t k = choice_index(f, i, v, n);
			snprintf(buf, sizeof buf, "< %s >", k < n ? _(v[k].label) : "?");
			draw_text(y, BOX_X, bw, buf);
			if (i == f->focus) {
				cursor_y = y;
				cursor_x = BOX_X;
			}
		} else {
			size_t first, count;
			int col;
			le_view(&f->ed[i], bw, &first, &count, &col);
			draw_wide(y, BOX_X, f->ed[i].buf + first, count);
			if (i == f->focus) {
				cursor_y = y;
				cursor_x = BOX_X + col;
			}
		}
		attrset(A_NORMAL);

		/* The reason beside the field when it fits, else under it. */
		int rx = BOX_X + bw + 1, room = COLS - rx - 1;
		if (f->why[i]) {
			snprintf(buf, sizeof buf, "! %s", f->why[i]);
			attrset(app_attr(a, ATTR_ERROR));
			if (text_width(buf) <= room)
				draw_text(y, rx, room, buf);
			else
				draw_text(y + field_height(fd) - 1, BOX_X, COLS - BOX_X - 1, buf);
			attrset(A_NORMAL);
		} else if (i == f->focus && (fd->hint || (is_text(fd) && fd->max >= COUNT_FROM))) {
			/* The count as you type: the limit is the field's (textfield.h). */
			char tip[400] = "";
			if (is_text(fd) && fd->max >= COUNT_FROM)
				snprintf(tip, sizeof tip, "%zu/%zu%s", f->ed[i].len, fd->max,
				         f->ed[i].len >= fd->max ? _(" penuh") : "");
			if (fd->hint)
				snprintf(tip + strlen(tip), sizeof tip - strlen(tip), "%s%s", tip[0] ? "  " : "", _(fd->hint));
			attrset(app_attr(a, fd->max >= COUNT_FROM && f->ed[i].len >= fd->max ? ATTR_ERROR : ATTR_DIM));
			if (text_width(tip) <= room)
				draw_text(y, rx, room, tip);
			else
				draw_text(y + field_height(fd) - 1, BOX_X, COLS - BOX_X - 1, tip);
			attrset(A_NORMAL);
		}
	}
	attrset(app_attr(a, ATTR_DIM));
	draw_text(LINES - 2, 1, COLS - 2,
	          _("Tab berikut  S-Tab sebelumnya  F2 simpan  Esc batal  F1 bantuan"));
	attrset(A_NORMAL);
	if (cursor_y >= 0) {
		curs_set(1);
		move(cursor_y, cursor_x);
	}
}

/* ---- keys ---- */

enum { F_NEXT = 1, F_PREV, F_ENTER, F_SUBMIT, F_CANCEL, F_LEFT, F_RIGHT };

static void change(form *f)
{
	f->dirty = f->unsaved = 1;
	f->last_change_ms = mono_ms();
	set_why(f, f->focus, NULL);
}

static void leave_to(form *f, size_t to)
{
	if (validate_field(f, f->focus) == 0 && f->def->left)
		f->def->left(f, f->def->fields[f->focus].key);
	if (f->unsaved)
		form_save_draft(&f->base);
	f->focus = to;
}

static int submit(form *f)
{
	if (validate_field(f, f->focus) == 0 && f->def->left)
		f->def->left(f, f->def->fields[f->focus].key);
	if (validate_all(f) >= 0) {
		app_error(f->base.a, _("Formulir belum dapat disimpan: perbaiki isian bertanda !"));
		return 0;
	}
	if (f->unsaved)
		form_save_draft(&f->base);
	f->def->submit(f);   /* may close the form: touch nothing after */
	return 0;
}

static int a_next(void *ctx)
{
	form *f = ctx;
	leave_to(f, (f->focus + 1) % f->def->n);
	return 0;
}

static int a_prev(void *ctx)
{
	form *f = ctx;
	leave_to(f, (f->focus + f->def->n - 1) % f->def->n);
	return 0;
}

static int a_enter(void *ctx)
{
	form *f = ctx;
	if (f->focus + 1 < f->def->n)
		return a_next(ctx);
	return submit(f);
}

static int a_submit(void *ctx)
{
	return submit(ctx);
}

static int a_cancel(void *ctx)
{
	form *f = ctx;
	app *a = f->base.a;
	if (f->dirty) {
		int r = app_confirm(a, _("Buang isian formulir ini? (y/T)"));
		if (r != 1)
			return 0;
		draft_remove(a->draft_path);
		app_status(a, _("Isian dibuang."));
	}
	f->dirty = 0;
	app_pop_to(a, f->base.below);
	return 0;
}

static int is_choice(form *f)
{
	return f->def->fields[f->focus].kind == FF_CHOICE;
}

/* The focused field's editor, for a key that edits or moves within it:
 * from then on the field's filled-in time is the operator's to edit. */
static lineedit *in_field(form *f)
{
	f->fresh[f->focus] = 0;
	return &f->ed[f->focus];
}

/* Left/Right move through a choice; in a text field they edit. */
static int choice_or_edit(form *f, int step, int key)
{
	if (is_choice(f)) {
		choice_step(f, f->focus, step);
		change(f);
	} else if (le_key(in_field(f), key) == LE_CHANGED) {
		change(f);
	}
	return 0;
}

static int a_left(void *ctx)
{
	return choice_or_edit(ctx, -1, KM_LEFT);
}

static int a_right(void *ctx)
{
	return choice_or_edit(ctx, 1, KM_RIGHT);
}

static const km_action form_actions[] = {
	{ F_NEXT, "form.next", N_("ke isian berikut (memeriksa isian ini)"), { KM_TAB, KM_DOWN }, a_next },
	{ F_PREV, "form.prev", N_("ke isian sebelumnya"), { KM_BTAB, KM_UP }, a_prev },
	{ F_ENTER, "form.enter", N_("isian berikut; di isian terakhir: simpan"), { KM_ENTER }, a_enter },
	{ F_SUBMIT, "form.submit", N_("simpan (pratinjau dan konfirmasi bila menerbitkan)"), { KM_F(2), KM_CTRL('x') }, a_submit },
	{ F_CANCEL, "form.cancel", N_("batal (bertanya bila ada isian)"), { KM_ESC }, a_cancel },
	{ F_LEFT, "form.left", N_("isian pilihan: pilihan sebelumnya (isian teks: kursor ke kiri)"), { KM_LEFT }, a_left },
	{ F_RIGHT, "form.right", N_("isian pilihan: pilihan berikut (isian teks: kursor ke kanan)"), { KM_RIGHT }, a_right },
};
static const keymap form_keymap = { N_("Formulir"), form_actions,
                                    sizeof form_actions / sizeof form_actions[0] };

const keymap *form_keys_table(void)
{
	return &form_keymap;
}

static const keymap *form_keys(screen *s)
{
	(void)s;
	return &form_keymap;
}

static int form_key(screen *s, int k)
{
	form *f = (form *)s;
	if (k == KM_ENTER && is_area(&f->def->fields[f->focus])) {
		if (le_insert(in_field(f), L'\n') > 0)
			change(f);
		return 0;
	}
	if (km_dispatch(&form_keymap, k, f) >= 0)
		return 0;   /* f may be gone: a save or cancel closes the form */
	if (k == KM_PASTE) {
		/* text for the field under the cursor, lines joined: never keys */
		if (is_choice(f))
			return 0;
		if (f->fresh[f->focus]) {
			f->fresh[f->focus] = 0;
			le_set(&f->ed[f->focus], "");
		}
		size_t before = f->ed[f->focus].len, room = f->ed[f->focus].max ? f->ed[f->focus].max - before : 0;
		size_t pasted = utf8_chars(f->base.a->paste);
		if (le_insert_utf8(&f->ed[f->focus], f->base.a->paste) > 0)
			change(f);
		if (f->ed[f->focus].max && pasted > room)   /* never cut without a word */
			app_error(f->base.a, _("Tempelan %zu karakter dipotong: isian ini paling banyak %zu karakter."), pasted,
			          f->ed[f->focus].max);
		return 0;
	}
	if (!is_choice(f) && km_lookup(le_keymap(), k)) {
		if (le_key(in_field(f), k) == LE_CHANGED)
			change(f);
		return 0;
	}
	if (k <= 0 || k >= KM_BASE)
		return -1;   /* F1 and the like: global keys */
	if (is_choice(f)) {
		if (k == ' ')
			choice_step(f, f->focus, 1);
		else if (!choice_letter(f, f->focus, k))
			return 0;
		change(f);
		return 0;
	}
	if (f->fresh[f->focus]) {
		f->fresh[f->focus] = 0;
		le_set(&f->ed[f->focus], "");
	}
	if (le_insert(&f->ed[f->focus], (wchar_t)k) > 0)
		change(f);
	return 0;
}

static void form_close(screen *s)
{
	form *f = (form *)s;
	for (size_t i = 0; i < f->def->n; i++) {
		le_free(&f->ed[i]);
		free(f->why[i]);
		free(f->cache[i]);
	}
	for (size_t i = 0; f->filled && i < f->def->n; i++)
		free(f->filled[i]);
	free(f->filled);
	free(f->preview_number);
	free(f->preview_text);
	free(f->fresh);
	free(f->ed);
	free(f->why);
	free(f->cache);
	if (f->has_inc)
		incident_free(&f->inc);
	free(f);
}

void form_reload(form *f)
{
	form_resume(&f->base);
}

static void form_resume(screen *s)
{
	form *f = (form *)s;
	app *a = s->a;
	gg_err err;
	/* A refused issue may mean someone else changed it: see it fresh. */
	if (f->has_inc) {
		incident fresh;
		if (store_incident_get(a->ses->st, f->inc.id, &fresh, &err) == GG_OK) {
			incident_free(&f->inc);
			f->inc = fresh;
		}
	}
}

static const screen_ops form_ops = {
	.name = "form", .draw = form_draw, .key = form_key, .close = form_close,
	.keys = form_keys, .resume = form_resume, .save_draft = form_save_draft, .tick = form_tick,
};

static form *form_new(app *a, const form_def *def, int64_t incident_id, int64_t target)
{
	gg_err err;
	form *f = calloc(1, sizeof *f);
	if (f)
		f->target = target;
	if (!f) {
		app_error(a, "%s", _("memori habis"));
		return NULL;
	}
	f->base.ops = &form_ops;
	f->base.a = a;
	f->def = def;
	snprintf(f->base.title, sizeof f->base.title, "%s", _(def->title));
	f->ed = calloc(def->n, sizeof *f->ed);
	f->why = calloc(def->n, sizeof *f->why);
	f->cache = calloc(def->n, sizeof *f->cache);
	f->fresh = calloc(def->n, 1);
	f->filled = calloc(def->n, sizeof *f->filled);
	if (!f->ed || !f->why || !f->cache || !f->fresh || !f->filled) {
		free(f->ed);
		free(f->why);
		free(f->cache);
		free(f->fresh);
		free(f->filled);
		free(f);
		app_error(a, "%s", _("memori habis"));
		return NULL;
	}
	for (size_t i = 0; i < def->n; i++) {
		le_init(&f->ed[i], def->fields[i].max ? def->fields[i].max : 2000);
		f->ed[i].multiline = is_area(&def->fields[i]);
		f->ed[i].tabs = def->fields[i].kind == FF_TABLE;
	}
	if (def->needs_incident) {
		if (store_incident_get(a->ses->st, incident_id, &f->inc, &err)) {
			app_error(a, "%s", err.msg);
			f->has_inc = 0;
			form_close(&f->base);
			return NULL;
		}
		f->has_inc = 1;
		if (def->step >= 0) {
			incident_state to;
			const char *why;
			int64_t now = store_now(a->ses->st);
			if (lifecycle_step(f->inc.state, (incident_step)def->step, &f->inc.t, now, now, &to, &why) < 0) {
				app_error(a, _("Ditolak: %s."), why);
				form_close(&f->base);
				return NULL;
			}
		}
	}
	if (def->init)
		def->init(f);
	/* A time filled in as "now" is a guess: the operator usually types
	 * another, so the first character typed replaces it (moving the
	 * cursor first keeps it for editing). */
	for (size_t i = 0; i < def->n; i++) {
		f->fresh[i] = def->fields[i].kind == FF_WHEN && f->ed[i].len > 0;
		if (f->fresh[i])
			f->filled[i] = le_get(&f->ed[i]);   /* NULL (no memory): the typed time is used */
	}
	return f;
}

static void resume_values(form *f, const draft *d)
{
	for (size_t i = 0; i < d->n; i++)
		form_set(f, d->keys[i], d->values[i]);
	memset(f->fresh, 0, f->def->n);   /* resumed values are the operator's own */
	for (size_t i = 0; i < f->def->n; i++) {
		free(f->filled[i]);
		f->filled[i] = NULL;
	}
	f->dirty = 1;
	/* Another operator changed the incident since this was typed: the
	 * draft's values are against the old row, so saving them must meet
	 * the store's conflict check, not silently undo the other change. */
	if (f->has_inc && d->version && d->version != f->inc.version) {
		app_error(f->base.a, _("Gangguan #%lld diubah operator lain sejak draf ini ditulis; menyimpan "
		                       "akan ditolak sebagai konflik: periksa nilai terbarunya dulu (Esc)."),
		          (long long)f->inc.id);
		f->inc.version = d->version;
	}
}

screen *form_open(app *a, const char *name, int64_t incident_id)
{
	const form_def *def = find_def(name);
	form *f = def ? form_new(a, def, incident_id, 0) : NULL;
	/* A draft of this very form put off for later comes back with it. */
	draft d;
	if (f && a->draft_path && draft_read(a->draft_path, &d) == 0) {
		if (strcmp(d.form, name) == 0 && d.incident == incident_id) {
			app_status(a, "%s", _("Draf dipulihkan."));
			resume_values(f, &d);
		}
		draft_free(&d);
	}
	return f ? &f->base : NULL;
}

screen *form_open_line(app *a, const char *name, int64_t incident_id, int64_t target)
{
	const form_def *def = find_def(name);
	form *f = def ? form_new(a, def, incident_id, target) : NULL;
	return f ? &f->base : NULL;
}

int64_t form_target(const form *f)
{
	return f->target;
}

form *form_of(screen *s)
{
	return s && s->ops == &form_ops ? (form *)s : NULL;
}

void form_set_seen(form *f, int64_t version)
{
	f->seen = version;
	f->has_seen = 1;
}

int form_seen(const form *f, int64_t *version)
{
	*version = f->has_seen ? f->seen : 0;
	return f->has_seen;
}

void form_focus(form *f, const char *key)
{
	int i = field_index(f, key);
	if (i >= 0)
		f->focus = (size_t)i;
}

screen *form_open_def(app *a, const form_def *def)
{
	form *f = form_new(a, def, 0, 0);
	return f ? &f->base : NULL;
}

screen *form_open_draft(app *a, const draft *d)
{
	const form_def *def = find_def(d->form);
	form *f = def ? form_new(a, def, d->incident, 0) : NULL;
	if (!f)
		return NULL;
	resume_values(f, d);
	return &f->base;
}
