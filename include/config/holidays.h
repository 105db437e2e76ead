/* Loading the holiday calendar (workcal.h) from data/holidays/YYYY.ini,
 * one file per year.  Format: the top of any shipped file, and
 * gangguan-remedies(7). */
#ifndef HOLIDAYS_H
#define HOLIDAYS_H

#include "gg_error.h"
#include "workcal.h"

/* Adds every YYYY.ini of dir to cal (which the caller initialised with
 * the unit's cuti bersama choice).  On a malformed file returns
 * GG_ECONFIG with every problem as "FILE:LINE: section:key: what" lines
 * in *problems (malloc'd) and cal left empty; GG_ENOTFOUND if dir cannot
 * be read. */
int holidays_load(const char *dir, workcal *cal, char **problems, gg_err *err);

#endif
