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
#include "remedyview.h"
#include "schedule.h"

static void test_remedy_table(void **state)
{
	(void)state;
	for (int i = 0; i < REMEDY__COUNT; i++) {
		assert_int_equal(remedy_table[i].code, i);
		assert_ptr_equal(remedy_find(remedy_table[i].name), &remedy_table[i]);
		/* Wording belongs to a regime: with none, the remedy's name. */
		assert_string_equal(regime_remedy_label(NULL, remedy_table[i].code), remedy_table[i].name);
		assert_string_equal(regime_remedy_short(NULL, remedy_table[i].code), remedy_table[i].name);
		assert_string_equal(regime_remedy_letter(NULL, remedy_table[i].code), remedy_table[i].name);
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
	/* Wording: the regime's own, else the remedy's name; a letter
	 * without its own sentence uses the label. */
	assert_string_equal(regime_remedy_label(&r[0], REMEDY_LKPP), "lkpp");
	assert_string_equal(regime_remedy_short(&r[0], REMEDY_LKPP), "lkpp");
	assert_string_equal(regime_remedy_letter(&r[0], REMEDY_LKPP), "lkpp");
	char label[] = "Fasilitasi LKPP atas permohonan Pokja Pemilihan", shrt[] = "fasilitasi LKPP";
	char letter[] = "Mengajukan permohonan kepada LKPP.";
	r[1].remedy_label[REMEDY_LKPP] = label;
	r[1].remedy_short[REMEDY_LKPP] = shrt;
	assert_string_equal(regime_remedy_label(&r[1], REMEDY_LKPP), label);
	assert_string_equal(regime_remedy_short(&r[1], REMEDY_LKPP), shrt);
	assert_string_equal(regime_remedy_letter(&r[1], REMEDY_LKPP), label);
	r[1].remedy_letter[REMEDY_LKPP] = letter;
	assert_string_equal(regime_remedy_letter(&r[1], REMEDY_LKPP), letter);
	assert_string_equal(regime_remedy_label(&r[1], (remedy_code)REMEDY__COUNT), "?");
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

static int64_t wib(const char *s)
{
	int64_t t;
	char err[200];
	assert_int_equal(when_parse(s, ZONE_WIB, &t, err, sizeof err), 0);
	return t;
}

/* The view of the seed's incident: regime, days, provisions by cause,
 * the proposal, and a year without holidays. */
static void test_remedy_view(void **state)
{
	(void)state;
	char c_listrik[] = "listrik", c_all[] = "semua";
	char *tech[] = { c_listrik }, *all[] = { c_all };
	char n1[] = "gangguan-teknis", n2[] = "solusi-alternatif", id[] = "perka", num[] = "Perka 1/2015";
	provision prov[2] = {
		{ .name = n1, .causes = tech, .ncauses = 1, .remedies = 3 },
		{ .name = n2, .causes = all, .ncauses = 1, .remedies = 4 },
	};
	regime r = { .id = id, .number = num, .from = days_from_civil(2015, 1, 1), .until = INT64_MAX,
	             .prov = prov, .nprov = 2 };
	regcat cat = { &r, 1 };
	char code[] = "1001", tname[] = "Jalan", s1[] = "Upload", s2[] = "Kontrak", cause[] = "listrik";
	stage st[2] = { { 0, 0, s1, wib("2018-01-29 08:00"), wib("2018-02-05 10:00") },
	                { 0, 0, s2, wib("2018-12-28 08:00"), wib("2018-12-31 16:00") } };
	hit h = { .t = { .code = code, .name = tname, .stages = { st, 2, 2 } }, .proposed = 1 };
	hit_list hits = { &h, 1, 1 };
	incident inc = { .id = 1, .cause = cause };
	inc.t.started = wib("2018-02-03 14:30");
	inc.t.restored = wib("2018-02-04 09:00");
	workcal cal;
	workcal_init(&cal, 1);
	assert_int_equal(workcal_add_year(&cal, 2018), 0);
	remedy_view v;
	assert_int_equal(remedy_view_build(&inc, &hits, &cat, NULL, &cal, 7 * 3600, wib("2018-03-01 00:00"), &v), 0);
	assert_ptr_equal(v.regime, &r);
	assert_non_null(strstr(v.why, "gangguan mulai 3 Februari 2018; Perka 1/2015 berlaku sejak 1 Januari 2015"));
	assert_int_equal(v.days, 2);
	assert_false(v.provisional);
	assert_int_equal(v.nprovs, 2);
	assert_int_equal(v.nplans, 1);
	assert_true(v.plans[0].proposed[0].end == wib("2018-02-07 10:00"));
	/* 31 Dec 2018 +2 = 2 Jan 2019: a year with no holiday list. */
	assert_true(v.plans[0].proposed[1].end == wib("2019-01-02 16:00"));
	assert_int_equal(v.missing_year, 2019);
	remedy_view_free(&v);

	/* Another cause: only the provision for every cause; not restored:
	 * provisional days up to now. */
	char other[] = "lainnya";
	inc.cause = other;
	inc.t.restored = 0;
	assert_int_equal(remedy_view_build(&inc, NULL, &cat, NULL, NULL, 7 * 3600, wib("2018-02-05 08:00"), &v), 0);
	assert_int_equal(v.nprovs, 1);
	assert_string_equal(v.provs[0]->name, "solusi-alternatif");
	assert_true(v.provisional);
	assert_int_equal(v.days, 3);
	remedy_view_free(&v);

	/* Before any regime. */
	inc.t.started = wib("2014-05-05 10:00");
	assert_int_equal(remedy_view_build(&inc, NULL, &cat, NULL, NULL, 7 * 3600, wib("2014-05-05 11:00"), &v), 0);
	assert_null(v.regime);
	assert_non_null(strstr(v.why, "tidak ada peraturan"));
	remedy_view_free(&v);
	workcal_free(&cal);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_remedy_table),
		cmocka_unit_test(test_regime_by_date),
		cmocka_unit_test(test_provision_covers),
		cmocka_unit_test(test_remedy_view),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
