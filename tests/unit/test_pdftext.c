/* A printed letter read back (core/pdftext.c): pdftotext -raw's text of
 * a two-page letter, written here as poppler gives it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "pdftext.h"

static const char *const head[] = { "LPSE Kabupaten Lebong" };
static const char markup[] =
	"= BERITA ACARA PENUTUPAN GANGGUAN\n"
	"^ Nomor : 023 /LPSE.Lebongkab/II/2018\n"
	"\n"
	"Pada hari ini *Minggu* tanggal 4 Februari 2018.\n"
	"1. Listrik padam \\*sebentar\\*.\n"
	" - a. Server mati.\n"
	"\n"
	"> Kepala LPSE\n"
	">\n"
	"> JONI PRAWINATA\n";
static const char footer[] = "No. 023 /LPSE.Lebongkab/II/2018  \xC2\xB7  sidik register 51e6e584c7dc5138";

/* as pdftotext -raw prints it: the number wrapped at its "/", the
 * justified paragraph with other blanks, one footer a page */
static const char printed[] =
	"LPSE Kabupaten Lebong\n"
	"BERITAACARA PENUTUPAN GANGGUAN\n"
	"Nomor : 023 /LPSE.Lebongkab/\nII/2018\n"
	"Pada hari ini Minggu   tanggal 4\nFebruari 2018.\n"
	"No. 023 /LPSE.Lebongkab/II/2018 \xC2\xB7 sidik register 51e6e584c7dc5138 Halaman 1 dari 2\n"
	"\f1. Listrik padam *sebentar*.\n"
	"a. Server mati.\n"
	"Kepala LPSE\n"
	"JONI PRAWINATA\n"
	"No. 023 /LPSE.Lebongkab/II/2018 \xC2\xB7 sidik register 51e6e584c7dc5138 Halaman 2 dari 2\n\f";

static int matches(const char *text)
{
	pdftext_letter l = { head, 1, markup, footer };
	return pdftext_matches(text, &l);
}

/* printed with `from` replaced by `to` (first occurrence) */
static int matches_edited(const char *from, const char *to)
{
	char buf[sizeof printed + 64];
	const char *at = strstr(printed, from);
	assert_non_null(at);
	size_t pre = (size_t)(at - printed);
	memcpy(buf, printed, pre);
	strcpy(buf + pre, to);
	strcat(buf, at + strlen(from));
	return matches(buf);
}

static void test_the_letter_as_printed_matches(void **state)
{
	(void)state;
	assert_int_equal(matches(printed), 1);
}

static void test_one_character_changed_does_not(void **state)
{
	(void)state;
	assert_int_equal(matches_edited("padam", "padan"), 0);
	assert_int_equal(matches_edited("Minggu", "Senin"), 0);
	assert_int_equal(matches_edited("JONI", "JONY"), 0);
	assert_int_equal(matches_edited("a. Server", "b. Server"), 0);   /* a list marker */
	assert_int_equal(matches_edited("4\nFebruari", "5\nFebruari"), 0);
	assert_int_equal(matches_edited("Lebong\nBERITA", "Lebang\nBERITA"), 0);   /* the letterhead */
	assert_int_equal(matches_edited("mati.", "mati. Lagi."), 0);            /* words added */
}

static void test_footers_and_page_numbers_are_required(void **state)
{
	(void)state;
	assert_int_equal(matches_edited("Halaman 1 dari 2", "Halaman 1 dari 3"), 0);
	assert_int_equal(matches_edited("51e6e584c7dc5138 Halaman 2", "51e6e584c7dc5139 Halaman 2"), 0);
	/* a page without its footer: the body moved, not the same letter */
	assert_int_equal(matches_edited("No. 023 /LPSE.Lebongkab/II/2018 \xC2\xB7 sidik register 51e6e584c7dc5138 Halaman 1 dari 2\n", ""), 0);
	/* the two pages as one: no "Halaman" expected, and none there */
	assert_int_equal(matches_edited(" Halaman 1 dari 2\n\f", "\n"), 0);
}

static void test_page_number_before_the_footer_is_accepted(void **state)
{
	(void)state;
	assert_int_equal(matches_edited("No. 023 /LPSE.Lebongkab/II/2018 \xC2\xB7 sidik register 51e6e584c7dc5138 Halaman 1 dari 2",
	                                "Halaman 1 dari 2 No. 023 /LPSE.Lebongkab/II/2018 \xC2\xB7 sidik register 51e6e584c7dc5138"),
	                 1);
}

static void test_footer_names_fingerprint_and_number(void **state)
{
	(void)state;
	char fp[PDFTEXT_FP_LEN + 1], number[64];
	assert_int_equal(pdftext_footer(printed, fp, number, sizeof number), 0);
	assert_string_equal(fp, "51e6e584c7dc5138");
	assert_string_equal(number, "023 /LPSE.Lebongkab/II/2018");
	assert_int_equal(pdftext_footer("no footer here\f", fp, number, sizeof number), -1);
	assert_int_equal(pdftext_footer("sidik register 51e6e58\f", fp, number, sizeof number), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_letter_as_printed_matches),
		cmocka_unit_test(test_one_character_changed_does_not),
		cmocka_unit_test(test_footers_and_page_numbers_are_required),
		cmocka_unit_test(test_page_number_before_the_footer_is_accepted),
		cmocka_unit_test(test_footer_names_fingerprint_and_number),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
