/* Indonesian dates and times (core/idtime.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "idtime.h"

static void test_seed_dates(void **state)
{
	(void)state;
	civil c;
	int64_t t;
	char err[200], buf[64];

	assert_int_equal(when_parse("2018-02-03 14:30", ZONE_WIB, &t, err, sizeof err), 0);
	civil_from_utc(t, ZONE_WIB, &c);
	assert_string_equal(id_day_name(c.weekday), "Sabtu");
	fmt_id_date(buf, sizeof buf, &c);
	assert_string_equal(buf, "3 Februari 2018");
	fmt_id_time(buf, sizeof buf, &c, ZONE_WIB);
	assert_string_equal(buf, "14.30 WIB");
	assert_int_equal(when_parse("04/02/2018 09.00", ZONE_WIB, &t, err, sizeof err), 0);
	civil_from_utc(t, ZONE_WIB, &c);
	assert_string_equal(id_day_name(c.weekday), "Minggu");
}

/* Zeller's congruence, written here independently of the code under test:
 * h = 0 is Saturday.  Returns 0 = Monday ... 6 = Sunday. */
static int zeller_weekday(int y, int m, int d)
{
	if (m < 3) {
		m += 12;
		y -= 1;
	}
	int k = y % 100, j = y / 100;
	int h = (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
	return (h + 5) % 7;
}

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static void test_day_names_against_zeller_and_gmtime(void **state)
{
	(void)state;
	static const char *const names[] = { "Senin", "Selasa", "Rabu", "Kamis", "Jumat",
		                             "Sabtu", "Minggu" };
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int checked = 0;
	for (int y = 1899; y <= 2101; y++) {
		for (int m = 1; m <= 12; m++) {
			int dim = mdays[m - 1] + (m == 2 && leap(y));
			assert_int_equal(days_in_month(y, m), dim);
			assert_true(civil_date_valid(y, m, dim));
			assert_false(civil_date_valid(y, m, dim + 1));
			for (int d = 1; d <= dim; d++) {
				int64_t days = days_from_civil(y, m, d);
				int w = weekday_from_days(days);
				if (w != zeller_weekday(y, m, d))
					fail_msg("%04d-%02d-%02d: weekday %d, Zeller says %d", y, m, d, w,
					         zeller_weekday(y, m, d));
				int yy, mm, dd;
				civil_from_days(days, &yy, &mm, &dd);
				if (yy != y || mm != m || dd != d)
					fail_msg("%04d-%02d-%02d came back as %04d-%02d-%02d", y, m, d, yy, mm, dd);
				/* glibc's gmtime agrees on the day count (time_t is 64-bit) */
				time_t t = (time_t)(days * 86400);
				struct tm tm;
				assert_non_null(gmtime_r(&t, &tm));
				assert_int_equal(tm.tm_year + 1900, y);
				assert_int_equal(tm.tm_mon + 1, m);
				assert_int_equal(tm.tm_mday, d);
				assert_int_equal((tm.tm_wday + 6) % 7, w);
				checked++;
			}
		}
	}
	assert_int_equal(checked, (int)(days_from_civil(2102, 1, 1) - days_from_civil(1899, 1, 1)));
	assert_int_equal(days_from_civil(1970, 1, 1), 0);
	for (int w = 0; w < 7; w++)
		assert_string_equal(id_day_name(w), names[w]);
	assert_string_equal(id_day_name(-1), "?");
	assert_string_equal(id_day_name(7), "?");
	/* civil_from_utc fills the weekday too: 17 August 1945 was a Friday */
	civil c;
	civil c2 = { 1945, 8, 17, 10, 0, 0, -1 };
	civil_from_utc(utc_from_civil(&c2, ZONE_WIB), ZONE_WIB, &c);
	assert_string_equal(id_day_name(c.weekday), "Jumat");
}

static void test_month_names_and_roman(void **state)
{
	(void)state;
	static const char *const months[] = { "Januari", "Februari", "Maret", "April", "Mei",
		                              "Juni", "Juli", "Agustus", "September", "Oktober",
		                              "November", "Desember" };
	static const char *const roman[] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII",
		                             "IX", "X", "XI", "XII" };
	for (int m = 1; m <= 12; m++) {
		char up[20];
		assert_string_equal(id_month_name(m), months[m - 1]);
		assert_string_equal(roman_month(m), roman[m - 1]);
		assert_int_equal(id_month_from_name(months[m - 1]), m);
		for (size_t i = 0; i <= strlen(months[m - 1]); i++)
			up[i] = (char)toupper((unsigned char)months[m - 1][i]);
		assert_int_equal(id_month_from_name(up), m);
	}
	assert_int_equal(id_month_from_name("Pebruari"), 2);
	assert_int_equal(id_month_from_name("nopember"), 11);
	assert_int_equal(id_month_from_name("February"), 0);
	assert_int_equal(id_month_from_name("Jan"), 0);
	assert_int_equal(id_month_from_name(""), 0);
	assert_int_equal(id_month_from_name(NULL), 0);
	assert_string_equal(id_month_name(0), "?");
	assert_string_equal(id_month_name(13), "?");
	assert_string_equal(roman_month(0), "?");
	assert_string_equal(roman_month(13), "?");
	assert_int_equal(days_in_month(2018, 0), 0);
	assert_int_equal(days_in_month(2018, 13), 0);
}

