/* Tenders, stages, hits and decisions in the store (store/tender.c), the
 * schedule revisions a decision makes and the deletions the TUI uses, an
 * older database migrated, the stage set rules (core/tender.c) and the
 * CSV import parser (core/stagecsv.c). */
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

#include "idtime.h"
#include "schedrev.h"
#include "stagecsv.h"
#include "store.h"
#include "store_internal.h"
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
	scratch_make(dir, sizeof dir, path, sizeof path, "gg-tender");
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

static size_t audit_count(store *s)
{
	audit_list l;
	gg_err err;
	assert_int_equal(store_audit(s, 0, &l, &err), GG_OK);
	size_t n = l.n;
	audit_list_free(&l);
	return n;
}

/* The seed's incident: 3 Feb 2018 14.30 to 4 Feb 09.00 WIB. */
static int64_t seed_incident(store *s, int restore)
{
	int64_t id;
	gg_err err;
	incident_new in = { .summary = "SPSE tidak dapat diakses", .cause = "listrik",
	                    .started = wib("2018-02-03 14:30") };
	assert_int_equal(store_incident_report(s, &in, &id, &err), GG_OK);
	assert_int_equal(store_incident_open(s, id, 0, wib("2018-02-03 15:00"), NULL, NULL, NULL, &err), GG_OK);
	if (restore)
		assert_int_equal(store_incident_restore(s, id, 0, wib("2018-02-04 09:00"), &err), GG_OK);
	return id;
}

static const tender_new t1 = { "1001", "Pembangunan Jalan Desa", "Pokja ULP I", "tender-pascakualifikasi-1-file" };

static void add_t1(store *s)
{
	gg_err err;
	stage_new st[] = {
		{ "Upload Dokumen Penawaran", wib("2018-01-29 08:00"), wib("2018-02-03 15:00"), 0 },
		{ "Pembukaan Dokumen Penawaran", wib("2018-02-05 08:00"), wib("2018-02-05 12:00"), 0 },
	};
	assert_int_equal(store_tender_add(s, &t1, st, 2, NULL, &err), GG_OK);
}

static void test_tender_add_and_refusals(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	add_t1(s);
	size_t audits = audit_count(s);

	/* A reused code. */
	tender_new again = t1;
	again.name = "Lain";
	assert_int_equal(store_tender_add(s, &again, NULL, 0, NULL, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "kode tender '1001' sudah dipakai"));
	/* A stage ending before it starts. */
	tender_new t2 = { "1002", "Pengadaan Komputer", NULL, NULL };
	stage_new bad[] = { { "Pengumuman", wib("2018-02-10 08:00"), wib("2018-02-09 08:00"), 0 } };
	assert_int_equal(store_tender_add(s, &t2, bad, 1, NULL, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "waktu selesai sebelum waktu mulai"));
	/* A year that is a typo, by line; nothing written. */
	stage_new typo[] = { { "A", wib("2018-02-10 08:00"), wib("2018-02-12 08:00"), 3 },
	                     { "B", wib("2018-02-11 08:00"), wib("2108-02-13 08:00"), 4 } };
	assert_int_equal(store_tender_add(s, &t2, typo, 2, NULL, &err), GG_EDATA);
	assert_string_equal(err.msg, "baris 4: tahap \"B\": tahun di luar 2000-2099 (salah ketik?)");
	assert_int_equal(audit_count(s), audits);
	/* Overlapping stages are SPSE's way: taken. */
	stage_new overlap[] = { { "A", wib("2018-02-10 08:00"), wib("2018-02-12 08:00"), 3 },
	                        { "B", wib("2018-02-11 08:00"), wib("2018-02-13 08:00"), 4 } };
	assert_int_equal(store_tender_add(s, &t2, overlap, 2, NULL, &err), GG_OK);

	/* Setting a stage: a new one, then changing it to overlap. */
	stage_new c = { "C", wib("2018-02-13 08:00"), wib("2018-02-14 08:00"), 0 };
	assert_int_equal(store_stage_set(s, "1002", &c, 0, &err), GG_OK);
	c.start = wib("2018-02-12 07:00");
	assert_int_equal(store_stage_set(s, "1002", &c, 0, &err), GG_OK);
	c.start = wib("2018-02-13 10:00");
	assert_int_equal(store_stage_set(s, "1002", &c, 0, &err), GG_OK);
	tender t;
	assert_int_equal(store_tender_get(s, "1002", &t, &err), GG_OK);
	assert_int_equal(t.stages.n, 3);
	assert_string_equal(t.stages.v[2].name, "C");
	assert_true(t.stages.v[2].start == wib("2018-02-13 10:00"));
	assert_int_equal(t.version, 4);
	tender_free(&t);
	/* A stale version is a conflict, not a lost update. */
	c.end = wib("2018-02-14 09:00");
	assert_int_equal(store_stage_set(s, "1002", &c, 3, &err), GG_EBUSY);
	assert_non_null(strstr(err.msg, "telah diubah operator lain"));
	assert_int_equal(store_stage_set(s, "1002", &c, 4, &err), GG_OK);
	assert_int_equal(store_stage_set(s, "9999", &c, 0, &err), GG_ENOTFOUND);

	tender_list l;
	assert_int_equal(store_tender_list(s, &l, &err), GG_OK);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.v[0].code, "1001");
	tender_list_free(&l);
	store_close(s);
}

