/* The rules around a regime, one test per rule, each written so that it
 * fails if the rule were made always-true (or always-false): the
 * decision rules (remedy_decision_check), the regime a tender follows
 * (regcat_for_tender, regime_transition_moment), the title in force
 * (regime_title_on) and the remedies a regime allows for a cause.  Most
 * use the shipped catalogue of data/regulations (GANGGUAN_DATADIR). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idtime.h"
#include "regcat.h"
#include "regulation.h"
#include "remedy.h"
#include "remedyview.h"
#include "schedule.h"
#include "strbuf.h"

#define WIB_OFFSET (7 * 3600)

static regcat cat;
static const regime *perka, *perpres;

static int64_t wib(const char *s)
{
	int64_t t;
	char err[200];
	assert_int_equal(when_parse(s, ZONE_WIB, &t, err, sizeof err), 0);
	return t;
}

static int load_catalogue(void **state)
{
	(void)state;
	const char *d = getenv("GANGGUAN_DATADIR");
	char path[1100], *problems = NULL;
	gg_err err;
	snprintf(path, sizeof path, "%s/regulations", d && *d ? d : "data");
	if (regcat_load(path, &cat, &problems, &err) != GG_OK) {
		fprintf(stderr, "%s\n%s", err.msg, problems ? problems : "");
		free(problems);
		return -1;
	}
	perka = regcat_for_day(&cat, days_from_civil(2018, 2, 3));
	perpres = regcat_for_day(&cat, days_from_civil(2018, 7, 1));
	if (!perka || !perpres || strcmp(perka->id, "perka-lkpp-1-2015") != 0 ||
	    strcmp(perpres->id, "perpres-16-2018") != 0) {
		fprintf(stderr, "the shipped catalogue lacks Perka LKPP 1/2015 or Perpres 16/2018\n");
		return -1;
	}
	return 0;
}

static int free_catalogue(void **state)
{
	(void)state;
	regcat_free(&cat);
	return 0;
}

/* ---- fixtures: tenders and incidents (invented) ---- */

typedef struct fixture_tender {
	char code[16];
	stage st[2];
	hit h;
} fixture_tender;

/* A tender whose announcement runs from `announce` for a week and whose
 * bids are uploaded from `bids_from` to `bids_until` (all WIB). */
static void make_tender(fixture_tender *f, const char *code, const char *announce, const char *bids_from,
                        const char *bids_until)
{
	static char s_announce[] = "Pengumuman Pascakualifikasi", s_bids[] = "Upload Dokumen Penawaran";
	static char name[] = "Rehabilitasi Jalan Desa";
	memset(f, 0, sizeof *f);
	snprintf(f->code, sizeof f->code, "%s", code);
	f->st[0] = (stage){ 0, 0, s_announce, wib(announce), wib(announce) + 7 * 86400 };
	f->st[1] = (stage){ 0, 0, s_bids, wib(bids_from), wib(bids_until) };
	f->h.t.code = f->code;
	f->h.t.name = name;
	f->h.t.stages = (stage_list){ f->st, 2, 2 };
	f->h.proposed = 1;
	f->h.confirmed = 1;
}

static incident make_incident(char *cause, const char *start, const char *restored)
{
	incident inc;
	memset(&inc, 0, sizeof inc);
	inc.id = 42;
	inc.cause = cause;
	inc.t.started = wib(start);
	inc.t.restored = restored ? wib(restored) : 0;
	return inc;
}

/* ---- regime_title_on ---- */

static void title_on(const regime *r, int y, int m, int d, char *buf, size_t n)
{
	strbuf sb = STRBUF_INIT;
	regime_title_on(r, days_from_civil(y, m, d), &sb);
	snprintf(buf, n, "%s", sb_str(&sb));
	sb_free(&sb);
}

/* No amendment in force: the title; one: "sebagaimana telah diubah
 * dengan"; more: "sebagaimana telah beberapa kali diubah, terakhir
 * dengan" the latest; each from its own day. */
