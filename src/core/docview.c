#include "docview.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Characters that mean something in the markup or in markdown; a field
 * value holding one gets a backslash before it. */
static const char markup_chars[] = "\\*_<>=^#[]`";

void docmark_escape(strbuf *sb, const char *value)
{
	for (const char *p = value; *p; p++) {
		if (strchr(markup_chars, *p))
			sb_putc(sb, '\\');
		sb_putc(sb, *p);
	}
}

/* Columns of a UTF-8 string: one per character (the letters of these
 * documents are Latin; no wide characters). */
static size_t columns(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

/* The plain words of a markup line: escapes resolved, emphasis stars and
 * link brackets dropped. */
static void plain_inline(const char *s, size_t n, strbuf *out)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			sb_putc(out, s[++i]);
			continue;
		}
		if (s[i] == '*' || s[i] == '<' || s[i] == '>')
			continue;
		sb_putc(out, s[i]);
	}
}

static void pad(strbuf *out, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sb_putc(out, ' ');
}

/* Words that stay on the line of the word before: a time zone after its
 * time ("14.30 WIB") and the rest of a letter number after its sequence
 * ("022 /LPSE.Lebongkab/II/2018"). */
static int glued(const char *w)
{
	static const char *const zones[] = { "WIB", "WITA", "WIT" };
	if (*w == '/')
		return 1;
	for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++) {
		size_t n = strlen(zones[i]);
		if (strncmp(w, zones[i], n) == 0 && (!w[n] || strchr(" ,.;:)", w[n])))
			return 1;
	}
	return 0;
}

/* Word-wraps text (plain, one paragraph) at width: the first line starts
 * after `first` columns already written, the next ones are indented by
 * `indent`.  Each output line is passed to emit. */
typedef void (*line_fn)(strbuf *out, const char *s, size_t n, size_t indent, int width);

static void wrap(strbuf *out, const char *text, size_t first, size_t indent, int width, line_fn emit)
{
	const char *p = text;
	size_t avail = width > (int)first ? (size_t)width - first : 1;
	size_t lead = first;
	while (*p == ' ')
		p++;
	while (*p) {
		/* Take words while they fit; a word longer than the line goes alone. */
		const char *line = p, *end = p, *q = p;
		while (*q) {
			const char *w = q;
			do {   /* a word, with any that must not start a line glued on */
				while (*w && *w != ' ')
					w++;
			} while (*w == ' ' && glued(w + 1) && ++w);
			if (end != line && columns(line, (size_t)(w - line)) > avail)
				break;
			end = w;
			q = w;
			while (*q == ' ')
				q++;
			if (columns(line, (size_t)(end - line)) >= avail)
				break;
		}
		emit(out, line, (size_t)(end - line), lead, width);
		p = end;
		while (*p == ' ')
			p++;
		lead = indent;
		avail = width > (int)indent ? (size_t)width - indent : 1;
	}
}

static void emit_left(strbuf *out, const char *s, size_t n, size_t lead, int width)
{
	(void)width;
	/* The first line's lead (marker) is already written by the caller. */
	if (out->len && sb_str(out)[out->len - 1] == '\n')
		pad(out, lead);
	sb_appendn(out, s, n);
	sb_putc(out, '\n');
}

static void emit_centre(strbuf *out, const char *s, size_t n, size_t lead, int width)
{
	(void)lead;
	size_t c = columns(s, n);
	pad(out, c < (size_t)width ? ((size_t)width - c) / 2 : 0);
	sb_appendn(out, s, n);
	sb_putc(out, '\n');
}

/* Width of a list marker at the start of a paragraph line: "1. ",
 * " - a. ", "- " ...; 0 if it is not an item. */
static size_t item_marker(const char *s)
{
	size_t i = 0;
	while (s[i] == ' ')
		i++;
	if (s[i] == '-' && s[i + 1] == ' ')
		i += 2;
	size_t j = i;
	if (isdigit((unsigned char)s[j]))
		while (isdigit((unsigned char)s[j]))
			j++;
	else if (islower((unsigned char)s[j]))
		j++;
	if (j > i && s[j] == '.' && s[j + 1] == ' ')
		return j + 2;
	return i;   /* "- " alone, or indentation */
}