static void test_hits_and_decisions(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	int64_t id = seed_incident(s, 0);
	add_t1(s);
	tender_new t3 = { "1003", "Tidak kena", NULL, NULL };
	stage_new later[] = { { "Pengumuman", wib("2018-03-01 08:00"), wib("2018-03-05 16:00"), 0 } };
	assert_int_equal(store_tender_add(s, &t3, later, 1, NULL, &err), GG_OK);

	/* Not restored: the window is open ended, both are proposed. */
	hit_list h;
	assert_int_equal(store_hits(s, id, &h, &err), GG_OK);
	assert_int_equal(h.n, 2);
	hit_list_free(&h);

	decision_new d = { .incident_id = id, .tender_code = "1001", .remedy = REMEDY_RESCHEDULE,
	                   .ref = "05/POKJA/II/2018", .decided = wib("2018-02-05 10:00"),
	                   .regime = "perka-lkpp-1-2015", .expect_revision = -1 };
	int rev;
	/* A decision for a tender not (yet) confirmed as hit. */
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "belum dikonfirmasi"));
	assert_int_equal(store_hit_confirm(s, id, "1001", &err), GG_OK);
	assert_int_equal(store_hit_confirm(s, id, "1001", &err), GG_EDATA);
	/* A reschedule before the restore (its days unknown) is refused by
	 * the decision rules, not the store: remedy_decision_check(), tested
	 * in test_rules.c.  A remedy that needs no days, while not restored: */
	d.remedy = REMEDY_LKPP;
	size_t audits = audit_count(s);
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_OK);
	assert_int_equal(rev, 1);
	assert_int_equal(audit_count(s), audits + 1);

	gg_err e2;
	assert_int_equal(store_incident_restore(s, id, 0, wib("2018-02-04 09:00"), &e2), GG_OK);
	assert_int_equal(store_hits(s, id, &h, &err), GG_OK);
	assert_int_equal(h.n, 1);   /* 1003 begins after the restore */
	assert_string_equal(h.v[0].t.code, "1001");
	assert_true(h.v[0].proposed && h.v[0].confirmed);
	assert_string_equal(h.v[0].confirmed_by, "operator");
	hit_list_free(&h);
	assert_int_equal(store_hit_confirm(s, id, "1003", &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "tidak ada tahap tender 1003"));

	/* A revision: the reschedule, now that the days are known.  It needs
	 * its new schedule (the remedy case's proposal). */
	d.remedy = REMEDY_RESCHEDULE;
	d.days = 2;
	d.note = "jadwal digeser 2 hari";
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_ESOFTWARE);
	stage_new moved[] = {
		{ "Upload Dokumen Penawaran", wib("2018-01-29 08:00"), wib("2018-02-05 15:00"), 0 },
		{ "Pembukaan Dokumen Penawaran", wib("2018-02-07 08:00"), wib("2018-02-07 12:00"), 0 },
	};
	d.schedule = moved;
	d.nschedule = 2;
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_OK);
	assert_int_equal(rev, 2);
	/* A clerk who saw revision 1 does not silently overwrite revision 2. */
	d.expect_revision = 1;
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_EBUSY);
	d.expect_revision = -1;
	decision_list dl;
	assert_int_equal(store_decisions(s, id, 0, 0, &dl, &err), GG_OK);
	assert_int_equal(dl.n, 1);
	assert_int_equal(dl.v[0].remedy, REMEDY_RESCHEDULE);
	assert_int_equal(dl.v[0].revision, 2);
	assert_int_equal(dl.v[0].days, 2);
	assert_string_equal(dl.v[0].tender_code, "1001");
	decision_list_free(&dl);
	assert_int_equal(store_decisions(s, id, 0, 1, &dl, &err), GG_OK);
	assert_int_equal(dl.n, 2);
	assert_int_equal(dl.v[0].remedy, REMEDY_LKPP);
	decision_list_free(&dl);

	/* The audit log keeps every version. */
	audit_list al;
	assert_int_equal(store_audit(s, id, &al, &err), GG_OK);
	int decides = 0;
	for (size_t i = 0; i < al.n; i++)
		if (strcmp(al.v[i].action, "decide") == 0) {
			decides++;
			if (decides == 2) {
				assert_non_null(strstr(al.v[i].before, "\"remedy\":\"lkpp\""));
				assert_non_null(strstr(al.v[i].after, "\"remedy\":\"reschedule\""));
			}
		}
	assert_int_equal(decides, 2);
	audit_list_free(&al);

	/* Decisions cannot be changed behind the store's back; a hit with a
	 * decision cannot be withdrawn. */
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "UPDATE decision SET remedy = 'cancel'", NULL, NULL, NULL), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "DELETE FROM decision", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(store_hit_remove(s, id, "1001", &err), GG_EDATA);

	/* Empty reference, decision before the incident. */
	d.ref = " ";
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_EDATA);
	d.ref = "x";
	d.decided = wib("2018-01-01 08:00");
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_EDATA);
	store_close(s);
}


