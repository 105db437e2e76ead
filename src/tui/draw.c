/* Clipped, sanitized text drawing (tui_draw.h). */
#include "tui_draw.h"

#include <curses.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "lineedit.h"
#include "sanitize.h"

static enum draw_charset charset = DRAW_UTF8;

void draw_set_charset(enum draw_charset cs)
{
	charset = cs;
}

enum draw_charset draw_charset(void)
{
	return charset;
}

/* Can the terminal show c as it is?  A tab (kept in a pasted table) is
 * drawn as one blank: curses would jump to a tab stop. */
static int shows(wchar_t c)
{
	char mb[MB_LEN_MAX];
	if (c == L'\t')
		return 0;
	if (charset == DRAW_UTF8 || (c >= 0x20 && c < 0x7F))
		return 1;
	return charset == DRAW_LOCALE && wctomb(mb, c) > 0;
}

void draw_wide(int y, int x, const wchar_t *w, size_t n)
{
	size_t i = 0;
	while (i < n && shows(w[i]))
		i++;
	if (i == n) {   /* the common case: nothing to replace */
		if (n)
			mvaddnwstr(y, x, w, (int)n);
		return;
	}
	/* A replacement fills the columns the character would take (0 for a
	 * combining mark, 2 for a wide one), so that le_view's and
	 * text_width's columns stay true. */
	wchar_t *out = malloc((2 * n + 1) * sizeof *out);
	size_t o = 0;
	if (!out)
		return;
	for (i = 0; i < n; i++) {
		if (shows(w[i])) {
			out[o++] = w[i];
			continue;
		}
		int cols = le_char_width(w[i]);
		for (int c = 0; c < cols; c++)
			out[o++] = w[i] == L'\t' ? L' ' : c ? L'?' : (wchar_t)ascii_fallback((unsigned)w[i]);
	}
	if (o)
		mvaddnwstr(y, x, out, (int)o);
	free(out);
}

/* Sanitized UTF-8 to a malloc'd wide string. */
static wchar_t *to_wide(const char *s, size_t *len)
{
	lineedit e;
	char *clean = text_sanitize(s, 0);
	le_init(&e, 0);
	if (!clean || le_set(&e, clean) < 0) {
		free(clean);
		le_free(&e);
		return NULL;
	}
	free(clean);
	*len = e.len;
	return e.buf;   /* ownership passes to the caller */
}

int text_width(const char *s)
{
	size_t len;
	wchar_t *w = to_wide(s, &len);
	int cols = 0;
	for (size_t i = 0; w && i < len; i++)
		cols += le_char_width(w[i]);
	free(w);
	return cols;
}

int draw_text(int y, int x, int cols, const char *s)
{
	size_t len, i = 0;
	int used = 0;
	if (cols <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	if (x + cols > COLS)
		cols = COLS - x;
	wchar_t *w = to_wide(s ? s : "", &len);
	if (!w)
		return 0;
	while (i < len && used + le_char_width(w[i]) <= cols) {
		used += le_char_width(w[i]);
		i++;
	}
	draw_wide(y, x, w, i);
	free(w);
	return used;
}

int draw_cell(int y, int x, int cols, const char *s)
{
	int used = draw_text(y, x, cols, s);
	if (x + cols > COLS)
		cols = COLS - x;
	for (int c = used; c < cols; c++)
		mvaddch(y, x + c, ' ');
	return cols;
}

void draw_clear_row(int y, int x)
{
	move(y, x);
	clrtoeol();
}

size_t wrap_lines(const char *text, int cols, char ***lines)
{
	size_t n = 0, cap = 16;
	char **v = malloc(cap * sizeof *v);
	char *clean = text_sanitize(text, SAN_KEEP_NEWLINES);
	*lines = NULL;
	if (!v || !clean) {
		free(v);
		free(clean);
		return 0;
	}
	if (cols < 10)
		cols = 10;
	char *p = clean;
	for (;;) {
		char *nl = strchr(p, '\n');
		size_t plen = nl ? (size_t)(nl - p) : strlen(p);
		/* Split one paragraph into rows of at most cols columns, at spaces
		 * where possible. */
		lineedit e;
		le_init(&e, 0);
		char save = p[plen];
		p[plen] = '\0';
		le_set(&e, p);
		p[plen] = save;
		size_t start = 0;
		do {
			size_t i = start, last_space = 0;
			int w = 0;
			while (i < e.len && w + le_char_width(e.buf[i]) <= cols) {
				w += le_char_width(e.buf[i]);
				if (e.buf[i] == L' ')
					last_space = i;
				i++;
			}
			size_t end = i;
			if (i < e.len && last_space > start)
				end = last_space + 1;
			lineedit part;
			le_init(&part, 0);
			for (size_t k = start; k < end; k++)
				le_insert(&part, e.buf[k]);
			if (n == cap) {
				char **nv = realloc(v, (cap *= 2) * sizeof *v);
				if (!nv) {
					le_free(&part);
					break;
				}
				v = nv;
			}
			v[n] = le_get(&part);
			if (v[n])
				n++;
			le_free(&part);
			start = end;
		} while (start < e.len);
		le_free(&e);
		if (!nl)
			break;
		p = nl + 1;
	}
	free(clean);
	*lines = v;
	return n;
}

void lines_free(char **lines, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}