static void test_zones(void **state)
{
	(void)state;
	static const struct { const char *name; int hours; } zs[] = {
		{ "WIB", 7 }, { "WITA", 8 }, { "WIT", 9 }
	};
	/* 2018-02-03 14:30 UTC, from the libc, not from the code under test */
	struct tm tm = { .tm_year = 118, .tm_mon = 1, .tm_mday = 3, .tm_hour = 14, .tm_min = 30 };
	int64_t utc1430 = (int64_t)timegm(&tm);
	for (int i = 0; i < 3; i++) {
		zone z = (zone)-1;
		char lower[8];
		assert_int_equal(zone_from_name(zs[i].name, &z), 0);
		assert_int_equal(z, (zone)i);
		for (size_t k = 0; k <= strlen(zs[i].name); k++)
			lower[k] = (char)tolower((unsigned char)zs[i].name[k]);
		assert_int_equal(zone_from_name(lower, &z), 0);
		assert_int_equal(z, (zone)i);
		assert_string_equal(zone_name(z), zs[i].name);
		assert_int_equal(zone_utc_offset(z), zs[i].hours * 3600);

		/* 14:30 local is 14:30 UTC minus the offset */
		civil c = { 2018, 2, 3, 14, 30, 0, 0 }, back;
		int64_t t = utc_from_civil(&c, z);
		assert_int_equal(t, utc1430 - zs[i].hours * 3600);
		civil_from_utc(t, z, &back);
		assert_int_equal(back.year, 2018);
		assert_int_equal(back.month, 2);
		assert_int_equal(back.day, 3);
		assert_int_equal(back.hour, 14);
		assert_int_equal(back.minute, 30);
		assert_int_equal(back.second, 0);
		assert_string_equal(id_day_name(back.weekday), "Sabtu");

		int64_t parsed;
		char err[200];
		assert_int_equal(when_parse("2018-02-03 14:30", z, &parsed, err, sizeof err), 0);
		assert_int_equal(parsed, t);

		char buf[32];
		fmt_id_time(buf, sizeof buf, &back, z);
		char want[32];
		snprintf(want, sizeof want, "14.30 %s", zs[i].name);
		assert_string_equal(buf, want);

		/* the same instant crosses midnight in the eastern zones */
		civil late;
		civil_from_utc(utc1430 + 2 * 3600, z, &late);   /* 16:30 UTC */
		assert_int_equal(late.day, 3 + (16 + zs[i].hours >= 24));
		assert_int_equal(late.hour, (16 + zs[i].hours) % 24);
	}
	zone z = ZONE_WITA;
	assert_int_equal(zone_from_name("UTC", &z), -1);
	assert_int_equal(zone_from_name("WI", &z), -1);
	assert_int_equal(zone_from_name("WIB ", &z), -1);
	assert_int_equal(zone_from_name("", &z), -1);
	assert_int_equal(zone_from_name(NULL, &z), -1);
	assert_int_equal(z, ZONE_WITA);
	assert_string_equal(zone_name((zone)3), "?");
	assert_int_equal(zone_utc_offset((zone)3), 0);
	/* before 1970 local midnight still lands on the right day */
	civil c;
	civil_from_utc(-1, ZONE_WIB, &c);   /* 1970-01-01 06:59:59 WIB */
	assert_int_equal(c.year, 1970);
	assert_int_equal(c.hour, 6);
	assert_int_equal(c.second, 59);
	civil_from_utc(-8 * 3600, ZONE_WIB, &c);
	assert_int_equal(c.year, 1969);
	assert_int_equal(c.day, 31);
	assert_int_equal(c.hour, 23);
}

