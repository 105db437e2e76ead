/* The application loop (tui.h, tui_app.h): curses set-up, the screen
 * stack, signals, dead terminals, resize, colours, the status line. */
#include "tui.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "lineedit.h"
#include "tui_app.h"
#include "tui_draft.h"
#include "tui_draw.h"
#include "tui_form.h"
#include "tui_keys.h"
#include "tui_screens.h"
#include "tui_setup.h"
#include "tui_term.h"

enum { MIN_COLS = 80, MIN_LINES = 24, TICK_MS = 200 };

/* Set by SIGHUP/SIGTERM/SIGINT; the loop saves the draft and leaves. */
static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
	stop_signal = sig;
}

static void install_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

/* ---- screen stack ---- */

void app_push(app *a, screen *s)
{
	if (!s)
		return;
	s->a = a;
	s->below = a->top;
	a->top = s;
}

void app_pop(app *a)
{
	screen *s = a->top;
	if (!s)
		return;
	a->top = s->below;
	s->ops->close(s);
	if (a->top && a->top->ops->resume)
		a->top->ops->resume(a->top);
}

void app_pop_to(app *a, screen *keep)
{
	while (a->top && a->top != keep) {
		screen *s = a->top;
		a->top = s->below;
		s->ops->close(s);
	}
	if (a->top && a->top->ops->resume)
		a->top->ops->resume(a->top);
}

/* ---- status ---- */

__attribute__((format(printf, 3, 0)))
static void set_status(app *a, int err, const char *fmt, va_list ap)
{
	vsnprintf(a->status, sizeof a->status, fmt, ap);
	a->status_err = err;
}

void app_status(app *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_status(a, 0, fmt, ap);
	va_end(ap);
}

void app_error(app *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_status(a, 1, fmt, ap);
	va_end(ap);
	beep();
}

/* ---- colours ---- */

static const char *const color_names[] = { "black", "red", "green", "yellow",
                                           "blue", "magenta", "cyan", "white" };

static short color_from_name(const char *s, size_t len)
{
	for (short i = 0; i < 8; i++)
		if (strlen(color_names[i]) == len && strncasecmp(s, color_names[i], len) == 0)
			return i;
	return -1;   /* "default" or unknown: the terminal's own */
}

/* "FG,BG" -> init_pair(pair). */
static void theme_pair(short pair, const char *spec, short fg_def, short bg_def)
{
	short fg = fg_def, bg = bg_def;
	if (spec && *spec) {
		const char *comma = strchr(spec, ',');
		size_t flen = comma ? (size_t)(comma - spec) : strlen(spec);
		fg = color_from_name(spec, flen);
		bg = comma ? color_from_name(comma + 1, strlen(comma + 1)) : -1;
	}
	init_pair(pair, fg, bg);
}

static void setup_colors(app *a)
{
	const char *nc = getenv("NO_COLOR");
	a->color = 0;
	if ((nc && *nc) || !has_colors() || start_color() == ERR)
		return;
	use_default_colors();
	if (COLORS < 8)
		return;
	const gg_config *c = a->ses->cfg;
	theme_pair(1, c ? c->theme_header : NULL, COLOR_WHITE, COLOR_BLUE);
	theme_pair(2, c ? c->theme_selected : NULL, COLOR_BLACK, COLOR_CYAN);
	theme_pair(3, c ? c->theme_status : NULL, COLOR_BLACK, COLOR_WHITE);
	theme_pair(4, c ? c->theme_error : NULL, COLOR_WHITE, COLOR_RED);
	a->color = 1;
}

int app_attr(const app *a, enum attr_role r)
{
	/* Monochrome: reverse video and bold carry the same meaning. */
	switch (r) {
	case ATTR_HEADER:
		return a->color ? (int)(COLOR_PAIR(1) | A_BOLD) : (int)(A_REVERSE | A_BOLD);
	case ATTR_SELECTED:
		return a->color ? (int)COLOR_PAIR(2) : (int)A_REVERSE;
	case ATTR_STATUS:
		return a->color ? (int)COLOR_PAIR(3) : (int)A_REVERSE;
	case ATTR_ERROR:
		return a->color ? (int)(COLOR_PAIR(4) | A_BOLD) : (int)(A_BOLD | A_UNDERLINE);
	case ATTR_DIM:
		return (int)A_DIM;
	default:
		return (int)A_NORMAL;
	}
}

const char *app_time(const app *a, int64_t utc, char *buf, size_t n)
{
	civil c;
	if (!utc) {
		snprintf(buf, n, "-");
		return buf;
	}
	civil_from_utc(utc, a->ses->cfg->tz, &c);
	fmt_iso_local(buf, n, &c);
	return buf;
}