/* ---- schedule revisions ---- */

static int64_t restored_incident(store *s, const char *start, const char *restore)
{
	int64_t id;
	gg_err err;
	incident_new in = { .summary = "SPSE lambat", .cause = "jaringan", .started = wib(start) };
	assert_int_equal(store_incident_report(s, &in, &id, &err), GG_OK);
	assert_int_equal(store_incident_open(s, id, 0, wib(start), NULL, NULL, NULL, &err), GG_OK);
	assert_int_equal(store_incident_restore(s, id, 0, wib(restore), &err), GG_OK);
	return id;
}

/* The hit of tender `code` in the incident's list, or NULL. */
static const hit *find_hit(const hit_list *h, const char *code)
{
	for (size_t i = 0; i < h->n; i++)
		if (strcmp(h->v[i].t.code, code) == 0)
			return &h->v[i];
	return NULL;
}

static size_t audit_actions(store *s, const char *action)
{
	audit_list l;
	gg_err err;
	assert_int_equal(store_audit(s, 0, &l, &err), GG_OK);
	size_t n = 0;
	for (size_t i = 0; i < l.n; i++)
		n += strcmp(l.v[i].action, action) == 0;
	audit_list_free(&l);
	return n;
}

static void test_schedule_revisions(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	int rev;
	int64_t id = seed_incident(s, 1);
	add_t1(s);
	fake_now = wib("2018-02-12 12:00");
	assert_int_equal(store_hit_confirm(s, id, "1001", &err), GG_OK);
	tender t;
	assert_int_equal(store_tender_get(s, "1001", &t, &err), GG_OK);
	int64_t v0 = t.version, tid = t.id;
	assert_int_equal(t.revision, 0);
	tender_free(&t);

	/* Perubahan 1: the reschedule's schedule becomes the tender's. */
	stage_new s1[] = {
		{ "Upload Dokumen Penawaran", wib("2018-01-29 08:00"), wib("2018-02-05 15:00"), 0 },
		{ "Pembukaan Dokumen Penawaran", wib("2018-02-07 08:00"), wib("2018-02-07 12:00"), 0 },
	};
	decision_new d = { .incident_id = id, .tender_code = "1001", .remedy = REMEDY_RESCHEDULE,
	                   .ref = "05/POKJA/II/2018", .decided = wib("2018-02-05 10:00"), .days = 2,
	                   .regime = "perka-lkpp-1-2015", .expect_revision = -1, .schedule = s1, .nschedule = 2,
	                   .expect_version = v0 };
	/* A proposal computed from a tender since changed is a conflict. */
	d.expect_version = v0 + 5;
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_EBUSY);
	assert_non_null(strstr(err.msg, "sesudah usulan dihitung"));
	d.expect_version = v0;
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_OK);
	assert_int_equal(rev, 1);
	assert_int_equal(store_tender_get(s, "1001", &t, &err), GG_OK);
	assert_int_equal(t.revision, 1);
	assert_int_equal(t.latest_revision, 1);
	assert_true(t.stages.v[0].end == wib("2018-02-05 15:00"));
	assert_true(t.stages.v[1].start == wib("2018-02-07 08:00"));
	assert_int_equal(t.version, v0 + 1);
	tender_free(&t);
	assert_int_equal(audit_actions(s, "tender-revision"), 1);

	/* The history keeps revision 0 as it was entered. */
	schedrev_list h;
	assert_int_equal(store_schedule_history(s, "1001", &h, &err), GG_OK);
	assert_int_equal(h.n, 2);
	assert_int_equal(h.v[0].revision, 0);
	assert_int_equal(h.v[0].source, SCHEDREV_ENTERED);
	assert_true(h.v[0].stages.v[0].end == wib("2018-02-03 15:00"));
	assert_int_equal(h.v[1].source, SCHEDREV_DECISION);
	assert_true(h.v[1].incident_id == id);
	assert_int_equal(h.v[1].decision_revision, 1);
	assert_string_equal(h.v[1].ref, "05/POKJA/II/2018");
	assert_int_equal(h.v[1].days, 2);
	assert_string_equal(h.v[1].recorded_by, "operator");
	assert_int_equal(stage_change(&h.v[1].stages.v[0], &h.v[0].stages, NULL), STAGE_END_MOVED);
	assert_int_equal(stage_change(&h.v[1].stages.v[1], &h.v[0].stages, NULL),
	                 STAGE_START_MOVED | STAGE_END_MOVED);
	assert_int_equal(stage_change(&h.v[0].stages.v[0], NULL, NULL), 0);
	schedrev_list_free(&h);

	/* Its own case still shows the schedule the incident hit, so that the
	 * proposal is computed from it again and not shifted twice. */
	hit_list hl;
	assert_int_equal(store_hits(s, id, &hl, &err), GG_OK);
	const hit *x = find_hit(&hl, "1001");
	assert_non_null(x);
	assert_int_equal(x->t.revision, 0);
	assert_int_equal(x->t.latest_revision, 1);
	assert_true(x->proposed);
	assert_true(x->t.stages.v[0].end == wib("2018-02-03 15:00"));
	hit_list_free(&hl);

	/* Another incident sees the current schedule: on Perubahan 0 nothing
	 * ran on 5 February afternoon, on Perubahan 1 the upload did. */
	int64_t j = restored_incident(s, "2018-02-05 14:00", "2018-02-05 16:00");
	assert_int_equal(store_hits(s, j, &hl, &err), GG_OK);
	x = find_hit(&hl, "1001");
	assert_non_null(x);
	assert_true(x->proposed);
	assert_int_equal(x->t.revision, 1);
	hit_list_free(&hl);
	assert_int_equal(store_hit_confirm(s, j, "1001", &err), GG_OK);

	/* A revised decision is a new revision; revision 1 stays. */
	stage_new s2[] = {
		{ "Upload Dokumen Penawaran", wib("2018-01-29 08:00"), wib("2018-02-06 15:00"), 0 },
		{ "Pembukaan Dokumen Penawaran", wib("2018-02-08 08:00"), wib("2018-02-08 12:00"), 0 },
	};
	d.schedule = s2;
	d.ref = "06/POKJA/II/2018";
	d.days = 3;
	d.expect_version = v0 + 1;
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_OK);
	assert_int_equal(rev, 2);
	assert_int_equal(store_schedule_history(s, "1001", &h, &err), GG_OK);
	assert_int_equal(h.n, 3);
	assert_true(h.v[1].stages.v[0].end == wib("2018-02-05 15:00"));
	assert_true(h.v[2].stages.v[0].end == wib("2018-02-06 15:00"));
	assert_int_equal(h.v[2].decision_revision, 2);
	assert_string_equal(h.v[2].ref, "06/POKJA/II/2018");
	schedrev_list_free(&h);

	/* Revisions cannot be changed or deleted behind the store's back. */
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "UPDATE revision_stage SET end_at = 0", NULL, NULL, NULL), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "DELETE FROM schedule_revision", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);

	/* Once a decision refers to it, a change by hand is a revision too... */
	stage_new late = { "Pembukaan Dokumen Penawaran", wib("2018-02-08 09:00"), wib("2018-02-08 12:00"), 0 };
	assert_int_equal(store_stage_set(s, "1001", &late, 0, &err), GG_OK);
	assert_int_equal(store_tender_get(s, "1001", &t, &err), GG_OK);
	assert_int_equal(t.revision, 3);
	tender_free(&t);
	assert_int_equal(store_schedule_history(s, "1001", &h, &err), GG_OK);
	assert_int_equal(h.n, 4);
	assert_int_equal(h.v[3].source, SCHEDREV_MANUAL);
	assert_true(h.v[3].incident_id == 0);
	schedrev_list_free(&h);
	/* ... after which a revised reschedule from the schedule the incident
	 * hit would undo it: refused. */
	d.expect_version = 0;
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "sudah berubah lagi (Perubahan 3)"));

	/* Nothing a decision refers to is deleted or edited. */
	size_t audits = audit_count(s);
	assert_int_equal(store_tender_delete(s, "1001", 0, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "tender 1001 tidak dapat dihapus"));
	assert_non_null(strstr(err.msg, "06/POKJA/II/2018"));
	assert_int_equal(store_stage_delete(s, "1001", "Pembukaan Dokumen Penawaran", 0, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "tidak dapat dihapus"));
	tender_edit e = { .name = "Nama baru" };
	assert_int_equal(store_tender_edit(s, "1001", &e, 0, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "tidak dapat diubah"));
	assert_int_equal(audit_count(s), audits);

	/* A cancel marks the tender cancelled: no longer proposed, its
	 * schedule not changed, not rescheduled by another incident. */
	d.remedy = REMEDY_CANCEL;
	d.schedule = NULL;
	d.nschedule = 0;
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_OK);
	assert_int_equal(store_tender_get(s, "1001", &t, &err), GG_OK);
	assert_true(t.cancelled_by == id);
	assert_int_equal(t.revision, 3);
	tender_free(&t);
	int64_t k = restored_incident(s, "2018-02-05 14:00", "2018-02-05 16:30");
	assert_int_equal(store_hits(s, k, &hl, &err), GG_OK);
	assert_null(find_hit(&hl, "1001"));
	hit_list_free(&hl);
	assert_int_equal(store_stage_set(s, "1001", &late, 0, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "dibatalkan"));
	decision_new dj = d;
	dj.incident_id = j;
	dj.remedy = REMEDY_RESCHEDULE;
	dj.schedule = s1;
	dj.nschedule = 2;
	dj.decided = wib("2018-02-06 10:00");
	assert_int_equal(store_decide(s, &dj, &rev, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "tidak dapat dijadwal ulang"));
	decision_list dl;
	assert_int_equal(store_tender_decisions(s, tid, 0, &dl, &err), GG_OK);
	assert_int_equal(dl.n, 1);
	assert_int_equal(dl.v[0].remedy, REMEDY_CANCEL);
	decision_list_free(&dl);

	/* A revised decision takes the cancellation back. */
	d.remedy = REMEDY_ALTERNATIVE;
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_OK);
	assert_int_equal(store_tender_get(s, "1001", &t, &err), GG_OK);
	assert_true(t.cancelled_by == 0);
	tender_free(&t);
	assert_int_equal(store_hits(s, k, &hl, &err), GG_OK);
	assert_non_null(find_hit(&hl, "1001"));
	hit_list_free(&hl);
	store_close(s);
}

