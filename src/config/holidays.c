/* data/holidays/YYYY.ini -> workcal. */
#include "holidays.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idtime.h"
#include "inifile.h"

int holidays_file_year(const char *name)
{
	int year;
	if (strlen(name) == 8 && isdigit((unsigned char)name[0]) && isdigit((unsigned char)name[1]) &&
	    isdigit((unsigned char)name[2]) && isdigit((unsigned char)name[3]) && strcmp(name + 4, ".ini") == 0 &&
	    sscanf(name, "%4d", &year) == 1)
		return year;
	return 0;
}

/* The days of one section ("libur" or "cuti_bersama"). */
static int load_days(const inifile *f, const char *sec, int year, int cb, workcal *cal, strbuf *pr,
                     int *np)
{
	for (size_t i = 0; i < f->n; i++) {
		const ini_entry *e = &f->v[i];
		if (!e->key || strcmp(e->section, sec) != 0)
			continue;
		int y, m, d, used = 0;
		if (sscanf(e->key, "%4d-%2d-%2d%n", &y, &m, &d, &used) != 3 || e->key[used] ||
		    !civil_date_valid(y, m, d)) {
			inifile_problem(pr, np, f, sec, e->key, "bukan tanggal YYYY-MM-DD");
			continue;
		}
		if (y != year) {
			inifile_problem(pr, np, f, sec, e->key, "tanggal di luar tahun %d berkas ini", year);
			continue;
		}
		const char *name = inifile_get(f, sec, e->key);
		if (!name || !*name) {
			inifile_problem(pr, np, f, sec, e->key, "nama hari libur wajib diisi");
			continue;
		}
		if (workcal_add(cal, days_from_civil(y, m, d), cb, name) < 0)
			return -1;
	}
	return 0;
}

static int load_year(const char *path, int year, workcal *cal, strbuf *pr, int *np, gg_err *err)
{
	inifile f;
	int before = *np;
	int code = inifile_open(path, &f, pr, np, err);
	if (code)
		return code;
	if (*np > before) {
		inifile_close(&f);
		return GG_OK;
	}
	for (size_t i = 0; i < f.n; i++) {
		const ini_entry *e = &f.v[i];
		if (strcmp(e->section, "calendar") == 0) {
			if (e->key && strcmp(e->key, "year") != 0 && strcmp(e->key, "source") != 0 &&
			    strcmp(e->key, "status") != 0)
				inifile_problem(pr, np, &f, e->section, e->key, "kunci tidak dikenal");
		} else if (!e->key && strcmp(e->section, "libur") != 0 && strcmp(e->section, "cuti_bersama") != 0) {
			inifile_problem(pr, np, &f, e->section, NULL,
			                "bagian tidak dikenal; yang ada: [calendar], [libur], [cuti_bersama]");
		}
	}
	const char *y = inifile_get(&f, "calendar", "year");
	char want[8];
	snprintf(want, sizeof want, "%d", year);
	if (!y || strcmp(y, want) != 0)
		inifile_problem(pr, np, &f, "calendar", "year", "harus %d, sesuai nama berkas", year);
	if (load_days(&f, "libur", year, 0, cal, pr, np) < 0 ||
	    load_days(&f, "cuti_bersama", year, 1, cal, pr, np) < 0 || workcal_add_year(cal, year) < 0)
		code = gg_fail(err, GG_ESOFTWARE, "memori habis");
	inifile_close(&f);
	return code;
}

int holidays_load_files(const data_listing *files, workcal *cal, char **problems, gg_err *err)
{
	strbuf pr = STRBUF_INIT;
	int np = 0, code = GG_OK;
	*problems = NULL;
	for (size_t i = 0; !code && i < files->n; i++) {
		int year = holidays_file_year(files->v[i].name);
		if (year)
			code = load_year(files->v[i].path, year, cal, &pr, &np, err);
	}
	if (!code && np) {
		code = gg_fail(err, GG_ECONFIG, "kalender hari libur ditolak (%d masalah)", np);
		*problems = sb_steal(&pr);
	} else if (!code && sb_failed(&pr)) {
		code = gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
	if (code)
		workcal_free(cal);
	sb_free(&pr);
	return code;
}

int holidays_load(const char *dir, workcal *cal, char **problems, gg_err *err)
{
	data_listing files;
	*problems = NULL;
	DIR *d = opendir(dir);
	if (!d)
		return gg_fail(err, GG_ENOTFOUND, "%s: %s", dir, strerror(errno));
	closedir(d);
	int code = data_list_dirs(&dir, 1, ".ini", &files, err);
	if (code)
		return code;
	code = holidays_load_files(&files, cal, problems, err);
	data_listing_free(&files);
	return code;
}