/* The signature block: its lines centred together in the right half. */
static void text_block(strbuf *out, const char **lines, const size_t *lens, size_t n, int width)
{
	size_t half = (size_t)width / 2;
	for (size_t i = 0; i < n; i++) {
		strbuf w = STRBUF_INIT;
		plain_inline(lines[i], lens[i], &w);
		size_t c = columns(sb_str(&w), w.len);
		if (c) {
			size_t col = c >= half ? (c >= (size_t)width ? 0 : (size_t)width - c)
			                       : half + (half - c) / 2;
			pad(out, col);
			sb_append(out, sb_str(&w));
		}
		sb_putc(out, '\n');
		sb_free(&w);
	}
}

/* Splits markup into lines (without '\n'); the arrays are malloc'd. */
static size_t split_lines(const char *markup, const char ***lines, size_t **lens)
{
	size_t n = 1;
	for (const char *p = markup; *p; p++)
		n += *p == '\n';
	*lines = malloc(n * sizeof **lines);
	*lens = malloc(n * sizeof **lens);
	if (!*lines || !*lens) {
		free(*lines);
		free(*lens);
		*lines = NULL;
		*lens = NULL;
		return 0;
	}
	size_t k = 0;
	const char *p = markup;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		(*lines)[k] = p;
		(*lens)[k] = len;
		k++;
		p += len + (e ? 1 : 0);
	}
	return k;
}

static int is_block_line(const char *s, size_t n)
{
	return n >= 1 && s[0] == '>' && (n == 1 || s[1] == ' ');
}

static int is_centred(const char *s, size_t n, char mark)
{
	return n >= 2 && s[0] == mark && s[1] == ' ';
}

/* "::: width N" on the first line of the markup overrides the printing
 * width; 0 keeps the template's own lines (no wrapping, nothing centred,
 * the signature block at the left), the layout of a unit's historical
 * letter that its template reproduces. */
static size_t layout_directive(const char *const *lines, const size_t *lens, size_t n, int *width)
{
	static const char key[] = "::: width ";
	if (n && lens[0] > sizeof key - 1 && strncmp(lines[0], key, sizeof key - 1) == 0) {
		*width = atoi(lines[0] + sizeof key - 1);
		return 1;
	}
	return 0;
}

static void plain_line(strbuf *out, const char *s, size_t len)
{
	strbuf w = STRBUF_INIT;
	plain_inline(s, len, &w);
	sb_append(out, sb_str(&w));
	sb_putc(out, '\n');
	if (sb_failed(&w))
		out->failed = 1;
	sb_free(&w);
}

int docview_text(const char *markup, int width, strbuf *out)
{
	const char **lines;
	size_t *lens;
	size_t n = split_lines(markup, &lines, &lens);
	if (!lines)
		return -1;
	for (size_t i = layout_directive(lines, lens, n, &width); i < n; i++) {
		const char *s = lines[i];
		size_t len = lens[i];
		if (width <= 0) {
			if (is_block_line(s, len) || is_centred(s, len, '=') || is_centred(s, len, '^'))
				plain_line(out, s + (len > 1 ? 2 : 1), len > 1 ? len - 2 : 0);
			else
				plain_line(out, s, len);
			continue;
		}
		if (is_block_line(s, len)) {
			size_t j = i;
			const char *bl[64];
			size_t bn[64], k = 0;
			while (j < n && is_block_line(lines[j], lens[j]) && k < 64) {
				bl[k] = lines[j] + (lens[j] > 1 ? 2 : 1);
				bn[k] = lens[j] > 1 ? lens[j] - 2 : 0;
				k++;
				j++;
			}
			text_block(out, bl, bn, k, width);
			i = j - 1;
			continue;
		}
		strbuf w = STRBUF_INIT;
		if (is_centred(s, len, '=') || is_centred(s, len, '^')) {
			plain_inline(s + 2, len - 2, &w);
			wrap(out, sb_str(&w), 0, 0, width, emit_centre);
		} else if (len) {
			size_t m = item_marker(s);
			plain_inline(s, m, &w);
			size_t mcols = columns(sb_str(&w), w.len);
			sb_append(out, sb_str(&w));
			sb_reset(&w);
			plain_inline(s + m, len - m, &w);
			if (w.len)
				wrap(out, sb_str(&w), mcols, mcols, width, emit_left);
			else
				sb_putc(out, '\n');
		} else {
			sb_putc(out, '\n');
		}
		if (sb_failed(&w))
			out->failed = 1;
		sb_free(&w);
	}
	free(lines);
	free(lens);
	/* No trailing blanks on any line (a marker line with no text). */
	strbuf clean = STRBUF_INIT;
	const char *p = sb_str(out);
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		size_t l = len;
		while (l && p[l - 1] == ' ')
			l--;
		sb_appendn(&clean, p, l);
		if (e)
			sb_putc(&clean, '\n');
		p += len + (e ? 1 : 0);
	}
	int failed = sb_failed(out) || sb_failed(&clean);
	sb_free(out);
	*out = clean;
	return failed ? -1 : 0;
}

