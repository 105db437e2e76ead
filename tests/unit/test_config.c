/* The config loader (config/config.c, config/options.c): fixture INI files
 * are written into a fresh temporary directory by each test. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "datapath.h"

static char dir[256];

/* The sample config of data/gangguan.ini, as shipped (test_sample_is_shipped
 * checks that the copy is current). */
static const char sample_ini[] =
	"; gangguan.ini: sample configuration for an LPSE setting up today (LPSE\n"
	"; Kabupaten Lebong's unit data; the signatory is an invented person).\n"
	"; Installed as /etc/gangguan/gangguan.ini (the server: every operator), or\n"
	"; copied to ~/.config/gangguan/gangguan.ini (a unit of one); change the\n"
	"; values: every key is described in gangguan.ini(5).  Lists\n"
	"; are separated by \"|\".  The letters cite the regulation in force on each\n"
	"; incident's start date (data/regulations/): Perpres 16/2018 as amended,\n"
	"; Pokja Pemilihan, for every incident since 1 July 2018.\n"
	"; data/examples/lebong-2018.ini reproduces the unit's 2018 letter.\n"
	"\n"
	"[unit]\n"
	"name      = LPSE Kabupaten Lebong\n"
	"code      = LPSE.Lebongkab\n"
	"ip        = 118.97.128.173\n"
	"domain    = http://lpse.lebongkab.go.id/\n"
	"timezone  = WIB\n"
	"reporter  = Admin-PPE LPSE Kabupaten Lebong\n"
	"\n"
	"[signatory]\n"
	"position  = KEPALA\n"
	"org       = LPSE | Layanan Pengadaan Secara Elektronik | KABUPATEN LEBONG\n"
	"name      = RINA MARLINA, S.Kom., M.M.\n"
	"nip       = 198504122010012007\n"
	"\n"
	"[documents]\n"
	"number_format    = {seq}/{code}/{month_roman}/{year}\n"
	"copies           = Kepala UKPBJ Kabupaten Lebong | Arsip\n"
	"style            = pair\n"
	"template_opening = templates/opening.tpl\n"
	"template_closing = templates/closing.tpl\n"
	"template_single  = templates/single.tpl\n"
	"regulations      = regulations\n"
	"; empty: the regime in force on the incident's start date\n"
	"regime           =\n"
	"\n"
	"[remedies]\n"
	"; holidays/ beside this file lays its YYYY.ini over the installed\n"
	"; calendars, year by year: next year's file goes there\n"
	"holidays     = holidays\n"
	"cuti_bersama = ya\n"
	"\n"
	"[theme]\n"
	"header   = white,blue\n"
	"selected = black,cyan\n"
	"status   = white,blue\n"
	"error    = white,red\n"
	"\n"
	"[operators]\n"
	"; Operators sharing one Unix account choose their name at start (or give\n"
	"; --operator NAME); the audit records it beside the account.\n"
	"; names = Andi|Budi|Sari\n"
	"; Read-only roles: Unix users or operator names, and Unix groups.\n"
	"; readonly_users = auditor1\n"
	"; readonly_groups = auditor\n"
	"\n"
	"[paths]\n"
	"; One register for the whole unit, shared by the operators of group\n"
	"; gangguan: created by `gangguan init --group gangguan` (gangguan(1),\n"
	"; SHARED DATABASE).  A unit of one may use ~/.local/share/gangguan/gangguan.db.\n"
	"database = /var/lib/gangguan/gangguan.db\n";

/* A minimal valid file: the required keys only.  NIP on line 9. */
static const char minimal_fmt[] =
	"[unit]\n"                                  /* 1 */
	"name = LPSE Kabupaten Lebong\n"            /* 2 */
	"code = LPSE.Lebongkab\n"                   /* 3 */
	"ip = 118.97.128.173\n"                     /* 4 */
	"domain = http://lpse.lebongkab.go.id/\n"   /* 5 */
	"\n"                                        /* 6 */
	"[signatory]\n"                             /* 7 */
	"name = JONI PRAWINATA, MM\n"               /* 8 */
	"nip = %s\n";                               /* 9 */