/* ---- drawing ---- */

static void draw_header(app *a)
{
	char left[300];
	attrset(app_attr(a, ATTR_HEADER));
	snprintf(left, sizeof left, " gangguan · %s", a->top ? a->top->title : "");
	draw_cell(0, 0, COLS, left);
	char unit[300];
	const session *s = a->ses;
	/* who is writing, beside the unit: "sari · LPSE ...", "baca saja" */
	snprintf(unit, sizeof unit, "%s%s%s%s", s->operator_name, s->operator_name[0] ? " · " : "",
	         s->actor.read_only_role || *store_read_only_reason(s->st) ? _("baca saja · ") : "",
	         s->cfg && s->cfg->unit_name ? s->cfg->unit_name : "");
	int w = text_width(unit);
	if (w + 2 < COLS - text_width(left) - 2)
		draw_text(0, COLS - w - 1, w, unit);
	attrset(A_NORMAL);
}

/* The status line; a message longer than it wraps upwards over the
 * screen's bottom rows (at most a third of them), so that none is cut. */
static void draw_status(app *a)
{
	const size_t most = LINES / 3 > 1 ? (size_t)(LINES / 3) : 1;
	attrset(app_attr(a, a->status_err ? ATTR_ERROR : ATTR_STATUS));
	char line[1100];
	if (a->status[0])
		snprintf(line, sizeof line, " %s", a->status);
	else
		snprintf(line, sizeof line, " %s", _("F1 atau ? : bantuan"));
	char **rows = NULL;
	size_t n = text_width(line) < COLS ? 0 : wrap_lines(a->status, COLS - 2, &rows);
	if (n <= 1 || n > most) {
		draw_cell(LINES - 1, 0, COLS, line);
	} else {
		for (size_t i = 0; i < n; i++)
			draw_cell(LINES - (int)n + (int)i, 0, COLS, "");
		for (size_t i = 0; i < n; i++)
			draw_text(LINES - (int)n + (int)i, 1, COLS - 2, rows[i]);
	}
	lines_free(rows, n);
	attrset(A_NORMAL);
}

static void draw_too_small(void)
{
	char msg[200];
	erase();
	snprintf(msg, sizeof msg, _("Terminal terlalu kecil (%dx%d)."), COLS, LINES);
	draw_text(LINES / 2 - 1, 0, COLS, msg);
	snprintf(msg, sizeof msg, _("Perlu sedikitnya %dx%d."), MIN_COLS, MIN_LINES);
	draw_text(LINES / 2, 0, COLS, msg);
	draw_text(LINES / 2 + 1, 0, COLS, _("Perbesar jendela."));
}

void app_redraw(app *a)
{
	a->too_small = COLS < MIN_COLS || LINES < MIN_LINES;
	curs_set(0);
	if (a->too_small) {
		draw_too_small();
		refresh();
		return;
	}
	erase();
	draw_header(a);
	if (a->top)
		a->top->ops->draw(a->top);
	draw_status(a);   /* last: a long message may cover the screen's bottom rows */
	refresh();
}

/* ---- keys ---- */

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Everything up to the end marker, as text: Enter is a line break, Tab a
 * tab (a table copied from a browser; a field that takes no tabs makes it
 * a blank); special keys inside a paste are dropped.  A slow link may pause
 * inside a paste: only a paste that stays silent for PASTE_IDLE_TICKS
 * ticks (a terminal that lost the end marker) ends without it. */
#define PASTE_IDLE_TICKS 25
static int read_paste(app *a)
{
	strbuf sb = STRBUF_INIT;
	int idle = 0, after_cr = 0;
	for (;;) {
		wint_t wc = 0;
		int rc = get_wch(&wc);
		if (stop_signal)
			break;
		if (rc == ERR) {
			if (++idle >= PASTE_IDLE_TICKS)
				break;
			continue;
		}
		idle = 0;
		/* a CR LF (a table copied on Windows) is one line break */
		int lf_after_cr = after_cr && rc == OK && wc == L'\n';
		after_cr = rc == OK && wc == L'\r';
		if (lf_after_cr)
			continue;
		int k = keys_translate(rc, wc);
		if (k == KM_PASTE_END)
			break;
		if (k == KM_ENTER)
			sb_putc(&sb, '\n');
		else if (k == KM_TAB)
			sb_putc(&sb, '\t');
		else if (k > 0 && k < KM_BASE && k >= 0x20) {
			/* UTF-8 whatever the locale: the text goes to the database. */
			char u[4];
			sb_appendn(&sb, u, le_utf8_encode((unsigned)k, u));
		}
	}
	free(a->paste);
	a->paste = sb_steal(&sb);
	return a->paste ? KM_PASTE : 0;
}

