/* The incident list and search at any size (issue 14): keyset pages
 * in both directions agree with the whole list at every page boundary,
 * ties of the start broken by id; a capped count; the header's counts kept
 * by triggers; and every statement the list, the search and the header
 * run is served by an index (EXPLAIN QUERY PLAN: no scan of incident, no
 * sort), so that a regression fails here before it freezes a screen. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "scratch.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store.h"
#include "store_internal.h"

static char dir[256];
static char path[300];
static const store_actor actor = { .user = "operator", .client = "" };
#define T0 1517643000   /* 2018-02-03 07:30 UTC */
#define N 37            /* not a multiple of any page size below */

static int64_t clock_fn(void)
{
	return T0 + 86400 * 30;
}

static int setup(void **state)
{
	(void)state;
	scratch_make(dir, sizeof dir, path, sizeof path, "gg-list");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	return scratch_remove(dir);
}

/* N incidents in groups of up to 4 with the same start, in an order that
 * is not the ids' (so that id order and list order differ); every third
 * one mentions "pemadaman". */
static store *seeded(void)
{
	store *s;
	gg_err err;
	assert_int_equal(store_open(path, STORE_CREATE, &actor, &s, &err), GG_OK);
	store_set_clock(s, clock_fn);
	static const char *const causes[] = { "listrik", "jaringan", "aplikasi" };
	for (int i = 0; i < N; i++) {
		int64_t id;
		char summary[64];
		snprintf(summary, sizeof summary, "%s server %d", i % 3 ? "gangguan" : "pemadaman", i);
		incident_new in = { .summary = summary, .cause = causes[i % 3],
		                    .started = T0 + 3600 * ((i * 7) % 10) };
		assert_int_equal(store_incident_report(s, &in, &id, &err), GG_OK);
	}
	return s;
}