static int rm_entry(const char *p, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(p);
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "%s/gg-config-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(dir))
		return -1;
	unsetenv("GANGGUAN_CONFIG");
	unsetenv("GANGGUAN_DATADIR");
	unsetenv("XDG_CONFIG_HOME");
	setenv("HOME", dir, 1);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	return nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* Writes text to dir/name (creating parent dirs); returns a static path. */
static const char *put(const char *name, const char *text)
{
	static char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	for (char *p = path + strlen(dir) + 1; *p; p++)
		if (*p == '/') {
			*p = '\0';
			mkdir(path, 0755);
			*p = '/';
		}
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	return path;
}

static int exists(const char *p)
{
	return access(p, F_OK) == 0;
}

static void test_sample_loads(void **state)
{
	(void)state;
	gg_config *c = NULL;
	config_problems probs = { 0 };
	gg_err err;
	const char *path = put("gangguan.ini", sample_ini);
	int rc = config_load(path, &c, &probs, &err);
	if (rc != GG_OK)
		fail_msg("sample refused: %s %s: %s", err.msg, probs.n ? probs.v[0].key : "",
		         probs.n ? probs.v[0].what : "");
	assert_int_equal(probs.n, 0);
	assert_non_null(c);
	assert_string_equal(c->path, path);
	assert_string_equal(c->unit_name, "LPSE Kabupaten Lebong");
	assert_string_equal(c->unit_code, "LPSE.Lebongkab");
	assert_string_equal(c->ip, "118.97.128.173");
	assert_string_equal(c->domain, "http://lpse.lebongkab.go.id/");
	assert_int_equal(c->tz, ZONE_WIB);
	assert_string_equal(c->reporter, "Admin-PPE LPSE Kabupaten Lebong");
	assert_string_equal(c->sign_position, "KEPALA");
	assert_int_equal(c->sign_org_n, 3);
	assert_string_equal(c->sign_org[0], "LPSE");
	assert_string_equal(c->sign_org[1], "Layanan Pengadaan Secara Elektronik");
	assert_string_equal(c->sign_org[2], "KABUPATEN LEBONG");
	assert_string_equal(c->sign_name, "RINA MARLINA, S.Kom., M.M.");
	assert_string_equal(c->sign_nip, "198504122010012007");
	assert_string_equal(c->number_format, "{seq}/{code}/{month_roman}/{year}");
	assert_int_equal(c->copies_n, 2);
	assert_string_equal(c->copies[0], "Kepala UKPBJ Kabupaten Lebong");
	assert_string_equal(c->copies[1], "Arsip");
	assert_string_equal(c->style, "pair");
	assert_string_equal(c->template_opening, "templates/opening.tpl");
	assert_string_equal(c->template_closing, "templates/closing.tpl");
	assert_string_equal(c->template_single, "templates/single.tpl");
	assert_string_equal(c->regulations, "regulations");
	/* No pinned regime: the one in force on each incident's start. */
	assert_non_null(c->regime);
	assert_string_equal(c->regime, "");
	assert_string_equal(c->holidays, "holidays");
	assert_int_equal(c->count_cuti_bersama, 1);
	assert_string_equal(c->theme_error, "white,red");
	/* the sample is the server's config: the one shared register */
	assert_string_equal(c->database, "/var/lib/gangguan/gangguan.db");
	assert_int_equal(c->operators_n, 0);
	assert_string_equal(c->datadir, GANGGUAN_DATADIR);
	config_free(c);
	config_problems_free(&probs);
}

/* The embedded copy is the shipped file, byte for byte. */
static char shipped_datadir[1024];

static void test_sample_is_shipped(void **state)
{
	(void)state;
	char path[1100];
	snprintf(path, sizeof path, "%s/gangguan.ini", shipped_datadir);
	FILE *f = fopen(path, "rb");
	if (!f)
		fail_msg("cannot open %s (set GANGGUAN_DATADIR to the source tree's data/)", path);
	static char text[sizeof sample_ini + 4096];
	size_t n = fread(text, 1, sizeof text - 1, f);
	fclose(f);
	text[n] = '\0';
	if (strcmp(text, sample_ini) != 0)
		fail_msg("%s differs from the copy in tests/unit/test_config.c: update sample_ini", path);
}

/* Finds the problem at line with key (NULL: none) whose text holds `what`. */
static const config_problem *find_problem(const config_problems *p, int line, const char *key,
                                          const char *what)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].line == line && strcmp(p->v[i].key, key ? key : "") == 0 &&
		    strstr(p->v[i].what, what))
			return &p->v[i];
	return NULL;
}

static void dump(const config_problems *p)
{
	for (size_t i = 0; i < p->n; i++)
		print_message("  %d: %s: %s\n", p->v[i].line, p->v[i].key, p->v[i].what);
}

static void expect(const config_problems *p, int line, const char *key, const char *what)
{
	if (!find_problem(p, line, key, what)) {
		dump(p);
		fail_msg("no problem at line %d, key \"%s\", with \"%s\"", line, key ? key : "", what);
	}
}

