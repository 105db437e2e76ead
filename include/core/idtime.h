/* Indonesian calendar and clock: the three zones, civil dates without libc
 * time zones, day and month names, Roman months, parsing of the WHEN
 * arguments and the formats the official letters use.  Pure: no I/O. */
#ifndef IDTIME_H
#define IDTIME_H

#include <stddef.h>
#include <stdint.h>

typedef enum zone { ZONE_WIB = 0, ZONE_WITA = 1, ZONE_WIT = 2 } zone;

/* "WIB", "WITA", "WIT" (case-insensitive).  0 on success, -1 if unknown. */
int zone_from_name(const char *name, zone *out);
const char *zone_name(zone z);             /* "WIB" ... */
int zone_utc_offset(zone z);               /* seconds east of UTC: 7*3600 ... */
zone zone_from_offset(int seconds);        /* the inverse; WIB for any other offset */

typedef struct civil {
	int year, month, day;      /* month 1..12 */
	int hour, minute, second;
	int weekday;               /* 0 = Senin (Monday) ... 6 = Minggu (Sunday) */
} civil;

/* Days since 1970-01-01 of a proleptic Gregorian date, and back. */
int64_t days_from_civil(int y, int m, int d);
void civil_from_days(int64_t days, int *y, int *m, int *d);
int weekday_from_days(int64_t days);        /* 0 = Senin */
int civil_date_valid(int y, int m, int d);  /* 1 if the date exists */
int days_in_month(int y, int m);

void civil_from_utc(int64_t utc, zone z, civil *out);   /* fills weekday too */
int64_t utc_from_civil(const civil *c, zone z);         /* ignores weekday */

const char *id_day_name(int weekday);      /* "Senin" ... "Minggu" */
const char *id_month_name(int month);      /* "Januari" ... "Desember" */
/* Month from its Indonesian name, case-insensitive, old spellings
 * ("Pebruari", "Nopember") accepted; 0 if unknown. */
int id_month_from_name(const char *name);
const char *roman_month(int month);        /* "I" ... "XII"; "?" out of range */

/* Parses a local date and time in zone z: "2018-02-03 14:30" or
 * "03/02/2018 14.30" (the separator of the time may be ':' or '.', seconds
 * optional).  Leading/trailing blanks are ignored.  0 and *utc on success;
 * -1 with a sentence in err (e.g. "30/02/2018: tanggal tidak ada") if not. */
int when_parse(const char *s, zone z, int64_t *utc, char *err, size_t errlen);
/* What an operator types: when_parse's forms, and a time alone ("07.15",
 * "7:15") for today in zone z, "hari ini 07.15" likewise, "kemarin 22.10"
 * for the day before `now` (UTC). */
int when_parse_rel(const char *s, zone z, int64_t now, int64_t *utc, char *err, size_t errlen);

/* The formats of the letters.  Each writes a NUL-terminated string and
 * returns its length (snprintf-style truncation). */
size_t fmt_id_date(char *buf, size_t n, const civil *c);          /* "4 Februari 2018" */
size_t fmt_id_time(char *buf, size_t n, const civil *c, zone z);  /* "14.30 WIB" */
size_t fmt_iso_local(char *buf, size_t n, const civil *c);        /* "2018-02-03 14:30" */
/* Whole minutes, rounded down: "kurang dari 1 menit", "40 menit",
 * "1 jam", "1 jam 20 menit", "2 hari", "2 hari 3 jam 5 menit". */
size_t fmt_duration(char *buf, size_t n, int64_t seconds);

#endif
