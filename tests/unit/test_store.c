/* The SQLite store: lifecycle, numbering, audit, immutability, refusal of
 * files that are not ours, migrations, search, conflicts. */
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
#include <sys/stat.h>
#include <unistd.h>

#include "docnum.h"
#include "idtime.h"
#include "sha256.h"
#include "store.h"
#include "store_internal.h"

static char dir[256];
static char path[300];
static int64_t fake_now;
static const store_actor actor = { .user = "operator", .client = "10.0.0.9" };

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

static int render_calls;

static int test_render(void *ctx, const doc_request *req, char **number, char **text, char **values,
                       gg_err *err)
{
	(void)err;
	const char *fmt = ctx ? ctx : "{seq}/TEST/{month_roman}/{year}";
	char num[100];
	render_calls++;
	assert_int_equal(docnum_render(fmt, "X", req->seq, req->year, req->month, num, sizeof num), 0);
	*number = strdup(num);
	char t[300];
	snprintf(t, sizeof t, "%s %s events=%zu revokes=%s", doc_kind_name(req->kind), num,
	         req->events->n, req->revokes ? req->revokes->number : "-");
	*text = strdup(t);
	*values = strdup("{}");
	return GG_OK;
}

static int failing_render(void *ctx, const doc_request *req, char **number, char **text,
                          char **values, gg_err *err)
{
	(void)ctx, (void)req, (void)number, (void)text, (void)values;
	return gg_fail(err, GG_ECONFIG, "template broken");
}

static int const_render(void *ctx, const doc_request *req, char **number, char **text, char **values,
                        gg_err *err)
{
	(void)ctx, (void)req, (void)err;
	*number = strdup("SAMA/2018");
	*text = strdup("t");
	*values = strdup("{}");
	return GG_OK;
}

static int setup(void **state)
{
	(void)state;
	scratch_make(dir, sizeof dir, path, sizeof path, "gg-store");
	fake_now = wib("2018-02-05 12:00");
	render_calls = 0;
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
	assert_int_equal(store_open(path, STORE_CREATE, &actor, &s, &err), GG_OK);
	store_set_clock(s, clock_fn);
	return s;
}

static int64_t report(store *s, const char *start)
{
	int64_t id;
	gg_err err;
	incident_new in = { .summary = "SPSE tidak dapat diakses", .cause = "listrik", .started = wib(start) };
	assert_int_equal(store_incident_report(s, &in, &id, &err), GG_OK);
	return id;
}

static size_t audit_count(store *s)
{
	audit_list l;
	gg_err err;
	assert_int_equal(store_audit(s, 0, &l, &err), GG_OK);
	size_t n = l.n;
	audit_list_free(&l);
	return n;
}

static incident_state state_of(store *s, int64_t id, int64_t *version)
{
	incident x;
	gg_err err;
	assert_int_equal(store_incident_get(s, id, &x, &err), GG_OK);
	incident_state st = x.state;
	if (version)
		*version = x.version;
	incident_free(&x);
	return st;
}

/* STRICT tables need 3.37.0: an older library at run time is refused by
 * name, not with SQLite's "near STRICT: syntax error". */
static void test_sqlite_minimum(void **state)
{
	(void)state;
	gg_err err;
	assert_int_equal(store_require_sqlite(3037000, &err), GG_OK);
	assert_int_equal(store_require_sqlite(3040001, &err), GG_OK);
	assert_int_equal(store_require_sqlite(3036999, &err), GG_EUNAVAILABLE);
	assert_non_null(strstr(err.msg, "SQLite 3.36.999 terlalu tua"));
	assert_non_null(strstr(err.msg, "3.37 atau lebih baru"));
	assert_int_equal(store_require_sqlite(3031001, &err), GG_EUNAVAILABLE);
	assert_non_null(strstr(err.msg, "SQLite 3.31.1"));
}

