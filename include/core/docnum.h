/* Document numbers.  A format is text with fields in braces:
 *   {seq}  the sequence, 3 digits (022); {seq:N} N digits (1..9)
 *   {code} the unit code from the config  {month_roman} II  {month} 02
 *   {year} 2018   {{ and }} for literal braces
 * It must hold {seq} and {year}: the counter is per unit and year, so a
 * format without either would give two documents the same number. */
#ifndef DOCNUM_H
#define DOCNUM_H

#include <stddef.h>

/* Room for a rendered number, NUL included; the config refuses a format
 * and unit code that could give a longer one. */
#define DOCNUM_MAX 128

/* 0 if fmt is usable; -1 with the reason in err. */
int docnum_check(const char *fmt, char *err, size_t errlen);

/* Renders a number; returns 0, or -1 if fmt is bad or out is too small. */
int docnum_render(const char *fmt, const char *code, int seq, int year, int month,
                  char *out, size_t n);

/* Canonical form for comparing numbers typed by a user: blanks removed,
 * letters upper-cased.  "023 /LPSE.Lebongkab/II/2018" and
 * "023/lpse.lebongkab/ii/2018" match. */
void docnum_canon(const char *number, char *out, size_t n);

/* The register's next number: 1 up to DOCNUM_SEQ_MAX, typed as digits.
 * 0 and *next, or -1 with the reason in why. */
#define DOCNUM_SEQ_MAX 999999
int docnum_parse_next(const char *s, int *next, char *why, size_t n);

#endif
