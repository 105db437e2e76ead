/* Document fields (core/docfields.c): what a template sees, the
 * chronology prefixes, refusals, the shipped templates against the field
 * table, and the man page naming every field. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docfields.h"
#include "docview.h"
#include "idtime.h"
#include "strbuf.h"

/* Data files are read from the source tree (make check sets it). */
static const char *datadir(void)
{
	const char *d = getenv("GANGGUAN_DATADIR");
	return d && *d ? d : "data";
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		fail_msg("cannot open %s", path);
	strbuf sb = STRBUF_INIT;
	char buf[4096];
	size_t n;
	while (f && (n = fread(buf, 1, sizeof buf, f)) > 0)
		sb_appendn(&sb, buf, n);
	if (f)
		fclose(f);
	return sb_steal(&sb);
}

static int64_t wib(const char *s)
{
	int64_t t;
	char err[200];
	assert_int_equal(when_parse(s, ZONE_WIB, &t, err, sizeof err), 0);
	return t;
}

static char *org[] = { "LPSE", "KABUPATEN CONTOH" };
static char *copies[] = { "Kepala Bagian Pengadaan", "Arsip" };

static doc_unit sample_unit(void)
{
	doc_unit u;
	memset(&u, 0, sizeof u);
	u.name = "LPSE Kabupaten Contoh";
	u.code = "LPSE.Contoh";
	u.ip = "10.1.2.3";
	u.domain = "https://lpse.contoh.go.id/";
	u.tz = ZONE_WITA;
	u.reporter = "Admin-PPE";
	u.sign_position = "KEPALA";
	u.sign_org = org;
	u.sign_org_n = 2;
	u.sign_name = "SITI AMINAH, S.T.";
	u.sign_nip = "198502142010012001";
	u.copies = copies;
	u.copies_n = 2;
	return u;
}

static event ev(const char *when, int about, int action, char *text)
{
	event e;
	memset(&e, 0, sizeof e);
	char err[200];
	assert_int_equal(when_parse(when, ZONE_WITA, &e.at, err, sizeof err), 0);
	e.about = about;
	e.action = action;
	e.text = text;
	return e;
}

/* Renders src for a closing request over the events given. */
static char *render_closing(const doc_unit *cfg, event *evs, size_t n, const char *src, gg_err *err)
{
	incident inc;
	memset(&inc, 0, sizeof inc);
	inc.id = 7;
	inc.summary = "tidak dapat diakses";
	inc.cause = "jaringan";
	inc.impact = "";
	inc.reporter = "Operator Jaga";
	inc.channel = "telepon";
	inc.t.started = wib("2019-06-30 22:00");
	inc.t.restored = wib("2019-07-01 09:20");
	document opening;
	memset(&opening, 0, sizeof opening);
	opening.number = "010/LPSE.Contoh/VI/2019";
	opening.issued = wib("2019-06-30 23:00");
	event_list el = { evs, n, n };
	doc_request req = { .kind = DOC_CLOSING, .inc = &inc, .events = &el, .revokes = &opening,
		            .seq = 11, .year = 2019, .month = 7, .issued = wib("2019-07-01 10:00") };
	tpl_data *d;
	if (doc_fields_build(cfg, NULL, &req, "011/LPSE.Contoh/VII/2019", &d, err))
		return NULL;
	tpl *t;
	char *out = NULL;
	if (tpl_parse(src, "t.tpl", &t, err) == GG_OK) {
		doc_kind k = DOC_CLOSING;
		if (tpl_check(t, doc_field_kind, &k, err) == GG_OK)
			tpl_render(t, d, docmark_escape, &out, err);
		tpl_free(t);
	}
	tpl_data_free(d);
	return out;
}

static void test_fields(void **state)
{
	(void)state;
	doc_unit cfg = sample_unit();
	gg_err err;
	event evs[] = {
		ev("2019-06-30 23:00", 1, 0, "listrik padam"),
		ev("2019-06-30 23:30", 0, 0, "genset\tgagal menyala"),
		ev("2019-07-01 08:00", 0, 1, "mengganti aki genset"),
		ev("2019-07-01 09:15", 0, 0, "server *hidup* kembali"),
	};
	char *out = render_closing(&cfg, evs, 4,
		"{{doc.number}} {{doc.day}} {{doc.date}} {{doc.time}} {{opening.number}} {{opening.date}}\n"
		"{{incident.start_day}} {{incident.start_time}} / {{incident.restore_date}} {{incident.duration}}\n"
		"{{#each chronology}}\n"
		"#. Pada {{#if new_day}}tanggal {{date}} {{/if}}{{#if about}}sekitar {{/if}}pukul {{time}}{{#if new_day}},{{/if}} {{text}}.\n"
		"{{/each}}\n"
		"{{#each actions}}{{text}}{{/each}}|{{#each copies}}{{text}};{{/each}}|{{signatory.nip}}\n",
		&err);
	if (!out)
		fail_msg("%s", err.msg);
	/* Times given in WIB print in the unit's zone (22.00 WIB is 23.00
	 * WITA); an action is not in the chronology; a tab becomes a space;
	 * markup in a value is escaped. */
	assert_string_equal(out,
		"011/LPSE.Contoh/VII/2019 Senin 1 Juli 2019 11.00 WITA 010/LPSE.Contoh/VI/2019 1 Juli 2019\n"
		"Minggu 23.00 WITA / 1 Juli 2019 11 jam 20 menit\n"
		"1. Pada tanggal 30 Juni 2019 sekitar pukul 23.00 WITA, listrik padam.\n"
		"2. Pada pukul 23.30 WITA genset gagal menyala.\n"
		"3. Pada tanggal 1 Juli 2019 pukul 09.15 WITA, server \\*hidup\\* kembali.\n"
		"mengganti aki genset|Kepala Bagian Pengadaan;Arsip;|19850214 201001 2 001\n");
	free(out);

	/* First of a day: a second date in the list gets its own date. */
	event two[] = { ev("2019-06-30 21:00", 0, 0, "a"), ev("2019-07-01 07:00", 1, 0, "b") };
	out = render_closing(&cfg, two, 2, "{{#each chronology}}{{new_day}}{{about}}{{date}};{{/each}}\n", &err);
	assert_string_equal(out, "130 Juni 2019;111 Juli 2019;\n");
	free(out);
}

