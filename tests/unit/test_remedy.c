/* The remedy table and the choice of regime by date (core/remedy.c,
 * core/regulation.c); the catalogue files are tested in test_regcat.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "idtime.h"
#include "regulation.h"
#include "remedy.h"
#include "remedyview.h"
#include "schedule.h"
#include "tender.h"

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

/* A hit tender on the heap, as the store gives it: code, one stage per
 * pair of times, confirmed or not. */
static void add_hit(hit_list *l, const char *code, int confirmed, const char *const *times, size_t nstages)
{
	hit *h = &l->v[l->n++];
	memset(h, 0, sizeof *h);
	h->t.code = strdup(code);
	h->t.name = strdup("Paket");
	h->t.committee = strdup("");
	h->t.method = strdup("");
	h->t.stages.v = calloc(nstages, sizeof *h->t.stages.v);
	h->t.stages.n = h->t.stages.cap = nstages;
	for (size_t i = 0; i < nstages; i++) {
		h->t.stages.v[i].name = strdup(i ? "Masa Sanggah" : "Upload Dokumen Penawaran");
		h->t.stages.v[i].start = wib(times[2 * i]);
		h->t.stages.v[i].end = wib(times[2 * i + 1]);
	}
	h->proposed = 1;   /* the store proposes every stage of the open-ended window */
	h->confirmed = confirmed;
	if (confirmed)
		h->confirmed_by = strdup("operator");
}

/* Nothing proposed where there is nothing to propose (issue 12): a void
 * incident hits nothing; while an incident is open only tenders with a
 * stage begun by now are proposed, and no new schedule is guessed, not
 * even for an incident back-dated by 204 days. */
static void test_nothing_to_propose(void **state)
{
	(void)state;
	static const char *const running[] = { "2025-11-10 11:00", "2025-11-13 10:01",
	                                       "2025-11-18 22:01", "2025-11-24 08:00" };
	static const char *const later[] = { "2025-11-14 08:00", "2025-11-20 16:00" };
	char cause[] = "listrik";
	incident inc = { .id = 7, .state = ST_OPEN, .cause = cause };
	inc.t.started = wib("2025-11-12 16:00");
	int64_t now = wib("2025-11-13 09:00");
	hit_list hits = { calloc(3, sizeof(hit)), 0, 3 };
	add_hit(&hits, "A", 0, running, 2);
	add_hit(&hits, "B", 0, later, 1);
	add_hit(&hits, "C", 1, later, 1);
	remedy_hits_refine(&inc, now, &hits);
	assert_int_equal(hits.n, 2);
	assert_string_equal(hits.v[0].t.code, "A");
	assert_true(hits.v[0].proposed);
	/* C stays, confirmed by an operator, but is not proposed. */
	assert_string_equal(hits.v[1].t.code, "C");
	assert_false(hits.v[1].proposed);

	remedy_view v;
	assert_int_equal(remedy_view_build(&inc, &hits, NULL, NULL, NULL, 7 * 3600, now, &v), 0);
	assert_true(v.provisional);
	assert_int_equal(v.nplans, 2);
	const tender_plan *a = remedy_view_plan(&v, "A");
	assert_int_equal(a->hit, 1);
	assert_int_equal(a->waiting, 2);
	assert_int_equal(a->shifted, 0);
	assert_int_equal(a->proposed[0].fate, SCHED_WAITING);
	assert_true(a->proposed[0].hit);
	assert_false(a->proposed[1].hit);
	char note[300];
	remedy_stage_note(&a->proposed[1], NULL, 7 * 3600, v.year, note, sizeof note);
	assert_string_equal(note, "belum dimulai: menunggu pulih");
	remedy_stage_note(&a->proposed[0], NULL, 7 * 3600, v.year, note, sizeof note);
	assert_string_equal(note, "terdampak sejauh ini: jadwal baru menunggu pulih");
	remedy_view_free(&v);

	/* Back-dated: open since 204 days before now.  The days are counted,
	 * provisional; no stage is moved by them. */
	inc.t.started = wib("2025-05-03 10:00");
	now = wib("2025-11-23 09:00");
	assert_int_equal(remedy_view_build(&inc, &hits, NULL, NULL, NULL, 7 * 3600, now, &v), 0);
	assert_int_equal(v.days, 205);
	for (size_t i = 0; i < v.nplans; i++) {
		assert_int_equal(v.plans[i].shifted, 0);
		for (size_t k = 0; k < v.plans[i].h->t.stages.n; k++)
			assert_true(v.plans[i].proposed[k].end == v.plans[i].h->t.stages.v[k].end);
	}
	remedy_view_free(&v);

	/* Restored, it proposes: the days are known. */
	inc.t.started = wib("2025-11-12 16:00");
	inc.t.restored = wib("2025-11-13 09:00");
	inc.state = ST_RESTORED;
	assert_int_equal(remedy_view_build(&inc, &hits, NULL, NULL, NULL, 7 * 3600, now, &v), 0);
	assert_int_equal(remedy_view_plan(&v, "A")->shifted, 2);
	remedy_view_free(&v);

	/* Void: no plan even when handed hits, and the refined list is empty. */
	inc.state = ST_VOID;
	assert_int_equal(remedy_view_build(&inc, &hits, NULL, NULL, NULL, 7 * 3600, now, &v), 0);
	assert_true(v.void_incident);
	assert_int_equal(v.nplans, 0);
	remedy_view_free(&v);
	remedy_hits_refine(&inc, now, &hits);
	assert_int_equal(hits.n, 0);
	hit_list_free(&hits);
}

/* Dates carry their year only when it is not the incident's. */
static void test_remedy_date(void **state)
{
	(void)state;
	char buf[40];
	remedy_date(wib("2026-12-31 16:00"), 7 * 3600, 2026, buf, sizeof buf);
	assert_string_equal(buf, "31/12 16:00");
	remedy_date(wib("2027-01-01 16:00"), 7 * 3600, 2026, buf, sizeof buf);
	assert_string_equal(buf, "01/01/2027 16:00");
	/* The note of an end moved into the next year says so too. */
	sched_out o = { .fate = SCHED_LATER, .shifted = 1, .days = 1, .after = -1, .with = -1,
	                .landed = DAY_WEEKEND, .moved = 2, .end = wib("2027-01-04 16:00") };
	char note[300];
	remedy_stage_note(&o, NULL, 7 * 3600, 2026, note, sizeof note);
	assert_string_equal(note, "bergeser +1 hari; akhir jatuh Sabtu 02/01/2027 (akhir pekan): +2 hari");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_remedy_table),
		cmocka_unit_test(test_regime_by_date),
		cmocka_unit_test(test_provision_covers),
		cmocka_unit_test(test_remedy_view),
		cmocka_unit_test(test_nothing_to_propose),
		cmocka_unit_test(test_remedy_date),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
