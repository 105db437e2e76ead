/* Days of disruption, hits at the exact boundaries, the working-day
 * calendar and the proposed schedule (core/schedule.c, core/workcal.c),
 * checked against a table worked out by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "idtime.h"
#include "schedule.h"
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
	/* Not restored: every stage from the start on is hit. */
	disruption open = { t("2024-05-06 10:00"), 0 };
	assert_true(stage_hit(&open, t("2025-01-01 08:00"), t("2025-01-02 08:00")));
	assert_false(stage_hit(&open, t("2024-05-01 08:00"), t("2024-05-06 09:00")));
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
		in[i] = (sched_in){ t(tender[i].start), t(tender[i].end) };
	assert_int_equal(schedule_shift(in, 12, t("2024-05-06 10:00"), days, &c, WIB_OFFSET, out), 0);
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

static void test_shift_refuses_bad_input(void **state)
{
	(void)state;
	sched_in in[2] = { { t("2024-05-06 10:00"), t("2024-05-06 09:00") },
	                   { t("2024-05-07 10:00"), t("2024-05-07 12:00") } };
	sched_out out[2];
	assert_int_equal(schedule_shift(in, 2, t("2024-05-06 08:00"), 1, NULL, WIB_OFFSET, out), -1);
	in[0].end = t("2024-05-07 11:00");   /* overlaps the next one */
	assert_int_equal(schedule_shift(in, 2, t("2024-05-06 08:00"), 1, NULL, WIB_OFFSET, out), -1);
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
		cmocka_unit_test(test_shift_refuses_bad_input),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