static void test_full_lifecycle(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	document d1, d2;
	assert_int_equal(store_schema_version(s), store_schema_latest());
	int64_t id = report(s, "2018-02-03 14:30");
	assert_int_equal(state_of(s, id, NULL), ST_REPORTED);
	assert_int_equal(store_incident_open(s, id, 0, wib("2018-02-03 15:00"), test_render, NULL, &d1, &err), GG_OK);
	assert_string_equal(d1.number, "001/TEST/II/2018");
	assert_int_equal(d1.kind, DOC_OPENING);
	event_new ev = { .at = wib("2018-02-03 15:10"), .text = "server aktif" };
	assert_int_equal(store_event_add(s, id, &ev, NULL, &err), GG_OK);
	assert_int_equal(store_incident_restore(s, id, 0, wib("2018-02-04 09:00"), &err), GG_OK);
	assert_int_equal(store_incident_close(s, id, 0, wib("2018-02-04 10:00"), test_render, NULL, &d2, &err), GG_OK);
	assert_string_equal(d2.number, "002/TEST/II/2018");
	assert_int_equal(d2.kind, DOC_CLOSING);
	assert_int_equal(d2.revokes, d1.id);
	assert_string_equal(d2.text, "closing 002/TEST/II/2018 events=1 revokes=001/TEST/II/2018");
	char hex[65];
	sha256_hex(d2.text, strlen(d2.text), hex);
	assert_string_equal(d2.sha256, hex);
	assert_int_equal(state_of(s, id, NULL), ST_CLOSED);

	document again;
	assert_int_equal(store_doc_by_number(s, "002 / test/ii/2018", &again, &err), GG_OK);
	assert_string_equal(again.text, d2.text);
	document_free(&again);
	/* report, open+issue, event, restore, close+issue */
	assert_int_equal(audit_count(s), 1 + 7);
	document_free(&d1);
	document_free(&d2);
	store_close(s);
}

/* Every step from every state: the allowed ones succeed, the others are
 * refused with a reason, and nothing is written. */
static void test_every_transition(void **state)
{
	(void)state;
	static const incident_step steps[] = { STEP_OPEN, STEP_RESTORE, STEP_CLOSE, STEP_VOID, STEP_EVENT };
	static const int allowed[ST__COUNT][5] = {
		[ST_REPORTED] = { 1, 0, 0, 1, 0 },
		[ST_OPEN] = { 0, 1, 0, 0, 1 },
		[ST_RESTORED] = { 0, 0, 1, 0, 1 },
		[ST_CLOSED] = { 0, 0, 0, 0, 0 },
		[ST_VOID] = { 0, 0, 0, 0, 0 },
	};
	store *s = open_new();
	gg_err err;
	for (int from = 0; from < ST__COUNT; from++) {
		for (size_t k = 0; k < 5; k++) {
			int64_t id = report(s, "2018-02-03 14:30");
			/* bring it to `from` */
			if (from == ST_VOID)
				assert_int_equal(store_incident_void(s, id, 0, "salah lapor", &err), GG_OK);
			if (from >= ST_OPEN && from <= ST_CLOSED)
				assert_int_equal(store_incident_open(s, id, 0, wib("2018-02-03 15:00"), NULL, NULL, NULL, &err), GG_OK);
			if (from >= ST_RESTORED && from <= ST_CLOSED)
				assert_int_equal(store_incident_restore(s, id, 0, wib("2018-02-03 16:00"), &err), GG_OK);
			if (from == ST_CLOSED)
				assert_int_equal(store_incident_close(s, id, 0, wib("2018-02-03 17:00"), NULL, NULL, NULL, &err), GG_OK);
			assert_int_equal(state_of(s, id, NULL), from);
			int64_t v0;
			state_of(s, id, &v0);
			size_t a0 = audit_count(s);
			int64_t at = wib("2018-02-04 08:00");
			event_new ev = { .at = at, .text = "x" };
			int rc;
			switch (steps[k]) {
			case STEP_OPEN: rc = store_incident_open(s, id, 0, at, NULL, NULL, NULL, &err); break;
			case STEP_RESTORE: rc = store_incident_restore(s, id, 0, at, &err); break;
			case STEP_CLOSE: rc = store_incident_close(s, id, 0, at, NULL, NULL, NULL, &err); break;
			case STEP_VOID: rc = store_incident_void(s, id, 0, "alasan", &err); break;
			default: rc = store_event_add(s, id, &ev, NULL, &err); break;
			}
			if (allowed[from][k]) {
				assert_int_equal(rc, GG_OK);
				assert_true(audit_count(s) > a0);
			} else {
				assert_int_equal(rc, GG_EDATA);
				assert_non_null(strstr(err.msg, "tidak dapat"));
				int64_t v1;
				assert_int_equal(state_of(s, id, &v1), from);
				assert_int_equal(v1, v0);
				assert_int_equal(audit_count(s), a0);
			}
		}
	}
	store_close(s);
}

