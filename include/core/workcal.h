/* The working-day calendar of stage ends: weekends, national holidays and,
 * when the unit counts them, cuti bersama days.  Days are local civil days
 * (days_from_civil), so the calendar knows nothing of zones.  Pure: the
 * holiday files are read by src/config/holidays.c. */
#ifndef WORKCAL_H
#define WORKCAL_H

#include <stddef.h>
#include <stdint.h>

typedef enum day_kind {
	DAY_WORKING = 0,
	DAY_WEEKEND,          /* Sabtu, Minggu */
	DAY_HOLIDAY,          /* hari libur nasional */
	DAY_CUTI_BERSAMA      /* non-working only when the unit counts it */
} day_kind;

typedef struct holiday {
	int64_t day;          /* days_from_civil */
	int cuti_bersama;     /* 1: cuti bersama, 0: hari libur nasional */
	char *name;           /* "Hari Raya Idul Fitri 1439 H" */
} holiday;

typedef struct workcal {
	holiday *v;
	size_t n, cap;
	int count_cuti_bersama;   /* 1: cuti bersama days are not working days */
	int *years;               /* years whose holiday list was loaded */
	size_t nyears, capyears;
	int sorted;
} workcal;

#define WORKCAL_INIT { NULL, 0, 0, 1, NULL, 0, 0, 1 }

void workcal_init(workcal *c, int count_cuti_bersama);
void workcal_free(workcal *c);
/* Adds a day (name copied).  0, or -1 when memory ran out. */
int workcal_add(workcal *c, int64_t day, int cuti_bersama, const char *name);
/* Records that the holidays of `year` are known (even if none). */
int workcal_add_year(workcal *c, int year);
int workcal_covers(const workcal *c, int year);

/* What the day is.  A holiday on a weekend is reported as a holiday. */
day_kind workcal_kind(workcal *c, int64_t day);
/* The holiday's name, or NULL for a day that is not one. */
const char *workcal_name(workcal *c, int64_t day);
int workcal_is_working(workcal *c, int64_t day);
/* `day` itself if it is a working day, else the first working day after. */
int64_t workcal_next_working(workcal *c, int64_t day);

/* "hari kerja", "akhir pekan", "hari libur nasional", "cuti bersama". */
const char *day_kind_label(day_kind k);

#endif