static int64_t utc_of(int y, int mo, int d, int h, int mi, int s, zone z)
{
	civil c = { y, mo, d, h, mi, s, 0 };
	return utc_from_civil(&c, z);
}

static void parses(const char *s, int64_t want)
{
	int64_t t = 0;
	char err[200] = "";
	if (when_parse(s, ZONE_WIB, &t, err, sizeof err) != 0)
		fail_msg("\"%s\" refused: %s", s, err);
	if (t != want)
		fail_msg("\"%s\": %lld, expected %lld", s, (long long)t, (long long)want);
}

static void refuses(const char *s, const char *want)
{
	int64_t t = 12345;
	char err[200] = "";
	if (when_parse(s, ZONE_WIB, &t, err, sizeof err) == 0)
		fail_msg("\"%s\" accepted", s ? s : "(null)");
	if (!strstr(err, want))
		fail_msg("\"%s\": reason \"%s\" lacks \"%s\"", s ? s : "(null)", err, want);
}

static void test_when_parse_accepts(void **state)
{
	(void)state;
	int64_t t = utc_of(2018, 2, 3, 14, 30, 0, ZONE_WIB);
	parses("2018-02-03 14:30", t);
	parses("2018-02-03 14.30", t);
	parses("03/02/2018 14.30", t);
	parses("03/02/2018 14:30", t);
	parses("3/2/2018 14.30", t);
	parses("  2018-02-03   14:30  ", t);
	parses("\t03/02/2018\t14.30\n", t);
	parses("2018-02-03 14:30:15", t + 15);
	parses("03/02/2018 14.30.15", t + 15);
	parses("2018-02-03 9:05", utc_of(2018, 2, 3, 9, 5, 0, ZONE_WIB));
	parses("29/02/2020 00.00", utc_of(2020, 2, 29, 0, 0, 0, ZONE_WIB));
	parses("31/12/2018 23.59.59", utc_of(2018, 12, 31, 23, 59, 59, ZONE_WIB));
	parses("1970-01-01 07:00", 0);
}

static void test_when_parse_refuses(void **state)
{
	(void)state;
	refuses("30/02/2018 10.00", "30/02/2018: tanggal tidak ada");
	refuses("2018-02-30 10:00", "2018-02-30: tanggal tidak ada");
	refuses("29/02/2018 10.00", "tanggal tidak ada");
	refuses("29/02/1900 10.00", "tanggal tidak ada");
	refuses("31/04/2018 10.00", "tanggal tidak ada");
	refuses("00/01/2018 10.00", "tanggal tidak ada");
	refuses("01/13/2018 10.00", "tanggal tidak ada");
	refuses("1969-12-31 23:59", "tanggal tidak ada");
	refuses("03/02/2018 24.00", "jam harus 00.00 sampai 23.59");
	refuses("03/02/2018 23.60", "jam harus");
	refuses("03/02/2018 23.59.60", "jam harus");
	refuses("24.00", "format tanggal tidak dikenal");
	refuses("14:30", "format tanggal tidak dikenal");
	refuses("", "waktu kosong");
	refuses("   ", "waktu kosong");
	refuses(NULL, "waktu kosong");
	refuses("2018-02-03 14:30 WIB", "jam tidak terbaca");
	refuses("2018-02-03 14:30x", "jam tidak terbaca");
	refuses("2018-02-03 14:30:1", "jam tidak terbaca");
	refuses("2018-02-03 14:30.15", "jam tidak terbaca");   /* mixed separators */
	refuses("2018-02-03 14:3", "jam tidak terbaca");
	refuses("2018-02-03 14", "jam tidak terbaca");
	refuses("2018-02-03", "jam tidak terbaca");
	refuses("2018-02-03T14:30", "jam tidak terbaca");
	refuses("2018-02-03 123:30", "jam tidak terbaca");
	refuses("03/02/18 14.30", "format tanggal tidak dikenal");
	refuses("03-02-2018 14.30", "format tanggal tidak dikenal");
	refuses("20180-02-03 14:30", "format tanggal tidak dikenal");
	refuses("03.02.2018 14.30", "format tanggal tidak dikenal");
	refuses("kemarin", "format tanggal tidak dikenal");
}

