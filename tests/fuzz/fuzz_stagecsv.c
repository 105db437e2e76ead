/* Stage import: a jadwal as pasted from SPSE or as CSV (stagecsv_read,
 * which parses and then checks the set of stages).  The first byte picks
 * the zone and whether "H+N" has a base day. */
#include "fuzz.h"

#include <stdlib.h>

#include "stagecsv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	zone z = (zone)(data[0] % 3);
	int has_base = (data[0] >> 2) & 1;
	char *text = fuzz_cstr(data + 1, size - 1);
	stagecsv c = { 0 };
	strbuf problems;
	sb_init(&problems);
	if (stagecsv_read(text, "fuzz.csv", z, has_base, days_from_civil(2026, 3, 2), &c, &problems) == 0)
		free(stagecsv_stages(&c));
	stagecsv_free(&c);
	sb_free(&problems);
	free(text);
	return 0;
}
