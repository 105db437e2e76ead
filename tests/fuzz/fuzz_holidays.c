/* The holiday calendar: the input is data/holidays/2026.ini
 * (holidays_load on a directory holding only it). */
#include "fuzz.h"

#include <stdlib.h>

#include "holidays.h"
#include "idtime.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_file("2026.ini", data, size);
	workcal cal;
	workcal_init(&cal, 1);
	char *problems = NULL;
	gg_err err;
	if (holidays_load(fuzz_dir(), &cal, &problems, &err) == GG_OK) {
		int64_t day = days_from_civil(2026, 1, 1);
		workcal_next_working(&cal, day);
		workcal_name(&cal, days_from_civil(2026, 8, 17));
	}
	workcal_free(&cal);
	free(problems);
	return 0;
}
