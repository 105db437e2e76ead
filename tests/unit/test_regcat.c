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
#include "inifile.h"
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
	/* Every quoted provision names its source; the terms of the time. */
	for (size_t i = 0; i < r->nprov; i++) {
		assert_true(r->prov[i].quoted);
		assert_non_null(strstr(r->prov[i].source, "No. 023 tanggal 4 Februari 2018"));
	}
	assert_string_equal(r->result_report, "Berita Acara Hasil Pelelangan (BAHP)/Berita Acara Hasil Seleksi (BAHS)");
	assert_int_equal(r->transition, TRANSITION_PAST_BID_DEADLINE);
	assert_int_equal(r->namend, 0);
	assert_string_equal(r->remedy_short[REMEDY_CANCEL], "batal/gagal");
	assert_string_equal(r->remedy_label[REMEDY_RESCHEDULE],
	                    "Penyesuaian jadwal sesuai dengan jumlah hari terjadinya gangguan teknis");
	assert_null(r->remedy_letter[REMEDY_RESCHEDULE]);   /* a letter quotes the provisions */
	for (int k = 0; k < REMEDY__COUNT; k++)
		assert_non_null(r->remedy_short[k]);

	const regime *later = regcat_for_day(&c, days_from_civil(2018, 7, 1));
	assert_string_equal(later->id, "perpres-16-2018");
	assert_string_equal(later->committee, "Pokja Pemilihan");
	assert_false(later->prov[0].quoted);
	assert_non_null(strstr(later->remedy_condition[REMEDY_CANCEL], "Pasal 51 ayat (2)"));
	/* Nothing of Perpres 16/2018 is quoted: summaries only. */
	for (size_t i = 0; i < later->nprov; i++)
		assert_false(later->prov[i].quoted);
	assert_string_equal(later->result_report, "Berita Acara Hasil Pemilihan (BAHP)");
	assert_int_equal(later->transition, TRANSITION_STARTED);
	assert_string_equal(later->transition_source, "Pasal 89 angka 1 Perpres 16/2018");
	assert_int_equal(later->namend, 2);
	assert_string_equal(later->amend[0].number, "Peraturan Presiden Nomor 12 Tahun 2021");
	assert_true(later->amend[0].from == days_from_civil(2021, 2, 2));
	assert_string_equal(later->amend[1].number, "Peraturan Presiden Nomor 46 Tahun 2025");
	assert_true(later->amend[1].from == days_from_civil(2025, 4, 30));
	assert_string_equal(later->remedy_short[REMEDY_CANCEL], "tender gagal");
	assert_string_equal(later->remedy_letter[REMEDY_RESCHEDULE],
	                    "Melakukan penyesuaian jadwal sesuai dengan jumlah hari terjadinya gangguan teknis.");
	assert_true(later->until == INT64_MAX);
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

/* Lines 1-6: a [regulation] with every required key. */
static const char good_regulation[] =
	"[regulation]\n"
	"title = Uji\n"
	"number = Uji 1\n"
	"committee = Pokja\n"
	"result_report = Berita Acara Hasil Uji\n"
	"effective_from = 2015-01-01\n";

/* The wording of the four remedies every regime must give. */
static const char good_remedies[] =
	"[remedy:cancel]\nlabel = Batal\nshort = batal\n"
	"[remedy:reschedule]\nlabel = Jadwal\nshort = jadwal\n"
	"[remedy:alternative]\nlabel = Alternatif\nshort = alternatif\n"
	"[remedy:lkpp]\nlabel = LKPP\nshort = lkpp\n";

