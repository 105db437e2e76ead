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

#endif