int app_read_key(app *a)
{
	for (;;) {
		if (stop_signal || a->quit) {
			a->quit = 1;
			return -1;
		}
		wint_t wc = 0;
		int64_t t0 = now_ms();
		int rc = get_wch(&wc);
		if (stop_signal) {
			a->quit = 1;
			return -1;
		}
		if (rc == ERR) {
			/* A timeout waits TICK_MS; a dead terminal returns at once. */
			if (now_ms() - t0 < TICK_MS / 4) {
				if (++a->fast_errors >= 20) {
					a->quit = 1;
					/* A terminal that stopped answering has hung up, even
					 * if its SIGHUP has not reached us yet: leave as on
					 * SIGHUP (draft saved, killed by it); isatty() fails
					 * with EIO on a hung-up terminal.  Input that was never
					 * a terminal is an I/O error. */
					if (isatty(STDIN_FILENO) || errno == EIO)
						stop_signal = SIGHUP;
					else
						a->exit_code = GG_EIO;
					return -1;
				}
			} else {
				a->fast_errors = 0;
			}
			return 0;
		}
		a->fast_errors = 0;
		int k = keys_translate(rc, wc);
		if (k == KM_PASTE_BEGIN)
			return read_paste(a);
		if (k == KM_PASTE_END)
			continue;
		if (k == KM_RESIZE)
			return k;
		if (a->too_small)
			continue;   /* nothing is visible to act on */
		if (k)
			return k;
	}
}

/* A modal line at the bottom; redraws the screen under it on resize. */
static void draw_question(app *a, const char *q, const lineedit *e, int *cursor_x)
{
	attrset(app_attr(a, ATTR_ERROR));
	int w = draw_cell(LINES - 1, 0, COLS, q);
	(void)w;
	int qx = text_width(q);
	*cursor_x = qx;
	if (e) {
		size_t first, count;
		int col;
		lineedit *me = (lineedit *)e;
		le_view(me, COLS - qx - 1, &first, &count, &col);
		attrset(app_attr(a, ATTR_STATUS));
		draw_wide(LINES - 1, qx, me->buf + first, count);
		*cursor_x = qx + col;
	}
	attrset(A_NORMAL);
}

int app_ask(app *a, const char *question)
{
	for (;;) {
		int cx;
		app_redraw(a);
		if (!a->too_small) {
			draw_question(a, question, NULL, &cx);
			refresh();
		}
		int k = app_read_key(a);
		if (k < 0)
			return -1;
		if (k == 0 || k == KM_RESIZE)
			continue;
		if (k == KM_ENTER || k == KM_ESC)
			return 0;
		if (k < 0x80 && k >= 'A' && k <= 'Z')
			k += 'a' - 'A';
		if (k < 0x80 && k > ' ')
			return k;
	}
}

int app_confirm(app *a, const char *question)
{
	return app_ask(a, question) == 'y';
}

int app_prompt(app *a, const char *label, const char *initial, char **out)
{
	lineedit e;
	int result = 0;
	le_init(&e, 1024);
	le_set(&e, initial ? initial : "");
	*out = NULL;
	for (;;) {
		int cx;
		app_redraw(a);
		if (!a->too_small) {
			draw_question(a, label, &e, &cx);
			curs_set(1);
			move(LINES - 1, cx);
			refresh();
		}
		int k = app_read_key(a);
		if (k < 0) {
			result = -1;
			break;
		}
		if (k == KM_ENTER) {
			*out = le_get(&e);
			result = *out ? 1 : 0;
			break;
		}
		if (k == KM_ESC)
			break;
		if (k == KM_PASTE)
			le_insert_utf8(&e, a->paste);
		else if (le_key(&e, k) == LE_UNBOUND && k > 0 && k < KM_BASE)
			le_insert(&e, (wchar_t)k);
	}
	curs_set(0);
	le_free(&e);
	a->status[0] = '\0';
	return result;
}

void app_save_drafts(app *a)
{
	for (screen *s = a->top; s; s = s->below)
		if (s->ops->save_draft) {
			s->ops->save_draft(s);
			return;
		}
}

/* ---- global keys ---- */

enum { G_HELP = 1, G_REDRAW };

