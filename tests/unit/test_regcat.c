/* The data catalogues: the shipped regulation catalogue and holiday
 * calendar load, the regime is chosen by date, and malformed files are
 * refused with file, line and key (config/regcat.c, config/holidays.c,
 * config/inifile.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "holidays.h"
#include "idtime.h"
#include "regcat.h"

static char datadir[1024];
static char tmp[256];

static int setup(void **state)
{
	(void)state;
	const char *d = getenv("GANGGUAN_DATADIR");
	snprintf(datadir, sizeof datadir, "%s", d ? d : "data");
	snprintf(tmp, sizeof tmp, "%s/gg-regcat-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	assert_non_null(mkdtemp(tmp));
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[400];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
	return system(cmd);
}

static void write_file(const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", tmp, name);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_shipped_catalogue(void **state)
{
	(void)state;
	char path[1100], *problems = NULL;
	regcat c;
	gg_err err;
	snprintf(path, sizeof path, "%s/regulations", datadir);
	int code = regcat_load(path, &c, &problems, &err);
	if (code)
		fail_msg("%s\n%s", err.msg, problems ? problems : "");
	assert_int_equal(c.n, 2);
	const regime *r = regcat_for_day(&c, days_from_civil(2018, 2, 3));
	assert_non_null(r);
	assert_string_equal(r->id, "perka-lkpp-1-2015");
	assert_string_equal(r->committee, "Pokja ULP");
	assert_int_equal(r->nprov, 3);
	assert_string_equal(r->prov[0].name, "kahar_teknis");
	/* The seed's words: the lead-in and its items, as the documents quote them. */
	assert_string_equal(r->title, "Perka LKPP Nomor 1 Tahun 2015 tentang e-Tendering");
	assert_non_null(strstr(r->prov[0].text, "maka Pokja ULP dapat :"));
	assert_int_equal(r->prov[0].nitems, 2);
	assert_string_equal(r->prov[0].items[0], "Membatalkan/menggagalkan proses pemilihan, atau");
	assert_string_equal(r->prov[0].items[1],
	                    "Melakukan penyesuaian jadwal sesuai dengan jumlah hari terjadinya gangguan teknis tersebut.");
	assert_int_equal(r->prov[1].nitems, 0);
	/* The official wording, with the escapes turned into line breaks. */
	assert_non_null(strstr(r->prov[0].official, "proses pemilihan; atau\nb. melakukan"));
	assert_true(r->prov[0].quoted);
	assert_true(provision_covers(&r->prov[0], "listrik"));
	assert_false(provision_covers(&r->prov[0], "lainnya"));
	assert_int_equal(r->prov[0].remedies, (1u << REMEDY_CANCEL) | (1u << REMEDY_RESCHEDULE));
	assert_int_equal(r->prov[2].remedies, 1u << REMEDY_LKPP);
	assert_null(r->remedy_condition[REMEDY_CANCEL]);

	const regime *later = regcat_for_day(&c, days_from_civil(2018, 7, 1));
	assert_string_equal(later->id, "perpres-16-2018");
	assert_string_equal(later->committee, "Pokja Pemilihan");
	assert_false(later->prov[0].quoted);
	assert_non_null(strstr(later->remedy_condition[REMEDY_CANCEL], "Pasal 51 ayat (2)"));
	assert_string_equal(regcat_for_day(&c, days_from_civil(2018, 6, 30))->id, "perka-lkpp-1-2015");
	assert_null(regcat_for_day(&c, days_from_civil(2014, 6, 30)));

	/* A config naming one regime's file gets the whole directory. */
	regcat c2;
	snprintf(path, sizeof path, "%s/regulations/perka-lkpp-1-2015.ini", datadir);
	assert_int_equal(regcat_load(path, &c2, &problems, &err), GG_OK);
	assert_int_equal(c2.n, 2);
	regcat_free(&c2);
	regcat_free(&c);
}

static void expect_problem(const char *dir, const char *line)
{
	regcat c;
	char *problems = NULL;
	gg_err err;
	assert_int_equal(regcat_load(dir, &c, &problems, &err), GG_ECONFIG);
	assert_int_equal(c.n, 0);
	assert_non_null(problems);
	if (!strstr(problems, line))
		fail_msg("wanted \"%s\" in:\n%s", line, problems);
	free(problems);
}

static const char good_regulation[] =
	"[regulation]\n"
	"title = Uji\n"
	"number = Uji 1\n"
	"committee = Pokja\n"
	"effective_from = 2015-01-01\n";