static void test_malformed_catalogue(void **state)
{
	(void)state;
	char buf[2000], name[600];
	snprintf(name, sizeof name, "%s/x.ini", tmp);

	/* An unknown key (a typo) is named with its line. */
	snprintf(buf, sizeof buf, "%s\n[provision:a]\ntext = t\ncauses = semua\nremedis = cancel\n", good_regulation);
	write_file("x.ini", buf);
	char want[700];
	snprintf(want, sizeof want, "%s:11: provision:a:remedis: kunci tidak dikenal", name);
	expect_problem(tmp, want);

	/* An unknown remedy and an unknown cause. */
	snprintf(buf, sizeof buf, "%s[provision:a]\ntext = t\ncauses = listrik, gempa\nremedies = postpone\n",
	         good_regulation);
	write_file("x.ini", buf);
	snprintf(want, sizeof want, "%s:9: provision:a:causes: penyebab 'gempa' tidak dikenal", name);
	expect_problem(tmp, want);
	snprintf(want, sizeof want, "%s:10: provision:a:remedies: upaya 'postpone' tidak dikenal", name);
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
	snprintf(want, sizeof want, "%s:9: provision:a:text: kunci ganda (juga di baris 8); hapus salah satunya", name);
	expect_problem(tmp, want);
	snprintf(buf, sizeof buf, "%s[provision:a]\ntext = a; atau b\ncauses = semua\n", good_regulation);
	write_file("x.ini", buf);
	snprintf(want, sizeof want, "%s:8: provision:a:text: nilai memuat ; atau # dan akan terpotong", name);
	expect_problem(tmp, want);

	/* What iniparser would fail on without a line: malformed, too long. */
	snprintf(buf, sizeof buf, "%s[provision:a\n", good_regulation);
	write_file("x.ini", buf);
	snprintf(want, sizeof want, "%s:7: baris bagian harus diakhiri ]", name);
	expect_problem(tmp, want);
	char *longline = malloc(1300);
	assert_non_null(longline);
	memset(longline, 'x', 1200);
	strcpy(longline + 1200, "\n");
	snprintf(buf, sizeof buf, "%s[provision:a]\ntext = %s", good_regulation, longline);
	free(longline);
	write_file("x.ini", buf);
	snprintf(want, sizeof want, "%s:8: baris terlalu panjang (1208 byte; paling banyak 1023)", name);
	expect_problem(tmp, want);

	/* The good file loads. */
	snprintf(buf, sizeof buf, "%s[provision:a]\ntext = \"a; atau\\nb\"\nquoted = no\ncauses = semua\nremedies =\n%s",
	         good_regulation, good_remedies);
	write_file("x.ini", buf);
	regcat c;
	char *problems = NULL;
	gg_err err;
	if (regcat_load(tmp, &c, &problems, &err) != GG_OK)
		fail_msg("%s\n%s", err.msg, problems ? problems : "");
	assert_string_equal(c.v[0].prov[0].text, "a; atau\nb");
	assert_int_equal(c.v[0].prov[0].remedies, 0);
	assert_false(c.v[0].prov[0].quoted);
	assert_int_equal(c.v[0].until, INT64_MAX);
	assert_string_equal(c.v[0].result_report, "Berita Acara Hasil Uji");
	assert_int_equal(c.v[0].transition, TRANSITION_NONE);
	assert_int_equal(c.v[0].namend, 0);
	assert_string_equal(c.v[0].remedy_short[REMEDY_LKPP], "lkpp");
	assert_null(c.v[0].remedy_letter[REMEDY_LKPP]);
	regcat_free(&c);
	unlink(name);
}

/* A regime file good in every respect, one line per entry so that a
 * test can change one line and know the line a refusal must name. */
static const char *const good_lines[] = {
	"[regulation]",                          /* 1 */
	"title = Peraturan Uji",                 /* 2 */
	"number = Uji 1",                        /* 3 */
	"committee = Pokja Uji",                 /* 4 */
	"result_report = Berita Acara Hasil Uji", /* 5 */
	"effective_from = 2018-07-01",           /* 6 */
	"transition = started",                  /* 7 */
	"transition_source = Pasal 1 Uji",       /* 8 */
	"[amendment:satu]",                      /* 9 */
	"number = Perubahan Pertama",            /* 10 */
	"effective_from = 2021-02-02",           /* 11 */
	"[provision:a]",                         /* 12 */
	"text = t",                              /* 13 */
	"quoted = yes",                          /* 14 */
	"source = sumber uji",                   /* 15 */
	"causes = semua",                        /* 16 */
	"remedies = cancel",                     /* 17 */
	"[remedy:cancel]",                       /* 18 */
	"label = Batal",                         /* 19 */
	"short = batal",                         /* 20 */
	"[remedy:reschedule]",                   /* 21 */
	"label = Jadwal",                        /* 22 */
	"short = jadwal",                        /* 23 */
	"[remedy:alternative]",                  /* 24 */
	"label = Alternatif",                    /* 25 */
	"short = alternatif",                    /* 26 */
	"[remedy:lkpp]",                         /* 27 */
	"label = LKPP",                          /* 28 */
	"short = lkpp",                          /* 29 */
};