static void test_title_by_amendments_in_force(void **state)
{
	(void)state;
	static const char base[] = "Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah";
	static const char once[] = "Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah"
	                           " sebagaimana telah diubah dengan Peraturan Presiden Nomor 12 Tahun 2021";
	static const char twice[] = "Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah"
	                            " sebagaimana telah beberapa kali diubah, terakhir dengan Peraturan Presiden"
	                            " Nomor 46 Tahun 2025";
	char t[600];
	title_on(perpres, 2019, 6, 1, t, sizeof t);
	assert_string_equal(t, base);
	title_on(perpres, 2021, 2, 1, t, sizeof t);       /* the day before the first amendment */
	assert_string_equal(t, base);
	title_on(perpres, 2021, 2, 2, t, sizeof t);
	assert_string_equal(t, once);
	title_on(perpres, 2023, 5, 1, t, sizeof t);
	assert_string_equal(t, once);
	title_on(perpres, 2025, 4, 29, t, sizeof t);
	assert_string_equal(t, once);
	title_on(perpres, 2025, 4, 30, t, sizeof t);
	assert_string_equal(t, twice);
	title_on(perpres, 2026, 3, 10, t, sizeof t);
	assert_string_equal(t, twice);
	/* A regime without amendments. */
	title_on(perka, 2018, 2, 3, t, sizeof t);
	assert_string_equal(t, "Perka LKPP Nomor 1 Tahun 2015 tentang e-Tendering");

	/* Three amendments: the last in force is named, not the last listed. */
	char title[] = "Peraturan Uji", a1[] = "Perubahan 1", a2[] = "Perubahan 2", a3[] = "Perubahan 3";
	amendment am[3] = { { a1, days_from_civil(2020, 1, 1) }, { a2, days_from_civil(2021, 1, 1) },
	                    { a3, days_from_civil(2022, 1, 1) } };
	regime r = { .title = title, .from = days_from_civil(2019, 1, 1), .until = INT64_MAX, .amend = am, .namend = 3 };
	title_on(&r, 2021, 6, 1, t, sizeof t);
	assert_string_equal(t, "Peraturan Uji sebagaimana telah beberapa kali diubah, terakhir dengan Perubahan 2");
	title_on(&r, 2020, 6, 1, t, sizeof t);
	assert_string_equal(t, "Peraturan Uji sebagaimana telah diubah dengan Perubahan 1");
}

/* ---- regcat_for_tender ---- */

/* Perpres 16/2018, transition = started: a tender announced before
 * 1 July 2018 stays under Perka LKPP 1/2015; one announced since follows
 * Perpres.  The day is the unit's. */
static void test_tender_started_before_stays_under_earlier(void **state)
{
	(void)state;
	fixture_tender before, after, edge;
	make_tender(&before, "2001", "2018-06-20 08:00", "2018-07-10 08:00", "2018-07-20 16:00");
	make_tender(&after, "2002", "2018-07-02 08:00", "2018-07-12 08:00", "2018-07-22 16:00");
	make_tender(&edge, "2003", "2018-07-01 00:30", "2018-07-12 08:00", "2018-07-22 16:00");

	assert_int_equal(perpres->transition, TRANSITION_STARTED);
	assert_true(regime_transition_moment(perpres, &before.h.t) == wib("2018-06-20 08:00"));
	assert_ptr_equal(regcat_for_tender(&cat, perpres, &before.h.t, WIB_OFFSET), perka);
	assert_ptr_equal(regcat_for_tender(&cat, perpres, &after.h.t, WIB_OFFSET), perpres);
	/* 00.30 WIB on 1 July is 30 June in UTC: the unit's day counts. */
	assert_ptr_equal(regcat_for_tender(&cat, perpres, &edge.h.t, WIB_OFFSET), perpres);
	assert_ptr_equal(regcat_for_tender(&cat, perpres, &edge.h.t, 0), perka);
	/* A tender without stages: nothing to look at, the incident's regime. */
	tender bare = { .code = before.code };
	assert_true(regime_transition_moment(perpres, &bare) == 0);
	assert_ptr_equal(regcat_for_tender(&cat, perpres, &bare, WIB_OFFSET), perpres);
	/* No earlier regime in the catalogue: the regime itself. */
	assert_ptr_equal(regcat_for_tender(&cat, perka, &before.h.t, WIB_OFFSET), perka);
}

/* transition = past_bid_deadline looks at the end of the bid upload,
 * not at the announcement; none: every tender follows the regime. */
