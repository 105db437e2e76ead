/* NIP checking and printing (core/nip.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "nip.h"

/* Asserts that s is refused and that the reason contains `want`. */
static void refused(const char *s, const char *want)
{
	char err[200] = "";
	char out[NIP_PRINTED_MAX] = "";
	if (nip_check(s, err, sizeof err) == 0)
		fail_msg("NIP \"%s\" accepted, expected refusal with \"%s\"", s ? s : "(null)", want);
	if (!strstr(err, want))
		fail_msg("NIP \"%s\": reason \"%s\" does not contain \"%s\"", s ? s : "(null)", err, want);
	assert_int_equal(nip_format(s, out, sizeof out), -1);
}

static void accepted(const char *s)
{
	char err[200] = "";
	if (nip_check(s, err, sizeof err) != 0)
		fail_msg("NIP \"%s\" refused: %s", s, err);
}

static void test_seed_nip_formats_in_four_groups(void **state)
{
	(void)state;
	char out[NIP_PRINTED_MAX];
	accepted("198106292009011014");
	assert_int_equal(nip_format("198106292009011014", out, sizeof out), 0);
	assert_string_equal(out, "19810629 200901 1 014");
}

static void test_other_valid_nips(void **state)
{
	(void)state;
	char out[NIP_PRINTED_MAX];
	accepted("197512312005022001");   /* woman, 31 December */
	accepted("198002292009011001");   /* 29 Feb of a leap year */
	accepted("200002292020012999");   /* 2000 is a leap year (divisible by 400) */
	accepted("196001012000011001");
	/* digits 13-14 are not a month: PPPK numbers use them otherwise */
	accepted("198106292021991014");
	assert_int_equal(nip_format("197512312005022001", out, sizeof out), 0);
	assert_string_equal(out, "19751231 200502 2 001");
}

static void test_dash_means_none(void **state)
{
	(void)state;
	char out[NIP_PRINTED_MAX] = "x";
	accepted("-");
	assert_int_equal(nip_format("-", out, sizeof out), 0);
	assert_string_equal(out, "-");
	refused("--", "angka");
	refused(" -", "angka");
}

static void test_length(void **state)
{
	(void)state;
	refused("19810629200901101", "harus 18 digit, bukan 17");
	refused("1981062920090110145", "harus 18 digit, bukan 19");
	refused("1", "harus 18 digit, bukan 1");
	refused("", "kosong");
	refused(NULL, "kosong");
}

static void test_non_digits_named(void **state)
{
	(void)state;
	refused("19810629 200901 1 014", "ditemukan ' '");
	refused("1981062920090110A4", "ditemukan 'A'");
	refused("198106292009011014\n", "ditemukan '?'");
	refused("19810629-200901-1-014", "ditemukan '-'");
}

static void test_impossible_birth_dates(void **state)
{
	(void)state;
	refused("198113292009011014", "tanggal lahir 19811329");   /* month 13 */
	refused("198100292009011014", "tanggal lahir 19810029");   /* month 0 */
	refused("198102302009011014", "tanggal lahir 19810230");   /* 30 February */
	refused("198102292009011014", "tanggal lahir 19810229");   /* 1981 not leap */
	refused("190002292009011014", "tanggal lahir 19000229");   /* 1900 not leap */
	refused("198104312009011014", "tanggal lahir 19810431");   /* 31 April */
	refused("198106002009011014", "tanggal lahir 19810600");   /* day 0 */
	refused("180006292009011014", "tanggal lahir 18000629");   /* before 1900 */
	/* the leap-year counterparts are fine */
	accepted("198402292009011014");
}

static void test_appointment_year(void **state)
{
	(void)state;
	refused("198106291990011014", "tahun pengangkatan 1990");
	refused("198106291994011014", "tahun pengangkatan 1994");   /* aged 13 */
	accepted("198106291995011014");                            /* aged 14 */
}

static void test_gender_digit(void **state)
{
	(void)state;
	refused("198106292009013014", "jenis kelamin) harus 1 atau 2, bukan 3");
	refused("198106292009010014", "bukan 0");
	refused("198106292009019014", "bukan 9");
	accepted("198106292009012014");
}

static void test_sequence_not_zero(void **state)
{
	(void)state;
	refused("198106292009011000", "000");
	accepted("198106292009011001");
}

static void test_format_needs_room(void **state)
{
	(void)state;
	char out[NIP_PRINTED_MAX];
	/* "19810629 200901 1 014" is 21 characters */
	assert_int_equal(nip_format("198106292009011014", out, 21), -1);
	assert_int_equal(nip_format("198106292009011014", out, 22), 0);
	assert_string_equal(out, "19810629 200901 1 014");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_nip_formats_in_four_groups),
		cmocka_unit_test(test_other_valid_nips),
		cmocka_unit_test(test_dash_means_none),
		cmocka_unit_test(test_length),
		cmocka_unit_test(test_non_digits_named),
		cmocka_unit_test(test_impossible_birth_dates),
		cmocka_unit_test(test_appointment_year),
		cmocka_unit_test(test_gender_digit),
		cmocka_unit_test(test_sequence_not_zero),
		cmocka_unit_test(test_format_needs_room),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