static void test_times_refused(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	int64_t id = report(s, "2018-02-03 14:30");
	assert_int_equal(store_incident_open(s, id, 0, wib("2018-02-03 14:00"), NULL, NULL, NULL, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "sebelum awal"));
	assert_int_equal(store_incident_open(s, id, 0, wib("2018-02-03 15:00"), NULL, NULL, NULL, &err), GG_OK);
	event_new before = { .at = wib("2018-02-03 14:29"), .text = "terlalu awal" };
	assert_int_equal(store_event_add(s, id, &before, NULL, &err), GG_EDATA);
	event_new future = { .at = fake_now + 60, .text = "masa depan" };
	assert_int_equal(store_event_add(s, id, &future, NULL, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "masa depan"));
	event_new ctrl = { .at = wib("2018-02-03 15:00"), .text = "ada \x1b[31m escape" };
	assert_int_equal(store_event_add(s, id, &ctrl, NULL, &err), GG_EDATA);
	event_list l;
	assert_int_equal(store_events(s, id, &l, &err), GG_OK);
	assert_int_equal(l.n, 0);
	event_list_free(&l);
	assert_int_equal(store_incident_restore(s, id, 0, wib("2018-02-04 09:00"), &err), GG_OK);
	assert_int_equal(store_incident_close(s, id, 0, wib("2018-02-04 08:00"), NULL, NULL, NULL, &err), GG_EDATA);
	incident_new late = { .summary = "x", .cause = "listrik", .started = fake_now + 3600 };
	int64_t nid;
	assert_int_equal(store_incident_report(s, &late, &nid, &err), GG_EDATA);
	incident_new badcause = { .summary = "x", .cause = "gempa", .started = fake_now };
	assert_int_equal(store_incident_report(s, &badcause, &nid, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "gempa"));
	store_close(s);
}

static void test_numbering_shared_gapless(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	document d;
	int64_t a = report(s, "2018-02-03 14:30"), b = report(s, "2018-02-03 14:40");
	const char *want[] = { "001/TEST/II/2018", "002/TEST/II/2018", "003/TEST/II/2018", "004/TEST/II/2018" };
	int k = 0;
	assert_int_equal(store_incident_open(s, a, 0, wib("2018-02-03 15:00"), test_render, NULL, &d, &err), GG_OK);
	assert_string_equal(d.number, want[k++]);
	document_free(&d);
	assert_int_equal(store_incident_open(s, b, 0, wib("2018-02-03 15:05"), test_render, NULL, &d, &err), GG_OK);
	assert_string_equal(d.number, want[k++]);
	document_free(&d);
	assert_int_equal(store_incident_restore(s, b, 0, wib("2018-02-03 16:00"), &err), GG_OK);
	/* A failed render issues nothing and uses no number. */
	assert_int_equal(store_incident_close(s, b, 0, wib("2018-02-03 17:00"), failing_render, NULL, &d, &err), GG_ECONFIG);
	assert_int_equal(state_of(s, b, NULL), ST_RESTORED);
	assert_int_equal(store_incident_close(s, b, 0, wib("2018-02-03 17:00"), test_render, NULL, &d, &err), GG_OK);
	assert_string_equal(d.number, want[k++]);
	document_free(&d);
	assert_int_equal(store_incident_restore(s, a, 0, wib("2018-02-03 16:00"), &err), GG_OK);
	assert_int_equal(store_incident_close(s, a, 0, wib("2018-02-04 08:00"), test_render, NULL, &d, &err), GG_OK);
	assert_string_equal(d.number, want[k++]);
	document_free(&d);
	store_close(s);
}

static void test_numbering_year_rollover_and_set_next(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	document d;
	int next;
	fake_now = wib("2019-01-02 12:00");
	assert_int_equal(store_counter_set(s, 2018, 22, &err), GG_OK);
	assert_int_equal(store_counter_next(s, 2018, &next, &err), GG_OK);
	assert_int_equal(next, 22);
	/* once only */
	assert_int_equal(store_counter_set(s, 2018, 30, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "sekali"));
	int64_t a = report(s, "2018-12-31 23:00");
	assert_int_equal(store_incident_open(s, a, 0, wib("2018-12-31 23:30"), test_render, NULL, &d, &err), GG_OK);
	assert_string_equal(d.number, "022/TEST/XII/2018");
	document_free(&d);
	assert_int_equal(store_incident_restore(s, a, 0, wib("2019-01-01 00:30"), &err), GG_OK);
	assert_int_equal(store_incident_close(s, a, 0, wib("2019-01-01 01:00"), test_render, NULL, &d, &err), GG_OK);
	assert_string_equal(d.number, "001/TEST/I/2019");
	document_free(&d);
	/* never below an issued number */
	assert_int_equal(store_counter_set(s, 2019, 1, &err), GG_EDATA);
	/* a jump past an issued number is explained, or refused */
	assert_int_equal(store_counter_set(s, 2019, 5, &err), GG_EUSAGE);
	assert_int_equal(store_counter_jump(s, 2019, 5, "buku agenda kertas", &err), GG_OK);
	assert_int_equal(store_counter_next(s, 2019, &next, &err), GG_OK);
	assert_int_equal(next, 5);
	/* numbers follow dates: nothing dated before the last issue of a year */
	int64_t b = report(s, "2018-12-31 23:00");
	assert_int_equal(store_incident_open(s, b, 0, wib("2019-01-01 00:45"), test_render, NULL, &d, &err),
	                 GG_EDATA);
	assert_non_null(strstr(err.msg, "001/TEST/I/2019"));
	assert_int_equal(store_counter_next(s, 2019, &next, &err), GG_OK);
	assert_int_equal(next, 5);
	store_close(s);
}

