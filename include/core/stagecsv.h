/* The stage list of a tender as CSV, for `gangguan tender import` and the
 * templates in data/stages/.  The header names the columns, in any order:
 *   tahap,mulai,sampai            required
 *   no,perubahan                  optional, ignored (SPSE's schedule page)
 * A time is "2018-02-03 14:30", "03/02/2018 14.30", SPSE's "3 Februari
 * 2018 14:30" (in the unit's zone), or in a template "H+N HH:MM": day N
 * counted from a start date given by the caller.  Fields with commas are
 * quoted "..." ("" for a quote).  Blank lines and lines beginning with
 * '#' (comments) are skipped.  Pure: the caller reads the file. */
#ifndef STAGECSV_H
#define STAGECSV_H

#include <stddef.h>
#include <stdint.h>

#include "idtime.h"

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
 * (the caller imports nothing then). */
int stagecsv_parse(const char *text, zone z, int has_base, int64_t base_day, stagecsv *out,
                   void (*emit)(void *ctx, int line, const char *what), void *ctx);
void stagecsv_free(stagecsv *c);

/* Parses one time as above.  0, or -1 with a sentence in why. */
int stagecsv_time(const char *s, zone z, int has_base, int64_t base_day, int64_t *utc, char *why,
                  size_t n);

#endif