static void test_bad_file_reports_every_problem(void **state)
{
	(void)state;
	char longline[1200];
	memset(longline, 'x', sizeof longline);
	memcpy(longline, "copies = ", 9);
	longline[1100] = '\n';
	longline[1101] = '\0';
	char text[4096];
	snprintf(text, sizeof text,
		"; a file with one of every mistake\n"     /* 1 */
		"stray = 1\n"                               /* 2: outside a section */
		"[unit]\n"                                  /* 3 */
		"name = LPSE X\n"                           /* 4 */
		"code = LPSE.X\n"                           /* 5 */
		"ip = 118.97.128\n"                         /* 6: malformed IP */
		"timezon = WIB\n"                           /* 7: typo */
		"timezone = WITT\n"                         /* 8: unknown zone */
		"[signatory]\n"                             /* 9 */
		"name = A\n"                                /* 10 */
		"nip = 1981062920090110\n"                  /* 11: 16 digits */
		"position = KETUA\n"                        /* 12 */
		"position = KEPALA\n"                       /* 13: duplicate */
		"[documents]\n"                             /* 14 */
		"number_format = {code}/{year}\n"           /* 15: no {seq} */
		"this line has no equals sign\n"            /* 16 */
		"%s"                                        /* 17: too long */
		"style = pair\n",                           /* 18 */
		longline);
	const char *path = put("bad.ini", text);
	gg_config *c = (gg_config *)1;
	config_problems probs = { 0 };
	gg_err err;
	assert_int_equal(config_load(path, &c, &probs, &err), GG_ECONFIG);
	assert_null(c);
	expect(&probs, 2, "stray", "di luar bagian");
	expect(&probs, 6, "unit:ip", "\"118.97.128\" bukan alamat IPv4 atau IPv6");
	expect(&probs, 7, "unit:timezon", "maksud Anda unit:timezone?");
	expect(&probs, 8, "unit:timezone", "zona waktu \"WITT\" tidak dikenal");
	expect(&probs, 11, "signatory:nip", "harus 18 digit, bukan 16");
	expect(&probs, 13, "signatory:position", "kunci ganda (juga di baris 12)");
	expect(&probs, 15, "documents:number_format", "{seq}");
	expect(&probs, 16, NULL, "baris tidak dikenali");
	expect(&probs, 17, NULL, "baris terlalu panjang (1101 byte");
	expect(&probs, 0, "unit:domain", "wajib diisi");
	if (probs.n != 10) {
		dump(&probs);
		fail_msg("%zu problems, expected 10", probs.n);
	}
	for (size_t i = 0; i < probs.n; i++)
		assert_string_equal(probs.v[i].file, path);
	config_problems_free(&probs);
	assert_int_equal(probs.n, 0);
}

static void test_value_problems_without_syntax_errors(void **state)
{
	(void)state;
	/* the same value mistakes in a file iniparser can read */
	const char *path = put("values.ini",
		"[unit]\n"                                  /* 1 */
		"name = LPSE X\n"                           /* 2 */
		"code = LPSE.X\n"                           /* 3 */
		"ip = 300.1.1.1\n"                          /* 4 */
		"domain = http://x/\n"                      /* 5 */
		"timezone = CET\n"                          /* 6 */
		"[signatory]\n"                             /* 7 */
		"nip = 19810629200901101X\n"                /* 8 */
		"[documents]\n"                             /* 9 */
		"number_format = {seq}/{code}\n"            /* 10 */
		"style = double\n"                          /* 11 */
		"[remedies]\n"                              /* 12 */
		"cuti_bersama = mungkin\n"                  /* 13 */
		"[theme]\n"                                 /* 14 */
		"header = white,purple\n");                 /* 15 */
	gg_config *c = NULL;
	config_problems probs = { 0 };
	gg_err err;
	assert_int_equal(config_load(path, &c, &probs, &err), GG_ECONFIG);
	expect(&probs, 4, "unit:ip", "bukan alamat IPv4");
	expect(&probs, 6, "unit:timezone", "\"CET\" tidak dikenal");
	expect(&probs, 8, "signatory:nip", "ditemukan 'X'");
	expect(&probs, 10, "documents:number_format", "{year}");
	expect(&probs, 11, "documents:style", "bukan pair atau single");
	expect(&probs, 13, "remedies:cuti_bersama", "bukan ya atau tidak");
	expect(&probs, 15, "theme:header", "white,purple");
	expect(&probs, 0, "signatory:name", "wajib diisi");
	assert_int_equal(probs.n, 8);
	config_problems_free(&probs);
}

