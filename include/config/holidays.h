/* Loading the holiday calendar (workcal.h) from data/holidays/YYYY.ini,
 * one file per year.  Format: the top of any shipped file, and
 * gangguan-remedies(7). */
#ifndef HOLIDAYS_H
#define HOLIDAYS_H

#include "datapath.h"
#include "gg_error.h"
#include "workcal.h"

/* The year of a calendar file's name "YYYY.ini", 0 for any other name. */
int holidays_file_year(const char *name);

/* Adds every YYYY.ini of dir to cal (which the caller initialised with
 * the unit's cuti bersama choice).  On a malformed file returns
 * GG_ECONFIG with every problem as "FILE:LINE: section:key: what" lines
 * in *problems (malloc'd) and cal left empty; GG_ENOTFOUND if dir cannot
 * be read. */
int holidays_load(const char *dir, workcal *cal, char **problems, gg_err *err);

/* The same for the YYYY.ini files of a layered listing (datapath.h): each
 * year from the first layer holding it, so that a unit's own 2027.ini
 * adds a year and its 2026.ini replaces the installed one. */
int holidays_load_files(const data_listing *files, workcal *cal, char **problems, gg_err *err);

#endif
