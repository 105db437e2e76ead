/* Days of disruption, hits at the exact boundaries, the working-day
 * calendar and the proposed schedule (core/schedule.c, core/workcal.c,
 * core/stagekind.c), checked against tables worked out by hand: three of a
 * sequential schedule, two of SPSE 4 schedules whose stages overlap, and an
 * open incident that proposes nothing. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idtime.h"
#include "schedule.h"
#include "stagekind.h"
#include "strbuf.h"
#include "workcal.h"

#define WIB_OFFSET (7 * 3600)

/* "2024-05-06 10:00" in WIB. */
static int64_t t(const char *s)
{
	int64_t v;
	char err[200];
	assert_int_equal(when_parse(s, ZONE_WIB, &v, err, sizeof err), 0);
	return v;
}

static const char *fmt(int64_t utc, char *buf, size_t n)
{
	civil c;
	civil_from_utc(utc, ZONE_WIB, &c);
	fmt_iso_local(buf, n, &c);
	return buf;
}

/* ---- days of disruption ---- */

static void test_days_seed(void **state)
{
	(void)state;
	/* The seed: 3 Feb 2018 14.30 to 4 Feb 09.00 touches two days. */
	assert_int_equal(disruption_days(t("2018-02-03 14:30"), t("2018-02-04 09:00"), WIB_OFFSET), 2);
	/* The power cut alone (14.30-15.10) is one day. */
	assert_int_equal(disruption_days(t("2018-02-03 14:30"), t("2018-02-03 15:10"), WIB_OFFSET), 1);
}

static void test_days_edges(void **state)
{
	(void)state;
	/* Restore exactly at midnight: the new day is not touched. */
	assert_int_equal(disruption_days(t("2018-02-03 22:00"), t("2018-02-04 00:00"), WIB_OFFSET), 1);
	/* One minute later it is. */
	assert_int_equal(disruption_days(t("2018-02-03 22:00"), t("2018-02-04 00:01"), WIB_OFFSET), 2);
	/* Starting exactly at midnight counts that day. */
	assert_int_equal(disruption_days(t("2018-02-04 00:00"), t("2018-02-04 00:30"), WIB_OFFSET), 1);
	/* Restore exactly on the hour is nothing special. */
	assert_int_equal(disruption_days(t("2018-02-03 14:00"), t("2018-02-03 15:00"), WIB_OFFSET), 1);
	/* Multi-day: Friday 10.00 to Sunday 09.00 is three days. */
	assert_int_equal(disruption_days(t("2024-05-03 10:00"), t("2024-05-05 09:00"), WIB_OFFSET), 3);
	/* Multi-day ending at midnight: two full days and no third. */
	assert_int_equal(disruption_days(t("2024-05-03 00:00"), t("2024-05-05 00:00"), WIB_OFFSET), 2);
	/* No length (restore at the start): the start day. */
	assert_int_equal(disruption_days(t("2024-05-03 10:00"), t("2024-05-03 10:00"), WIB_OFFSET), 1);
	/* Days are counted in the unit's zone: 23.30 WIB is 00.30 WIT. */
	int64_t s = t("2024-05-03 23:30"), e = t("2024-05-04 00:30");
	assert_int_equal(disruption_days(s, e, WIB_OFFSET), 2);
	assert_int_equal(disruption_days(s, e, 9 * 3600), 1);
	/* Not restored: the caller passes "now"; the count grows with it. */
	assert_int_equal(disruption_days(t("2024-05-03 10:00"), t("2024-05-06 08:00"), WIB_OFFSET), 4);
}

/* ---- hits at the exact boundaries ---- */

static void test_hit_boundaries(void **state)
{
	(void)state;
	disruption d = { t("2024-05-06 10:00"), t("2024-05-06 12:00") };
	/* Ends exactly when the disruption starts: its deadline fell in it. */
	assert_true(stage_hit(&d, t("2024-05-06 08:00"), t("2024-05-06 10:00")));
	assert_false(stage_finished(&d, t("2024-05-06 10:00")));
	/* Ends one minute before: finished, not hit. */
	assert_false(stage_hit(&d, t("2024-05-06 08:00"), t("2024-05-06 09:59")));
	assert_true(stage_finished(&d, t("2024-05-06 09:59")));
	/* Starts exactly at the restore: the service was back, not hit. */
	assert_false(stage_hit(&d, t("2024-05-06 12:00"), t("2024-05-06 14:00")));
	/* Starts one minute before the restore: hit. */
	assert_true(stage_hit(&d, t("2024-05-06 11:59"), t("2024-05-06 14:00")));
	/* Ends exactly at the restore: hit (it ends within the window). */
	assert_true(stage_hit(&d, t("2024-05-06 11:00"), t("2024-05-06 12:00")));
	/* Spans the whole window: hit. */
	assert_true(stage_hit(&d, t("2024-05-01 08:00"), t("2024-05-09 16:00")));
	/* Not restored: an operator may confirm any stage from the start on... */
	disruption open = { t("2024-05-06 10:00"), 0 };
	assert_true(stage_hit(&open, t("2025-01-01 08:00"), t("2025-01-02 08:00")));
	assert_false(stage_hit(&open, t("2024-05-01 08:00"), t("2024-05-06 09:00")));
	/* ...but only a stage begun by now is proposed as hit so far. */
	int64_t now = t("2024-05-07 12:00");
	assert_false(stage_hit_so_far(&open, now, t("2025-01-01 08:00"), t("2025-01-02 08:00")));
	assert_false(stage_hit_so_far(&open, now, t("2024-05-07 12:01"), t("2024-05-08 08:00")));
	assert_true(stage_hit_so_far(&open, now, t("2024-05-07 12:00"), t("2024-05-08 08:00")));
	assert_true(stage_hit_so_far(&open, now, t("2024-05-01 08:00"), t("2024-05-06 10:00")));
	assert_false(stage_hit_so_far(&open, now, t("2024-05-01 08:00"), t("2024-05-06 09:59")));
	/* Once restored it is stage_hit. */
	assert_false(stage_hit_so_far(&d, now, t("2024-05-06 12:00"), t("2024-05-06 14:00")));
	assert_true(stage_hit_so_far(&d, now, t("2024-05-06 11:59"), t("2024-05-06 14:00")));
	/* Stages that touch at an instant do not overlap; sharing a minute does. */
	assert_false(stages_overlap(t("2024-05-06 08:00"), t("2024-05-06 10:00"), t("2024-05-06 10:00"),
	                            t("2024-05-06 12:00")));
	assert_true(stages_overlap(t("2024-05-06 08:00"), t("2024-05-06 10:01"), t("2024-05-06 10:00"),
	                           t("2024-05-06 12:00")));
}