static void test_tender_past_bid_deadline(void **state)
{
	(void)state;
	char id0[] = "lama", id1[] = "baru";
	regime r[2];
	memset(r, 0, sizeof r);
	r[0].id = id0;
	r[0].from = days_from_civil(2010, 1, 1);
	r[0].until = days_from_civil(2015, 1, 1);
	r[1].id = id1;
	r[1].from = days_from_civil(2015, 1, 1);
	r[1].until = INT64_MAX;
	r[1].transition = TRANSITION_PAST_BID_DEADLINE;
	regcat c = { r, 2 };
	fixture_tender past, open;
	/* Both announced in 2014; only the first closed its bids in 2014. */
	make_tender(&past, "3001", "2014-12-01 08:00", "2014-12-10 08:00", "2014-12-20 16:00");
	make_tender(&open, "3002", "2014-12-15 08:00", "2014-12-22 08:00", "2015-01-10 16:00");
	assert_true(regime_transition_moment(&r[1], &past.h.t) == wib("2014-12-20 16:00"));
	assert_ptr_equal(regcat_for_tender(&c, &r[1], &past.h.t, WIB_OFFSET), &r[0]);
	assert_ptr_equal(regcat_for_tender(&c, &r[1], &open.h.t, WIB_OFFSET), &r[1]);
	/* No bid stage: no deadline passed. */
	open.h.t.stages.n = 1;
	assert_true(regime_transition_moment(&r[1], &open.h.t) == 0);
	assert_ptr_equal(regcat_for_tender(&c, &r[1], &open.h.t, WIB_OFFSET), &r[1]);
	/* started, on the same catalogue: the announcement decides. */
	open.h.t.stages.n = 2;
	r[1].transition = TRANSITION_STARTED;
	assert_ptr_equal(regcat_for_tender(&c, &r[1], &open.h.t, WIB_OFFSET), &r[0]);
	/* none. */
	r[1].transition = TRANSITION_NONE;
	assert_true(regime_transition_moment(&r[1], &past.h.t) == 0);
	assert_ptr_equal(regcat_for_tender(&c, &r[1], &past.h.t, WIB_OFFSET), &r[1]);
}

/* ---- regime_remedies_for ---- */

static void test_remedies_for_cause(void **state)
{
	(void)state;
	const unsigned all = (1u << REMEDY_CANCEL) | (1u << REMEDY_RESCHEDULE) | (1u << REMEDY_ALTERNATIVE) |
	                     (1u << REMEDY_LKPP);
	assert_int_equal(regime_remedies_for(perka, "listrik"), all);
	assert_int_equal(regime_remedies_for(perka, "lainnya"), (1u << REMEDY_ALTERNATIVE) | (1u << REMEDY_LKPP));
	assert_int_equal(regime_remedies_for(perpres, "jaringan"), all);
	assert_int_equal(regime_remedies_for(perpres, "lainnya"),
	                 (1u << REMEDY_CANCEL) | (1u << REMEDY_ALTERNATIVE) | (1u << REMEDY_LKPP));
	assert_int_equal(regime_remedies_for(NULL, "listrik"), 0);
}

/* ---- the view's plans ---- */

static void test_view_plans_follow_tender_regime(void **state)
{
	(void)state;
	char listrik[] = "listrik";
	fixture_tender f[2];
	make_tender(&f[0], "2001", "2018-06-20 08:00", "2018-07-02 08:00", "2018-07-12 16:00");
	make_tender(&f[1], "2002", "2018-07-02 08:00", "2018-07-09 08:00", "2018-07-16 16:00");
	hit hv[2] = { f[0].h, f[1].h };
	hit_list hits = { hv, 2, 2 };
	incident inc = make_incident(listrik, "2018-07-03 08:00", "2018-07-04 10:00");
	remedy_view v;
	assert_int_equal(remedy_view_build(&inc, &hits, &cat, NULL, NULL, WIB_OFFSET, wib("2018-07-05 08:00"), &v), 0);
	assert_ptr_equal(v.regime, perpres);
	assert_false(v.pinned);
	const tender_plan *p = remedy_view_plan(&v, "2001");
	assert_non_null(p);
	assert_ptr_equal(p->regime, perka);
	assert_true(p->transitional);
	assert_int_equal(p->allowed, regime_remedies_for(perka, "listrik"));
	p = remedy_view_plan(&v, "2002");
	assert_ptr_equal(p->regime, perpres);
	assert_false(p->transitional);
	assert_null(remedy_view_plan(&v, "9999"));
	assert_null(remedy_view_plan(&v, NULL));
	remedy_view_free(&v);

	/* A regime pinned by the unit applies to every tender. */
	assert_int_equal(remedy_view_build(&inc, &hits, &cat, perpres, NULL, WIB_OFFSET, wib("2018-07-05 08:00"), &v), 0);
	assert_true(v.pinned);
	assert_non_null(strstr(v.why, "perpres-16-2018"));
	assert_ptr_equal(remedy_view_plan(&v, "2001")->regime, perpres);
	assert_false(remedy_view_plan(&v, "2001")->transitional);
	remedy_view_free(&v);
}

/* ---- remedy_decision_check ---- */

