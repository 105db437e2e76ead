/* An issued letter as an A4 PDF, laid out with pango and cairo: the
 * letterhead (kop surat) with an optional logo and a rule, the title
 * centred and bold, justified paragraphs, italics from the markup's
 * emphasis, numbered items with hanging indents, the signature block kept
 * on the page of the paragraph before it, page numbers when there is more
 * than one page, and a footer with the register fingerprint.  Rendered
 * from the frozen markup (docview.h): years later, the same words.
 * Fonts are loaded only here, when a PDF is made. */
#ifndef PDF_H
#define PDF_H

#include <stddef.h>

#include "gg_error.h"

typedef struct pdf_letter {
	const char *markup;          /* the document's frozen text */
	char *const *letterhead;     /* its lines, the first the most prominent */
	size_t letterhead_n;
	const char *logo;            /* a PNG file, or NULL */
	const char *font;            /* a font family: "Liberation Serif" */
	const char *footer;          /* the small line at the foot of each page */
} pdf_letter;

/* Writes l to path.  GG_ECONFIG naming the config key when the font is not
 * installed or the logo cannot be read; GG_ECANTCREAT when path cannot be
 * written.  Nothing is left at path on failure. */
int pdf_write_letter(const pdf_letter *l, const char *path, gg_err *err);

/* A recap as an A4 PDF, ready to attach to an assessment: the letterhead,
 * the title, the table by month and by cause, and a bar chart of the
 * hours down per month and per cause. */
typedef struct pdf_recap {
	char *const *letterhead;
	size_t letterhead_n;
	const char *logo;
	const char *font;
	const char *title;           /* "Rekap Gangguan LPSE ... Tahun 2026" */
	const struct recap *by_month;
	const struct recap *by_cause;
	const char *note;            /* under the tables (open incidents, how time is counted) */
} pdf_recap;

int pdf_write_recap(const pdf_recap *r, const char *path, gg_err *err);

#endif