int docview_markdown(const char *markup, strbuf *out)
{
	const char **lines;
	size_t *lens;
	int width;
	size_t n = split_lines(markup, &lines, &lens);
	if (!lines)
		return -1;
	for (size_t i = layout_directive(lines, lens, n, &width); i < n; i++) {
		const char *s = lines[i];
		size_t len = lens[i];
		if (is_centred(s, len, '=')) {
			sb_append(out, "**");
			sb_appendn(out, s + 2, len - 2);
			sb_append(out, "**\n");
		} else if (is_centred(s, len, '^')) {
			sb_appendn(out, s + 2, len - 2);
			sb_putc(out, '\n');
		} else if (is_block_line(s, len)) {
			if (len > 2) {
				sb_appendn(out, s + 2, len - 2);
				/* A hard break keeps the block's lines apart, except before
				 * a blank line or the end of the block. */
				int next_text = i + 1 < n && is_block_line(lines[i + 1], lens[i + 1]) && lens[i + 1] > 2;
				if (next_text)
					sb_append(out, "  ");
			}
			sb_putc(out, '\n');
		} else {
			sb_appendn(out, s, len);
			sb_putc(out, '\n');
		}
	}
	free(lines);
	free(lens);
	return sb_failed(out) ? -1 : 0;
}

int docview_blocks(const char *markup, int (*fn)(void *ctx, const dv_block *b), void *ctx)
{
	const char **lines;
	size_t *lens;
	int width = DOCVIEW_WIDTH, rc = 0;
	size_t n = split_lines(markup, &lines, &lens);
	if (!lines)
		return -1;
	for (size_t i = layout_directive(lines, lens, n, &width); i < n && rc == 0; i++) {
		const char *s = lines[i];
		size_t len = lens[i];
		dv_block b = { DV_PARAGRAPH, NULL, 0, s, len };
		if (!len) {
			b.kind = DV_BLANK;
		} else if (is_block_line(s, len)) {
			b.kind = DV_SIGNATURE;
			b.text = s + (len > 1 ? 2 : 1);
			b.len = len > 1 ? len - 2 : 0;
		} else if (is_centred(s, len, '=') || is_centred(s, len, '^')) {
			b.kind = s[0] == '=' ? DV_HEADING : DV_CENTRED;
			b.text = s + 2;
			b.len = len - 2;
		} else {
			size_t m = item_marker(s);
			size_t k = 0;
			while (k < m && (s[k] == ' ' || s[k] == '-'))
				k++;
			if (m > k + 1 && s[m - 2] == '.') {   /* "1. " or " - a. " */
				b.kind = k ? DV_SUBITEM : DV_ITEM;
				b.marker = s + k;
				b.marker_len = m - 1 - k;
				b.text = s + m;
				b.len = len - m;
			}
		}
		rc = fn(ctx, &b);
	}
	free(lines);
	free(lens);
	return rc;
}

void docview_inline(const char *s, size_t n, void (*run)(void *ctx, const char *t, size_t len, int emphasis),
                    void *ctx)
{
	strbuf cur = STRBUF_INIT;
	int emph = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			sb_putc(&cur, s[++i]);
			continue;
		}
		if (s[i] == '*') {
			if (cur.len)
				run(ctx, sb_str(&cur), cur.len, emph);
			sb_reset(&cur);
			emph = !emph;
			continue;
		}
		if (s[i] == '<' || s[i] == '>')
			continue;
		sb_putc(&cur, s[i]);
	}
	if (cur.len)
		run(ctx, sb_str(&cur), cur.len, emph);
	sb_free(&cur);
}

void text_glyphs(strbuf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' && s[i] != '\f' && s[i] != '\v')
			sb_putc(out, s[i]);
}

static void glyph_run(void *ctx, const char *t, size_t len, int emphasis)
{
	(void)emphasis;
	text_glyphs(ctx, t, len);
}

static int glyph_block(void *ctx, const dv_block *b)
{
	if (b->kind == DV_BLANK)
		return 0;
	if (b->marker)
		text_glyphs(ctx, b->marker, b->marker_len);
	docview_inline(b->text, b->len, glyph_run, ctx);
	return 0;
}

int docview_glyphs(const char *markup, strbuf *out)
{
	if (docview_blocks(markup, glyph_block, out) < 0)
		return -1;
	return sb_failed(out) ? -1 : 0;
}