typedef struct decision_case {
	fixture_tender f[2];   /* 2001: announced before 1 July 2018; 2002: after */
	hit hv[2];
	hit_list hits;
	incident inc;
	remedy_view v;
} decision_case;

/* An incident of `cause` from 3 July 2018 (restored or not) hitting
 * both tenders. */
static void build_case(decision_case *c, char *cause, int restored)
{
	memset(c, 0, sizeof *c);
	make_tender(&c->f[0], "2001", "2018-06-20 08:00", "2018-07-02 08:00", "2018-07-12 16:00");
	make_tender(&c->f[1], "2002", "2018-07-02 08:00", "2018-07-09 08:00", "2018-07-16 16:00");
	c->hv[0] = c->f[0].h;
	c->hv[1] = c->f[1].h;
	c->hv[0].t.code = c->f[0].code;
	c->hv[1].t.code = c->f[1].code;
	c->hits = (hit_list){ c->hv, 2, 2 };
	c->inc = make_incident(cause, "2018-07-03 08:00", restored ? "2018-07-04 10:00" : NULL);
	assert_int_equal(remedy_view_build(&c->inc, &c->hits, &cat, NULL, NULL, WIB_OFFSET, wib("2018-07-05 08:00"),
	                                   &c->v), 0);
}

static int check(decision_case *c, const char *code, remedy_code r, const char *note, char *warn, size_t n,
                 gg_err *err)
{
	memset(err, 0, sizeof *err);
	return remedy_decision_check(&c->v, &c->inc, code, r, note, warn, n, err);
}

/* The case that passes: what the rules below refuse differs from it in
 * one thing only. */
static void test_decision_allowed(void **state)
{
	(void)state;
	decision_case c;
	char warn[600] = "x";
	gg_err err;
	char listrik[] = "listrik";
	build_case(&c, listrik, 1);
	assert_int_equal(check(&c, "2002", REMEDY_RESCHEDULE, NULL, warn, sizeof warn, &err), GG_OK);
	assert_string_equal(warn, "");
	assert_int_equal(check(&c, "2002", REMEDY_ALTERNATIVE, "", warn, sizeof warn, &err), GG_OK);
	assert_string_equal(warn, "");
	assert_int_equal(check(&c, "2002", REMEDY_LKPP, NULL, warn, sizeof warn, &err), GG_OK);
	/* Not a remedy at all. */
	assert_int_equal(check(&c, "2002", (remedy_code)REMEDY__COUNT, NULL, warn, sizeof warn, &err), GG_EDATA);
	remedy_view_free(&c.v);
}

/* A remedy the tender's regime does not give for the incident's cause. */
static void test_decision_refuses_remedy_not_allowed_for_cause(void **state)
{
	(void)state;
	decision_case c;
	char warn[600];
	gg_err err;
	char lainnya[] = "lainnya";
	build_case(&c, lainnya, 1);
	assert_int_equal(check(&c, "2002", REMEDY_RESCHEDULE, "digeser 2 hari", warn, sizeof warn, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "Perpres Nomor 16 Tahun 2018 tidak memberi upaya 'reschedule' untuk gangguan "
	                                "berpenyebab lainnya"));
	assert_non_null(strstr(err.msg, "gangguan remedy 42"));
	/* What it does give passes. */
	assert_int_equal(check(&c, "2002", REMEDY_ALTERNATIVE, NULL, warn, sizeof warn, &err), GG_OK);
	/* Under the tender's own (earlier) regime: Perka gives no cancel for it. */
	assert_int_equal(check(&c, "2001", REMEDY_CANCEL, "alasan", warn, sizeof warn, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "Perka LKPP Nomor 1 Tahun 2015 tidak memberi upaya 'cancel'"));
	remedy_view_free(&c.v);
}

/* A remedy with a condition (Perpres: a failed tender only on the
 * grounds of Pasal 51 ayat (2)) needs a note naming the ground. */