/* Writes x.ini: the good file with line l1 (1-based; 0: none) replaced
 * by w1 and line l2 by w2, and `prefix` before its first byte. */
static void write_variant2(const char *prefix, int l1, const char *w1, int l2, const char *w2)
{
	char buf[4000];
	size_t len = (size_t)snprintf(buf, sizeof buf, "%s", prefix);
	for (size_t i = 0; i < sizeof good_lines / sizeof good_lines[0]; i++) {
		int line = (int)i + 1;
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s\n",
		                        line == l1 ? w1 : line == l2 ? w2 : good_lines[i]);
	}
	assert_true(len < sizeof buf);
	write_file("x.ini", buf);
}

static void write_variant(const char *prefix, int line, const char *with)
{
	write_variant2(prefix, line, with, 0, NULL);
}

/* The variant is refused, naming x.ini:LINE (0: no line) and `what`. */
static void expect_variant_problem(int line, const char *with, int at, const char *what)
{
	char want[900];
	write_variant("", line, with);
	if (at)
		snprintf(want, sizeof want, "%s/x.ini:%d: %s", tmp, at, what);
	else
		snprintf(want, sizeof want, "%s/x.ini: %s", tmp, what);
	expect_problem(tmp, want);
}

static void expect_variant_loads(const char *prefix, int line, const char *with, regcat *c)
{
	char *problems = NULL;
	gg_err err;
	write_variant(prefix, line, with);
	if (regcat_load(tmp, c, &problems, &err) != GG_OK) {
		char copy[2000];
		snprintf(copy, sizeof copy, "%s\n%s", err.msg, problems ? problems : "");
		free(problems);
		fail_msg("%s", copy);
	}
	assert_int_equal(c->n, 1);
}

