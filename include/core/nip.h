/* NIP, the 18-digit number of an Indonesian civil servant:
 * birth date YYYYMMDD, appointment YYYYMM, gender 1/2, sequence 001..999.
 * A signer without one is written "-". */
#ifndef NIP_H
#define NIP_H

#include <stddef.h>

#define NIP_DIGITS 18
#define NIP_PRINTED_MAX 24   /* "19810629 200901 1 014" + NUL, with room */

/* 0 if s is a plausible NIP or "-"; -1 with the reason in err
 * ("harus 18 digit", "tanggal lahir 19811329 tidak ada", "digit jenis
 * kelamin harus 1 atau 2", ...).  Digits 13-14 are not checked as a month:
 * PPPK numbers use them otherwise. */
int nip_check(const char *s, char *err, size_t errlen);

/* Prints a valid NIP in its four groups; "-" stays "-".  Returns -1 (and
 * writes nothing useful) if nip_check fails. */
int nip_format(const char *nip, char *out, size_t n);

#endif