/* ---- the working-day calendar ----
 * The test's own calendar, shaped like May-June 2024: 1 May (Wed, Hari
 * Buruh), 9 May (Thu, Kenaikan) and 23 May (Thu, Waisak) holidays; 10 May
 * and 24 May (Fri) cuti bersama; 1 June (Sat) a holiday on a weekend. */
static void make_cal(workcal *c, int count_cb)
{
	workcal_init(c, count_cb);
	assert_int_equal(workcal_add(c, days_from_civil(2024, 5, 1), 0, "Hari Buruh Internasional"), 0);
	assert_int_equal(workcal_add(c, days_from_civil(2024, 5, 9), 0, "Kenaikan Isa Almasih"), 0);
	assert_int_equal(workcal_add(c, days_from_civil(2024, 5, 10), 1, "Cuti bersama Kenaikan"), 0);
	assert_int_equal(workcal_add(c, days_from_civil(2024, 5, 23), 0, "Hari Raya Waisak"), 0);
	assert_int_equal(workcal_add(c, days_from_civil(2024, 5, 24), 1, "Cuti bersama Waisak"), 0);
	assert_int_equal(workcal_add(c, days_from_civil(2024, 6, 1), 0, "Hari Lahir Pancasila"), 0);
	assert_int_equal(workcal_add_year(c, 2024), 0);
}

static void test_workcal(void **state)
{
	(void)state;
	workcal c;
	make_cal(&c, 1);
	assert_true(workcal_covers(&c, 2024));
	assert_false(workcal_covers(&c, 2025));
	assert_int_equal(workcal_kind(&c, days_from_civil(2024, 5, 8)), DAY_WORKING);
	assert_int_equal(workcal_kind(&c, days_from_civil(2024, 5, 9)), DAY_HOLIDAY);
	assert_int_equal(workcal_kind(&c, days_from_civil(2024, 5, 10)), DAY_CUTI_BERSAMA);
	assert_int_equal(workcal_kind(&c, days_from_civil(2024, 5, 11)), DAY_WEEKEND);
	assert_int_equal(workcal_kind(&c, days_from_civil(2024, 6, 1)), DAY_HOLIDAY);
	assert_string_equal(workcal_name(&c, days_from_civil(2024, 5, 23)), "Hari Raya Waisak");
	assert_null(workcal_name(&c, days_from_civil(2024, 5, 22)));
	assert_false(workcal_is_working(&c, days_from_civil(2024, 5, 10)));
	assert_true(workcal_next_working(&c, days_from_civil(2024, 5, 9)) == days_from_civil(2024, 5, 13));
	c.count_cuti_bersama = 0;
	assert_true(workcal_is_working(&c, days_from_civil(2024, 5, 10)));
	assert_true(workcal_next_working(&c, days_from_civil(2024, 5, 9)) == days_from_civil(2024, 5, 10));
	/* Without a calendar only weekends count. */
	assert_true(workcal_next_working(NULL, days_from_civil(2024, 5, 9)) == days_from_civil(2024, 5, 9));
	assert_true(workcal_next_working(NULL, days_from_civil(2024, 5, 11)) == days_from_civil(2024, 5, 13));
	workcal_free(&c);
}

/* ---- the hand-worked table ----
 * A full e-tender pascakualifikasi (one file) schedule; the disruption
 * begins Monday 6 May 2024 10.00 WIB.  Stage 1 finished before it; stage
 * 2 ends exactly at its start (so it is not finished: its end moves, its
 * start stays); stage 3 begins exactly at its start (it moves whole). */