static void test_refusals(void **state)
{
	(void)state;
	doc_unit cfg = sample_unit();
	gg_err err;
	event evs[] = { ev("2019-06-30 23:00", 0, 0, "listrik \033[2J padam") };
	assert_null(render_closing(&cfg, evs, 1, "{{unit.name}}\n", &err));
	assert_int_equal(err.code, GG_EDATA);
	assert_non_null(strstr(err.msg, "kronologi 2019-06-30 23:00 WITA berisi karakter kontrol 0x1b"));

	char *longtext = malloc(DOC_VALUE_MAX + 2);
	memset(longtext, 'x', DOC_VALUE_MAX + 1);
	longtext[DOC_VALUE_MAX + 1] = '\0';
	event lng[] = { ev("2019-06-30 23:00", 0, 0, longtext) };
	assert_null(render_closing(&cfg, lng, 1, "{{unit.name}}\n", &err));
	assert_non_null(strstr(err.msg, "terlalu panjang"));
	free(longtext);

	assert_null(render_closing(&cfg, NULL, 0, "{{unit.name}}\n", &err));
	assert_non_null(strstr(err.msg, "belum mempunyai kronologi"));

	/* A config value a template needs but the unit left out. */
	cfg.ip = NULL;
	event ok[] = { ev("2019-06-30 23:00", 0, 0, "x") };
	assert_null(render_closing(&cfg, ok, 1, "a\nIP {{unit.ip}}\n", &err));
	assert_non_null(strstr(err.msg, "t.tpl:2: {{unit.ip}} kosong: isi [unit] ip di konfigurasi"));
	char *out = render_closing(&cfg, ok, 1, "{{#if unit.ip}}IP{{else}}tanpa IP{{/if}}\n", &err);
	assert_string_equal(out, "tanpa IP\n");
	free(out);
	cfg = sample_unit();
	/* Impact not recorded: only with #if. */
	assert_null(render_closing(&cfg, ok, 1, "{{incident.impact}}\n", &err));
	assert_non_null(strstr(err.msg, "dampak gangguan tidak dicatat"));
}

/* Every shipped template checks against the fields of its kind. */
static void test_shipped_templates(void **state)
{
	(void)state;
	static const struct {
		const char *file;
		doc_kind kind;
	} shipped[] = {
		{ "templates/opening.tpl", DOC_OPENING },
		{ "templates/closing.tpl", DOC_CLOSING },
		{ "templates/closing-lebong-2018.tpl", DOC_CLOSING },
		{ "templates/single.tpl", DOC_SINGLE },
	};
	for (size_t i = 0; i < sizeof shipped / sizeof shipped[0]; i++) {
		char path[512];
		gg_err err;
		tpl *t;
		snprintf(path, sizeof path, "%s/%s", datadir(), shipped[i].file);
		char *text = slurp(path);
		if (tpl_parse(text, path, &t, &err) || tpl_check(t, doc_field_kind, (void *)&shipped[i].kind, &err))
			fail_msg("%s", err.msg);
		tpl_free(t);
		free(text);
	}
	/* The opening report has no opening.* fields. */
	doc_kind k = DOC_OPENING;
	assert_int_equal(doc_field_kind(&k, NULL, "opening.number"), TPL_UNKNOWN);
	k = DOC_CLOSING;
	assert_int_equal(doc_field_kind(&k, NULL, "opening.number"), TPL_SCALAR);
	assert_int_equal(doc_field_kind(&k, "chronology", "new_day"), TPL_SCALAR);
	assert_int_equal(doc_field_kind(&k, "copies", "new_day"), TPL_UNKNOWN);
}

/* gangguan-template(5) names every field of the table. */
static void test_man_page_lists_every_field(void **state)
{
	(void)state;
	char path[512];
	snprintf(path, sizeof path, "%s/../man/gangguan-template.5", datadir());
	char *man = slurp(path);
	size_t n;
	const doc_field *f = doc_fields(&n);
	for (size_t i = 0; i < n; i++)
		if (!strstr(man, f[i].name))
			fail_msg("gangguan-template(5) does not name the field %s", f[i].name);
	static const char *const event_fields[] = { "text", "day", "date", "time", "about", "new_day", "action" };
	for (size_t i = 0; i < sizeof event_fields / sizeof event_fields[0]; i++)
		if (!strstr(man, event_fields[i]))
			fail_msg("gangguan-template(5) does not name the event field %s", event_fields[i]);
	free(man);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_shipped_templates),
		cmocka_unit_test(test_man_page_lists_every_field),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
