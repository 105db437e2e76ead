/* Indonesian dates and times (core/idtime.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "idtime.h"

static void test_seed_dates(void **state)
{
	(void)state;
	civil c;
	int64_t t;
	char err[200], buf[64];

	assert_int_equal(when_parse("2018-02-03 14:30", ZONE_WIB, &t, err, sizeof err), 0);
	civil_from_utc(t, ZONE_WIB, &c);
	assert_string_equal(id_day_name(c.weekday), "Sabtu");
	fmt_id_date(buf, sizeof buf, &c);
	assert_string_equal(buf, "3 Februari 2018");
	fmt_id_time(buf, sizeof buf, &c, ZONE_WIB);
	assert_string_equal(buf, "14.30 WIB");
	assert_int_equal(when_parse("04/02/2018 09.00", ZONE_WIB, &t, err, sizeof err), 0);
	civil_from_utc(t, ZONE_WIB, &c);
	assert_string_equal(id_day_name(c.weekday), "Minggu");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_dates),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