static const struct {
	const char *name, *start, *end;
} tender[12] = {
	{ "Pengumuman Pascakualifikasi", "2024-04-29 08:00", "2024-05-03 16:00" },
	{ "Download Dokumen Pemilihan", "2024-05-06 08:00", "2024-05-06 10:00" },
	{ "Pemberian Penjelasan", "2024-05-06 10:00", "2024-05-06 12:00" },
	{ "Upload Dokumen Penawaran", "2024-05-07 08:00", "2024-05-08 16:00" },
	{ "Pembukaan Dokumen Penawaran", "2024-05-13 08:00", "2024-05-13 10:00" },
	{ "Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga", "2024-05-13 10:00", "2024-05-21 16:00" },
	{ "Pembuktian Kualifikasi", "2024-05-22 08:00", "2024-05-22 16:00" },
	{ "Penetapan Pemenang", "2024-05-27 08:00", "2024-05-27 16:00" },
	{ "Pengumuman Pemenang", "2024-05-28 08:00", "2024-05-28 16:00" },
	{ "Masa Sanggah", "2024-05-29 08:00", "2024-06-03 16:00" },
	{ "Surat Penunjukan Penyedia Barang/Jasa", "2024-06-04 08:00", "2024-06-05 16:00" },
	{ "Penandatanganan Kontrak", "2024-06-06 08:00", "2024-06-07 16:00" },
};

typedef struct expect_row {
	const char *start, *end;
	day_kind landed;   /* what the shifted end fell on */
	int moved, pushed;
} expect_row;

/* By 1 day, cuti bersama not working (the default).  Worked by hand:
 *  2  end 06 Mei 10.00 +1 = Sel 07 Mei, a working day
 *  4  end 08 Mei 16.00 +1 = Kam 09 Mei (Kenaikan) -> Jum 10 (cuti
 *     bersama) -> Sab, Min -> Sen 13 Mei
 *  7  end 22 Mei +1 = Kam 23 Mei (Waisak) -> Jum 24 (cuti bersama) ->
 *     Sen 27 Mei
 *  8  start 27 Mei +1 = Sel 28, after stage 7's new end Sen 27 16.00
 * 12  end 07 Jun +1 = Sab 08 Jun -> Sen 10 Jun */
static const expect_row by1[12] = {
	{ "2024-04-29 08:00", "2024-05-03 16:00", DAY_WORKING, 0, 0 },
	{ "2024-05-06 08:00", "2024-05-07 10:00", DAY_WORKING, 0, 0 },
	{ "2024-05-07 10:00", "2024-05-07 12:00", DAY_WORKING, 0, 0 },
	{ "2024-05-08 08:00", "2024-05-13 16:00", DAY_HOLIDAY, 4, 0 },
	{ "2024-05-14 08:00", "2024-05-14 10:00", DAY_WORKING, 0, 0 },
	{ "2024-05-14 10:00", "2024-05-22 16:00", DAY_WORKING, 0, 0 },
	{ "2024-05-23 08:00", "2024-05-27 16:00", DAY_HOLIDAY, 4, 0 },
	{ "2024-05-28 08:00", "2024-05-28 16:00", DAY_WORKING, 0, 0 },
	{ "2024-05-29 08:00", "2024-05-29 16:00", DAY_WORKING, 0, 0 },
	{ "2024-05-30 08:00", "2024-06-04 16:00", DAY_WORKING, 0, 0 },
	{ "2024-06-05 08:00", "2024-06-06 16:00", DAY_WORKING, 0, 0 },
	{ "2024-06-07 08:00", "2024-06-10 16:00", DAY_WEEKEND, 2, 0 },
};

/* By 3 days, cuti bersama not working.  Worked by hand:
 *  2  end 06 Mei +3 = Kam 09 Mei (Kenaikan) -> Sen 13 Mei 10.00
 *  3  start 06 Mei 10.00 +3 = Kam 09 10.00, before stage 2's new end Sen
 *     13 10.00: pushed 4 days to Sen 13 10.00, end 06 Mei 12.00 +7 = Sen 13
 *  4  start 07 Mei +3 = Jum 10 08.00 < Sen 13 12.00: pushed ceil(3 d 4 h) =
 *     4 days to Sel 14 08.00, end 08 Mei 16.00 +7 = Rab 15 Mei
 *  6  end 21 Mei +3 = Jum 24 Mei (cuti bersama) -> Sen 27 Mei 16.00
 *  7  start 22 Mei +3 = Sab 25 08.00 < Sen 27 16.00: pushed 3, end 22 Mei
 *     +6 = Sel 28 Mei
 * 11  end 05 Jun +3 = Sab 08 Jun -> Sen 10 Jun
 * 12  start 06 Jun +3 = Min 09 08.00 < Sen 10 16.00: pushed 2 to Sel 11,
 *     end 07 Jun +5 = Rab 12 Jun */
static const expect_row by3[12] = {
	{ "2024-04-29 08:00", "2024-05-03 16:00", DAY_WORKING, 0, 0 },
	{ "2024-05-06 08:00", "2024-05-13 10:00", DAY_HOLIDAY, 4, 0 },
	{ "2024-05-13 10:00", "2024-05-13 12:00", DAY_WORKING, 0, 4 },
	{ "2024-05-14 08:00", "2024-05-15 16:00", DAY_WORKING, 0, 4 },
	{ "2024-05-16 08:00", "2024-05-16 10:00", DAY_WORKING, 0, 0 },
	{ "2024-05-16 10:00", "2024-05-27 16:00", DAY_CUTI_BERSAMA, 3, 0 },
	{ "2024-05-28 08:00", "2024-05-28 16:00", DAY_WORKING, 0, 3 },
	{ "2024-05-30 08:00", "2024-05-30 16:00", DAY_WORKING, 0, 0 },
	{ "2024-05-31 08:00", "2024-05-31 16:00", DAY_WORKING, 0, 0 },
	{ "2024-06-01 08:00", "2024-06-06 16:00", DAY_WORKING, 0, 0 },
	{ "2024-06-07 08:00", "2024-06-10 16:00", DAY_WEEKEND, 2, 0 },
	{ "2024-06-11 08:00", "2024-06-12 16:00", DAY_WORKING, 0, 2 },
};

