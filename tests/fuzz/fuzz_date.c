/* The date parser: what an operator types as WHEN (when_parse_rel, and
 * through it when_parse) and a jadwal's times (stagecsv_time).  The first
 * byte picks the zone and whether "H+N" has a base day. */
#include "fuzz.h"

#include <stdlib.h>

#include "idtime.h"
#include "stagecsv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	zone z = (zone)(data[0] % 3);
	int has_base = (data[0] >> 2) & 1;
	char *s = fuzz_cstr(data + 1, size - 1);
	char err[256];
	int64_t utc;
	/* 2018-02-03 07:00 UTC, and a day near the end of the range. */
	when_parse_rel(s, z, 1517641200, &utc, err, sizeof err);
	when_parse_rel(s, z, INT64_C(253402214400), &utc, err, sizeof err);
	if (when_parse(s, z, &utc, err, sizeof err) == 0) {
		civil c;
		char buf[128];
		civil_from_utc(utc, z, &c);
		fmt_id_date(buf, sizeof buf, &c);
		fmt_id_time(buf, sizeof buf, &c, z);
		fmt_iso_local(buf, sizeof buf, &c);
	}
	stagecsv_time(s, z, has_base, days_from_civil(2026, 3, 2), &utc, err, sizeof err);
	free(s);
	return 0;
}
