/* The remedy table and the choice of regime by date (core/remedy.c,
 * core/regulation.c); the catalogue files are tested in test_regcat.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "idtime.h"
#include "regulation.h"
#include "remedy.h"

static void test_remedy_table(void **state)
{
	(void)state;
	for (int i = 0; i < REMEDY__COUNT; i++) {
		assert_int_equal(remedy_table[i].code, i);
		assert_ptr_equal(remedy_find(remedy_table[i].name), &remedy_table[i]);
		assert_true(strlen(remedy_table[i].label) > 10);
	}
	assert_ptr_equal(remedy_find("CANCEL"), &remedy_table[REMEDY_CANCEL]);
	assert_ptr_equal(remedy_find("batal"), &remedy_table[REMEDY_CANCEL]);
	assert_ptr_equal(remedy_find("jadwal"), &remedy_table[REMEDY_RESCHEDULE]);
	assert_null(remedy_find("postpone"));
	assert_null(remedy_find(NULL));
	/* Only rescheduling needs the days of a restored incident. */
	assert_true(remedy_table[REMEDY_RESCHEDULE].needs_days);
	assert_false(remedy_table[REMEDY_CANCEL].needs_days);
	assert_string_equal(remedy_names(), "cancel|reschedule|alternative|lkpp");
}

static void test_regime_by_date(void **state)
{
	(void)state;
	regime r[2];
	memset(r, 0, sizeof r);
	r[0].id = "perka-lkpp-1-2015";
	r[0].from = days_from_civil(2015, 1, 1);
	r[0].until = days_from_civil(2018, 7, 1);
	r[1].id = "perpres-16-2018";
	r[1].from = days_from_civil(2018, 7, 1);
	r[1].until = INT64_MAX;
	regcat c = { r, 2 };
	assert_string_equal(regcat_for_day(&c, days_from_civil(2018, 2, 3))->id, "perka-lkpp-1-2015");
	assert_string_equal(regcat_for_day(&c, days_from_civil(2018, 6, 30))->id, "perka-lkpp-1-2015");
	assert_string_equal(regcat_for_day(&c, days_from_civil(2018, 7, 1))->id, "perpres-16-2018");
	assert_string_equal(regcat_for_day(&c, days_from_civil(2026, 11, 25))->id, "perpres-16-2018");
	assert_null(regcat_for_day(&c, days_from_civil(2014, 12, 31)));
	/* Overlapping regimes: the one that took effect last wins. */
	r[0].until = INT64_MAX;
	assert_string_equal(regcat_for_day(&c, days_from_civil(2020, 1, 1))->id, "perpres-16-2018");
	/* Labels: the regime's own, else the table's. */
	assert_string_equal(regime_remedy_label(&r[0], REMEDY_LKPP), remedy_table[REMEDY_LKPP].label);
	char label[] = "Fasilitasi LKPP atas permohonan Pokja Pemilihan";
	r[1].remedy_label[REMEDY_LKPP] = label;
	assert_string_equal(regime_remedy_label(&r[1], REMEDY_LKPP), label);
}

static void test_provision_covers(void **state)
{
	(void)state;
	char c1[] = "listrik", c2[] = "jaringan", all[] = "semua";
	char *causes[] = { c1, c2 };
	char *every[] = { all };
	provision p = { .causes = causes, .ncauses = 2 };
	assert_true(provision_covers(&p, "listrik"));
	assert_false(provision_covers(&p, "lainnya"));
	provision q = { .causes = every, .ncauses = 1 };
	assert_true(provision_covers(&q, "lainnya"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_remedy_table),
		cmocka_unit_test(test_regime_by_date),
		cmocka_unit_test(test_provision_covers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