/* By 3 days where the unit works on cuti bersama days:
 *  2  Kam 09 (Kenaikan) -> Jum 10 Mei 10.00 (worked)
 *  3  Kam 09 10.00 < Jum 10 10.00: pushed 1 to Jum 10 10.00-12.00
 *  4  Jum 10 08.00 < Jum 10 12.00: pushed 1 to Sab 11 08.00, end 08 Mei
 *     +4 = Min 12 -> Sen 13 Mei 16.00
 *  6  Jum 24 Mei (cuti bersama, worked) stays
 *  7  Sab 25 08.00 after Jum 24 16.00; end Sab 25 -> Sen 27 Mei */
static const expect_row by3_cb_worked[12] = {
	{ "2024-04-29 08:00", "2024-05-03 16:00", DAY_WORKING, 0, 0 },
	{ "2024-05-06 08:00", "2024-05-10 10:00", DAY_HOLIDAY, 1, 0 },
	{ "2024-05-10 10:00", "2024-05-10 12:00", DAY_WORKING, 0, 1 },
	{ "2024-05-11 08:00", "2024-05-13 16:00", DAY_WEEKEND, 1, 1 },
	{ "2024-05-16 08:00", "2024-05-16 10:00", DAY_WORKING, 0, 0 },
	{ "2024-05-16 10:00", "2024-05-24 16:00", DAY_WORKING, 0, 0 },
	{ "2024-05-25 08:00", "2024-05-27 16:00", DAY_WEEKEND, 2, 0 },
	{ "2024-05-30 08:00", "2024-05-30 16:00", DAY_WORKING, 0, 0 },
	{ "2024-05-31 08:00", "2024-05-31 16:00", DAY_WORKING, 0, 0 },
	{ "2024-06-01 08:00", "2024-06-06 16:00", DAY_WORKING, 0, 0 },
	{ "2024-06-07 08:00", "2024-06-10 16:00", DAY_WEEKEND, 2, 0 },
	{ "2024-06-11 08:00", "2024-06-12 16:00", DAY_WORKING, 0, 2 },
};

static void check_table(int days, int count_cb, const expect_row *want)
{
	workcal c;
	sched_in in[12];
	sched_out out[12];
	char a[40], b[40], msg[300];
	make_cal(&c, count_cb);
	for (int i = 0; i < 12; i++)
		in[i] = (sched_in){ t(tender[i].start), t(tender[i].end), 0 };
	/* The restore does not matter to the arithmetic, only the days. */
	disruption d = { t("2024-05-06 10:00"), t("2024-05-06 11:00") };
	assert_int_equal(schedule_shift(in, 12, &d, d.end, days, &c, WIB_OFFSET, out), 0);
	for (int i = 0; i < 12; i++) {
		snprintf(msg, sizeof msg, "by %d, stage %d %s: got %s - %s landed %d moved %d pushed %d", days,
		         i + 1, tender[i].name, fmt(out[i].start, a, sizeof a), fmt(out[i].end, b, sizeof b),
		         out[i].landed, out[i].moved, out[i].pushed);
		if (strcmp(a, want[i].start) || strcmp(b, want[i].end) || out[i].landed != want[i].landed ||
		    out[i].moved != want[i].moved || out[i].pushed != want[i].pushed)
			fail_msg("%s; wanted %s - %s landed %d moved %d pushed %d", msg, want[i].start,
			         want[i].end, want[i].landed, want[i].moved, want[i].pushed);
		assert_int_equal(out[i].shifted, i > 0);
		/* The proposal keeps the order and ends on working days. */
		if (i)
			assert_true(out[i].start >= out[i - 1].end);
		assert_true(workcal_is_working(&c, local_day(out[i].end, WIB_OFFSET)));
	}
	assert_true(out[1].start_kept);
	assert_false(out[2].start_kept);
	workcal_free(&c);
}

static void test_shift_by_1(void **state)
{
	(void)state;
	check_table(1, 1, by1);
}

static void test_shift_by_3(void **state)
{
	(void)state;
	check_table(3, 1, by3);
}

static void test_shift_by_3_cuti_bersama_worked(void **state)
{
	(void)state;
	check_table(3, 0, by3_cb_worked);
}

/* ---- SPSE 4 schedules: overlapping stages ----
 * Times are WITA (LPSE Kabupaten Tapin); the rows are stage No, name, the
 * schedule, and the proposal worked out by hand: what moved it and by how
 * many days.  after and with are stage numbers (0: none). */
#define WITA_OFFSET (8 * 3600)

static int64_t tw(const char *s)
{
	int64_t v;
	char err[200];
	assert_int_equal(when_parse(s, ZONE_WITA, &v, err, sizeof err), 0);
	return v;
}

typedef struct spse_row {
	const char *name, *start, *end;
	const char *new_start, *new_end;
	int hit;
	int fate;                   /* sched_fate */
	int pushed, after;          /* "agar mulai sesudah tahap AFTER berakhir" */
	int pokja;                  /* a one-day Pokja stage moved to start on a working day */
	int moved;                  /* its end moved to a working day */
	int joined, with;           /* its end moved to end with stage WITH */
	int sanggah;                /* a Masa Sanggah: its whole days now */
} spse_row;

