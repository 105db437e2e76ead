/* Making a PDF through gangguan-pdf (src/pdfmain.c), a program of its own
 * so that pango and cairo never load into gangguan's start: the request
 * goes on its standard input, its message comes back from its stderr. */
#ifndef PDFCLIENT_H
#define PDFCLIENT_H

#include "gg_error.h"
#include "strbuf.h"

/* Appends "key<TAB>value\n" to a request, the value escaped. */
void pdfreq_put(strbuf *req, const char *key, const char *value);

/* Runs gangguan-pdf MODE OUT (mode "letter" or "recap") with the request;
 * gangguan-pdf is looked up beside the running program, then on $PATH.
 * GG_OK, or its status with its message in err. */
int pdf_client_run(const char *mode, const char *out, const char *request, gg_err *err);

/* The text of a PDF (len bytes at pdf) as poppler's `pdftotext -raw
 * -enc UTF-8` reads it, pages ending in form feeds, into out (at most
 * max bytes).  GG_EUNAVAILABLE when pdftotext is not installed
 * (poppler-utils), GG_EDATA when it cannot read the file as a PDF. */
int pdf_text_read(const char *pdf, size_t len, size_t max, strbuf *out, gg_err *err);

#endif
