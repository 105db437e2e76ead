/* A printed letter read back (pdftext.h). */
#include "pdftext.h"

#include <stdio.h>
#include <string.h>

#include "docview.h"
#include "strbuf.h"

static const char fp_label[] = "sidik register ";
static const char middle_dot[] = "\xC2\xB7";

static int is_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

int pdftext_footer(const char *text, char fp[PDFTEXT_FP_LEN + 1], char *number, size_t number_size)
{
	const char *last = NULL;
	for (const char *p = text; (p = strstr(p, fp_label)); p++)
		last = p;
	if (!last)
		return -1;
	const char *h = last + sizeof fp_label - 1;
	for (size_t i = 0; i < PDFTEXT_FP_LEN; i++)
		if (!is_hex(h[i]))
			return -1;
	memcpy(fp, h, PDFTEXT_FP_LEN);
	fp[PDFTEXT_FP_LEN] = '\0';
	/* "No. NUMBER  ·  " before it, on its line */
	const char *line = last;
	while (line > text && line[-1] != '\n' && line[-1] != '\f')
		line--;
	if (number_size)
		number[0] = '\0';
	const char *no = strstr(line, "No. ");
	const char *dot = no && no < last ? strstr(no, middle_dot) : NULL;
	if (dot && dot < last && number_size) {
		const char *b = no + 4, *e = dot;
		while (b < e && *b == ' ')
			b++;
		while (e > b && e[-1] == ' ')
			e--;
		snprintf(number, number_size, "%.*s", (int)(e - b), b);
	}
	return 0;
}

/* Strips suffix from the end of g (both without blanks); 1 if it was there. */
static int strip_suffix(strbuf *g, const char *suffix)
{
	size_t n = strlen(suffix);
	if (n == 0)
		return 1;
	if (n > g->len || memcmp(sb_str(g) + g->len - n, suffix, n) != 0)
		return 0;
	g->len -= n;
	g->buf[g->len] = '\0';
	return 1;
}

/* One page's glyphs without its footer and page number; 0 if either is
 * missing.  (pdftotext -raw keeps the order they are drawn in, footer
 * then page number; the other order is accepted too.) */
static int page_body(strbuf *g, const char *footer, int page, int pages)
{
	if (pages <= 1)
		return strip_suffix(g, footer);
	char pn[64];
	snprintf(pn, sizeof pn, "Halaman%ddari%d", page, pages);
	if (strip_suffix(g, pn))
		return strip_suffix(g, footer);
	return strip_suffix(g, footer) && strip_suffix(g, pn);
}

int pdftext_matches(const char *text, const pdftext_letter *l)
{
	strbuf want = STRBUF_INIT, got = STRBUF_INIT, foot = STRBUF_INIT, page = STRBUF_INIT;
	for (size_t i = 0; i < l->letterhead_n; i++)
		text_glyphs(&want, l->letterhead[i], strlen(l->letterhead[i]));
	int rc = docview_glyphs(l->markup, &want);
	text_glyphs(&foot, l->footer, strlen(l->footer));
	int pages = 0;
	for (const char *p = text; *p; p++)
		pages += *p == '\f';
	if (!*text || text[strlen(text) - 1] != '\f')
		pages++;   /* a last page without its form feed */
	int same = rc == 0;
	const char *p = text;
	for (int n = 1; same && n <= pages; n++) {
		const char *end = strchr(p, '\f');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		sb_reset(&page);
		text_glyphs(&page, p, len);
		if (sb_failed(&page) || !page_body(&page, sb_str(&foot), n, pages))
			same = 0;
		else
			sb_appendn(&got, sb_str(&page), page.len);
		p = end ? end + 1 : p + len;
	}
	int failed = rc < 0 || sb_failed(&want) || sb_failed(&got) || sb_failed(&foot) || sb_failed(&page);
	if (same && !failed)
		same = want.len == got.len && memcmp(sb_str(&want), sb_str(&got), want.len) == 0;
	sb_free(&want);
	sb_free(&got);
	sb_free(&foot);
	sb_free(&page);
	return failed ? -1 : same;
}