/* ---- deleting and editing (the TUI's tender screens, the CLI) ---- */

static void test_delete_and_edit(void **state)
{
	(void)state;
	store *s = open_new();
	gg_err err;
	int64_t id = seed_incident(s, 1);
	add_t1(s);
	assert_int_equal(store_hit_confirm(s, id, "1001", &err), GG_OK);
	tender t;
	assert_int_equal(store_tender_get(s, "1001", &t, &err), GG_OK);
	int64_t v = t.version;
	tender_free(&t);

	/* Edit: a stale version is a conflict; the audit keeps the old name;
	 * the search finds the new one. */
	tender_edit e = { .name = "Jembatan Gantung Desa", .committee = "" };
	size_t audits = audit_count(s);
	assert_int_equal(store_tender_edit(s, "1001", &e, v + 1, &err), GG_EBUSY);
	assert_non_null(strstr(err.msg, "telah diubah operator lain"));
	assert_int_equal(audit_count(s), audits);
	assert_int_equal(store_tender_edit(s, "1001", &e, v, &err), GG_OK);
	assert_int_equal(store_tender_get(s, "1001", &t, &err), GG_OK);
	assert_string_equal(t.name, "Jembatan Gantung Desa");
	assert_string_equal(t.committee, "");
	assert_string_equal(t.method, "tender-pascakualifikasi-1-file");
	assert_int_equal(t.version, v + 1);
	tender_free(&t);
	audit_list al;
	assert_int_equal(store_audit(s, 0, &al, &err), GG_OK);
	assert_string_equal(al.v[al.n - 1].action, "tender-edit");
	assert_non_null(strstr(al.v[al.n - 1].before, "Pembangunan Jalan Desa"));
	audit_list_free(&al);
	incident_filter f = { .state = -1, .query = "gantung" };
	incident_list il;
	assert_int_equal(store_incident_list(s, &f, &il, &err), GG_OK);
	assert_int_equal(il.n, 1);
	incident_list_free(&il);
	tender_edit blank = { .name = " " };
	assert_int_equal(store_tender_edit(s, "1001", &blank, 0, &err), GG_EDATA);
	assert_int_equal(store_tender_edit(s, "9999", &e, 0, &err), GG_ENOTFOUND);

	/* Delete a stage. */
	assert_int_equal(store_stage_delete(s, "1001", "Tidak ada", 0, &err), GG_ENOTFOUND);
	assert_int_equal(store_stage_delete(s, "1001", "Pembukaan Dokumen Penawaran", v, &err), GG_EBUSY);
	assert_int_equal(store_stage_delete(s, "1001", "Pembukaan Dokumen Penawaran", v + 1, &err), GG_OK);
	assert_int_equal(store_tender_get(s, "1001", &t, &err), GG_OK);
	assert_int_equal(t.stages.n, 1);
	assert_int_equal(t.revision, 0);   /* no decision: revision 0 changes in place */
	tender_free(&t);
	assert_int_equal(audit_actions(s, "tender-stage-delete"), 1);

	/* Delete the tender: its confirmed hit goes with it, in the
	 * incident's audit too. */
	assert_int_equal(store_tender_delete(s, "1001", v + 1, &err), GG_EBUSY);
	assert_int_equal(store_tender_delete(s, "1001", 0, &err), GG_OK);
	assert_int_equal(store_tender_get(s, "1001", &t, &err), GG_ENOTFOUND);
	hit_list hl;
	assert_int_equal(store_hits(s, id, &hl, &err), GG_OK);
	assert_int_equal(hl.n, 0);
	hit_list_free(&hl);
	assert_int_equal(store_audit(s, id, &al, &err), GG_OK);
	assert_string_equal(al.v[al.n - 1].action, "hit-remove");
	assert_non_null(strstr(al.v[al.n - 1].before, "tender dihapus"));
	audit_list_free(&al);
	assert_int_equal(audit_actions(s, "tender-delete"), 1);
	assert_int_equal(store_incident_list(s, &f, &il, &err), GG_OK);
	assert_int_equal(il.n, 0);
	incident_list_free(&il);
	/* The code is free again. */
	add_t1(s);
	store_close(s);
}