enum { K = SCHED_KEPT, R = SCHED_RUNNING, L = SCHED_LATER, W = SCHED_WAITING };

/* Package 10095767000 of LPSE Kabupaten Tapin as SPSE showed it (from
 * github.com/israndria/asisten-pokja, analyze_jadwal.py): Download and
 * Upload close together at 13/11 10:01; Pembukaan and Evaluasi start a
 * minute after; Pembuktian (18/11 09:00-15:50) lies inside Evaluasi.
 * Disruption during the upload: Wednesday 12/11/2025 16:00 to Saturday
 * 15/11 10:00, touching 12, 13, 14 and 15 November: 4 days.  By hand:
 *  1  ended 12/11 14:30, before the start: kept
 *  2  running: end 13/11 10:01 +4 = Mon 17/11 10:01
 *  3  ended 10/11: kept
 *  4  running: as 2, so 2 and 4 still end together
 *  5  13/11 10:02 +4 = Mon 17/11 10:02, after 2 and 4 (17/11 10:01); end
 *     Tue 18/11 09:00.  Hit: it began before the restore
 *  6  start +4 = Mon 17/11 10:03; end 18/11 16:00 +4 = Sat 22/11 -> Mon 24/11
 *  7  +4 = Sat 22/11 09:00-15:50, a one-day Pokja stage: Mon 24/11,
 *     still inside 6 (until 24/11 16:00).  Not hit: it begins after the
 *     restore
 *  8  +4 = Sat 22/11 16:01 < 6's end Mon 24/11 16:00: +2 = Mon 24/11 16:01
 *     (7's end 15:50 asks the same 2 days; 6 ends later and names it)
 *  9  +4 = Sat 22/11 18:01 < 8's end Mon 24/11 18:00: +2
 * 10  +4 = Sat 22/11 22:01 < 9's end Mon 24/11 22:00: +2 = Mon 24/11 22:01;
 *     end 24/11 08:00 +6 = Sun 30/11 -> Mon 01/12 08:00; 6 whole days
 *     (5 before)
 * 11  +4 = Fri 28/11 08:01 < 10's end Mon 01/12 08:00: +3 = Mon 01/12
 *     08:01; end 28/11 16:00 +7 = Fri 05/12
 * 12  +4 = Fri 28/11 14:00 < Mon 01/12 08:00: +3 = Mon 01/12 14:00; end
 *     01/12 16:00 +7 = Mon 08/12 (11's end is after 12's start: no relation)
 * The same table is in gangguan-remedies(7), EXAMPLES, and
 * tests/cli/spse.sh. */
static const spse_row upload[12] = {
	{ "Pengumuman Pascakualifikasi", "2025-11-07 14:30", "2025-11-12 14:30",
	  "2025-11-07 14:30", "2025-11-12 14:30", 0, K, 0, 0, 0, 0, 0, 0, 0 },
	{ "Download Dokumen Pemilihan", "2025-11-07 14:31", "2025-11-13 10:01",
	  "2025-11-07 14:31", "2025-11-17 10:01", 1, R, 0, 0, 0, 0, 0, 0, 0 },
	{ "Pemberian Penjelasan", "2025-11-10 08:00", "2025-11-10 10:00",
	  "2025-11-10 08:00", "2025-11-10 10:00", 0, K, 0, 0, 0, 0, 0, 0, 0 },
	{ "Upload Dokumen Penawaran", "2025-11-10 11:00", "2025-11-13 10:01",
	  "2025-11-10 11:00", "2025-11-17 10:01", 1, R, 0, 0, 0, 0, 0, 0, 0 },
	{ "Pembukaan Dokumen Penawaran", "2025-11-13 10:02", "2025-11-14 09:00",
	  "2025-11-17 10:02", "2025-11-18 09:00", 1, L, 0, 0, 0, 0, 0, 0, 0 },
	{ "Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga", "2025-11-13 10:03", "2025-11-18 16:00",
	  "2025-11-17 10:03", "2025-11-24 16:00", 1, L, 0, 0, 0, 2, 0, 0, 0 },
	{ "Pembuktian Kualifikasi", "2025-11-18 09:00", "2025-11-18 15:50",
	  "2025-11-24 09:00", "2025-11-24 15:50", 0, L, 0, 0, 2, 0, 0, 0, 0 },
	{ "Penetapan Pemenang", "2025-11-18 16:01", "2025-11-18 18:00",
	  "2025-11-24 16:01", "2025-11-24 18:00", 0, L, 2, 6, 0, 0, 0, 0, 0 },
	{ "Pengumuman Pemenang", "2025-11-18 18:01", "2025-11-18 22:00",
	  "2025-11-24 18:01", "2025-11-24 22:00", 0, L, 2, 8, 0, 0, 0, 0, 0 },
	{ "Masa Sanggah", "2025-11-18 22:01", "2025-11-24 08:00",
	  "2025-11-24 22:01", "2025-12-01 08:00", 0, L, 2, 9, 0, 1, 0, 0, 6 },
	{ "Surat Penunjukan Penyedia Barang/Jasa", "2025-11-24 08:01", "2025-11-28 16:00",
	  "2025-12-01 08:01", "2025-12-05 16:00", 0, L, 3, 10, 0, 0, 0, 0, 0 },
	{ "Penandatanganan Kontrak", "2025-11-24 14:00", "2025-12-01 16:00",
	  "2025-12-01 14:00", "2025-12-08 16:00", 0, L, 3, 10, 0, 0, 0, 0, 0 },
};

