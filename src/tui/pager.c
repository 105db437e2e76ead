/* The pager: any document (or help text) scrolled, exported to a file
 * (asking before overwriting), and, for a preview, the question whose
 * default answer is "no". */
#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "docview.h"
#include "files.h"
#include "letters.h"
#include "i18n.h"
#include "strbuf.h"
#include "tui_draw.h"
#include "tui_screens.h"

typedef struct pager {
	screen base;
	char *text;            /* as given: exported byte for byte */
	char **lines;          /* wrapped, sanitized */
	size_t n;
	int wrapped_cols;
	size_t top;
	char *export_name;
	int64_t doc_id;        /* the issued document shown, 0 if none: it exports as PDF too */
	int flags;
	int has_confirm;
	char *question;
	int (*confirm)(void *ctx);
	void *ctx;
} pager;

static void rewrap(pager *p)
{
	int cols = COLS - 2;
	if (p->lines && p->wrapped_cols == cols)
		return;
	lines_free(p->lines, p->n);
	p->lines = NULL;
	p->n = 0;
	if (p->flags & PAGER_MARKUP) {
		/* The document's own text view, laid out for this width. */
		strbuf sb = STRBUF_INIT;
		if (docview_text(p->text, cols < DOCVIEW_WIDTH ? cols : DOCVIEW_WIDTH, &sb) == 0)
			p->n = wrap_lines(sb_str(&sb), cols, &p->lines);
		sb_free(&sb);
	} else {
		p->n = wrap_lines(p->text, cols, &p->lines);
	}
	p->wrapped_cols = cols;
}

static int body_rows(void)
{
	int r = LINES - 4;
	return r < 1 ? 1 : r;
}

static void pager_draw(screen *s)
{
	pager *p = (pager *)s;
	app *a = s->a;
	char buf[200];
	rewrap(p);
	size_t rows = (size_t)body_rows();
	if (p->top + rows > p->n)
		p->top = p->n > rows ? p->n - rows : 0;
	for (size_t r = 0; r < rows && p->top + r < p->n; r++)
		draw_text(1 + (int)r, 1, COLS - 2, p->lines[p->top + r]);
	snprintf(buf, sizeof buf, _("baris %zu-%zu dari %zu"), p->n ? p->top + 1 : 0,
	         p->top + rows < p->n ? p->top + rows : p->n, p->n);
	attrset(app_attr(a, ATTR_DIM));
	draw_text(LINES - 3, COLS - text_width(buf) - 1, text_width(buf), buf);
	attrset(A_NORMAL);
	if (p->has_confirm) {
		attrset(app_attr(a, ATTR_ERROR));
		draw_cell(LINES - 2, 0, COLS, p->question);
		attrset(A_NORMAL);
	} else {
		attrset(app_attr(a, ATTR_DIM));
		draw_text(LINES - 2, 1, COLS - 2,
		          p->export_name ? _("Up/Down/PgUp/PgDn gulir · e: ekspor (.txt, .md, .pdf) · q/Esc: kembali")
		                         : _("Up/Down/PgUp/PgDn gulir · q/Esc: kembali"));
		attrset(A_NORMAL);
	}
}

enum { P_DOWN = 1, P_UP, P_PGDN, P_PGUP, P_HOME, P_END, P_EXPORT, P_BACK, P_YES };

static int p_down(void *ctx)
{
	pager *p = ctx;
	if (p->top + (size_t)body_rows() < p->n)
		p->top++;
	return 0;
}

static int p_up(void *ctx)
{
	pager *p = ctx;
	if (p->top)
		p->top--;
	return 0;
}

static int p_pgdn(void *ctx)
{
	pager *p = ctx;
	size_t rows = (size_t)body_rows();
	p->top = p->top + rows < p->n ? p->top + rows : p->top;
	return 0;
}

static int p_pgup(void *ctx)
{
	pager *p = ctx;
	size_t rows = (size_t)body_rows();
	p->top = p->top > rows ? p->top - rows : 0;
	return 0;
}

static int p_home(void *ctx)
{
	((pager *)ctx)->top = 0;
	return 0;
}

static int p_end(void *ctx)
{
	pager *p = ctx;
	p->top = p->n;   /* clamped on draw */
	return 0;
}

static int ends_with(const char *s, const char *tail)
{
	size_t a = strlen(s), b = strlen(tail);
	return a >= b && strcmp(s + a - b, tail) == 0;
}

/* Writes what `gangguan doc` would print: the text view at A4 width, or
 * markdown for a .md file; plain text as it is. */
static int write_file(const pager *p, const char *path, char *why, size_t n)
{
	strbuf sb = STRBUF_INIT;
	const char *text = p->text;
	if (p->flags & PAGER_MARKUP) {
		int r = ends_with(path, ".md") ? docview_markdown(p->text, &sb)
		                               : docview_text(p->text, DOCVIEW_WIDTH, &sb);
		if (r < 0) {
			sb_free(&sb);
			snprintf(why, n, "%s", _("memori habis"));
			return -1;
		}
		text = sb_str(&sb);
	}
	FILE *f = fopen(path, "w");
	if (!f) {
		snprintf(why, n, "%s", files_error_text(errno));
		sb_free(&sb);
		return -1;
	}
	size_t len = strlen(text);
	int ok = fwrite(text, 1, len, f) == len;
	if (fclose(f) != 0)
		ok = 0;
	if (!ok)
		snprintf(why, n, "%s", files_error_text(errno));
	sb_free(&sb);
	return ok ? 0 : -1;
}