static void test_nip_problems_name_the_line(void **state)
{
	(void)state;
	static const struct { const char *nip; const char *what; } cases[] = {
		{ "19810629200901101", "harus 18 digit, bukan 17" },
		{ "1981062920090110141", "harus 18 digit, bukan 19" },
		{ "198102302009011014", "tanggal lahir 19810230" },
		{ "198102292009011014", "tanggal lahir 19810229" },
		{ "198113292009011014", "tanggal lahir 19811329" },
		{ "198106292009013014", "harus 1 atau 2, bukan 3" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char text[600];
		snprintf(text, sizeof text, minimal_fmt, cases[i].nip);
		const char *path = put("nip.ini", text);
		gg_config *c = NULL;
		config_problems probs = { 0 };
		gg_err err;
		assert_int_equal(config_load(path, &c, &probs, &err), GG_ECONFIG);
		expect(&probs, 9, "signatory:nip", cases[i].what);
		expect(&probs, 9, "signatory:nip", cases[i].nip);
		assert_int_equal(probs.n, 1);
		config_problems_free(&probs);
	}
	/* the leap-year birthday and "-" are fine */
	static const char *const good[] = { "198402292009011014", "-" };
	for (size_t i = 0; i < 2; i++) {
		char text[600];
		snprintf(text, sizeof text, minimal_fmt, good[i]);
		gg_config *c = NULL;
		config_problems probs = { 0 };
		gg_err err;
		assert_int_equal(config_load(put("nip.ini", text), &c, &probs, &err), GG_OK);
		assert_string_equal(c->sign_nip, good[i]);
		config_free(c);
	}
}

static void test_line_length_limit(void **state)
{
	(void)state;
	char text[3000], comment[1100];
	gg_config *c = NULL;
	config_problems probs = { 0 };
	gg_err err;

	/* 1022 characters and the newline: the most iniparser takes */
	memset(comment, 'c', sizeof comment);
	comment[0] = ';';
	comment[1022] = '\0';
	snprintf(text, sizeof text, minimal_fmt, "-");
	strcat(text, comment);
	strcat(text, "\n");
	assert_int_equal(config_load(put("l.ini", text), &c, &probs, &err), GG_OK);
	/* no [paths] database: a unit of one's, with ~ expanded against $HOME */
	char want[400];
	snprintf(want, sizeof want, "%s/.local/share/gangguan/gangguan.db", dir);
	assert_string_equal(c->database, want);
	config_free(c);

	/* one more is refused, with its line */
	comment[1022] = 'c';
	comment[1023] = '\0';
	snprintf(text, sizeof text, minimal_fmt, "-");
	strcat(text, comment);
	strcat(text, "\n");
	assert_int_equal(config_load(put("l.ini", text), &c, &probs, &err), GG_ECONFIG);
	expect(&probs, 10, NULL, "baris terlalu panjang (1024 byte; paling banyak 1023)");
	assert_int_equal(probs.n, 1);
	config_problems_free(&probs);
}

static void test_other_syntax_errors(void **state)
{
	(void)state;
	char text[1000];
	snprintf(text, sizeof text, minimal_fmt, "-");
	strcat(text, "[documents\n"      /* 10 */
	             " = pair\n");       /* 11 */
	gg_config *c = NULL;
	config_problems probs = { 0 };
	gg_err err;
	assert_int_equal(config_load(put("s.ini", text), &c, &probs, &err), GG_ECONFIG);
	expect(&probs, 10, NULL, "harus diakhiri ]");
	expect(&probs, 11, NULL, "kunci kosong");
	assert_int_equal(probs.n, 2);
	config_problems_free(&probs);
}

static void test_missing_file(void **state)
{
	(void)state;
	gg_config *c = (gg_config *)1;
	config_problems probs = { 0 };
	gg_err err;
	char path[400];
	snprintf(path, sizeof path, "%s/nowhere.ini", dir);
	assert_int_not_equal(config_load(path, &c, &probs, &err), GG_OK);
	assert_null(c);
	assert_int_equal(probs.n, 0);
	assert_non_null(strstr(err.msg, "nowhere.ini"));
}

static void collect(void *ctx, const char *line)
{
	char *buf = ctx;
	strcat(buf, line);
	strcat(buf, "\n");
}

static void test_problems_print_format(void **state)
{
	(void)state;
	const char *path = put("p.ini",
		"[unit]\n"
		"name = X\n"
		"code = X\n"
		"ip = nope\n"
		"domain = http://x/\n"
		"[signatory]\n"
		"name = A\n");
	char p[400];
	snprintf(p, sizeof p, "%s", path);
	gg_config *c = NULL;
	config_problems probs = { 0 };
	gg_err err;
	assert_int_equal(config_load(p, &c, &probs, &err), GG_ECONFIG);
	char out[2000] = "", want[2000];
	config_problems_print(&probs, collect, out);
	snprintf(want, sizeof want,
	         "%s:4: unit:ip: \"nope\" bukan alamat IPv4 atau IPv6\n"
	         "%s: signatory:nip: wajib diisi (NIP 18 digit penanda tangan, atau -)\n",
	         p, p);
	assert_string_equal(out, want);
	config_problems_free(&probs);

	/* a line problem without a key */
	put("p.ini", "[unit]\nname\n");
	assert_int_equal(config_load(p, &c, &probs, &err), GG_ECONFIG);
	out[0] = '\0';
	config_problems_print(&probs, collect, out);
	snprintf(want, sizeof want, "%s:2: baris tidak dikenali", p);
	assert_memory_equal(out, want, strlen(want));
	config_problems_free(&probs);
}

/* Sets the required fields that config_defaults() leaves empty. */
static void fill_required(gg_config *c)
{
	char why[300];
	static const struct { const char *key, *value; } req[] = {
		{ "unit:name", "LPSE Kabupaten Lebong" },
		{ "unit:code", "LPSE.Lebongkab" },
		{ "unit:ip", "2001:db8::1" },
		{ "unit:domain", "http://lpse.lebongkab.go.id/#beranda" },   /* '#' must be quoted */
		{ "signatory:name", "JONI PRAWINATA, MM; Ketua" },          /* ';' too */
		{ "signatory:nip", "198106292009011014" },
		{ "unit:timezone", "WIT" },
		{ "signatory:org", "LPSE | KABUPATEN LEBONG" },
		{ "remedies:cuti_bersama", "tidak" },
	};
	for (size_t i = 0; i < sizeof req / sizeof req[0]; i++) {
		const config_option *o = config_option_find(req[i].key);
		assert_non_null(o);
		if (config_set_value(c, o, req[i].value, why, sizeof why) != 0)
			fail_msg("%s: %s", req[i].key, why);
	}
}

static void test_write_round_trip(void **state)
{
	(void)state;
	gg_config *c = config_defaults();
	assert_non_null(c);
	fill_required(c);
	char path[400];
	snprintf(path, sizeof path, "%s/new/sub/gangguan.ini", dir);   /* dirs made on the way */
	gg_err err;
	int rc = config_write(c, path, &err);
	if (rc != GG_OK)
		fail_msg("write refused: %s", err.msg);
	assert_true(exists(path));

	gg_config *back = NULL;
	config_problems probs = { 0 };
	rc = config_load(path, &back, &probs, &err);
	if (rc != GG_OK) {
		dump(&probs);
		fail_msg("written file does not load");
	}
	size_t n;
	const config_option *opts = config_options(&n);
	for (size_t i = 0; i < n; i++) {
		char *a = config_value_string(c, &opts[i]);
		char *b = config_value_string(back, &opts[i]);
		if (strcmp(a, b) != 0)
			fail_msg("%s: wrote \"%s\", read back \"%s\"", opts[i].key, a, b);
		free(a);
		free(b);
	}
	assert_int_equal(back->tz, ZONE_WIT);
	assert_int_equal(back->count_cuti_bersama, 0);
	assert_int_equal(back->sign_org_n, 2);
	assert_string_equal(back->domain, "http://lpse.lebongkab.go.id/#beranda");
	config_free(back);
	config_problems_free(&probs);
	config_free(c);
}

/* [documents] regime: empty (the regime of the day) or a catalogue id. */
static void test_regime_key(void **state)
{
	(void)state;
	char text[1000];
	gg_config *c = NULL;
	config_problems probs = { 0 };
	gg_err err;

	snprintf(text, sizeof text, minimal_fmt, "-");
	strcat(text, "[documents]\n"                   /* 10 */
	             "regime = perka-lkpp-1-2015\n");  /* 11 */
	if (config_load(put("r.ini", text), &c, &probs, &err) != GG_OK) {
		dump(&probs);
		fail_msg("a pinned regime id refused");
	}
	assert_string_equal(c->regime, "perka-lkpp-1-2015");
	config_free(c);

	/* Left out: empty, not required. */
	snprintf(text, sizeof text, minimal_fmt, "-");
	assert_int_equal(config_load(put("r.ini", text), &c, &probs, &err), GG_OK);
	assert_string_equal(c->regime, "");
	config_free(c);

	/* A title instead of an id is named with its line. */
	snprintf(text, sizeof text, minimal_fmt, "-");
	strcat(text, "[documents]\n"                        /* 10 */
	             "regime = Perka LKPP Nomor 1/2015\n");  /* 11 */
	assert_int_equal(config_load(put("r.ini", text), &c, &probs, &err), GG_ECONFIG);
	assert_null(c);
	expect(&probs, 11, "documents:regime", "bukan nama rezim");
	assert_int_equal(probs.n, 1);
	config_problems_free(&probs);

	/* Written and read back. */
	c = config_defaults();
	fill_required(c);
	const config_option *o = config_option_find("documents:regime");
	assert_non_null(o);
	assert_int_equal(o->type, CT_REGIME);
	char why[300];
	assert_int_equal(config_set_value(c, o, "perpres-16-2018", why, sizeof why), 0);
	assert_int_equal(config_set_value(c, o, "perpres 16", why, sizeof why), -1);
	char path[400];
	snprintf(path, sizeof path, "%s/pinned.ini", dir);
	assert_int_equal(config_write(c, path, &err), GG_OK);
	gg_config *back = NULL;
	assert_int_equal(config_load(path, &back, &probs, &err), GG_OK);
	assert_string_equal(back->regime, "perpres-16-2018");
	config_free(back);
	config_free(c);
}

static int dir_entries(const char *d)
{
	char cmd[600];
	snprintf(cmd, sizeof cmd, "ls -A '%s' | wc -l", d);
	FILE *p = popen(cmd, "r");
	int n = -1;
	assert_non_null(p);
	assert_int_equal(fscanf(p, "%d", &n), 1);
	pclose(p);
	return n;
}

static void test_write_refuses_invalid(void **state)
{
	(void)state;
	char sub[400], path[500];
	gg_err err;
	snprintf(sub, sizeof sub, "%s/w", dir);
	mkdir(sub, 0755);
	snprintf(path, sizeof path, "%s/gangguan.ini", sub);

	/* required fields still empty */
	gg_config *c = config_defaults();
	assert_int_not_equal(config_write(c, path, &err), GG_OK);
	assert_false(exists(path));
	assert_true(err.msg[0]);

	/* a bad value set behind the setter's back */
	fill_required(c);
	free(c->ip);
	c->ip = strdup("118.97.128");
	assert_int_equal(config_write(c, path, &err), GG_EDATA);
	assert_non_null(strstr(err.msg, "unit:ip"));
	assert_false(exists(path));

	/* '"' together with ';' cannot be written */
	free(c->ip);
	c->ip = strdup("118.97.128.173");
	free(c->sign_name);
	c->sign_name = strdup("A \"B\"; C");
	assert_int_equal(config_write(c, path, &err), GG_EDATA);
	assert_false(exists(path));
	assert_int_equal(dir_entries(sub), 0);   /* no temporary file left behind */
	config_free(c);
}

static void test_find_order(void **state)
{
	(void)state;
	char xdg[300], want[400], home_ini[400];
	char *p;

	/* -c wins, existing or not */
	p = config_find("/no/such/explicit.ini");
	assert_string_equal(p, "/no/such/explicit.ini");
	free(p);

	/* $GANGGUAN_CONFIG next, even if missing */
	setenv("GANGGUAN_CONFIG", "/no/such/env.ini", 1);
	p = config_find(NULL);
	assert_string_equal(p, "/no/such/env.ini");
	free(p);
	p = config_find("/x.ini");
	assert_string_equal(p, "/x.ini");
	free(p);
	setenv("GANGGUAN_CONFIG", "", 1);   /* empty counts as unset */

	/* ~/.config/gangguan/gangguan.ini when it exists */
	snprintf(home_ini, sizeof home_ini, "%s", put(".config/gangguan/gangguan.ini", sample_ini));
	p = config_find(NULL);
	assert_string_equal(p, home_ini);
	free(p);

	/* $XDG_CONFIG_HOME replaces ~/.config */
	snprintf(xdg, sizeof xdg, "%s/xdg", dir);
	setenv("XDG_CONFIG_HOME", xdg, 1);
	p = config_find(NULL);
	if (exists("/etc/gangguan.ini"))
		assert_string_equal(p, "/etc/gangguan.ini");
	else
		assert_null(p);
	free(p);
	put("xdg/gangguan/gangguan.ini", sample_ini);
	snprintf(want, sizeof want, "%s/gangguan/gangguan.ini", xdg);
	p = config_find(NULL);
	assert_string_equal(p, want);
	free(p);

	/* and $GANGGUAN_CONFIG beats both */
	setenv("GANGGUAN_CONFIG", "/no/such/env.ini", 1);
	p = config_find(NULL);
	assert_string_equal(p, "/no/such/env.ini");
	free(p);
	unsetenv("GANGGUAN_CONFIG");
	unsetenv("XDG_CONFIG_HOME");
}

static void test_data_path_order(void **state)
{
	(void)state;
	char cfgdir[300], envdir[300], datadir[300], want[500];
	snprintf(cfgdir, sizeof cfgdir, "%s/etc", dir);
	snprintf(envdir, sizeof envdir, "%s/env", dir);
	snprintf(datadir, sizeof datadir, "%s/data", dir);
	gg_config *c = config_defaults();
	char *p;

	/* absolute names as they are */
	p = config_data_path(c, "/abs/file.tpl");
	assert_string_equal(p, "/abs/file.tpl");
	free(p);
	assert_null(config_data_path(c, NULL));

	/* nothing exists: the installed data dir is named */
	p = config_data_path(c, "templates/x.tpl");
	assert_string_equal(p, GANGGUAN_DATADIR "/templates/x.tpl");
	free(p);

	c->path = strdup(put("etc/gangguan.ini", sample_ini));
	free(c->datadir);
	c->datadir = strdup(datadir);
	setenv("GANGGUAN_DATADIR", envdir, 1);

	/* the configured data dir */
	put("data/templates/x.tpl", "d");
	snprintf(want, sizeof want, "%s/templates/x.tpl", datadir);
	p = config_data_path(c, "templates/x.tpl");
	assert_string_equal(p, want);
	free(p);

	/* $GANGGUAN_DATADIR before it */
	put("env/templates/x.tpl", "e");
	snprintf(want, sizeof want, "%s/templates/x.tpl", envdir);
	p = config_data_path(c, "templates/x.tpl");
	assert_string_equal(p, want);
	free(p);

	/* the unit's own copy beside its config before both */
	put("etc/templates/x.tpl", "u");
	snprintf(want, sizeof want, "%s/templates/x.tpl", cfgdir);
	p = config_data_path(c, "templates/x.tpl");
	assert_string_equal(p, want);
	free(p);

	/* a file in none of them: the installed data dir, last in the order */
	p = config_data_path(c, "templates/none.tpl");
	assert_string_equal(p, GANGGUAN_DATADIR "/templates/none.tpl");
	free(p);

	unsetenv("GANGGUAN_DATADIR");
	config_free(c);
}

/* Each name from the first layer holding it: the unit's directory, then
 * $GANGGUAN_DATADIR, then [paths] datadir; none hides another's names.
 * Years no installed copy holds, so the compiled-in dir (searched last)
 * cannot change the answer. */
static void test_data_list_layers(void **state)
{
	(void)state;
	char want[600];
	gg_config *c = config_defaults();
	data_listing l;
	gg_err err;
	c->path = strdup(put("lay/etc/gangguan.ini", sample_ini));
	free(c->datadir);
	snprintf(want, sizeof want, "%s/lay/data", dir);
	c->datadir = strdup(want);
	snprintf(want, sizeof want, "%s/lay/env", dir);
	setenv("GANGGUAN_DATADIR", want, 1);
	put("lay/data/holidays/2096.ini", "d");
	put("lay/data/holidays/2097.ini", "d");
	put("lay/data/holidays/2098.ini", "d");
	put("lay/env/holidays/2097.ini", "e");
	put("lay/etc/holidays/2098.ini", "u");
	put("lay/etc/holidays/2099.ini", "u");
	put("lay/etc/holidays/notes.txt", "not a calendar");

	assert_int_equal(config_data_list(c, "[remedies] holidays", "holidays", "holidays", ".ini", &l, &err), GG_OK);
	assert_int_equal(l.ndirs, 4);   /* the compiled-in dir is searched last */
	assert_int_equal(l.nlocal, 1);
	const char *from[] = { "data", "env", "etc", "etc" };
	const char *names[] = { "2096.ini", "2097.ini", "2098.ini", "2099.ini" };
	const int replaces[] = { 0, 1, 1, 0 };
	for (size_t i = 0; i < 4; i++) {
		const data_file *f = data_listing_find(&l, names[i]);
		assert_non_null(f);
		snprintf(want, sizeof want, "%s/lay/%s/holidays", dir, from[i]);
		assert_string_equal(l.dirs[f->layer], want);
		snprintf(want, sizeof want, "%s/lay/%s/holidays/%s", dir, from[i], names[i]);
		assert_string_equal(f->path, want);
		assert_int_equal(f->replaces, replaces[i]);
	}
	assert_null(data_listing_find(&l, "notes.txt"));
	for (size_t i = 1; i < l.n; i++)
		assert_true(strcmp(l.v[i - 1].name, l.v[i].name) < 0);
	data_listing_free(&l);

	/* an absolute directory is the unit's layer, still over the others,
	 * and the config's own directory is not searched then */
	put("lay/abs/2095.ini", "a");
	snprintf(want, sizeof want, "%s/lay/abs", dir);
	assert_int_equal(config_data_list(c, "[remedies] holidays", want, "holidays", ".ini", &l, &err), GG_OK);
	assert_string_equal(l.dirs[0], want);
	assert_int_equal(data_listing_find(&l, "2095.ini")->layer, 0);
	assert_int_equal(data_listing_find(&l, "2096.ini")->layer, 2);   /* abs, env, data */
	snprintf(want, sizeof want, "%s/lay/data/holidays/2098.ini", dir);
	assert_string_equal(data_listing_find(&l, "2098.ini")->path, want);
	assert_null(data_listing_find(&l, "2099.ini"));
	data_listing_free(&l);

	/* a directory the operator named that is nowhere: refused, named */
	snprintf(want, sizeof want, "%s/lay/none", dir);
	assert_int_equal(config_data_list(c, "[remedies] holidays", want, "holidays", ".ini", &l, &err), GG_ECONFIG);
	assert_non_null(strstr(err.msg, "[remedies] holidays = "));
	assert_null(l.v);

	unsetenv("GANGGUAN_DATADIR");
	config_free(c);
}

static void test_check_value_table(void **state)
{
	(void)state;
	static const struct { const char *key, *value; int ok; } cases[] = {
		{ "unit:ip", "118.97.128.173", 1 }, { "unit:ip", "::1", 1 },
		{ "unit:ip", "118.97.128.256", 0 }, { "unit:ip", "lpse.lebongkab.go.id", 0 },
		{ "unit:timezone", "wita", 1 }, { "unit:timezone", "GMT+7", 0 },
		{ "documents:style", "single", 1 }, { "documents:style", "Pair", 0 },
		{ "remedies:cuti_bersama", "TIDAK", 1 }, { "remedies:cuti_bersama", "2", 0 },
		{ "theme:header", "default,black", 1 }, { "theme:header", "white", 0 },
		{ "theme:header", "white,", 0 },
		{ "unit:name", "", 0 }, { "unit:name", "a\tb", 0 },
		{ "documents:copies", "", 1 },
		{ "documents:number_format", "{seq:4}-{year}", 1 },
		{ "documents:number_format", "{seq}-{tahun}", 0 },
		{ "documents:regime", "", 1 }, { "documents:regime", "perpres-16-2018", 1 },
		{ "documents:regime", "perka-lkpp-1-2015", 1 }, { "documents:regime", "a_b.c", 1 },
		{ "documents:regime", "Perpres-16-2018", 0 }, { "documents:regime", "perpres 16", 0 },
		{ "documents:regime", "../perpres", 0 }, { "documents:regime", ".hidden", 0 },
		{ "documents:regime", "perpres-16-2018.ini/", 0 },
	};
	char why[600];
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const config_option *o = config_option_find(cases[i].key);
		assert_non_null(o);
		int rc = config_check_value(o, cases[i].value, why, sizeof why);
		if ((rc == 0) != cases[i].ok)
			fail_msg("%s = \"%s\": %s", cases[i].key, cases[i].value,
			         rc == 0 ? "accepted" : why);
	}
	char big[600];
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	assert_int_equal(config_check_value(config_option_find("unit:name"), big, why, sizeof why), -1);
	assert_non_null(strstr(why, "terlalu panjang"));
	assert_null(config_option_find("unit:timezon"));
	assert_non_null(config_option_find("UNIT:NAME"));
}

int main(void)
{
	/* Read before setup() clears it for the tests of the lookup order. */
	const char *d = getenv("GANGGUAN_DATADIR");
	snprintf(shipped_datadir, sizeof shipped_datadir, "%s", d && *d ? d : "data");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_sample_loads, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sample_is_shipped, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_file_reports_every_problem, setup, teardown),
		cmocka_unit_test_setup_teardown(test_value_problems_without_syntax_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_nip_problems_name_the_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_line_length_limit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_other_syntax_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_problems_print_format, setup, teardown),
		cmocka_unit_test_setup_teardown(test_write_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_write_refuses_invalid, setup, teardown),
		cmocka_unit_test_setup_teardown(test_regime_key, setup, teardown),
		cmocka_unit_test_setup_teardown(test_find_order, setup, teardown),
		cmocka_unit_test_setup_teardown(test_data_path_order, setup, teardown),
		cmocka_unit_test_setup_teardown(test_data_list_layers, setup, teardown),
		cmocka_unit_test_setup_teardown(test_check_value_table, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
