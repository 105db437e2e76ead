/* Document number formats (core/docnum.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "docnum.h"

static void check_ok(const char *fmt)
{
	char err[300] = "";
	if (docnum_check(fmt, err, sizeof err) != 0)
		fail_msg("format \"%s\" refused: %s", fmt, err);
}

static void check_refused(const char *fmt, const char *want)
{
	char err[300] = "";
	char out[100];
	if (docnum_check(fmt, err, sizeof err) == 0)
		fail_msg("format \"%s\" accepted, expected \"%s\"", fmt ? fmt : "(null)", want);
	if (!strstr(err, want))
		fail_msg("format \"%s\": reason \"%s\" lacks \"%s\"", fmt ? fmt : "(null)", err, want);
	/* render refuses what check refuses */
	assert_int_equal(docnum_render(fmt, "X", 1, 2018, 2, out, sizeof out), -1);
}

static void render_is(const char *fmt, const char *code, int seq, int year, int month,
                      const char *want)
{
	char out[200];
	if (docnum_render(fmt, code, seq, year, month, out, sizeof out) != 0)
		fail_msg("render of \"%s\" failed", fmt);
	assert_string_equal(out, want);
}

static void test_check_needs_seq_and_year(void **state)
{
	(void)state;
	check_ok("{seq}/{year}");
	check_ok("{seq} /{code}/{month_roman}/{year}");
	check_ok("{seq}/{code}/{month}/{year}");
	check_refused("{code}/{month_roman}/{year}", "{seq}");
	check_refused("{seq}/{code}/{month_roman}", "{year}");
	check_refused("nomor tetap", "{seq}");
	check_refused("", "kosong");
	check_refused(NULL, "kosong");
	/* a literal {{seq}} is text, not the field */
	check_refused("{{seq}}/{year}", "{seq}");
}

static void test_check_unknown_field(void **state)
{
	(void)state;
	check_refused("{seq}/{kode}/{year}", "kolom {kode} tidak dikenal");
	check_refused("{seq}/{Year}", "kolom {Year} tidak dikenal");
	check_refused("{seq}/{}/{year}", "kolom {} tidak dikenal");
	check_refused("{seq}/{ year}", "kolom { year} tidak dikenal");
}

static void test_check_unbalanced_braces(void **state)
{
	(void)state;
	check_refused("{seq}/{year", "'{' tanpa '}' pada posisi 7");
	check_refused("{seq}/year}", "'}' tanpa '{' pada posisi 11");
	check_refused("{seq}}/{year}", "'}' tanpa '{' pada posisi 6");
	check_refused("{seq}/{year}}", "'}' tanpa '{' pada posisi 13");
	check_refused("{seq}\t{year}", "kontrol");
	check_ok("{{{seq}}}/{year}");
}

static void test_check_seq_width_bounds(void **state)
{
	(void)state;
	check_ok("{seq:1}/{year}");
	check_ok("{seq:9}/{year}");
	check_refused("{seq:0}/{year}", "{seq:0}");
	check_refused("{seq:10}/{year}", "{seq:10}");
	check_refused("{seq:}/{year}", "{seq:}");
	check_refused("{seq:a}/{year}", "{seq:a}");
	check_refused("{seq:-1}/{year}", "{seq:-1}");
}

static void test_render_seed(void **state)
{
	(void)state;
	render_is("{seq} /{code}/{month_roman}/{year}", "LPSE.Lebongkab", 23, 2018, 2,
	          "023 /LPSE.Lebongkab/II/2018");
	render_is("{seq}/{code}/{month}/{year}", "LPSE.Lebongkab", 7, 2018, 11,
	          "007/LPSE.Lebongkab/11/2018");
}

static void test_render_widths_and_big_numbers(void **state)
{
	(void)state;
	render_is("{seq:5}/{year}", "X", 23, 2018, 2, "00023/2018");
	render_is("{seq:1}/{year}", "X", 23, 2018, 2, "23/2018");
	render_is("{seq:9}/{year}", "X", 1, 2018, 2, "000000001/2018");
	/* a sequence wider than the field is never cut: that would repeat numbers */
	render_is("{seq}/{year}", "X", 1234, 2018, 2, "1234/2018");
}

static void test_render_literal_braces_and_months(void **state)
{
	(void)state;
	render_is("{{{seq}}}/{year}", "X", 5, 2018, 2, "{005}/2018");
	render_is("{{code}}{seq}{year}", "X", 5, 2018, 2, "{code}0052018");
	static const char *const roman[] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII",
		                             "IX", "X", "XI", "XII" };
	for (int m = 1; m <= 12; m++) {
		char want[40];
		snprintf(want, sizeof want, "1/%s/%02d/2018", roman[m - 1], m);
		render_is("{seq:1}/{month_roman}/{month}/{year}", "X", 1, 2018, m, want);
	}
	render_is("{seq}{code}{year}", NULL, 1, 2018, 1, "0012018");
}

static void test_render_buffer_size(void **state)
{
	(void)state;
	char out[9];
	memset(out, 'z', sizeof out);
	/* "001/2018" needs 9 bytes with its NUL */
	assert_int_equal(docnum_render("{seq}/{year}", "X", 1, 2018, 1, out, 8), -1);
	assert_int_equal(docnum_render("{seq}/{year}", "X", 1, 2018, 1, out, 9), 0);
	assert_string_equal(out, "001/2018");
}

static void test_canon(void **state)
{
	(void)state;
	char a[64], b[64];
	docnum_canon("023 /LPSE.Lebongkab/II/2018", a, sizeof a);
	docnum_canon("023/lpse.lebongkab/ii/2018", b, sizeof b);
	assert_string_equal(a, "023/LPSE.LEBONGKAB/II/2018");
	assert_string_equal(a, b);
	docnum_canon(" \t023 / x\n", a, sizeof a);
	assert_string_equal(a, "023/X");
	docnum_canon("024/x/ii/2018", b, sizeof b);
	assert_string_not_equal(a, b);
	docnum_canon("abcdef", a, 4);
	assert_string_equal(a, "ABC");
	a[0] = 'q';
	docnum_canon("abc", a, 0);
	assert_int_equal(a[0], 'q');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check_needs_seq_and_year),
		cmocka_unit_test(test_check_unknown_field),
		cmocka_unit_test(test_check_unbalanced_braces),
		cmocka_unit_test(test_check_seq_width_bounds),
		cmocka_unit_test(test_render_seed),
		cmocka_unit_test(test_render_widths_and_big_numbers),
		cmocka_unit_test(test_render_literal_braces_and_months),
		cmocka_unit_test(test_render_buffer_size),
		cmocka_unit_test(test_canon),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