/* The shipped stage list (data/stages/tender-pascakualifikasi-1-file.csv)
 * from Monday 3 November 2025.  Disruption during the announcement,
 * before Pemberian Penjelasan: Tuesday 04/11 20:00 to Wednesday 05/11
 * 07:00, 2 days.  By hand:
 *  1  running: end 10/11 08:00 +2 = Wed 12/11 08:00
 *  2  running: end 10/11 10:00 +2 = Wed 12/11 10:00; then raised to end
 *     with 4: Fri 14/11 10:00 (+2)
 *  3  Thu 06/11 09:00 +2 = Sat 08/11, a one-day Pokja stage: Mon 10/11
 *     09:00-11:00 (+2)
 *  4  06/11 13:00 +2 = Sat 08/11 13:00 < 3's end Mon 10/11 11:00: +2 = Mon
 *     10/11 13:00; end 10/11 10:00 +4 = Fri 14/11 10:00
 *  5  10/11 10:01 +2 = Wed 12/11 10:01 < 2's and 4's end Fri 14/11 10:00:
 *     +2 = Fri 14/11 10:01-23:59 (4, settled later, names it)
 *  6  likewise +2+2 = Fri 14/11 10:02; end 13/11 16:00 +4 = Mon 17/11
 *  7  12/11 09:00 +2 = Fri 14/11 09:00 < 5's end Fri 14/11 23:59: +1 = Sat
 *     15/11 09:00 (two days long: no Pokja rule); end 13/11 15:30 +3 = Sun
 *     16/11 -> Mon 17/11 15:30, inside 6
 *  8  13/11 16:01 +2 = Sat 15/11 < 6's end Mon 17/11 16:00: +2
 *  9  +2 = Sat 15/11 17:01 < 8's end Mon 17/11 17:00: +2
 * 10  +2 = Sat 15/11 21:01 < 9's end Mon 17/11 21:00: +2 = Mon 17/11 21:01;
 *     end 18/11 21:01 +4 = Sat 22/11 -> Mon 24/11 21:01: 7 days (5 before)
 * 11  19/11 08:00 +2 = Fri 21/11 < 10's end Mon 24/11 21:01: +4 = Tue
 *     25/11 08:00; end 21/11 16:00 +6 = Thu 27/11
 * 12  19/11 09:00 +2 = Fri 21/11 09:00: +4 = Tue 25/11; end 25/11 +6 = Mon
 *     01/12 */
static const spse_row announcement[12] = {
	{ "Pengumuman Pascakualifikasi", "2025-11-03 08:00", "2025-11-10 08:00",
	  "2025-11-03 08:00", "2025-11-12 08:00", 1, R, 0, 0, 0, 0, 0, 0, 0 },
	{ "Download Dokumen Pemilihan", "2025-11-03 08:01", "2025-11-10 10:00",
	  "2025-11-03 08:01", "2025-11-14 10:00", 1, R, 0, 0, 0, 0, 2, 4, 0 },
	{ "Pemberian Penjelasan", "2025-11-06 09:00", "2025-11-06 11:00",
	  "2025-11-10 09:00", "2025-11-10 11:00", 0, L, 0, 0, 2, 0, 0, 0, 0 },
	{ "Upload Dokumen Penawaran", "2025-11-06 13:00", "2025-11-10 10:00",
	  "2025-11-10 13:00", "2025-11-14 10:00", 0, L, 2, 3, 0, 0, 0, 0, 0 },
	{ "Pembukaan Dokumen Penawaran", "2025-11-10 10:01", "2025-11-10 23:59",
	  "2025-11-14 10:01", "2025-11-14 23:59", 0, L, 2, 4, 0, 0, 0, 0, 0 },
	{ "Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga", "2025-11-10 10:02", "2025-11-13 16:00",
	  "2025-11-14 10:02", "2025-11-17 16:00", 0, L, 2, 4, 0, 0, 0, 0, 0 },
	{ "Pembuktian Kualifikasi", "2025-11-12 09:00", "2025-11-13 15:30",
	  "2025-11-15 09:00", "2025-11-17 15:30", 0, L, 1, 5, 0, 1, 0, 0, 0 },
	{ "Penetapan Pemenang", "2025-11-13 16:01", "2025-11-13 17:00",
	  "2025-11-17 16:01", "2025-11-17 17:00", 0, L, 2, 6, 0, 0, 0, 0, 0 },
	{ "Pengumuman Pemenang", "2025-11-13 17:01", "2025-11-13 21:00",
	  "2025-11-17 17:01", "2025-11-17 21:00", 0, L, 2, 8, 0, 0, 0, 0, 0 },
	{ "Masa Sanggah", "2025-11-13 21:01", "2025-11-18 21:01",
	  "2025-11-17 21:01", "2025-11-24 21:01", 0, L, 2, 9, 0, 2, 0, 0, 7 },
	{ "Surat Penunjukan Penyedia Barang/Jasa", "2025-11-19 08:00", "2025-11-21 16:00",
	  "2025-11-25 08:00", "2025-11-27 16:00", 0, L, 4, 10, 0, 0, 0, 0, 0 },
	{ "Penandatanganan Kontrak", "2025-11-19 09:00", "2025-11-25 16:00",
	  "2025-11-25 09:00", "2025-12-01 16:00", 0, L, 4, 10, 0, 0, 0, 0, 0 },
};