/* A register of schema 5 (before revisions), with a tender and a
 * decision on it, migrates: its stages are revision 0, and the next
 * reschedule makes Perubahan 1. */
static void test_migrates_schema_5(void **state)
{
	(void)state;
	sqlite3 *db;
	char sql[200];
	remove(path);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	for (size_t i = 0; i < store_migration_count && store_migrations[i].version <= 5; i++)
		assert_int_equal(sqlite3_exec(db, store_migrations[i].sql, NULL, NULL, NULL), SQLITE_OK);
	snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = 5", GANGGUAN_APPLICATION_ID);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	snprintf(sql, sizeof sql, "INSERT INTO incident(state, summary, cause, started_at, restored_at, created_at)"
	         " VALUES ('restored', 'listrik padam', 'listrik', %lld, %lld, 1)",
	         (long long)wib("2018-02-03 14:30"), (long long)wib("2018-02-04 09:00"));
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
		"INSERT INTO tender(code, name, created_at) VALUES ('1001', 'Jalan', 1);"
		"INSERT INTO stage(tender_id, name, start_at, end_at) VALUES (1, 'Upload', 1517187600, 1517644800);"
		"INSERT INTO hit(incident_id, tender_id, confirmed_at, confirmed_by) VALUES (1, 1, 1, 'lama');"
		"INSERT INTO decision(incident_id, tender_id, revision, remedy, ref, decided_at, recorded_by, recorded_at)"
		" VALUES (1, 1, 1, 'lkpp', 'BA lama', 1517800000, 'lama', 1)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);

	store *s;
	gg_err err;
	assert_int_equal(store_open(path, 0, &actor, &s, &err), GG_OK);
	store_set_clock(s, clock_fn);
	assert_int_equal(store_schema_version(s), store_schema_latest());
	tender t;
	assert_int_equal(store_tender_get(s, "1001", &t, &err), GG_OK);
	assert_int_equal(t.revision, 0);
	assert_true(t.cancelled_by == 0);
	assert_int_equal(t.stages.n, 1);
	tender_free(&t);
	schedrev_list h;
	assert_int_equal(store_schedule_history(s, "1001", &h, &err), GG_OK);
	assert_int_equal(h.n, 1);
	assert_true(h.v[0].stages.v[0].end == 1517644800);
	schedrev_list_free(&h);
	/* The old decision refers to it: not deleted. */
	assert_int_equal(store_tender_delete(s, "1001", 0, &err), GG_EDATA);
	stage_new s1[] = { { "Upload", 1517187600, 1517644800 + 2 * 86400, 0 } };
	decision_new d = { .incident_id = 1, .tender_code = "1001", .remedy = REMEDY_RESCHEDULE, .ref = "BA baru",
	                   .decided = wib("2018-02-05 10:00"), .days = 2, .expect_revision = 1, .schedule = s1,
	                   .nschedule = 1 };
	int rev;
	assert_int_equal(store_decide(s, &d, &rev, &err), GG_OK);
	assert_int_equal(rev, 2);
	assert_int_equal(store_schedule_history(s, "1001", &h, &err), GG_OK);
	assert_int_equal(h.n, 2);
	assert_true(h.v[0].stages.v[0].end == 1517644800);
	assert_int_equal(h.v[1].revision, 1);
	assert_int_equal(h.v[1].decision_revision, 2);
	schedrev_list_free(&h);
	store_close(s);
}