static void test_zone_decides_the_year(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	document d;
	fake_now = wib("2019-01-02 12:00");
	/* 23:30 WIB on 31 Dec is 01:30 WIT on 1 Jan */
	store_set_utc_offset(s, 9 * 3600);
	int64_t b = report(s, "2018-12-31 23:00");
	assert_int_equal(store_incident_open(s, b, 0, wib("2018-12-31 23:30"), test_render, NULL, &d, &err), GG_OK);
	assert_string_equal(d.number, "001/TEST/I/2019");
	document_free(&d);
	store_close(s);
}

static void test_duplicate_number_refused(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	document d;
	int64_t a = report(s, "2018-02-03 14:30"), b = report(s, "2018-02-03 14:30");
	/* a renderer that repeats a number: the store refuses the second */
	assert_int_equal(store_incident_open(s, a, 0, wib("2018-02-03 15:00"), const_render, NULL, &d, &err), GG_OK);
	document_free(&d);
	assert_int_equal(store_incident_open(s, b, 0, wib("2018-02-03 15:00"), const_render, NULL, &d, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "sudah dipakai"));
	assert_int_equal(state_of(s, b, NULL), ST_REPORTED);
	store_close(s);
}

static void test_preview_writes_nothing(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	char *number, *text;
	int64_t a = report(s, "2018-02-03 14:30");
	size_t a0 = audit_count(s);
	assert_int_equal(store_doc_preview(s, a, DOC_OPENING, wib("2018-02-03 15:00"), test_render, NULL, &number, &text, &err), GG_OK);
	assert_string_equal(number, "001/TEST/II/2018");
	free(number);
	free(text);
	assert_int_equal(audit_count(s), a0);
	int next;
	assert_int_equal(store_counter_next(s, 2018, &next, &err), GG_OK);
	assert_int_equal(next, 1);
	assert_int_equal(state_of(s, a, NULL), ST_REPORTED);
	store_close(s);
}

/* Another operator's process on the same register, and a clock for the
 * first that lets it write at the moment "now" is read. */
static store *intruder;
static int64_t intruder_incident;
static int intruder_rc;
static char intruder_number[100];

static int64_t later_fn(void)
{
	return fake_now + 3600;
}

static store *open_other(void)
{
	store *o;
	gg_err err;
	assert_int_equal(store_open(path, 0, &actor, &o, &err), GG_OK);
	store_set_clock(o, later_fn);
	store_set_busy_timeout(o, 0);   /* a held lock is GG_EBUSY at once */
	return o;
}

/* Reads "now" as the store asks, and at that moment lets the intruder
 * issue a letter dated a minute later (once). */
static int64_t racing_clock(void)
{
	if (intruder) {
		store *o = intruder;
		document d;
		gg_err err;
		intruder = NULL;
		intruder_rc = store_incident_open(o, intruder_incident, 0, fake_now + 60, test_render, NULL, &d, &err);
		if (intruder_rc == GG_OK) {
			snprintf(intruder_number, sizeof intruder_number, "%s", d.number);
			document_free(&d);
		}
	}
	return fake_now;
}

/* The clock race, made deterministic: a default time ("now", at 0) read
 * before the write transaction could be older than a letter another
 * process issues in between, and be refused by the order of dates
 * (GG_EDATA) for a time nobody typed.  Read inside, the other process
 * finds the register locked (GG_EBUSY: try again) and issues after. */
static void test_default_time_read_inside_transaction(void **state)
{
	(void)state;
	store *s = open_new(), *o = open_other();
	gg_err err;
	document d;
	int64_t a = report(s, "2018-02-05 11:00"), b = report(s, "2018-02-05 11:00");
	intruder = o;
	intruder_incident = b;
	intruder_rc = -1;
	store_set_clock(s, racing_clock);
	assert_int_equal(store_incident_open(s, a, 0, 0, test_render, NULL, &d, &err), GG_OK);
	assert_null(intruder);   /* the clock was read */
	assert_int_equal(intruder_rc, GG_EBUSY);
	assert_int_equal(d.issued, fake_now);
	assert_string_equal(d.number, "001/TEST/II/2018");
	document_free(&d);
	/* the other process's retry comes after, as its date says */
	assert_int_equal(store_incident_open(o, b, 0, fake_now + 60, test_render, NULL, &d, &err), GG_OK);
	assert_string_equal(d.number, "002/TEST/II/2018");
	document_free(&d);
	/* restore's default time likewise */
	store_set_clock(s, clock_fn);
	fake_now += 120;
	assert_int_equal(store_incident_restore(s, a, 0, 0, &err), GG_OK);
	incident x;
	assert_int_equal(store_incident_get(s, a, &x, &err), GG_OK);
	assert_int_equal(x.t.restored, fake_now);
	incident_free(&x);
	store_close(o);
	store_close(s);
}