static void test_malformed_catalogue(void **state)
{
	(void)state;
	char buf[2000], name[600];
	snprintf(name, sizeof name, "%s/x.ini", tmp);

	/* An unknown key (a typo) is named with its line. */
	snprintf(buf, sizeof buf, "%s\n[provision:a]\ntext = t\ncauses = semua\nremedis = cancel\n", good_regulation);
	write_file("x.ini", buf);
	char want[700];
	snprintf(want, sizeof want, "%s:10: provision:a:remedis: kunci tidak dikenal", name);
	expect_problem(tmp, want);

	/* An unknown remedy and an unknown cause. */
	snprintf(buf, sizeof buf, "%s[provision:a]\ntext = t\ncauses = listrik, gempa\nremedies = postpone\n",
	         good_regulation);
	write_file("x.ini", buf);
	snprintf(want, sizeof want, "%s:8: provision:a:causes: penyebab 'gempa' tidak dikenal", name);
	expect_problem(tmp, want);
	snprintf(want, sizeof want, "%s:9: provision:a:remedies: upaya 'postpone' tidak dikenal", name);
	expect_problem(tmp, want);

	/* A bad date; a missing required key is named at its section. */
	write_file("x.ini", "[regulation]\ntitle = Uji\ncommittee = P\neffective_from = 2015-02-30\n"
	                    "[provision:a]\ntext = t\ncauses = semua\n");
	snprintf(want, sizeof want, "%s:4: regulation:effective_from: '2015-02-30' bukan tanggal", name);
	expect_problem(tmp, want);
	snprintf(want, sizeof want, "%s:1: regulation:number: wajib diisi", name);
	expect_problem(tmp, want);

	/* What iniparser would hide: a duplicate key, an unquoted ';'. */
	snprintf(buf, sizeof buf, "%s[provision:a]\ntext = t\ntext = u\ncauses = semua\n", good_regulation);
	write_file("x.ini", buf);
	snprintf(want, sizeof want, "%s:8: provision:a:text: sudah diisi di baris 7", name);
	expect_problem(tmp, want);
	snprintf(buf, sizeof buf, "%s[provision:a]\ntext = a; atau b\ncauses = semua\n", good_regulation);
	write_file("x.ini", buf);
	snprintf(want, sizeof want, "%s:7: nilai yang memuat ';' harus dikutip", name);
	expect_problem(tmp, want);

	/* What iniparser would fail on without a line: malformed, too long. */
	snprintf(buf, sizeof buf, "%s[provision:a\n", good_regulation);
	write_file("x.ini", buf);
	snprintf(want, sizeof want, "%s:6: nama bagian harus ditutup", name);
	expect_problem(tmp, want);
	char *longline = malloc(1300);
	assert_non_null(longline);
	memset(longline, 'x', 1200);
	strcpy(longline + 1200, "\n");
	snprintf(buf, sizeof buf, "%s[provision:a]\ntext = %s", good_regulation, longline);
	free(longline);
	write_file("x.ini", buf);
	snprintf(want, sizeof want, "%s:7: baris lebih dari 1000 byte", name);
	expect_problem(tmp, want);

	/* The good file loads. */
	snprintf(buf, sizeof buf, "%s[provision:a]\ntext = \"a; atau\\nb\"\ncauses = semua\nremedies =\n",
	         good_regulation);
	write_file("x.ini", buf);
	regcat c;
	char *problems = NULL;
	gg_err err;
	assert_int_equal(regcat_load(tmp, &c, &problems, &err), GG_OK);
	assert_string_equal(c.v[0].prov[0].text, "a; atau\nb");
	assert_int_equal(c.v[0].prov[0].remedies, 0);
	assert_int_equal(c.v[0].until, INT64_MAX);
	regcat_free(&c);
	unlink(name);
}

static void test_holidays(void **state)
{
	(void)state;
	char path[1100], *problems = NULL;
	workcal cal;
	gg_err err;
	workcal_init(&cal, 1);
	snprintf(path, sizeof path, "%s/holidays", datadir);
	int code = holidays_load(path, &cal, &problems, &err);
	if (code)
		fail_msg("%s\n%s", err.msg, problems ? problems : "");
	for (int y = 2018; y <= 2026; y++)
		assert_true(workcal_covers(&cal, y));
	assert_int_equal(workcal_kind(&cal, days_from_civil(2018, 2, 16)), DAY_HOLIDAY);
	assert_string_equal(workcal_name(&cal, days_from_civil(2018, 2, 16)), "Tahun Baru Imlek 2569 Kongzili");
	assert_int_equal(workcal_kind(&cal, days_from_civil(2018, 12, 24)), DAY_CUTI_BERSAMA);
	assert_int_equal(workcal_kind(&cal, days_from_civil(2018, 2, 5)), DAY_WORKING);
	workcal_free(&cal);

	/* A date outside the file's year, a bad date, a wrong year. */
	write_file("2019.ini", "[calendar]\nyear = 2018\n[libur]\n2018-01-01 = Tahun Baru\n2019-02-30 = X\n");
	workcal_init(&cal, 1);
	assert_int_equal(holidays_load(tmp, &cal, &problems, &err), GG_ECONFIG);
	char want[600];
	snprintf(want, sizeof want, "%s/2019.ini:2: calendar:year: harus 2019", tmp);
	assert_non_null(strstr(problems, want));
	snprintf(want, sizeof want, "%s/2019.ini:4: libur:2018-01-01: tanggal di luar tahun 2019", tmp);
	assert_non_null(strstr(problems, want));
	snprintf(want, sizeof want, "%s/2019.ini:5: libur:2019-02-30: bukan tanggal", tmp);
	assert_non_null(strstr(problems, want));
	assert_int_equal(cal.n, 0);
	free(problems);
	snprintf(path, sizeof path, "%s/2019.ini", tmp);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shipped_catalogue),
		cmocka_unit_test(test_malformed_catalogue),
		cmocka_unit_test(test_holidays),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
