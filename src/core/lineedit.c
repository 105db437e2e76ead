/* The curses-free line editor (lineedit.h). */
#include "lineedit.h"

#include "i18n.h"

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

void le_init(lineedit *e, size_t max)
{
	memset(e, 0, sizeof *e);
	e->max = max;
}

void le_free(lineedit *e)
{
	free(e->buf);
	memset(e, 0, sizeof *e);
}

static int reserve(lineedit *e, size_t need)
{
	if (need + 1 <= e->cap && e->buf)
		return 0;
	size_t cap = e->cap ? e->cap : 32;
	while (cap < need + 1)
		cap *= 2;
	wchar_t *nb = realloc(e->buf, cap * sizeof *nb);
	if (!nb)
		return -1;
	if (!e->buf)
		nb[0] = L'\0';
	e->buf = nb;
	e->cap = cap;
	return 0;
}

/* Decodes one UTF-8 sequence; returns bytes used (>= 1), *out U+FFFD on
 * malformed input. */
static size_t utf8_decode(const unsigned char *s, wchar_t *out)
{
	unsigned c = s[0];
	int n;
	unsigned cp;
	if (c < 0x80) {
		*out = (wchar_t)c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		n = 1;
		cp = c & 0x1F;
	} else if ((c & 0xF0) == 0xE0) {
		n = 2;
		cp = c & 0x0F;
	} else if ((c & 0xF8) == 0xF0) {
		n = 3;
		cp = c & 0x07;
	} else {
		*out = 0xFFFD;
		return 1;
	}
	for (int i = 1; i <= n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*out = 0xFFFD;
			return (size_t)i;
		}
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	static const unsigned minv[] = { 0, 0x80, 0x800, 0x10000 };
	if (cp < minv[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	*out = (wchar_t)cp;
	return (size_t)n + 1;
}

size_t le_utf8_encode(unsigned cp, char *o)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

int le_set(lineedit *e, const char *s)
{
	if (reserve(e, 0) < 0)
		return -1;
	e->len = e->cur = e->scroll = 0;
	e->buf[0] = L'\0';
	return le_insert_utf8(e, s) < 0 ? -1 : 0;
}

char *le_get(const lineedit *e)
{
	char *out = malloc(e->len * 4 + 1), *p = out;
	if (!out)
		return NULL;
	for (size_t i = 0; i < e->len; i++)
		p += le_utf8_encode((unsigned)e->buf[i], p);
	*p = '\0';
	return out;
}

static int is_control(wchar_t c)
{
	return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

int le_insert(lineedit *e, wchar_t c)
{
	if ((is_control(c) && !(c == L'\n' && e->multiline) && !(c == L'\t' && e->tabs)) ||
	    (e->max && e->len >= e->max))
		return 0;
	if (reserve(e, e->len + 1) < 0)
		return -1;
	memmove(e->buf + e->cur + 1, e->buf + e->cur, (e->len - e->cur + 1) * sizeof *e->buf);
	e->buf[e->cur++] = c;
	e->len++;
	return 1;
}

int le_insert_utf8(lineedit *e, const char *s)
{
	int changed = 0;
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	while (*p) {
		wchar_t c;
		p += utf8_decode(p, &c);
		if (c == L'\r')
			continue;
		if ((c == L'\t' && !e->tabs) || (c == L'\n' && !e->multiline))
			c = L' ';
		int r = le_insert(e, c);
		if (r < 0)
			return -1;
		changed |= r;
	}
	return changed;
}

int le_backspace(lineedit *e)
{
	if (e->cur == 0)
		return 0;
	e->cur--;
	return le_delete(e);
}

int le_delete(lineedit *e)
{
	if (e->cur >= e->len)
		return 0;
	memmove(e->buf + e->cur, e->buf + e->cur + 1, (e->len - e->cur) * sizeof *e->buf);
	e->len--;
	return 1;
}

int le_kill_to_end(lineedit *e)
{
	if (e->cur >= e->len)
		return 0;
	e->len = e->cur;
	e->buf[e->len] = L'\0';
	return 1;
}

int le_kill_to_start(lineedit *e)
{
	if (e->cur == 0)
		return 0;
	memmove(e->buf, e->buf + e->cur, (e->len - e->cur + 1) * sizeof *e->buf);
	e->len -= e->cur;
	e->cur = 0;
	return 1;
}

int le_kill_word(lineedit *e)
{
	size_t end = e->cur;
	le_word_left(e);
	if (e->cur == end)
		return 0;
	memmove(e->buf + e->cur, e->buf + end, (e->len - end + 1) * sizeof *e->buf);
	e->len -= end - e->cur;
	return 1;
}

void le_left(lineedit *e)
{
	if (e->cur > 0)
		e->cur--;
}

void le_right(lineedit *e)
{
	if (e->cur < e->len)
		e->cur++;
}

void le_home(lineedit *e)
{
	e->cur = 0;
}

void le_end(lineedit *e)
{
	e->cur = e->len;
}

void le_word_left(lineedit *e)
{
	while (e->cur > 0 && iswspace((wint_t)e->buf[e->cur - 1]))
		e->cur--;
	while (e->cur > 0 && !iswspace((wint_t)e->buf[e->cur - 1]))
		e->cur--;
}

void le_word_right(lineedit *e)
{
	while (e->cur < e->len && !iswspace((wint_t)e->buf[e->cur]))
		e->cur++;
	while (e->cur < e->len && iswspace((wint_t)e->buf[e->cur]))
		e->cur++;
}

int le_char_width(wchar_t c)
{
	int w = wcwidth(c);
	return w < 0 ? 1 : w;
}

static int span_width(const lineedit *e, size_t from, size_t to)
{
	int w = 0;
	for (size_t i = from; i < to; i++)
		w += le_char_width(e->buf[i]);
	return w;
}

void le_view(lineedit *e, int cols, size_t *first, size_t *count, int *cursor_col)
{
	if (cols < 2)
		cols = 2;
	if (e->scroll > e->cur)
		e->scroll = e->cur;
	/* The cursor needs its own column (one past the last character). */
	while (e->scroll < e->cur) {
		int need = span_width(e, e->scroll, e->cur) + (e->cur < e->len ? le_char_width(e->buf[e->cur]) : 1);
		if (need <= cols)
			break;
		e->scroll++;
	}
	/* Use free room on the right to show more text on the left. */
	while (e->scroll > 0 && span_width(e, e->scroll - 1, e->len) + 1 <= cols)
		e->scroll--;
	size_t i = e->scroll;
	int w = 0;
	while (i < e->len && w + le_char_width(e->buf[i]) <= cols) {
		w += le_char_width(e->buf[i]);
		i++;
	}
	*first = e->scroll;
	*count = i - e->scroll;
	*cursor_col = span_width(e, e->scroll, e->cur);
}

/* ---- text areas ---- */

/* The row that starts at `start`: its length and where the next begins. */
static void area_row(const lineedit *e, size_t start, int cols, size_t *count, size_t *next)
{
	int w = 0;
	size_t i = start;
	while (i < e->len && e->buf[i] != L'\n') {
		int cw = le_char_width(e->buf[i]);
		if (w + cw > cols && i > start)
			break;
		w += cw;
		i++;
	}
	*count = i - start;
	*next = i < e->len && e->buf[i] == L'\n' ? i + 1 : i;
}

size_t le_area(lineedit *e, int cols, int rows, le_row *out, int *cursor_row, int *cursor_col)
{
	if (cols < 1)
		cols = 1;
	if (rows < 1)
		rows = 1;
	/* Every row of the text: a row ends at a line break (not shown) or
	 * where the next character would not fit. */
	size_t cap = e->len + 2, n = 0;
	le_row *all = malloc(cap * sizeof *all);
	if (!all) {
		*cursor_row = *cursor_col = 0;
		return 0;
	}
	size_t start = 0;
	for (;;) {
		size_t count, next;
		area_row(e, start, cols, &count, &next);
		all[n++] = (le_row){ start, count };
		int broke = next > start + count;   /* a line break ended it */
		if (next >= e->len) {
			if (broke)
				all[n++] = (le_row){ e->len, 0 };   /* the empty row after a final break */
			break;
		}
		start = next;
	}
	/* The cursor is on the last row that starts at or before it. */
	size_t crow = 0;
	for (size_t r = 0; r < n; r++)
		if (all[r].first <= e->cur)
			crow = r;
	if (crow < e->scroll)
		e->scroll = crow;
	else if (crow >= e->scroll + (size_t)rows)
		e->scroll = crow - (size_t)rows + 1;
	if (e->scroll >= n)
		e->scroll = n ? n - 1 : 0;
	size_t shown = 0;
	for (size_t r = e->scroll; r < n && shown < (size_t)rows; r++)
		out[shown++] = all[r];
	int col = 0;
	for (size_t i = all[crow].first; i < e->cur && i < e->len; i++)
		col += le_char_width(e->buf[i]);
	free(all);
	*cursor_row = (int)(crow - e->scroll);
	*cursor_col = col;
	return shown;
}

/* ---- the editing keymap ---- */

enum { LE_A_LEFT, LE_A_RIGHT, LE_A_HOME, LE_A_END, LE_A_BS, LE_A_DEL,
       LE_A_KILLEND, LE_A_KILLSTART, LE_A_KILLWORD };

#define LE_MOVE(fn, call) \
	static int fn(void *ctx) \
	{ \
		call((lineedit *)ctx); \
		return LE_MOVED; \
	}
#define LE_EDIT(fn, call) \
	static int fn(void *ctx) \
	{ \
		return call((lineedit *)ctx) > 0 ? LE_CHANGED : LE_MOVED; \
	}
LE_MOVE(a_left, le_left)
LE_MOVE(a_right, le_right)
LE_MOVE(a_home, le_home)
LE_MOVE(a_end, le_end)
LE_EDIT(a_backspace, le_backspace)
LE_EDIT(a_delete, le_delete)
LE_EDIT(a_kill_end, le_kill_to_end)
LE_EDIT(a_kill_start, le_kill_to_start)
LE_EDIT(a_kill_word, le_kill_word)

/* Emacs-style control keys beside the named ones: PuTTY and a bare
 * vt100 send no Home/End/Delete of their own. */
static const km_action le_actions[] = {
	{ LE_A_LEFT, "edit.left", N_("kursor ke kiri"), { KM_LEFT, KM_CTRL('b') }, a_left },
	{ LE_A_RIGHT, "edit.right", N_("kursor ke kanan"), { KM_RIGHT, KM_CTRL('f') }, a_right },
	{ LE_A_HOME, "edit.home", N_("ke awal isian"), { KM_HOME, KM_CTRL('a') }, a_home },
	{ LE_A_END, "edit.end", N_("ke akhir isian"), { KM_END, KM_CTRL('e') }, a_end },
	{ LE_A_BS, "edit.backspace", N_("hapus huruf sebelum kursor"), { KM_BACKSPACE, KM_CTRL('h') }, a_backspace },
	{ LE_A_DEL, "edit.delete", N_("hapus huruf di kursor"), { KM_DELETE, KM_CTRL('d') }, a_delete },
	{ LE_A_KILLEND, "edit.killend", N_("hapus sampai akhir isian"), { KM_CTRL('k') }, a_kill_end },
	{ LE_A_KILLSTART, "edit.killstart", N_("hapus sampai awal isian"), { KM_CTRL('u') }, a_kill_start },
	{ LE_A_KILLWORD, "edit.killword", N_("hapus kata sebelum kursor"), { KM_CTRL('w') }, a_kill_word },
};
static const keymap le_map = { N_("Menyunting isian (formulir, pencarian, pertanyaan)"), le_actions,
                               sizeof le_actions / sizeof le_actions[0] };

const keymap *le_keymap(void)
{
	return &le_map;
}

int le_key(lineedit *e, int key)
{
	const km_action *a = km_lookup(&le_map, key);
	return a ? a->run(e) : LE_UNBOUND;
}