/* The preview race: what was previewed is what is issued, or nothing is. */
static void test_issue_insists_on_the_preview(void **state)
{
	(void)state;
	store *s = open_new(), *o = open_other();
	gg_err err;
	document d;
	char *number, *text;
	int64_t a = report(s, "2018-02-05 11:00"), b = report(s, "2018-02-05 11:00");
	assert_int_equal(store_doc_preview(s, a, DOC_OPENING, 0, test_render, NULL, &number, &text, &err), GG_OK);
	assert_string_equal(number, "001/TEST/II/2018");
	/* meanwhile another operator issues 001 */
	assert_int_equal(store_incident_open(o, b, 0, fake_now, test_render, NULL, &d, &err), GG_OK);
	assert_string_equal(d.number, "001/TEST/II/2018");
	document_free(&d);
	size_t a0 = audit_count(s);
	doc_seen seen = { number, text };
	assert_int_equal(store_incident_issue(s, STEP_OPEN, a, 0, 0, &seen, test_render, NULL, &d, &err), GG_EBUSY);
	assert_non_null(strstr(err.msg, "001/TEST/II/2018 yang dipratinjau sudah diterbitkan"));
	assert_non_null(strstr(err.msg, "002/TEST/II/2018"));
	assert_non_null(strstr(err.msg, "coba lagi"));
	assert_int_equal(state_of(s, a, NULL), ST_REPORTED);
	assert_int_equal(audit_count(s), a0);
	free(number);
	free(text);
	/* the new preview, confirmed, is issued */
	assert_int_equal(store_doc_preview(s, a, DOC_OPENING, 0, test_render, NULL, &number, &text, &err), GG_OK);
	assert_string_equal(number, "002/TEST/II/2018");
	seen = (doc_seen){ number, text };
	assert_int_equal(store_incident_issue(s, STEP_OPEN, a, 0, 0, &seen, test_render, NULL, &d, &err), GG_OK);
	assert_string_equal(d.number, "002/TEST/II/2018");
	assert_string_equal(d.text, text);
	document_free(&d);
	free(number);
	free(text);
	/* same number, other text: a chronology line added since the preview */
	event_new ev = { .at = fake_now, .text = "server dinyalakan ulang" };
	assert_int_equal(store_event_add(s, a, &ev, NULL, &err), GG_OK);
	fake_now += 60;
	assert_int_equal(store_incident_restore(s, a, 0, 0, &err), GG_OK);
	assert_int_equal(store_doc_preview(s, a, DOC_CLOSING, 0, test_render, NULL, &number, &text, &err), GG_OK);
	ev.text = "catatan operator lain";
	assert_int_equal(store_event_add(o, a, &ev, NULL, &err), GG_OK);
	seen = (doc_seen){ number, text };
	assert_int_equal(store_incident_issue(s, STEP_CLOSE, a, 0, 0, &seen, test_render, NULL, &d, &err), GG_EBUSY);
	assert_non_null(strstr(err.msg, "berubah sejak pratinjau"));
	assert_int_equal(state_of(s, a, NULL), ST_RESTORED);
	/* without a preview (the CLI) it is issued as it is now */
	assert_int_equal(store_incident_issue(s, STEP_CLOSE, a, 0, 0, NULL, test_render, NULL, &d, &err), GG_OK);
	assert_non_null(strstr(d.text, "events=2"));
	document_free(&d);
	free(number);
	free(text);
	store_close(o);
	store_close(s);
}

static int exec_sql(const char *sql)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

static void test_audit_and_documents_immutable(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	document d;
	int64_t a = report(s, "2018-02-03 14:30");
	assert_int_equal(store_incident_open(s, a, 0, wib("2018-02-03 15:00"), test_render, NULL, &d, &err), GG_OK);
	document_free(&d);
	store_close(s);
	assert_int_not_equal(exec_sql("UPDATE audit SET unix_user = 'x'"), SQLITE_OK);
	assert_int_not_equal(exec_sql("DELETE FROM audit"), SQLITE_OK);
	assert_int_not_equal(exec_sql("UPDATE document SET text = 'forged'"), SQLITE_OK);
	assert_int_not_equal(exec_sql("DELETE FROM document"), SQLITE_OK);
	s = open_new();
	assert_int_equal(store_doc_by_number(s, "001/TEST/II/2018", &d, &err), GG_OK);
	assert_string_equal(d.text, "opening 001/TEST/II/2018 events=0 revokes=-");
	document_free(&d);
	assert_int_equal(audit_count(s), 4);   /* init, report, issue, open */
	store_close(s);
}

