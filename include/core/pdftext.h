/* A letter as gangguan prints it (print/pdf.c), read back as text by
 * poppler's `pdftotext -raw`: the letterhead, then the letter's blocks,
 * and on every page the footer ("No. NUMBER  ·  sidik register HEX16")
 * followed by "Halaman P dari N" when there are N > 1 pages; each page
 * ends in a form feed.  Compared without blanks, so line breaks,
 * justification and a number wrapped at its "/" do not matter; every
 * other character does.  Pure: no I/O. */
#ifndef PDFTEXT_H
#define PDFTEXT_H

#include <stddef.h>

#define PDFTEXT_FP_LEN 16   /* hex digits of the fingerprint in the footer */

/* The fingerprint and the number that the last footer of text names
 * (number: "" when the footer has none).  0, or -1 when text has no
 * footer of gangguan's. */
int pdftext_footer(const char *text, char fp[PDFTEXT_FP_LEN + 1], char *number, size_t number_size);

typedef struct pdftext_letter {
	const char *const *letterhead;   /* the lines it was issued with */
	size_t letterhead_n;
	const char *markup;              /* its frozen text (docview.h) */
	const char *footer;              /* as letters_footer() writes it */
} pdftext_letter;

/* 1 if text is that letter as printed, page footers and all; 0 if any
 * character differs; -1 if allocation failed. */
int pdftext_matches(const char *text, const pdftext_letter *l);

#endif