static const char *fmt_wita(int64_t utc, char *buf, size_t n)
{
	civil c;
	civil_from_utc(utc, ZONE_WITA, &c);
	fmt_iso_local(buf, n, &c);
	return buf;
}

static void check_spse(const spse_row *want, size_t n, const char *from, const char *to, int days)
{
	sched_in in[24];
	sched_out out[24];
	char a[40], b[40];
	disruption d = { tw(from), tw(to) };
	assert_int_equal(disruption_days(d.start, d.end, WITA_OFFSET), days);
	for (size_t i = 0; i < n; i++)
		in[i] = (sched_in){ tw(want[i].start), tw(want[i].end), stage_kind(want[i].name) };
	assert_int_equal(schedule_shift(in, n, &d, d.end, days, NULL, WITA_OFFSET, out), 0);
	strbuf bad = STRBUF_INIT;
	for (size_t i = 0; i < n; i++) {
		const spse_row *w = &want[i];
		const sched_out *o = &out[i];
		fmt_wita(o->start, a, sizeof a);
		fmt_wita(o->end, b, sizeof b);
		if (strcmp(a, w->new_start) || strcmp(b, w->new_end) || o->hit != w->hit || (int)o->fate != w->fate ||
		    o->pushed != w->pushed || o->after + 1 != w->after || o->pokja_moved != w->pokja ||
		    o->moved != w->moved || o->joined != w->joined || o->with + 1 != w->with ||
		    o->sanggah_days != w->sanggah)
			sb_appendf(&bad, "\n  %zu %s: got %s - %s hit %d fate %d pushed %d after %d pokja %d moved %d "
			           "joined %d with %d sanggah %d; wanted %s - %s hit %d fate %d pushed %d after %d "
			           "pokja %d moved %d joined %d with %d sanggah %d", i + 1, w->name, a, b, o->hit,
			           o->fate, o->pushed, o->after + 1, o->pokja_moved, o->moved, o->joined, o->with + 1,
			           o->sanggah_days, w->new_start, w->new_end, w->hit, w->fate, w->pushed, w->after,
			           w->pokja, w->moved, w->joined, w->with, w->sanggah);
		/* The rules hold whatever the table says: nothing gets shorter,
		 * moved ends are on working days, a later stage still starts
		 * after the stages that ended before it began, stages that ended
		 * together still do. */
		if (o->end - o->start < in[i].end - in[i].start)
			sb_appendf(&bad, "\n  %zu %s is shorter", i + 1, w->name);
		if (o->shifted && !workcal_is_working(NULL, local_day(o->end, WITA_OFFSET)))
			sb_appendf(&bad, "\n  %zu %s ends on a non-working day", i + 1, w->name);
		for (size_t j = 0; j < n; j++) {
			if (j != i && in[j].end <= in[i].start && out[i].start < out[j].end)
				sb_appendf(&bad, "\n  %zu %s now starts before %zu ends", i + 1, w->name, j + 1);
			if (j != i && in[j].end == in[i].end && out[j].end != out[i].end)
				sb_appendf(&bad, "\n  %zu %s no longer ends with %zu", i + 1, w->name, j + 1);
		}
	}
	char msg[8000];
	snprintf(msg, sizeof msg, "%s", sb_str(&bad));
	sb_free(&bad);
	if (*msg)
		fail_msg("%s", msg);
}

static void test_shift_spse_upload(void **state)
{
	(void)state;
	check_spse(upload, 12, "2025-11-12 16:00", "2025-11-15 10:00", 4);
}

static void test_shift_spse_announcement(void **state)
{
	(void)state;
	check_spse(announcement, 12, "2025-11-04 20:00", "2025-11-05 07:00", 2);
}

/* The same schedule in another order gives the same proposal: stages are
 * taken by start, not as given. */
static void test_shift_any_order(void **state)
{
	(void)state;
	sched_in in[12], rev[12];
	sched_out out[12], rout[12];
	disruption d = { tw("2025-11-12 16:00"), tw("2025-11-15 10:00") };
	for (int i = 0; i < 12; i++) {
		in[i] = (sched_in){ tw(upload[i].start), tw(upload[i].end), stage_kind(upload[i].name) };
		rev[11 - i] = in[i];
	}
	assert_int_equal(schedule_shift(in, 12, &d, d.end, 4, NULL, WITA_OFFSET, out), 0);
	assert_int_equal(schedule_shift(rev, 12, &d, d.end, 4, NULL, WITA_OFFSET, rout), 0);
	for (int i = 0; i < 12; i++) {
		assert_true(out[i].start == rout[11 - i].start);
		assert_true(out[i].end == rout[11 - i].end);
	}
	/* stage 8 follows 6: in the reversed list that is index 11 - 5 */
	assert_int_equal(rout[4].after, 6);
}

/* While the incident is open nothing is proposed: a back-dated incident
 * does not turn into a guess of hundreds of days.  Stages begun by now are
 * hit so far; later ones wait. */
