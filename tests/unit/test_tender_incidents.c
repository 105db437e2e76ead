/* The incidents that may have hit a tender (store/tender_incidents.c),
 * which the TUI's tender list and tender screen start from. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "scratch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idtime.h"
#include "store.h"
#include "store_tender.h"

static char dir[256];
static char path[300];
static int64_t fake_now;
static const store_actor actor = { .user = "operator", .client = "" };

static int64_t clock_fn(void)
{
	return fake_now;
}

static int64_t wib(const char *s)
{
	int64_t t;
	char err[200];
	assert_int_equal(when_parse(s, ZONE_WIB, &t, err, sizeof err), 0);
	return t;
}

static int setup(void **state)
{
	(void)state;
	scratch_make(dir, sizeof dir, path, sizeof path, "gg-tdel");
	fake_now = wib("2018-02-05 12:00");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	return scratch_remove(dir);
}

static store *open_new(void)
{
	store *s;
	gg_err err;
	remove(path);
	assert_int_equal(store_open(path, STORE_CREATE, &actor, &s, &err), GG_OK);
	store_set_clock(s, clock_fn);
	return s;
}

/* The seed's incident: 3 Feb 2018 14.30 to 4 Feb 09.00 WIB. */
static int64_t seed_incident(store *s)
{
	int64_t id;
	gg_err err;
	incident_new in = { .summary = "SPSE tidak dapat diakses", .cause = "listrik",
	                    .started = wib("2018-02-03 14:30") };
	assert_int_equal(store_incident_report(s, &in, &id, &err), GG_OK);
	assert_int_equal(store_incident_open(s, id, 0, wib("2018-02-03 15:00"), NULL, NULL, NULL, &err), GG_OK);
	assert_int_equal(store_incident_restore(s, id, 0, wib("2018-02-04 09:00"), &err), GG_OK);
	return id;
}

static void add(store *s, const char *code, const char *start, const char *end)
{
	gg_err err;
	tender_new t = { code, "Pembangunan Jalan Desa", "Pokja ULP I", "" };
	stage_new st[] = {
		{ "Upload Dokumen Penawaran", wib(start), wib(end), 0 },
		{ "Pembukaan Dokumen Penawaran", wib(end), wib(end) + 7200, 0 },
	};
	assert_int_equal(store_tender_add(s, &t, st, 2, NULL, &err), GG_OK);
}

static void test_incidents_of_a_tender(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	int64_t id = seed_incident(s);
	add(s, "1001", "2018-01-29 08:00", "2018-02-05 10:00");   /* running during it */
	add(s, "1002", "2018-03-01 08:00", "2018-03-05 10:00");   /* after it */
	add(s, "1003", "2018-01-01 08:00", "2018-01-05 10:00");   /* before it */
	tender t;
	assert_int_equal(store_tender_get(s, "1001", &t, &err), GG_OK);
	tender_incident_list l;
	assert_int_equal(store_tender_incidents(s, 0, &l, &err), GG_OK);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].tender_id, t.id);
	assert_int_equal(l.v[0].incident_id, id);
	tender_incident_list_free(&l);
	assert_int_equal(store_tender_incidents(s, t.id, &l, &err), GG_OK);
	assert_int_equal(l.n, 1);
	tender_incident_list_free(&l);
	tender_free(&t);
	/* An incident not yet restored, begun well before a stage, meets it. */
	fake_now = wib("2018-03-10 12:00");
	incident_new in = { .summary = "pusat data padam", .cause = "listrik", .started = wib("2018-02-20 08:00") };
	int64_t id2;
	assert_int_equal(store_incident_report(s, &in, &id2, &err), GG_OK);
	assert_int_equal(store_tender_get(s, "1002", &t, &err), GG_OK);
	assert_int_equal(store_tender_incidents(s, t.id, &l, &err), GG_OK);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].incident_id, id2);
	tender_incident_list_free(&l);
	tender_free(&t);
	store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_incidents_of_a_tender, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