/* ---- CSV ---- */

typedef struct sink {
	char text[4000];
} sink;

static void emit(void *ctx, int line, const char *what)
{
	sink *k = ctx;
	size_t n = strlen(k->text);
	snprintf(k->text + n, sizeof k->text - n, "%d: %s\n", line, what);
}

static void test_csv(void **state)
{
	(void)state;
	stagecsv c;
	sink k = { "" };
	const char ok[] = "\xEF\xBB\xBFNo,Tahap,Mulai,Sampai,Perubahan\r\n"
	                  "1,Pengumuman Pascakualifikasi,3 Februari 2018 08:00,05/02/2018 16.00,\r\n"
	                  "2,\"Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga\",2018-02-06 08:00,"
	                  "6 Pebruari 2018 16:00,ada\r\n";
	assert_int_equal(stagecsv_parse(ok, ZONE_WIB, 0, 0, &c, emit, &k), 0);
	assert_int_equal(c.n, 2);
	assert_string_equal(c.v[1].name, "Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga");
	assert_true(c.v[0].start == wib("2018-02-03 08:00"));
	assert_true(c.v[1].end == wib("2018-02-06 16:00"));
	assert_int_equal(c.v[1].line, 3);
	stagecsv_free(&c);

	/* Template times relative to a start day. */
	const char tpl[] = "tahap,mulai,sampai\nA,H+0 08:00,H+4 16:00\n";
	assert_int_equal(stagecsv_parse(tpl, ZONE_WIB, 1, days_from_civil(2018, 2, 5), &c, emit, &k), 0);
	assert_true(c.v[0].end == wib("2018-02-09 16:00"));
	stagecsv_free(&c);
	assert_int_equal(stagecsv_parse(tpl, ZONE_WIB, 0, 0, &c, emit, &k), 1);
	assert_non_null(strstr(k.text, "2: mulai: 'H+0 08:00': waktu relatif H+N butuh tanggal mulai"));
	stagecsv_free(&c);

	/* Every bad row is reported by its line. */
	k.text[0] = '\0';
	const char bad[] = "tahap,mulai,sampai\n"
	                   "A,2018-02-03 08:00,2018-02-30 08:00\n"
	                   "B,2018-02-03 08:00\n"
	                   "\"C,2018-02-03 08:00,2018-02-04 08:00\n"
	                   "D,kemarin,2018-02-04 08:00\n";
	assert_int_equal(stagecsv_parse(bad, ZONE_WIB, 0, 0, &c, emit, &k), 4);
	assert_non_null(strstr(k.text, "2: sampai: 2018-02-30: tanggal tidak ada"));
	assert_non_null(strstr(k.text, "3: 2 kolom, kepala berkas punya 3"));
	assert_non_null(strstr(k.text, "4: tanda kutip tidak ditutup"));
	assert_non_null(strstr(k.text, "5: mulai: "));
	stagecsv_free(&c);

	k.text[0] = '\0';
	assert_int_equal(stagecsv_parse("nama,dari,ke\n", ZONE_WIB, 0, 0, &c, emit, &k), 4);
	assert_non_null(strstr(k.text, "1: kolom 'nama' tidak dikenal"));
	stagecsv_free(&c);
	k.text[0] = '\0';
	assert_int_equal(stagecsv_parse("", ZONE_WIB, 0, 0, &c, emit, &k), 1);
	stagecsv_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_tender_add_and_refusals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hits_and_decisions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_schedule_revisions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_delete_and_edit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrates_schema_5, setup, teardown),
		cmocka_unit_test(test_csv),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