/* The plan of a statement as one string, a line per step. */
static void query_plan(store *s, const char *sql, char *out, size_t n)
{
	char q[4000];
	sqlite3_stmt *st;
	snprintf(q, sizeof q, "EXPLAIN QUERY PLAN %s", sql);
	assert_int_equal(sqlite3_prepare_v2(s->db, q, -1, &st, NULL), SQLITE_OK);
	size_t len = 0;
	out[0] = '\0';
	while (sqlite3_step(st) == SQLITE_ROW && len < n)
		len += (size_t)snprintf(out + len, n - len, "%s\n", (const char *)sqlite3_column_text(st, 3));
	sqlite3_finalize(st);
}

/* One incident's letters and audit, and one year's register, are found by
 * an index: a SCAN of the table would make `show ID` and the Dokumen and
 * Audit tabs cost the size of the register. */
static void test_one_incident_reads_by_index(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	document d1, d2;
	char plan[4000];
	int64_t a = report(s, "2018-02-03 14:30"), b = report(s, "2018-02-05 08:00");
	assert_int_equal(store_incident_open(s, a, 0, wib("2018-02-03 15:00"), test_render, NULL, &d1, &err), GG_OK);
	assert_int_equal(store_incident_restore(s, a, 0, wib("2018-02-04 09:00"), &err), GG_OK);
	assert_int_equal(store_incident_close(s, a, 0, wib("2018-02-04 10:00"), test_render, NULL, &d2, &err), GG_OK);
	document_free(&d1);
	assert_int_equal(store_incident_open(s, b, 0, wib("2018-02-05 09:00"), test_render, NULL, &d1, &err), GG_OK);

	static const struct { int year, incident; const char *search; } docs[] = {
		{ 0, 1, "SEARCH d USING INDEX document_by_incident (incident_id=?)" },
		{ 1, 1, "SEARCH d USING INDEX document_by_incident (incident_id=?)" },
		{ 1, 0, "SEARCH d USING INDEX sqlite_autoindex_document_2 (year=?)" },
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		query_plan(s, st_doc_rows_sql(docs[i].year, docs[i].incident), plan, sizeof plan);
		if (!strstr(plan, docs[i].search))
			print_message("plan %zu:\n%s", i, plan);
		assert_non_null(strstr(plan, docs[i].search));
		assert_null(strstr(plan, "SCAN"));
	}
	query_plan(s, st_audit_sql(1), plan, sizeof plan);
	assert_non_null(strstr(plan, "INDEX audit_by_incident (incident_id=?)"));
	assert_null(strstr(plan, "SCAN"));
	/* every issue reads the year's latest letter: by index, not a scan
	 * of the register (and no sort) */
	query_plan(s, st_issue_order_sql, plan, sizeof plan);
	if (!strstr(plan, "INDEX document_by_year_issued (year=?)"))
		print_message("issue order plan:\n%s", plan);
	assert_non_null(strstr(plan, "INDEX document_by_year_issued (year=?)"));
	assert_null(strstr(plan, "SCAN"));
	assert_null(strstr(plan, "TEMP B-TREE"));
	/* the tenders an incident may have hit: from the stages in its window
	 * by start, never a scan of every tender or stage */
	for (int open = 0; open < 2; open++) {
		query_plan(s, st_hits_sql(open), plan, sizeof plan);
		if (!strstr(plan, "stage_by_start (start_at>?") || strstr(plan, "SCAN t") || strstr(plan, "SCAN g"))
			print_message("hits plan (open %d):\n%s", open, plan);
		assert_non_null(strstr(plan, "stage_by_start (start_at>?"));
		assert_null(strstr(plan, "SCAN t"));
		assert_null(strstr(plan, "SCAN g"));
	}
	/* the incidents that may have hit one tender: by start from its
	 * stages, never a scan of every incident (nor of every stage) */
	char sql[1536];
	query_plan(s, st_tender_incidents_sql(1, sql, sizeof sql), plan, sizeof plan);
	if (strstr(plan, "SCAN i") || strstr(plan, "SCAN incident") || strstr(plan, "SCAN g") ||
	    !strstr(plan, "incident_by_length") || !strstr(plan, "incident_unrestored"))
		print_message("tender incidents plan:\n%s", plan);
	assert_null(strstr(plan, "SCAN i"));
	assert_null(strstr(plan, "SCAN incident"));
	assert_null(strstr(plan, "SCAN g"));
	assert_non_null(strstr(plan, "incident_by_length"));
	assert_non_null(strstr(plan, "incident_unrestored"));

	/* and each case finds what it names */
	doc_row_list l;
	assert_int_equal(store_docs(s, 0, a, &l, &err), GG_OK);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.v[0].number, "001/TEST/II/2018");
	assert_null(l.v[0].revokes_number);
	assert_string_equal(l.v[1].number, d2.number);
	assert_string_equal(l.v[1].sha256, d2.sha256);
	assert_string_equal(l.v[1].revokes_number, "001/TEST/II/2018");
	doc_row_list_free(&l);
	assert_int_equal(store_docs(s, 2018, b, &l, &err), GG_OK);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].number, d1.number);
	doc_row_list_free(&l);
	assert_int_equal(store_docs(s, 2019, 0, &l, &err), GG_OK);
	assert_int_equal(l.n, 0);
	doc_row_list_free(&l);
	assert_int_equal(store_docs(s, 2018, 0, &l, &err), GG_OK);
	assert_int_equal(l.n, 3);
	doc_row_list_free(&l);
	audit_list al;
	assert_int_equal(store_audit(s, b, &al, &err), GG_OK);
	assert_int_equal(al.n, 3);   /* report, issue, open */
	for (size_t i = 0; i < al.n; i++)
		assert_int_equal(al.v[i].incident_id, b);
	audit_list_free(&al);
	assert_int_equal(audit_count(s), 1 + 2 + 5 + 2);   /* init, reports, a: issue open restore issue close, b: issue open */
	document_free(&d1);
	document_free(&d2);
	store_close(s);
}

