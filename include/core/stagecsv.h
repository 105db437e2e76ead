/* A tender's stage list (jadwal) as text, for `gangguan tender import`,
 * the jadwal pasted into the TUI's tender form, and the templates in
 * data/stages/.  Pure: the caller reads the file or the paste.
 *
 * What it reads:
 * - SPSE's jadwal table as a browser copies it: tab-separated cells No,
 *   Tahap, Mulai, Sampai, Perubahan, with or without the header line.
 *   Blank cells past the last column, trailing tabs, non-breaking spaces
 *   (U+00A0) and CRLF are blanks.  A cell holding a line break splits a
 *   row over two lines; the two are read as one row.  The name of a stage
 *   is the first line of its Tahap cell; Perubahan ("1 kali perubahan",
 *   empty) and No are not read.
 * - CSV with ',' or ';' (a spreadsheet under Indonesian settings writes
 *   ';'), with a header naming the columns in any order:
 *     tahap,mulai,sampai            required
 *     no,perubahan                  optional, not read
 *   A field holding the separator, a quote or a line break is quoted
 *   "..." ("" for a quote).  A UTF-8 BOM is skipped.
 * The separator is that of the first line that is not blank: the one
 * that splits it into the column names, else the first of tab, ';', ','
 * it holds (stagecsv.c says why).
 *
 * Lines beginning with '#' before the first row or header are comments
 * (the shipped lists in data/stages/ name their source there).
 *
 * A time is SPSE's "3 November 2025 08:00" (month in full; Pebruari and
 * Nopember too), "2018-02-03 14:30", "03/02/2018 14.30" (in the unit's
 * zone), or in a template "H+N HH:MM": day N counted from a start date
 * given by the caller.
 *
 * Problems are reported by the line they are on (a quoted field may
 * span lines: its row's first line); a caller names its source, so a
 * problem reads FILE:LINE, -:LINE for standard input, tempelan:LINE for
 * a paste. */
#ifndef STAGECSV_H
#define STAGECSV_H

#include <stddef.h>
#include <stdint.h>

#include "idtime.h"
#include "strbuf.h"
#include "tender.h"

typedef struct stagecsv_row {
	char *name;
	int64_t start, end;    /* UTC */
	int line;
} stagecsv_row;

typedef struct stagecsv {
	stagecsv_row *v;
	size_t n, cap;
} stagecsv;

/* Parses text.  base_day (days_from_civil) anchors "H+N" times; pass
 * has_base 0 when there is none ("H+N" is then an error).  Every problem
 * is passed to emit with its line.  Returns the number of problems, or
 * -1 when memory ran out.  Rows are kept even when problems are found
 * (the caller imports nothing then).  Does not check the set of stages
 * (stages_check); stagecsv_read does both. */
int stagecsv_parse(const char *text, zone z, int has_base, int64_t base_day, stagecsv *out,
                   void (*emit)(void *ctx, int line, const char *what), void *ctx);
void stagecsv_free(stagecsv *c);

/* The whole check of a jadwal before it is stored: stagecsv_parse, then
 * stages_check on the rows.  Every problem is appended to problems as
 * "SOURCE:LINE: what\n", in the order of the lines.  Returns the number
 * of those lines (0: out holds the stages to store), or -1 when memory
 * ran out.  out is filled either way; stagecsv_free it. */
int stagecsv_read(const char *text, const char *source, zone z, int has_base, int64_t base_day, stagecsv *out,
                  strbuf *problems);

/* The rows of c as stage_new, names borrowed from c (free() the array,
 * not the names); NULL when memory ran out. */
stage_new *stagecsv_stages(const stagecsv *c);

/* Parses one time as above.  0, or -1 with a sentence in why. */
int stagecsv_time(const char *s, zone z, int has_base, int64_t base_day, int64_t *utc, char *why,
                  size_t n);

#endif
