/* The Indonesian formats of the official letters, each checked on its
 * own: day names against an independent calculation, month names, Roman
 * months, zones, durations at their boundaries, NIP grouping and
 * rejection, document numbers. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "docnum.h"
#include "idtime.h"
#include "nip.h"

/* Zeller's congruence (Gregorian): 0 = Saturday ... 6 = Friday.  Written
 * apart from idtime.c's day counting so that each checks the other. */
static int zeller(int y, int m, int d)
{
	if (m < 3) {
		m += 12;
		y -= 1;
	}
	int k = y % 100, j = y / 100;
	return (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
}

static void test_day_names(void **state)
{
	(void)state;
	/* Zeller's 0 = Saturday; Indonesian names from Saturday on. */
	static const char *const from_saturday[] = { "Sabtu", "Minggu", "Senin", "Selasa", "Rabu", "Kamis",
		                                     "Jumat" };
	int checked = 0;
	for (int y = 1999; y <= 2031; y++)
		for (int m = 1; m <= 12; m++)
			for (int d = 1; d <= days_in_month(y, m); d++) {
				civil c = { y, m, d, 12, 0, 0, 0 };
				civil out;
				civil_from_utc(utc_from_civil(&c, ZONE_WIB), ZONE_WIB, &out);
				const char *want = from_saturday[zeller(y, m, d)];
				if (strcmp(id_day_name(out.weekday), want) != 0)
					fail_msg("%04d-%02d-%02d: %s, wanted %s", y, m, d, id_day_name(out.weekday), want);
				checked++;
			}
	assert_true(checked > 12000);
	/* The seed's dates, and a leap day. */
	assert_string_equal(id_day_name(weekday_from_days(days_from_civil(2018, 2, 4))), "Minggu");
	assert_string_equal(id_day_name(weekday_from_days(days_from_civil(2018, 2, 3))), "Sabtu");
	assert_string_equal(id_day_name(weekday_from_days(days_from_civil(2024, 2, 29))), "Kamis");
	assert_string_equal(id_day_name(7), "?");
	assert_string_equal(id_day_name(-1), "?");
}

static void test_months_and_dates(void **state)
{
	(void)state;
	static const char *const months[] = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
		                              "Agustus", "September", "Oktober", "November", "Desember" };
	static const char *const romans[] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
		                              "XI", "XII" };
	char buf[64], want[64];
	for (int m = 1; m <= 12; m++) {
		assert_string_equal(id_month_name(m), months[m - 1]);
		assert_string_equal(roman_month(m), romans[m - 1]);
		assert_int_equal(id_month_from_name(months[m - 1]), m);
		civil c = { 2018, m, 4, 0, 0, 0, 0 };
		fmt_id_date(buf, sizeof buf, &c);
		snprintf(want, sizeof want, "4 %s 2018", months[m - 1]);
		assert_string_equal(buf, want);
	}
	assert_string_equal(id_month_name(0), "?");
	assert_string_equal(id_month_name(13), "?");
	assert_string_equal(roman_month(0), "?");
	assert_string_equal(roman_month(13), "?");
	/* Old spellings are read, never written. */
	assert_int_equal(id_month_from_name("Pebruari"), 2);
	assert_int_equal(id_month_from_name("nopember"), 11);
	assert_int_equal(id_month_from_name("Febuari"), 0);
	/* No leading zero on the day. */
	civil c = { 2018, 2, 4, 0, 0, 0, 0 };
	fmt_id_date(buf, sizeof buf, &c);
	assert_string_equal(buf, "4 Februari 2018");
	c.day = 28;
	c.month = 12;
	fmt_id_date(buf, sizeof buf, &c);
	assert_string_equal(buf, "28 Desember 2018");
}

static void test_zones(void **state)
{
	(void)state;
	char buf[32];
	civil c;
	int64_t t;
	char err[200];
	/* One instant, three zones: 14.30 WIB is 15.30 WITA and 16.30 WIT. */
	assert_int_equal(when_parse("2018-02-03 14:30", ZONE_WIB, &t, err, sizeof err), 0);
	static const struct {
		zone z;
		const char *name, *time;
	} zs[] = { { ZONE_WIB, "WIB", "14.30 WIB" }, { ZONE_WITA, "WITA", "15.30 WITA" },
		   { ZONE_WIT, "WIT", "16.30 WIT" } };
	for (size_t i = 0; i < 3; i++) {
		zone z;
		assert_int_equal(zone_from_name(zs[i].name, &z), 0);
		assert_int_equal(z, zs[i].z);
		assert_int_equal(zone_utc_offset(z), (7 + (int)i) * 3600);
		civil_from_utc(t, z, &c);
		fmt_id_time(buf, sizeof buf, &c, z);
		assert_string_equal(buf, zs[i].time);
	}
	zone z;
	assert_int_equal(zone_from_name("wita", &z), 0);
	assert_int_equal(zone_from_name("UTC", &z), -1);
	/* Late evening WIB is already the next day in WIT. */
	assert_int_equal(when_parse("2018-02-03 23:30", ZONE_WIB, &t, err, sizeof err), 0);
	civil_from_utc(t, ZONE_WIT, &c);
	assert_int_equal(c.day, 4);
	assert_string_equal(id_day_name(c.weekday), "Minggu");
	/* Leading zeros on the clock. */
	assert_int_equal(when_parse("2018-02-04 08:05", ZONE_WIB, &t, err, sizeof err), 0);
	civil_from_utc(t, ZONE_WIB, &c);
	fmt_id_time(buf, sizeof buf, &c, ZONE_WIB);
	assert_string_equal(buf, "08.05 WIB");
}