/* The keys of the refactored catalogue, each refusal with FILE:LINE. */
static void test_catalogue_refusals(void **state)
{
	(void)state;
	char name[600];
	snprintf(name, sizeof name, "%s/x.ini", tmp);

	/* The good file, as read. */
	regcat c;
	expect_variant_loads("", 0, NULL, &c);
	const regime *r = &c.v[0];
	assert_string_equal(r->id, "x");
	assert_string_equal(r->result_report, "Berita Acara Hasil Uji");
	assert_int_equal(r->transition, TRANSITION_STARTED);
	assert_string_equal(r->transition_source, "Pasal 1 Uji");
	assert_int_equal(r->namend, 1);
	assert_string_equal(r->amend[0].number, "Perubahan Pertama");
	assert_true(r->amend[0].from == days_from_civil(2021, 2, 2));
	assert_true(r->prov[0].quoted);
	assert_string_equal(r->prov[0].source, "sumber uji");
	assert_string_equal(r->remedy_label[REMEDY_RESCHEDULE], "Jadwal");
	assert_string_equal(r->remedy_short[REMEDY_RESCHEDULE], "jadwal");
	regcat_free(&c);

	/* [regulation] result_report is required. */
	expect_variant_problem(5, "; no result_report", 1, "regulation:result_report: wajib diisi");
	expect_variant_problem(5, "result_report =", 5, "regulation:result_report: wajib diisi");

	/* A provision quoted word for word names where the words are from. */
	expect_variant_problem(15, "; no source", 12, "provision:a:source: ketentuan yang dikutip kata demi kata "
	                       "(quoted = yes) wajib menyebut sumbernya");
	expect_variant_problem(15, "source =", 15, "provision:a:source: ketentuan yang dikutip");
	/* ... which a summary need not. */
	{
		char *problems = NULL;
		gg_err err;
		write_variant2("", 14, "quoted = no", 15, "; no source");
		if (regcat_load(tmp, &c, &problems, &err) != GG_OK)
			fail_msg("a summary without a source refused: %s", problems ? problems : err.msg);
		assert_false(c.v[0].prov[0].quoted);
		assert_string_equal(c.v[0].prov[0].source, "");
		regcat_free(&c);
	}

	/* label and short are required for every remedy. */
	expect_variant_problem(29, "; no short", 27, "remedy:lkpp:short: [remedy:lkpp] short wajib diisi");
	expect_variant_problem(19, "; no label", 18, "remedy:cancel:label: [remedy:cancel] label wajib diisi");
	/* A missing section has no line to name: the file is. */
	{
		char buf[4000], want[900];
		size_t len = 0;
		for (size_t i = 0; i < 26; i++)   /* without lines 27-29, [remedy:lkpp] */
			len += (size_t)snprintf(buf + len, sizeof buf - len, "%s\n", good_lines[i]);
		write_file("x.ini", buf);
		snprintf(want, sizeof want, "%s: [remedy:lkpp] label wajib diisi", name);
		expect_problem(tmp, want);
		snprintf(want, sizeof want, "%s: [remedy:lkpp] short wajib diisi", name);
		expect_problem(tmp, want);
	}

	/* transition: one of three words, with its source. */
	expect_variant_problem(7, "transition = maybe", 7,
	                       "regulation:transition: 'maybe': isi none, started atau past_bid_deadline");
	expect_variant_problem(8, "; no transition_source", 1,
	                       "regulation:transition_source: sebut ketentuan peralihan");
	expect_variant_loads("", 7, "transition = past_bid_deadline", &c);
	assert_int_equal(c.v[0].transition, TRANSITION_PAST_BID_DEADLINE);
	regcat_free(&c);
	expect_variant_loads("", 7, "transition = none", &c);
	assert_int_equal(c.v[0].transition, TRANSITION_NONE);
	regcat_free(&c);

	/* An amendment cannot take effect before what it amends (the same
	 * day can). */
	expect_variant_problem(11, "effective_from = 2018-06-30", 11,
	                       "amendment:satu:effective_from: perubahan tidak dapat berlaku sebelum peraturan "
	                       "yang diubahnya");
	expect_variant_problem(11, "effective_from = 2021-02-30", 11,
	                       "amendment:satu:effective_from: '2021-02-30' bukan tanggal");
	expect_variant_loads("", 11, "effective_from = 2018-07-01", &c);
	assert_true(c.v[0].amend[0].from == c.v[0].from);
	regcat_free(&c);

	/* Amendments are kept by date, whatever the order of the file: the
	 * title names the latest in force. */
	{
		char buf[4000];
		size_t len = 0;
		for (size_t i = 0; i < 8; i++)
			len += (size_t)snprintf(buf + len, sizeof buf - len, "%s\n", good_lines[i]);
		len += (size_t)snprintf(buf + len, sizeof buf - len,
		                        "[amendment:dua]\nnumber = Perubahan Kedua\neffective_from = 2023-01-01\n"
		                        "[amendment:satu]\nnumber = Perubahan Pertama\neffective_from = 2021-02-02\n");
		for (size_t i = 11; i < sizeof good_lines / sizeof good_lines[0]; i++)
			len += (size_t)snprintf(buf + len, sizeof buf - len, "%s\n", good_lines[i]);
		write_file("x.ini", buf);
		char *problems = NULL;
		gg_err err;
		if (regcat_load(tmp, &c, &problems, &err) != GG_OK)
			fail_msg("%s", problems ? problems : err.msg);
		assert_int_equal(c.v[0].namend, 2);
		assert_string_equal(c.v[0].amend[0].number, "Perubahan Pertama");
		assert_string_equal(c.v[0].amend[1].number, "Perubahan Kedua");
		strbuf t = STRBUF_INIT;
		regime_title_on(&c.v[0], days_from_civil(2022, 1, 1), &t);
		assert_string_equal(sb_str(&t), "Peraturan Uji sebagaimana telah diubah dengan Perubahan Pertama");
		sb_reset(&t);
		regime_title_on(&c.v[0], days_from_civil(2024, 1, 1), &t);
		assert_string_equal(sb_str(&t),
		                    "Peraturan Uji sebagaimana telah beberapa kali diubah, terakhir dengan Perubahan Kedua");
		sb_free(&t);
		regcat_free(&c);
	}
	unlink(name);
}