static int key_cmp(const incident *a, const incident *b)
{
	if (a->t.started != b->t.started)
		return a->t.started < b->t.started ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

/* The whole list, then the same walked by pages of `size` after the last
 * row of each, forward and (from the end) backward: the same rows in the
 * same order, for each sort and with a query. */
static void walk(store *s, const char *query, int newest, size_t size)
{
	gg_err err;
	incident_list all, page;
	incident_filter f = { .state = -1, .query = query, .newest_first = newest };
	assert_int_equal(store_incident_list(s, &f, &all, &err), GG_OK);
	assert_true(all.n > size);
	for (size_t i = 1; i < all.n; i++)   /* the order: start, then id */
		assert_true(key_cmp(&all.v[i - 1], &all.v[i]) == (newest ? 1 : -1));
	size_t got = 0;
	incident_filter p = f;
	p.limit = size;
	for (;;) {
		assert_int_equal(store_incident_list(s, &p, &page, &err), GG_OK);
		for (size_t i = 0; i < page.n; i++, got++)
			assert_int_equal(page.v[i].id, all.v[got].id);
		if (!page.n) {
			incident_list_free(&page);
			break;
		}
		p.has_after = 1;
		p.after = (incident_key){ page.v[page.n - 1].t.started, page.v[page.n - 1].id };
		incident_list_free(&page);
	}
	assert_int_equal(got, all.n);
	/* backward from the end: nearest first */
	incident_filter b = f;
	b.limit = size;
	b.backward = 1;
	size_t left = all.n;
	for (;;) {
		assert_int_equal(store_incident_list(s, &b, &page, &err), GG_OK);
		for (size_t i = 0; i < page.n; i++)
			assert_int_equal(page.v[i].id, all.v[--left].id);
		if (!page.n) {
			incident_list_free(&page);
			break;
		}
		b.has_after = 1;
		b.after = (incident_key){ page.v[page.n - 1].t.started, page.v[page.n - 1].id };
		incident_list_free(&page);
	}
	assert_int_equal(left, 0);
	incident_list_free(&all);
}

static void test_keyset_pages_with_ties(void **state)
{
	(void)state;
	store *s = seeded();
	for (size_t size = 1; size <= 5; size++)
		for (int newest = 0; newest <= 1; newest++) {
			walk(s, NULL, newest, size);
			walk(s, "pema", newest, size);
		}
	store_close(s);
}

static void test_capped_count(void **state)
{
	(void)state;
	store *s = seeded();
	gg_err err;
	size_t n;
	incident_filter f = { .state = -1, .query = "server" };
	assert_int_equal(store_incident_count_upto(s, &f, 10, &n, &err), GG_OK);
	assert_int_equal(n, 11);   /* more than 10 */
	assert_int_equal(store_incident_count_upto(s, &f, 1000, &n, &err), GG_OK);
	assert_int_equal(n, N);
	f.query = "pemadaman";
	f.cause = "listrik";   /* with a filter on the incident's columns */
	assert_int_equal(store_incident_count_upto(s, &f, 1000, &n, &err), GG_OK);
	assert_int_equal(n, (N + 2) / 3);
	store_close(s);
}

static void test_tally_follows_writes(void **state)
{
	(void)state;
	store *s = seeded();
	gg_err err;
	size_t c[ST__COUNT], n;
	incident_filter f = { .state = -1 };
	assert_int_equal(store_incident_tally(s, &f, c, &err), GG_OK);
	assert_int_equal(c[ST_REPORTED], N);
	assert_int_equal(store_incident_void(s, 2, 0, "keliru", &err), GG_OK);
	assert_int_equal(store_incident_tally(s, &f, c, &err), GG_OK);
	assert_int_equal(c[ST_REPORTED], N - 1);
	assert_int_equal(c[ST_VOID], 1);
	incident_edit e = { .cause = "kahar" };
	assert_int_equal(store_incident_edit(s, 5, 0, &e, "salah pilih", &err), GG_OK);
	f.cause = "kahar";
	assert_int_equal(store_incident_tally(s, &f, c, &err), GG_OK);
	assert_int_equal(c[ST_REPORTED], 1);
	/* the year's counts, from the rows, agree with the kept ones */
	f.cause = "listrik";
	assert_int_equal(store_incident_tally(s, &f, c, &err), GG_OK);
	size_t kept = c[ST_REPORTED] + c[ST_VOID];
	f.year = 2018;
	f.tz_offset = 7 * 3600;
	assert_int_equal(store_incident_tally(s, &f, c, &err), GG_OK);
	assert_int_equal(c[ST_REPORTED] + c[ST_VOID], kept);
	incident_filter g = { .state = -1, .cause = "listrik" };
	assert_int_equal(store_incident_count(s, &g, &n, &err), GG_OK);
	assert_int_equal(n, kept);
	store_close(s);
}

/* ---- every statement of the list by an index ---- */

static char *seen[1024];
static size_t nseen;

static int trace(unsigned type, void *ctx, void *p, void *x)
{
	(void)ctx;
	(void)x;
	if (type == SQLITE_TRACE_STMT && nseen < sizeof seen / sizeof seen[0]) {
		const char *sql = sqlite3_sql(p);
		/* the store's statements, not FTS5's own on its shadow tables */
		if (sql && strncmp(sql, "SELECT", 6) == 0 && (strstr(sql, "incident i") || strstr(sql, "incident_tally")))
			seen[nseen++] = strdup(sql);
	}
	return 0;
}

static int no_row(void *ctx, const incident *x)
{
	(void)ctx;
	(void)x;
	return 0;
}

/* d is a scan of that table (not of another whose name begins so) */
static int scans(const char *d, const char *what)
{
	size_t n = strlen(what);
	return strncmp(d, what, n) == 0 && (d[n] == '\0' || d[n] == ' ');
}

static void test_statements_use_indexes(void **state)
{
	(void)state;
	store *s = seeded();
	gg_err err;
	size_t n, c[ST__COUNT];
	sqlite3_trace_v2(s->db, SQLITE_TRACE_STMT, trace, NULL);
	/* what the list screen, list and search ask, each filter alone and
	 * together, each way, with and without a key */
	static const int states[] = { -1, ST_OPEN, FILTER_STATE_ACTIVE };
	static const char *const causes[] = { NULL, "listrik" };
	static const char *const queries[] = { NULL, "pem", "pemadaman server" };
	for (size_t a = 0; a < 3; a++)
		for (size_t b = 0; b < 2; b++)
			for (size_t q = 0; q < 3; q++)
				for (int year = 0; year <= 2018; year += 2018)
					for (int k = 0; k < 4; k++) {
						incident_filter f = { .state = states[a], .cause = causes[b], .query = queries[q],
						                      .year = year, .tz_offset = 25200, .limit = 18,
						                      .newest_first = k & 1, .backward = k >> 1,
						                      .has_after = k != 0, .after = { T0, 3 } };
						assert_int_equal(store_incident_each(s, &f, no_row, NULL, &err), GG_OK);
						if (q)
							assert_int_equal(store_incident_count_upto(s, &f, 1000, &n, &err), GG_OK);
						else
							assert_int_equal(store_incident_tally(s, &f, c, &err), GG_OK);
					}
	sqlite3_trace_v2(s->db, 0, NULL, NULL);
	assert_true(nseen > 200 && nseen < sizeof seen / sizeof seen[0]);
	for (size_t i = 0; i < nseen; i++) {
		char *q = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", seen[i]);
		sqlite3_stmt *st;
		assert_int_equal(sqlite3_prepare_v2(s->db, q, -1, &st, NULL), SQLITE_OK);
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *d = (const char *)sqlite3_column_text(st, 3);
			/* a scan of incident (or of an index of it, which is a scan
			 * too without an ORDER BY to stop it) or a sort of the rows */
			/* walking the start's index is the list's order, stopped by
			 * LIMIT; under a state or cause filter it would be a scan */
			int walk_ok = strstr(d, "USING INDEX incident_by_start") && !strstr(seen[i], "AND i.cause") &&
			              !strstr(seen[i], "AND i.state");
			int bad = (scans(d, "SCAN i") && !walk_ok) ||
			          scans(d, "SCAN incident") || strstr(d, "USE TEMP B-TREE FOR ORDER BY");
			if (bad)
				fail_msg("%s\n  plan: %s", seen[i], d);
		}
		sqlite3_finalize(st);
		sqlite3_free(q);
		free(seen[i]);
	}
	store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_keyset_pages_with_ties, setup, teardown),
		cmocka_unit_test_setup_teardown(test_capped_count, setup, teardown),
		cmocka_unit_test_setup_teardown(test_tally_follows_writes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_statements_use_indexes, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