static void count_finding(void *ctx, const char *f)
{
	(void)f;
	(*(int *)ctx)++;
}

static void test_check_finds_tampering(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	document d;
	int n = 0;
	int64_t a = report(s, "2018-02-03 14:30");
	assert_int_equal(store_incident_open(s, a, 0, wib("2018-02-03 15:00"), test_render, NULL, &d, &err), GG_OK);
	document_free(&d);
	assert_int_equal(store_check(s, count_finding, &n, &err), 0);
	store_close(s);
	/* Someone drops the trigger and edits the text behind our back, and
	 * leaves a gap in the numbering. */
	assert_int_equal(exec_sql("DROP TRIGGER document_immutable_update;"
	                          "UPDATE document SET text = 'forged';"
	                          "INSERT INTO document(incident_id, kind, year, month, seq, number, number_canon,"
	                          " issued_at, text, sha256, doc_values) SELECT incident_id, 'closing', 2018, 2, 5,"
	                          " 'x5', 'X5', issued_at, 't', '', '{}' FROM document"), SQLITE_OK);
	s = open_new();
	n = 0;
	/* the gap 002-004, two fingerprints, the counter behind number 005,
	 * and 005 without an issue row in the audit chain */
	assert_int_equal(store_check(s, count_finding, &n, &err), 5);
	store_close(s);
}

static void file_digest(char out[65])
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	static char buf[1 << 20];
	size_t n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	sha256_hex(buf, n, out);
}

static void test_refuses_foreign_files(void **state)
{
	(void)state;
	store *s;
	gg_err err;
	char before[65], after[65];

	assert_int_equal(store_open(path, 0, &actor, &s, &err), GG_ENOTFOUND);
	assert_null(s);
	/* newer version */
	store_close(open_new());
	assert_int_equal(exec_sql("PRAGMA user_version = 99"), SQLITE_OK);
	file_digest(before);
	assert_int_equal(store_open(path, STORE_CREATE, &actor, &s, &err), GG_ECONFIG);
	assert_non_null(strstr(err.msg, "lebih baru"));
	file_digest(after);
	assert_string_equal(before, after);
	/* another program's database */
	unlink(path);
	assert_int_equal(exec_sql("CREATE TABLE mine(x)"), SQLITE_OK);
	assert_int_equal(store_open(path, STORE_CREATE, &actor, &s, &err), GG_EIO);
	assert_non_null(strstr(err.msg, "bukan milik gangguan"));
	/* not a database at all */
	unlink(path);
	FILE *f = fopen(path, "w");
	fputs("this is not a database, just a text file that is long enough to have a header......\n", f);
	fclose(f);
	assert_int_equal(store_open(path, STORE_CREATE, &actor, &s, &err), GG_EIO);
	/* read-only open refuses writes with a clear message */
	unlink(path);
	store_close(open_new());
	assert_int_equal(store_open(path, STORE_READONLY, &actor, &s, &err), GG_OK);
	int64_t id;
	incident_new in = { .summary = "x", .cause = "listrik", .started = 1 };
	assert_int_equal(store_incident_report(s, &in, &id, &err), GG_ECANTCREAT);
	assert_non_null(strstr(err.msg, "hanya dapat dibaca"));
	store_close(s);
}

