/* The markup of an issued document, and its two printed forms.  A
 * template renders to this markup; it is what the store freezes and
 * fingerprints, so a reprint is the same text forever.
 *
 *   = TEXT       a centred heading (bold in markdown)
 *   ^ TEXT       a centred line
 *   > TEXT       a line of the signature block, at the right ("> " alone: blank)
 *   1. TEXT      a numbered item (hanging indent); " - a. TEXT" a sub-item
 *   other lines  one paragraph each; blank lines separate them
 *   *word*       emphasis (italic in markdown, plain in text)
 *   <url>        a link (kept in markdown, brackets dropped in text)
 *   \c           the character c itself (field values are escaped so)
 * Pure: no I/O. */
#ifndef DOCVIEW_H
#define DOCVIEW_H

#include "strbuf.h"

#define DOCVIEW_WIDTH 80   /* A4 at 10 characters per inch, with margins */

/* Writes value with every markup character escaped (a tpl_escape_fn). */
void docmark_escape(strbuf *sb, const char *value);

/* Plain text: paragraphs wrapped at width columns (UTF-8 characters),
 * items with a hanging indent, headings centred, the signature block in
 * the right half.  No trailing blanks.  0, or -1 if allocation failed. */
int docview_text(const char *markup, int width, strbuf *out);

/* Markdown (CommonMark): headings bold, the signature block's lines kept
 * apart with hard breaks, everything else as it is. */
int docview_markdown(const char *markup, strbuf *out);

/* The markup as blocks, for a renderer that lays out pages itself (the
 * PDF): in order, each with its kind, its list marker ("1.", "a.") and
 * its text, inline markup still in it (docview_inline() resolves it).
 * A "::: width" directive line is skipped.  fn returns 0 to go on. */
typedef enum dv_kind {
	DV_HEADING,     /* "= " a centred heading */
	DV_CENTRED,     /* "^ " a centred line */
	DV_PARAGRAPH,
	DV_ITEM,        /* "1. " a numbered item */
	DV_SUBITEM,     /* " - a. " an item under it */
	DV_SIGNATURE,   /* "> " a line of the signature block ("" for a blank one) */
	DV_BLANK        /* the blank line between paragraphs */
} dv_kind;

typedef struct dv_block {
	dv_kind kind;
	const char *marker;     /* "1.", "a." (not NUL-terminated); NULL if none */
	size_t marker_len;
	const char *text;       /* inline markup, not NUL-terminated */
	size_t len;
} dv_block;

int docview_blocks(const char *markup, int (*fn)(void *ctx, const dv_block *b), void *ctx);

/* Inline markup as runs of plain text, each emphasised or not: escapes
 * resolved, *stars* and <link brackets> dropped. */
void docview_inline(const char *s, size_t n, void (*run)(void *ctx, const char *t, size_t len, int emphasis),
                    void *ctx);

/* Every character the PDF draws for the markup (print/pdf.c: each
 * block's marker, then its text with inline markup resolved), in order,
 * without blanks: what a printed letter read back must hold, whatever
 * its line breaks and justification.  0, or -1 if allocation failed. */
int docview_glyphs(const char *markup, strbuf *out);

/* Appends s[0..n) to out without its blanks (ASCII white space). */
void text_glyphs(strbuf *out, const char *s, size_t n);

#endif