static void test_durations(void **state)
{
	(void)state;
	static const struct {
		int64_t secs;
		const char *want;
	} cases[] = {
		{ 0, "kurang dari 1 menit" },
		{ 59, "kurang dari 1 menit" },
		{ 60, "1 menit" },
		{ 119, "1 menit" },
		{ 40 * 60, "40 menit" },
		{ 3599, "59 menit" },
		{ 3600, "1 jam" },
		{ 3660, "1 jam 1 menit" },
		{ 80 * 60, "1 jam 20 menit" },
		{ 86399, "23 jam 59 menit" },
		{ 86400, "1 hari" },
		{ 86460, "1 hari 1 menit" },
		{ 90000, "1 hari 1 jam" },
		{ 2 * 86400, "2 hari" },
		{ 2 * 86400 + 3 * 3600 + 5 * 60, "2 hari 3 jam 5 menit" },
		{ 18 * 3600 + 30 * 60, "18 jam 30 menit" },
		{ -5, "kurang dari 1 menit" },
	};
	char buf[64];
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		fmt_duration(buf, sizeof buf, cases[i].secs);
		if (strcmp(buf, cases[i].want) != 0)
			fail_msg("%lld s: '%s', wanted '%s'", (long long)cases[i].secs, buf, cases[i].want);
	}
	/* Truncation never overruns. */
	char small[6];
	fmt_duration(small, sizeof small, 2 * 86400 + 3 * 3600);
	assert_int_equal(strlen(small), 5);
}

static void test_nip(void **state)
{
	(void)state;
	char out[NIP_PRINTED_MAX], err[200];
	assert_int_equal(nip_format("198106292009011014", out, sizeof out), 0);
	assert_string_equal(out, "19810629 200901 1 014");
	assert_int_equal(nip_format("198703152010012003", out, sizeof out), 0);
	assert_string_equal(out, "19870315 201001 2 003");
	assert_int_equal(nip_format("-", out, sizeof out), 0);
	assert_string_equal(out, "-");
	static const struct {
		const char *nip;
		const char *why;
	} bad[] = {
		{ "", "kosong" },
		{ "19810629200901101", "18 digit" },
		{ "1981062920090110140", "18 digit" },
		{ "19810629 200901 1 014", "hanya boleh berisi angka" },
		{ "19811329200901101 4", "hanya boleh berisi angka" },
		{ "198113292009011014", "tanggal lahir 19811329" },
		{ "198102302009011014", "tanggal lahir 19810230" },
		{ "198106292009013014", "jenis kelamin" },
		{ "198106292009011000", "000" },
		{ "198106291990011014", "tahun pengangkatan" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		err[0] = '\0';
		assert_int_equal(nip_check(bad[i].nip, err, sizeof err), -1);
		if (!strstr(err, bad[i].why))
			fail_msg("%s: '%s' lacks '%s'", bad[i].nip, err, bad[i].why);
		assert_int_equal(nip_format(bad[i].nip, out, sizeof out), -1);
	}
	/* PPPK numbers: digits 13-14 are not a month. */
	assert_int_equal(nip_check("198106292021211014", err, sizeof err), 0);
}

static void test_numbers(void **state)
{
	(void)state;
	char out[100], err[200];
	assert_int_equal(docnum_render("{seq} /{code}/{month_roman}/{year}", "LPSE.Lebongkab", 23, 2018, 2,
	                               out, sizeof out), 0);
	assert_string_equal(out, "023 /LPSE.Lebongkab/II/2018");
	assert_int_equal(docnum_render("602.1/{seq:4}/{month}/{year}/LPSE", "X", 102, 2015, 9, out, sizeof out), 0);
	assert_string_equal(out, "602.1/0102/09/2015/LPSE");
	for (int m = 1; m <= 12; m++) {
		char want[40];
		assert_int_equal(docnum_render("{seq}/{month_roman}/{year}", "", 1, 2018, m, out, sizeof out), 0);
		snprintf(want, sizeof want, "001/%s/2018", roman_month(m));
		assert_string_equal(out, want);
	}
	/* Formats that would give two documents one number are refused. */
	assert_int_equal(docnum_check("LPSE/{code}/{year}", err, sizeof err), -1);
	assert_non_null(strstr(err, "{seq}"));
	assert_int_equal(docnum_check("{seq}/{code}/{month_roman}", err, sizeof err), -1);
	assert_non_null(strstr(err, "{year}"));
	assert_int_equal(docnum_check("{seq}/{kode}/{year}", err, sizeof err), -1);
	assert_non_null(strstr(err, "{kode}"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_day_names),
		cmocka_unit_test(test_months_and_dates),
		cmocka_unit_test(test_zones),
		cmocka_unit_test(test_durations),
		cmocka_unit_test(test_nip),
		cmocka_unit_test(test_numbers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