static void test_decision_condition_needs_note(void **state)
{
	(void)state;
	decision_case c;
	char warn[600];
	gg_err err;
	char listrik[] = "listrik";
	build_case(&c, listrik, 1);
	assert_non_null(perpres->remedy_condition[REMEDY_CANCEL]);
	static const char *const blank[] = { NULL, "", "  ", "\t\n " };
	for (size_t i = 0; i < sizeof blank / sizeof blank[0]; i++) {
		assert_int_equal(check(&c, "2002", REMEDY_CANCEL, blank[i], warn, sizeof warn, &err), GG_EDATA);
		assert_non_null(strstr(err.msg, "upaya 'cancel' di bawah Perpres Nomor 16 Tahun 2018 perlu lebih dari "
		                                "gangguan"));
		assert_non_null(strstr(err.msg, "Pasal 51 ayat (2)"));
	}
	/* With a note: allowed, and the condition is still said. */
	assert_int_equal(check(&c, "2002", REMEDY_CANCEL, "Pasal 51 ayat (2): seluruh penawaran di atas HPS", warn,
	                       sizeof warn, &err), GG_OK);
	assert_non_null(strstr(warn, perpres->remedy_condition[REMEDY_CANCEL]));
	/* A remedy without a condition needs no note. */
	assert_null(perpres->remedy_condition[REMEDY_ALTERNATIVE]);
	assert_int_equal(check(&c, "2002", REMEDY_ALTERNATIVE, "  ", warn, sizeof warn, &err), GG_OK);
	/* The condition is the tender's regime's: Perka sets none on cancel. */
	assert_null(perka->remedy_condition[REMEDY_CANCEL]);
	assert_int_equal(check(&c, "2001", REMEDY_CANCEL, NULL, warn, sizeof warn, &err), GG_OK);
	remedy_view_free(&c.v);
}

/* A reschedule needs the days of disruption: not before the restore. */
static void test_decision_reschedule_needs_restore(void **state)
{
	(void)state;
	decision_case c;
	char warn[600];
	gg_err err;
	char listrik[] = "listrik";
	build_case(&c, listrik, 0);
	assert_true(c.v.provisional);
	assert_int_equal(check(&c, "2002", REMEDY_RESCHEDULE, "digeser", warn, sizeof warn, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "gangguan #42 belum pulih"));
	assert_non_null(strstr(err.msg, "gangguan restore"));
	/* Also for a tender under the earlier regime. */
	assert_int_equal(check(&c, "2001", REMEDY_RESCHEDULE, "digeser", warn, sizeof warn, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "belum pulih"));
	/* Remedies that need no days may be decided while it lasts. */
	assert_int_equal(check(&c, "2002", REMEDY_LKPP, NULL, warn, sizeof warn, &err), GG_OK);
	assert_int_equal(check(&c, "2002", REMEDY_ALTERNATIVE, NULL, warn, sizeof warn, &err), GG_OK);
	remedy_view_free(&c.v);
}

/* A tender under an earlier regime by the transition rule is decided
 * under it, and the operator is told, with both regimes and the
 * provision that says so. */
static void test_decision_warns_transitional_tender(void **state)
{
	(void)state;
	decision_case c;
	char warn[600];
	gg_err err;
	char listrik[] = "listrik";
	build_case(&c, listrik, 1);
	assert_int_equal(check(&c, "2001", REMEDY_ALTERNATIVE, NULL, warn, sizeof warn, &err), GG_OK);
	assert_non_null(strstr(warn, "tender 2001"));
	assert_non_null(strstr(warn, "sebelum Perpres Nomor 16 Tahun 2018 berlaku"));
	assert_non_null(strstr(warn, "menurut Pasal 89 angka 1 Perpres 16/2018"));
	assert_non_null(strstr(warn, "tetap berpedoman pada Perka LKPP Nomor 1 Tahun 2015"));
	/* The tender announced after 1 July: nothing to tell. */
	assert_int_equal(check(&c, "2002", REMEDY_ALTERNATIVE, NULL, warn, sizeof warn, &err), GG_OK);
	assert_string_equal(warn, "");
	/* A small buffer is cut, not overrun. */
	char small[16];
	assert_int_equal(check(&c, "2001", REMEDY_ALTERNATIVE, NULL, small, sizeof small, &err), GG_OK);
	assert_int_equal(strlen(small), sizeof small - 1);
	remedy_view_free(&c.v);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_title_by_amendments_in_force),
		cmocka_unit_test(test_tender_started_before_stays_under_earlier),
		cmocka_unit_test(test_tender_past_bid_deadline),
		cmocka_unit_test(test_remedies_for_cause),
		cmocka_unit_test(test_view_plans_follow_tender_regime),
		cmocka_unit_test(test_decision_allowed),
		cmocka_unit_test(test_decision_refuses_remedy_not_allowed_for_cause),
		cmocka_unit_test(test_decision_condition_needs_note),
		cmocka_unit_test(test_decision_reschedule_needs_restore),
		cmocka_unit_test(test_decision_warns_transitional_tender),
	};
	return cmocka_run_group_tests(tests, load_catalogue, free_catalogue);
}
