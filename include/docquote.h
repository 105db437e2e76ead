/* The regulation text a document quotes, read from the data file named by
 * [documents] regulations (a file under data/regulations).  Deliberately small:
 * the remedies catalogue (issue 4) reads the same file with more detail
 * and may replace this reader. */
#ifndef DOCQUOTE_H
#define DOCQUOTE_H

#include <stddef.h>

#include "gg_error.h"

typedef struct doc_provision {
	char *name;          /* "kahar_teknis" (the section is [provision:NAME]) */
	char *text;          /* quoted word for word */
	char **items;        /* sub-points a., b., ...  */
	size_t items_n;
} doc_provision;

typedef struct doc_regulation {
	char *title;         /* "Perka LKPP Nomor 1 Tahun 2015 tentang e-Tendering" */
	char *number;        /* "1/2015" */
	doc_provision *prov; /* in the order of the file */
	size_t n;
} doc_regulation;

/* Reads path.  GG_OK and *out; else GG_ENOTFOUND (unreadable) or
 * GG_ECONFIG with "FILE:LINE: ..." or "FILE: [section] key ..." in err. */
int docquote_load(const char *path, doc_regulation **out, gg_err *err);
void docquote_free(doc_regulation *r);

#endif