static void test_shift_open(void **state)
{
	(void)state;
	sched_in in[12];
	sched_out out[12];
	disruption d = { tw("2025-11-12 16:00"), 0 };
	int64_t now = tw("2025-11-13 10:02");   /* Pembukaan has just begun, Evaluasi not */
	for (int i = 0; i < 12; i++)
		in[i] = (sched_in){ tw(upload[i].start), tw(upload[i].end), stage_kind(upload[i].name) };
	assert_int_equal(schedule_shift(in, 12, &d, now, 204, NULL, WITA_OFFSET, out), 0);
	static const int hit[12] = { 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0 };
	for (int i = 0; i < 12; i++) {
		assert_int_equal(out[i].fate, (i == 0 || i == 2) ? SCHED_KEPT : SCHED_WAITING);
		assert_int_equal(out[i].hit, hit[i]);
		assert_false(out[i].shifted);
		assert_true(out[i].start == in[i].start && out[i].end == in[i].end);
	}
}

/* A stage of no length (SPSE's instant steps) is a stage: one-day, it
 * moves like the others. */
static void test_shift_zero_length(void **state)
{
	(void)state;
	sched_in in[2] = { { tw("2025-11-13 10:00"), tw("2025-11-13 10:00"), STAGE_POKJA },
	                   { tw("2025-11-13 10:00"), tw("2025-11-13 12:00"), 0 } };
	sched_out out[2];
	disruption d = { tw("2025-11-13 08:00"), tw("2025-11-13 09:00") };
	assert_int_equal(schedule_shift(in, 2, &d, d.end, 2, NULL, WITA_OFFSET, out), 0);
	char a[40];
	/* Thu +2 = Sat: the Pokja step moves to Monday, and the stage that
	 * began when it ended with it. */
	assert_string_equal(fmt_wita(out[0].start, a, sizeof a), "2025-11-17 10:00");
	assert_true(out[0].end == out[0].start);
	assert_int_equal(out[0].pokja_moved, 2);
	assert_string_equal(fmt_wita(out[1].start, a, sizeof a), "2025-11-17 10:00");
	assert_int_equal(out[1].pushed, 2);
	assert_int_equal(out[1].after, 0);
}

static void test_shift_refuses_bad_input(void **state)
{
	(void)state;
	sched_in in[2] = { { t("2024-05-06 10:00"), t("2024-05-06 09:00"), 0 },
	                   { t("2024-05-07 10:00"), t("2024-05-07 12:00"), 0 } };
	sched_out out[2];
	disruption d = { t("2024-05-06 08:00"), t("2024-05-06 09:00") };
	assert_int_equal(schedule_shift(in, 2, &d, d.end, 1, NULL, WIB_OFFSET, out), -1);
	in[0].end = t("2024-05-07 11:00");   /* overlaps the next one: SPSE's do */
	assert_int_equal(schedule_shift(in, 2, &d, d.end, 1, NULL, WIB_OFFSET, out), 0);
}

/* ---- the stage kinds ---- */

static void test_stage_kinds(void **state)
{
	(void)state;
	assert_int_equal(stage_kind("Pembuktian Kualifikasi"), STAGE_POKJA);
	assert_int_equal(stage_kind("  pembuktian   KUALIFIKASI "), STAGE_POKJA);
	assert_int_equal(stage_kind("Masa Sanggah"), STAGE_SANGGAH);
	assert_int_equal(stage_kind("Masa Sanggah Prakualifikasi"), STAGE_SANGGAH);
	assert_int_equal(stage_kind("Masa Sanggah Banding"), 0);
	assert_int_equal(stage_kind("Upload Dokumen Penawaran"), 0);
	assert_int_equal(stage_kind("Pembuktian"), 0);
	assert_int_equal(stage_kind(NULL), 0);
	/* gangguan-remedies(7) lists every row of the table. */
	const char *dir = getenv("GANGGUAN_DATADIR");
	char path[600];
	snprintf(path, sizeof path, "%s/../man/gangguan-remedies.7", dir && *dir ? dir : "data");
	FILE *f = fopen(path, "rb");
	if (!f)
		fail_msg("cannot open %s", path);
	strbuf man = STRBUF_INIT;
	char buf[4096];
	size_t got;
	while ((got = fread(buf, 1, sizeof buf, f)) > 0)
		sb_appendn(&man, buf, got);
	fclose(f);
	unsigned kind;
	strbuf missing = STRBUF_INIT;
	for (unsigned i = 0; stage_kind_row(i, &kind); i++)
		if (!strstr(sb_str(&man), stage_kind_row(i, &kind)))
			sb_appendf(&missing, " [%s]", stage_kind_row(i, &kind));
	sb_free(&man);
	char msg[4000];
	snprintf(msg, sizeof msg, "%s", sb_str(&missing));
	sb_free(&missing);
	if (*msg)
		fail_msg("gangguan-remedies.7 does not name:%s", msg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_days_seed),
		cmocka_unit_test(test_days_edges),
		cmocka_unit_test(test_hit_boundaries),
		cmocka_unit_test(test_workcal),
		cmocka_unit_test(test_shift_by_1),
		cmocka_unit_test(test_shift_by_3),
		cmocka_unit_test(test_shift_by_3_cuti_bersama_worked),
		cmocka_unit_test(test_shift_spse_upload),
		cmocka_unit_test(test_shift_spse_announcement),
		cmocka_unit_test(test_shift_any_order),
		cmocka_unit_test(test_shift_open),
		cmocka_unit_test(test_shift_zero_length),
		cmocka_unit_test(test_shift_refuses_bad_input),
		cmocka_unit_test(test_stage_kinds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