static int g_help(void *ctx)
{
	app *a = ctx;
	const keymap *km = a->top && a->top->ops->keys ? a->top->ops->keys(a->top) : NULL;
	app_push(a, help_open(a, km));
	return 0;
}

static int g_redraw(void *ctx)
{
	(void)ctx;
	clearok(curscr, TRUE);
	return 0;
}

static const km_action global_actions[] = {
	{ G_HELP, "global.help", N_("bantuan: semua tombol layar ini"), { '?', KM_F(1) }, g_help },
	{ G_REDRAW, "global.redraw", N_("gambar ulang layar"), { KM_CTRL('l') }, g_redraw },
};
static const keymap global_keymap = { N_("Semua layar"), global_actions,
                                      sizeof global_actions / sizeof global_actions[0] };

const keymap *app_global_keymap(void)
{
	return &global_keymap;
}

/* ---- start and loop ---- */

/* A small box over the screen: a title, text wrapped to it, and the keys
 * that answer.  Only those keys answer (lower-cased); Enter and the rest
 * do nothing, so that a key meant for the screen below cannot answer it.
 * -1 when the program must stop. */
int app_dialog(app *a, const char *title, const char *text, const char *keys)
{
	for (;;) {
		app_redraw(a);
		if (!a->too_small) {
			int w = COLS - 8 > 70 ? 70 : COLS - 8;
			char **rows = NULL;
			size_t n = wrap_lines(text, w - 4, &rows);
			int h = (int)n + 4, y0 = (LINES - h) / 2, x0 = (COLS - w) / 2;
			attrset(app_attr(a, ATTR_HEADER));
			for (int y = 0; y < h; y++)
				draw_cell(y0 + y, x0, w, "");
			attron(A_BOLD);
			draw_text(y0, x0 + 2, w - 4, title);
			attroff(A_BOLD);
			for (size_t i = 0; i < n; i++)
				draw_text(y0 + 2 + (int)i, x0 + 2, w - 4, rows[i]);
			attrset(A_NORMAL);
			lines_free(rows, n);
			refresh();
		}
		int k = app_read_key(a);
		if (k < 0)
			return -1;
		if (k < 0x80 && k >= 'A' && k <= 'Z')
			k += 'a' - 'A';
		if (k > ' ' && k < 0x80 && strchr(keys, k))
			return k;
	}
}

static void offer_draft(app *a)
{
	draft d;
	if (!a->draft_path || draft_read(a->draft_path, &d) < 0)
		return;
	const char *title = form_title_by_name(d.form);
	if (!title || draft_is_later(a->draft_path, &d)) {
		draft_free(&d);
		return;
	}
	strbuf text = STRBUF_INIT;
	if (d.incident)
		sb_appendf(&text, _("Isian \"%s\" gangguan #%lld belum disimpan."), _(title), (long long)d.incident);
	else
		sb_appendf(&text, _("Isian \"%s\" belum disimpan."), _(title));
	const char *last = d.n ? d.values[d.n - 1] : "";
	if (*last)
		sb_appendf(&text, _(" Isian terakhir: %.120s"), last);
	sb_append(&text, _("\n\ny lanjutkan · n buang · l nanti (tidak ditanya lagi sampai draf berubah)"));
	int ans = app_dialog(a, _("Draf belum disimpan"), sb_str(&text), "ynl");
	sb_free(&text);
	if (ans == 'y') {
		screen *f = form_open_draft(a, &d);
		if (f) {
			app_push(a, f);
			if (!a->status_err) /* a conflict warning of the resume stays */
				app_status(a, _("Draf dipulihkan."));
		} else {
			/* The step is no longer possible (someone else took it): say
			 * why, keep the text in the message, drop the draft. */
			char why[sizeof a->status];
			snprintf(why, sizeof why, "%s", a->status);
			app_error(a, _("Draf tidak dapat dilanjutkan (%s); isian terakhir: %s"), why, last);
			draft_remove(a->draft_path);
		}
	} else if (ans == 'n') {
		draft_remove(a->draft_path);
		app_status(a, _("Draf dibuang."));
	} else if (ans == 'l') {
		draft_later(a->draft_path, &d);
		app_status(a, _("Draf disimpan untuk nanti."));
	}
	draft_free(&d);
}