static int p_export(void *ctx)
{
	pager *p = ctx;
	app *a = p->base.a;
	char *path = NULL, why[200], q[600];
	if (!p->export_name) {
		app_error(a, "%s", _("Teks ini tidak dapat diekspor."));
		return 0;
	}
	if (app_prompt(a, _("Ekspor ke berkas: "), p->export_name, &path) != 1 || !path || !*path) {
		free(path);
		if (!a->quit)
			app_status(a, "%s", _("Ekspor dibatalkan."));
		return 0;
	}
	char *expanded = files_expand_home(path);   /* "~/BA-002.txt" as a shell means it */
	free(path);
	if (!(path = expanded)) {
		app_error(a, "%s", _("memori habis"));
		return 0;
	}
	if (access(path, F_OK) == 0) {
		snprintf(q, sizeof q, _("%s sudah ada. Timpa? (y/T)"), path);
		if (app_confirm(a, q) != 1) {
			if (!a->quit)
				app_status(a, _("Tidak ditimpa: %s"), path);
			free(path);
			return 0;
		}
	}
	if (p->doc_id && ends_with(path, ".pdf")) {
		/* the letter as A4 PDF, from the register (letters.h) */
		document d;
		gg_err err;
		int code = store_doc_by_id(a->ses->st, p->doc_id, &d, &err);
		if (!code) {
			code = letters_write_pdf(a->ses, &d, path, &err);
			document_free(&d);
		}
		if (code)
			app_error(a, _("Gagal menulis %s: %s"), path, err.msg);
		else
			app_status(a, _("Diekspor ke %s (PDF A4)"), path);
	} else if (write_file(p, path, why, sizeof why) < 0)
		app_error(a, _("Gagal menulis %s: %s"), path, why);
	else
		app_status(a, _("Diekspor ke %s"), path);
	free(path);
	return 0;
}

static int p_back(void *ctx)
{
	pager *p = ctx;
	app *a = p->base.a;
	if (p->has_confirm)
		app_status(a, "%s", _("Tidak diterbitkan."));
	app_pop(a);
	return 0;
}

static int p_yes(void *ctx)
{
	pager *p = ctx;
	if (!p->has_confirm)
		return -1;
	int (*fn)(void *) = p->confirm;
	void *c = p->ctx;
	fn(c);   /* closes this pager: nothing of p is touched after */
	return 0;
}

static const km_action pager_actions[] = {
	{ P_DOWN, "pager.down", N_("gulir turun"), { 'j', KM_DOWN }, p_down },
	{ P_UP, "pager.up", N_("gulir naik"), { 'k', KM_UP }, p_up },
	{ P_PGDN, "pager.pagedown", N_("halaman berikut"), { KM_PGDN, ' ', KM_CTRL('f') }, p_pgdn },
	{ P_PGUP, "pager.pageup", N_("halaman sebelumnya"), { KM_PGUP, 'b', KM_CTRL('b') }, p_pgup },
	{ P_HOME, "pager.home", N_("ke awal"), { KM_HOME, 'g' }, p_home },
	{ P_END, "pager.end", N_("ke akhir"), { KM_END, 'G' }, p_end },
	{ P_EXPORT, "pager.export", N_("ekspor ke berkas: .txt teks, .md markdown, .pdf BA A4 (bertanya sebelum menimpa)"),
	  { 'e' }, p_export },
	{ P_YES, "pager.issue", N_("pratinjau: ya, terbitkan dokumen ini (berubah sejak pratinjau: pratinjau baru, tidak terbit)"), { 'y' }, p_yes },
	{ P_BACK, "pager.back", N_("kembali; pratinjau: tidak menerbitkan"), { 'q', KM_ESC, 'n', KM_ENTER }, p_back },
};
static const keymap pager_keymap = { N_("Penampil dokumen"), pager_actions,
                                     sizeof pager_actions / sizeof pager_actions[0] };

const keymap *pager_keys_table(void)
{
	return &pager_keymap;
}

static const keymap *pager_keys(screen *s)
{
	(void)s;
	return &pager_keymap;
}

static int pager_key(screen *s, int k)
{
	return km_dispatch(&pager_keymap, k, s) < 0 ? -1 : 0;
}

static void pager_close(screen *s)
{
	pager *p = (pager *)s;
	lines_free(p->lines, p->n);
	free(p->text);
	free(p->export_name);
	free(p->question);
	free(p);
}

static const screen_ops pager_ops = {
	.name = "pager", .draw = pager_draw, .key = pager_key, .close = pager_close, .keys = pager_keys,
};

screen *pager_open(app *a, const char *title, const char *text, const char *export_name, int flags,
                   const pager_confirm *confirm)
{
	pager *p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	p->base.ops = &pager_ops;
	p->base.a = a;
	snprintf(p->base.title, sizeof p->base.title, "%s", title);
	p->text = strdup(text ? text : "");
	p->export_name = export_name ? strdup(export_name) : NULL;
	p->flags = flags;
	if (confirm) {
		p->has_confirm = 1;
		p->question = strdup(confirm->question);
		p->confirm = confirm->confirm;
		p->ctx = confirm->ctx;
	}
	if (!p->text || (export_name && !p->export_name) || (confirm && !p->question)) {
		pager_close(&p->base);
		app_error(a, "%s", _("memori habis"));
		return NULL;
	}
	return &p->base;
}

void pager_set_document(screen *s, int64_t doc_id)
{
	if (s)
		((pager *)s)->doc_id = doc_id;
}