static void duration_is(int64_t seconds, const char *want)
{
	char buf[80];
	size_t n = fmt_duration(buf, sizeof buf, seconds);
	if (strcmp(buf, want) != 0)
		fail_msg("%lld s: \"%s\", expected \"%s\"", (long long)seconds, buf, want);
	assert_int_equal(n, strlen(want));
}

static void test_duration_boundaries(void **state)
{
	(void)state;
	duration_is(0, "kurang dari 1 menit");
	duration_is(59, "kurang dari 1 menit");
	duration_is(60, "1 menit");
	duration_is(119, "1 menit");              /* rounded down */
	duration_is(40 * 60, "40 menit");
	duration_is(59 * 60 + 59, "59 menit");
	duration_is(60 * 60, "1 jam");
	duration_is(80 * 60, "1 jam 20 menit");
	duration_is(80 * 60 + 59, "1 jam 20 menit");
	duration_is(24 * 3600 - 60, "23 jam 59 menit");
	duration_is(24 * 3600, "1 hari");
	duration_is(24 * 3600 + 5 * 60, "1 hari 5 menit");
	duration_is(25 * 3600, "1 hari 1 jam");
	duration_is(48 * 3600, "2 hari");
	duration_is(2 * 86400 + 3 * 3600 + 5 * 60, "2 hari 3 jam 5 menit");
	duration_is(400 * 86400, "400 hari");
}

static void test_duration_truncates_like_snprintf(void **state)
{
	(void)state;
	char buf[6];
	memset(buf, 'z', sizeof buf);
	assert_int_equal(fmt_duration(buf, 6, 80 * 60), strlen("1 jam 20 menit"));
	assert_string_equal(buf, "1 jam");
	assert_int_equal(fmt_duration(buf, 3, 2 * 86400 + 3 * 3600 + 5 * 60),
	                 strlen("2 hari 3 jam 5 menit"));
	assert_string_equal(buf, "2 ");
	buf[0] = 'q';
	assert_int_equal(fmt_duration(buf, 0, 60), strlen("1 menit"));
	assert_int_equal(buf[0], 'q');
}

static void test_date_formats(void **state)
{
	(void)state;
	char buf[64];
	civil c = { 2018, 2, 4, 9, 5, 0, 6 };
	assert_int_equal(fmt_id_date(buf, sizeof buf, &c), strlen("4 Februari 2018"));
	assert_string_equal(buf, "4 Februari 2018");
	fmt_id_time(buf, sizeof buf, &c, ZONE_WITA);
	assert_string_equal(buf, "09.05 WITA");
	fmt_iso_local(buf, sizeof buf, &c);
	assert_string_equal(buf, "2018-02-04 09:05");
	civil d = { 2018, 12, 31, 23, 59, 0, 0 };
	fmt_id_date(buf, sizeof buf, &d);
	assert_string_equal(buf, "31 Desember 2018");
	assert_int_equal(fmt_id_date(buf, 5, &d), strlen("31 Desember 2018"));
	assert_string_equal(buf, "31 D");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_dates),
		cmocka_unit_test(test_day_names_against_zeller_and_gmtime),
		cmocka_unit_test(test_month_names_and_roman),
		cmocka_unit_test(test_zones),
		cmocka_unit_test(test_when_parse_accepts),
		cmocka_unit_test(test_when_parse_refuses),
		cmocka_unit_test(test_duration_boundaries),
		cmocka_unit_test(test_duration_truncates_like_snprintf),
		cmocka_unit_test(test_date_formats),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
