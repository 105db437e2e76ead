/* The recap of a year or a month (recap.h) loaded from the store, for the
 * CLI's `rekap` and any other face. */
#ifndef RECAPLOAD_H
#define RECAPLOAD_H

#include "recap.h"
#include "session.h"

/* month 0: the whole year; now is the store's clock. */
int recap_load(session *s, int year, int month, recap_by by, recap *out, gg_err *err);

/* The recap of a year (or a month) as an A4 PDF at path: the letterhead
 * of [letterhead], the tables by month and by cause, their bar charts. */
int recap_write_pdf(session *s, int year, int month, const char *path, gg_err *err);

#endif