/* inifile: a UTF-8 BOM is not text; "[a:b]" beside [a] is refused. */
static void test_inifile_bom_and_shadowing_sections(void **state)
{
	(void)state;
	char name[600];
	snprintf(name, sizeof name, "%s/x.ini", tmp);

	/* With a BOM before "[regulation]" the file reads as without. */
	regcat c;
	expect_variant_loads("\xEF\xBB\xBF", 0, NULL, &c);
	assert_string_equal(c.v[0].title, "Peraturan Uji");
	assert_string_equal(c.v[0].number, "Uji 1");
	assert_int_equal(c.v[0].nprov, 1);
	regcat_free(&c);
	/* ... and its lines keep their numbers. */
	write_variant("\xEF\xBB\xBF", 7, "transition = maybe");
	char want[800];
	snprintf(want, sizeof want, "%s:7: regulation:transition: 'maybe'", name);
	expect_problem(tmp, want);

	/* The inifile layer itself. */
	write_variant("\xEF\xBB\xBF", 0, NULL);
	inifile f;
	strbuf probs = STRBUF_INIT;
	int np = 0;
	gg_err err;
	assert_int_equal(inifile_open(name, &f, &probs, &np, &err), GG_OK);
	assert_int_equal(np, 0);
	assert_true(f.bom);
	assert_int_equal(inifile_line(&f, "regulation", NULL), 1);
	assert_int_equal(inifile_line(&f, "regulation", "title"), 2);
	assert_string_equal(inifile_get(&f, "regulation", "title"), "Peraturan Uji");
	inifile_close(&f);
	write_variant("", 0, NULL);
	assert_int_equal(inifile_open(name, &f, &probs, &np, &err), GG_OK);
	assert_int_equal(np, 0);
	assert_false(f.bom);
	inifile_close(&f);
	sb_free(&probs);
	/* Only on the first line: elsewhere it is part of a key, unknown. */
	write_variant("", 2, "\xEF\xBB\xBFtitle = Peraturan Uji");
	snprintf(want, sizeof want, "%s:2: regulation:", name);
	expect_problem(tmp, want);

	/* "[regulation:number]" would be read as the key number of
	 * [regulation]: refused at its own line. */
	expect_variant_problem(9, "[regulation:number]", 9,
	                       "[regulation:number]: nama bagian ini sama dengan kunci number di bagian "
	                       "[regulation]");
	/* Whichever comes first. */
	write_file("x.ini", "[regulation:title]\nx = 1\n[regulation]\ntitle = Uji\n");
	snprintf(want, sizeof want, "%s:1: [regulation:title]: nama bagian ini sama dengan kunci title", name);
	expect_problem(tmp, want);
	/* A colon in a section whose prefix is no section is fine there. */
	write_variant("", 0, NULL);
	probs = (strbuf)STRBUF_INIT;
	np = 0;
	assert_int_equal(inifile_open(name, &f, &probs, &np, &err), GG_OK);
	assert_int_equal(np, 0);
	assert_int_equal(inifile_line(&f, "provision:a", NULL), 12);
	inifile_close(&f);
	sb_free(&probs);
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
	/* SKB 712/2021 moved Maulid Nabi 2021 from Tuesday 19 to Wednesday 20
	 * October: the 19th is a working day again. */
	assert_int_equal(workcal_kind(&cal, days_from_civil(2021, 10, 20)), DAY_HOLIDAY);
	assert_string_equal(workcal_name(&cal, days_from_civil(2021, 10, 20)), "Maulid Nabi Muhammad SAW");
	assert_int_equal(workcal_kind(&cal, days_from_civil(2021, 10, 19)), DAY_WORKING);
	assert_int_equal(workcal_next_working(&cal, days_from_civil(2021, 10, 20)), days_from_civil(2021, 10, 21));
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
		cmocka_unit_test(test_catalogue_refusals),
		cmocka_unit_test(test_inifile_bom_and_shadowing_sections),
		cmocka_unit_test(test_holidays),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