void app_loop(app *a)
{
	app_redraw(a);
	while (!a->quit && a->top) {
		int k = app_read_key(a);
		if (k < 0)
			break;
		if (k == 0) {
			if (a->top->ops->tick && a->top->ops->tick(a->top))
				app_redraw(a);
			continue;
		}
		if (k != KM_RESIZE) {
			a->status[0] = '\0';
			a->status_err = 0;
			if (a->top->ops->key(a->top, k) < 0 && km_dispatch(&global_keymap, k, a) < 0)
				app_status(a, "%s", k == KM_PASTE ? _("Tempelan diabaikan: tidak ada isian di layar ini.")
				                                  : _("Tombol tidak dipakai di layar ini; F1 atau ? untuk bantuan."));
		}
		if (a->top)
			app_redraw(a);
	}
}

/* The setup form's next number continues the unit's paper agenda book:
 * set once, through the same store rule as `gangguan number --set`. */
static void set_first_number(app *a)
{
	gg_err err;
	civil c;
	civil_from_utc(store_now(a->ses->st), a->ses->cfg->tz, &c);
	if (store_counter_set(a->ses->st, c.year, a->setup_next_number, &err))
		app_error(a, "%s", err.msg);
	else
		app_status(a, _("Nomor surat berikutnya tahun %d: %d. Konfigurasi ditulis ke %s."), c.year,
		           a->setup_next_number, a->setup_config);
}

/* The TUI has no terminal yet when it opens the session: problems go to
 * stderr as the CLI writes them. */
static void print_problem(void *ctx, const char *line)
{
	fprintf(ctx, "%s\n", line);
}

static int open_config_and_store(session *s)
{
	config_problems probs = { 0 };
	gg_err err;
	gg_err_clear(&err);
	int code = session_load_config(s, &probs, &err);
	if (!code && s->operator_arg) /* --operator or $GANGGUAN_OPERATOR: no question at start */
		code = session_choose_operator(s, s->operator_arg, &err);
	if (!code)
		code = session_open_store_or_read(s, STORE_CREATE, &err);
	if (code) {
		config_problems_print(&probs, print_problem, stderr);
		fprintf(stderr, "gangguan: %s\n", err.msg);
	}
	config_problems_free(&probs);
	return code;
}

int tui_run(session *ses)
{
	app a;
	int code;
	gg_err err;
	char note[sizeof a.status];
	memset(&a, 0, sizeof a);
	a.ses = ses;

	/* Nothing is opened (no database created) where the screen cannot
	 * run: a script without a terminal, a TERM that terminfo lacks. */
	if ((code = term_check(&err))) {
		fprintf(stderr, "gangguan: %s\n", err.msg);
		return code;
	}
	char *found = config_find(ses->config_arg);
	int need_setup = !found || access(found, F_OK) != 0;
	free(found);
	if (!need_setup && (code = open_config_and_store(ses)))
		return code;

	install_signals();
	if ((code = term_open(TICK_MS, note, sizeof note, &err))) {
		fprintf(stderr, "gangguan: %s\n", err.msg);
		return code;
	}
	keys_init();
	setup_colors(&a);
	if (note[0])
		app_status(&a, "%s", note);   /* once, on the first screen */
	else if (*store_read_only_reason(ses->st))
		app_status(&a, _("Hanya membaca: %s"), store_read_only_reason(ses->st));

	if (need_setup) {
		code = setup_run(&a);   /* writes the config and creates the database */
		if (code == GG_OK && !a.quit)
			code = open_config_and_store(ses);
		if (code == GG_OK && !a.quit && a.setup_next_number > 1)
			set_first_number(&a);
		if (code || a.quit) {
			term_close();
			if (!a.setup_done)
				fprintf(stderr, "gangguan: penyiapan tidak selesai; konfigurasi tidak ditulis\n");
			if (ses->config_arg == a.setup_config)
				ses->config_arg = NULL;
			free(a.setup_config);
			return code ? code : stop_signal ? 128 + stop_signal : GG_OK;
		}
	}
	setup_colors(&a);
	a.draft_path = draft_path_for(ses->db_path);
	app_push(&a, list_open(&a));
	if (!a.top) {
		term_close();
		fprintf(stderr, "gangguan: memori habis\n");
		free(a.draft_path);
		return GG_ESOFTWARE;
	}
	if (operator_choose(&a) < 0)
		a.quit = 1;
	else
		offer_draft(&a);
	if (!a.quit)
		app_loop(&a);
	if (stop_signal || a.exit_code)
		app_save_drafts(&a);
	while (a.top)
		app_pop(&a);
	term_close();
	free(a.draft_path);
	free(a.paste);
	if (ses->config_arg == a.setup_config)
		ses->config_arg = NULL;
	free(a.setup_config);
	if (stop_signal)
		return 128 + stop_signal;
	return a.exit_code;
}