static void test_migrates_older_database(void **state)
{
	(void)state;
	sqlite3 *db;
	char sql[200];
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, store_migrations[0].sql, NULL, NULL, NULL), SQLITE_OK);
	snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = 1", 0x4767556e);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
		"INSERT INTO incident(state, summary, cause, started_at, created_at)"
		" VALUES ('reported', 'Café server mati', 'listrik', 1517643000, 1517643000)", NULL, NULL, NULL),
		SQLITE_OK);
	sqlite3_close(db);
	store *s = open_new();
	assert_int_equal(store_schema_version(s), store_schema_latest());
	incident_filter f = { .state = -1, .query = "cafe" };
	incident_list l;
	gg_err err;
	assert_int_equal(store_incident_list(s, &f, &l, &err), GG_OK);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].summary, "Café server mati");
	incident_list_free(&l);
	store_close(s);
}

static void test_search_and_filters(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	incident_list l;
	size_t n;
	int64_t a = report(s, "2018-02-03 14:30");
	int64_t b = report(s, "2017-12-31 23:30");
	assert_int_equal(store_incident_open(s, a, 0, wib("2018-02-03 15:00"), NULL, NULL, NULL, &err), GG_OK);
	event_new ev = { .at = wib("2018-02-03 15:10"), .text = "pemadaman listrik PLN" };
	assert_int_equal(store_event_add(s, a, &ev, NULL, &err), GG_OK);
	incident_filter f = { .state = -1, .query = "pln" };
	assert_int_equal(store_incident_list(s, &f, &l, &err), GG_OK);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].id, a);
	incident_list_free(&l);
	/* a query with FTS syntax in it is plain words, not an error */
	incident_filter g = { .state = -1, .query = "\"AND( *" };
	assert_int_equal(store_incident_list(s, &g, &l, &err), GG_OK);
	incident_list_free(&l);
	incident_filter y = { .state = -1, .year = 2017, .tz_offset = 7 * 3600 };
	assert_int_equal(store_incident_count(s, &y, &n, &err), GG_OK);
	assert_int_equal(n, 1);
	incident_filter byst = { .state = ST_OPEN };
	assert_int_equal(store_incident_list(s, &byst, &l, &err), GG_OK);
	assert_int_equal(l.n, 1);
	incident_list_free(&l);
	incident_filter page = { .state = -1, .newest_first = 1, .limit = 1, .offset = 1 };
	assert_int_equal(store_incident_list(s, &page, &l, &err), GG_OK);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].id, b);
	incident_list_free(&l);
	store_close(s);
}

static void test_conflict_and_busy(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	int64_t v;
	int64_t a = report(s, "2018-02-03 14:30");
	state_of(s, a, &v);
	assert_int_equal(store_incident_void(s, a, v + 1, "x", &err), GG_EBUSY);
	assert_non_null(strstr(err.msg, "pengguna lain"));
	/* another process holds the write lock */
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	store_set_busy_timeout(s, 50);
	assert_int_equal(store_incident_void(s, a, v, "x", &err), GG_EBUSY);
	assert_non_null(strstr(err.msg, "dikunci"));
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db);
	assert_int_equal(store_incident_void(s, a, v, "salah lapor", &err), GG_OK);
	store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_full_lifecycle, setup, teardown),
		cmocka_unit_test_setup_teardown(test_every_transition, setup, teardown),
		cmocka_unit_test_setup_teardown(test_times_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_numbering_shared_gapless, setup, teardown),
		cmocka_unit_test_setup_teardown(test_numbering_year_rollover_and_set_next, setup, teardown),
		cmocka_unit_test_setup_teardown(test_zone_decides_the_year, setup, teardown),
		cmocka_unit_test_setup_teardown(test_duplicate_number_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_preview_writes_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_audit_and_documents_immutable, setup, teardown),
		cmocka_unit_test_setup_teardown(test_one_incident_reads_by_index, setup, teardown),
		cmocka_unit_test_setup_teardown(test_check_finds_tampering, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_foreign_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrates_older_database, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_and_filters, setup, teardown),
		cmocka_unit_test_setup_teardown(test_conflict_and_busy, setup, teardown),
		cmocka_unit_test_setup_teardown(test_default_time_read_inside_transaction, setup, teardown),
		cmocka_unit_test_setup_teardown(test_issue_insists_on_the_preview, setup, teardown),
		cmocka_unit_test(test_sqlite_minimum),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
