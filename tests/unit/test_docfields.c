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
#include "regcat.h"
#include "regulation.h"
#include "schedule.h"
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

/* An incident of `cause` from `start` (WIB) to `restored` (NULL: not yet). */
static incident sample_incident(const char *start, const char *restored, char *cause)
{
	incident inc;
	memset(&inc, 0, sizeof inc);
	inc.id = 7;
	inc.summary = "tidak dapat diakses";
	inc.cause = cause;
	inc.impact = "";
	inc.reporter = "Operator Jaga";
	inc.channel = "telepon";
	inc.t.started = wib(start);
	inc.t.restored = restored ? wib(restored) : 0;
	return inc;
}

/* Renders src (named file in messages) for a request of kind about inc
 * over the events given, with regime rg (may be NULL) and no escaping. */
static char *render_doc(const doc_unit *cfg, const regime *rg, doc_kind kind, const incident *inc, event *evs,
                        size_t n, const char *src, const char *file, gg_err *err)
{
	document opening;
	memset(&opening, 0, sizeof opening);
	opening.number = "010/LPSE.Contoh/VI/2019";
	opening.issued = inc->t.started + 3600;
	event_list el = { evs, n, n };
	int64_t issued = (inc->t.restored ? inc->t.restored : inc->t.started) + 2400;
	doc_request req = { .kind = kind, .inc = inc, .events = &el,
		            .revokes = kind == DOC_CLOSING ? &opening : NULL,
		            .seq = 11, .year = 2019, .month = 7, .issued = issued };
	tpl_data *d;
	if (doc_fields_build(cfg, rg, &req, "011/LPSE.Contoh/VII/2019", &d, err))
		return NULL;
	tpl *t;
	char *out = NULL;
	if (tpl_parse(src, file, &t, err) == GG_OK) {
		if (tpl_check(t, doc_field_kind, &kind, err) == GG_OK)
			tpl_render(t, d, NULL, &out, err);
		tpl_free(t);
	}
	tpl_data_free(d);
	return out;
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
	strbuf missing = STRBUF_INIT;
	size_t n;
	const doc_field *f = doc_fields(&n);
	for (size_t i = 0; i < n; i++)
		if (!strstr(man, f[i].name))
			sb_appendf(&missing, " %s%s%s", f[i].list ? f[i].list : "", f[i].list ? "." : "", f[i].name);
	static const char *const event_fields[] = { "text", "day", "date", "time", "about", "new_day", "action" };
	for (size_t i = 0; i < sizeof event_fields / sizeof event_fields[0]; i++)
		if (!strstr(man, event_fields[i]))
			sb_appendf(&missing, " (event) %s", event_fields[i]);
	free(man);
	if (missing.len) {
		char names[1000];
		snprintf(names, sizeof names, "%s", sb_str(&missing));
		sb_free(&missing);
		fail_msg("gangguan-template(5) does not name the field(s):%s", names);
	}
	sb_free(&missing);
}

/* ---- the regime's fields, with the shipped catalogue ---- */

static void load_shipped(regcat *c)
{
	char path[600], *problems = NULL;
	gg_err err;
	snprintf(path, sizeof path, "%s/regulations", datadir());
	if (regcat_load(path, c, &problems, &err) != GG_OK) {
		char copy[2000];
		snprintf(copy, sizeof copy, "%s\n%s", err.msg, problems ? problems : "");
		free(problems);
		fail_msg("%s", copy);
	}
}

/* The regime in force on the incident's start, as the letters choose it. */
static const regime *regime_of(const regcat *c, const incident *inc, zone z)
{
	const regime *r = regcat_for_day(c, local_day(inc->t.started, zone_utc_offset(z)));
	assert_non_null(r);
	return r;
}

static const char regime_probe[] =
	"{{regulation.quoted}}|{{regulation.committee}}|{{regulation.result_report}}|{{regulation.number}}\n"
	"{{regulation.title}}\n"
	"{{#each provisions}}{{name}}({{#each items}}{{letter}}{{/each}}) {{/each}}\n"
	"{{#each remedies}}{{name}} {{/each}}\n";

static void test_regime_fields_shipped(void **state)
{
	(void)state;
	regcat cat;
	load_shipped(&cat);
	doc_unit u = sample_unit();
	u.tz = ZONE_WIB;
	gg_err err;
	event evs[] = { ev("2018-02-03 15:30", 0, 0, "listrik padam") };
	char listrik[] = "listrik", jaringan[] = "jaringan", lainnya[] = "lainnya";

	/* February 2018: Perka LKPP 1/2015, its three provisions quoted word
	 * for word, the committee of the time. */
	incident inc = sample_incident("2018-02-03 14:30", "2018-02-04 09:00", listrik);
	const regime *rg = regime_of(&cat, &inc, u.tz);
	assert_string_equal(rg->id, "perka-lkpp-1-2015");
	char *out = render_doc(&u, rg, DOC_CLOSING, &inc, evs, 1, regime_probe, "probe.tpl", &err);
	if (!out)
		fail_msg("%s", err.msg);
	assert_string_equal(out,
		"1|Pokja ULP|Berita Acara Hasil Pelelangan (BAHP)/Berita Acara Hasil Seleksi (BAHS)|"
		"Perka LKPP Nomor 1 Tahun 2015\n"
		"Perka LKPP Nomor 1 Tahun 2015 tentang e-Tendering\n"
		"kahar_teknis(ab) solusi_alternatif() fasilitasi_lkpp() \n"
		"cancel reschedule alternative lkpp \n");
	free(out);
	/* The provisions' own words; the remedies in the regime's (here the
	 * labels: Perka gives no letter sentence). */
	out = render_doc(&u, rg, DOC_CLOSING, &inc, evs, 1,
	                 "{{#each provisions}}{{text}}\n{{/each}}{{#each remedies}}{{text}}\n{{/each}}", "p.tpl", &err);
	assert_non_null(out);
	strbuf want = STRBUF_INIT;
	for (size_t i = 0; i < rg->nprov; i++)
		sb_appendf(&want, "%s\n", rg->prov[i].text);
	for (int r = 0; r < REMEDY__COUNT; r++)
		sb_appendf(&want, "%s\n", regime_remedy_letter(rg, (remedy_code)r));
	assert_string_equal(out, sb_str(&want));
	assert_non_null(strstr(out, "Membatalkan/menggagalkan proses pemilihan\n"));
	sb_free(&want);
	free(out);

	/* Another cause in 2018: only the provisions for every cause. */
	inc.cause = lainnya;
	out = render_doc(&u, rg, DOC_CLOSING, &inc, evs, 1, regime_probe, "probe.tpl", &err);
	assert_non_null(out);
	assert_non_null(strstr(out, "\nsolusi_alternatif() fasilitasi_lkpp() \nalternative lkpp \n"));
	assert_memory_equal(out, "1|", 2);
	free(out);

	/* March 2023: Perpres 16/2018 as amended once; nothing quoted (its
	 * provisions are summaries), the remedies in the order of its file,
	 * the committee and report of today. */
	event evs23[] = { ev("2023-03-14 11:00", 0, 0, "jaringan putus") };
	inc = sample_incident("2023-03-14 10:00", "2023-03-15 08:00", jaringan);
	rg = regime_of(&cat, &inc, u.tz);
	assert_string_equal(rg->id, "perpres-16-2018");
	out = render_doc(&u, rg, DOC_CLOSING, &inc, evs23, 1, regime_probe, "probe.tpl", &err);
	if (!out)
		fail_msg("%s", err.msg);
	assert_string_equal(out,
		"|Pokja Pemilihan|Berita Acara Hasil Pemilihan (BAHP)|Perpres Nomor 16 Tahun 2018\n"
		"Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah "
		"sebagaimana telah diubah dengan Peraturan Presiden Nomor 12 Tahun 2021\n"
		"\n"
		"reschedule cancel alternative lkpp \n");
	free(out);
	out = render_doc(&u, rg, DOC_CLOSING, &inc, evs23, 1, "{{#each remedies}}{{text}}\n{{/each}}", "r.tpl", &err);
	assert_non_null(out);
	assert_memory_equal(out, "Melakukan penyesuaian jadwal sesuai dengan jumlah hari terjadinya gangguan teknis.\n",
	                    strlen("Melakukan penyesuaian jadwal sesuai dengan jumlah hari terjadinya gangguan teknis.\n"));
	assert_non_null(strstr(out, "\nMengajukan permohonan kepada LKPP untuk memfasilitasi penanganan teknis SPSE.\n"));
	free(out);
	/* A cause no provision on technical disruption covers: no reschedule. */
	inc.cause = lainnya;
	out = render_doc(&u, rg, DOC_CLOSING, &inc, evs23, 1, regime_probe, "probe.tpl", &err);
	assert_non_null(out);
	assert_non_null(strstr(out, "\n\ncancel alternative lkpp \n"));
	free(out);

	/* No regime: the regulation fields are missing, not empty. */
	out = render_doc(&u, NULL, DOC_CLOSING, &inc, evs23, 1, "a\n{{regulation.committee}}\n", "n.tpl", &err);
	assert_null(out);
	assert_non_null(strstr(err.msg, "n.tpl:2:"));
	out = render_doc(&u, NULL, DOC_CLOSING, &inc, evs23, 1,
	                 "[{{regulation.quoted}}]{{#each provisions}}p{{/each}}{{#each remedies}}r{{/each}}\n", "n.tpl", &err);
	assert_string_equal(out, "[]\n");
	free(out);
	regcat_free(&cat);
}

/* regulation.quoted is "1" only when every provision covering the
 * cause is quoted; a summary never reaches `provisions`, and one that
 * does not cover the cause changes nothing. */
static void test_quoted_needs_every_covering_provision(void **state)
{
	(void)state;
	char listrik[] = "listrik", jaringan[] = "jaringan", semua[] = "semua";
	char *c_all[] = { semua }, *c_listrik[] = { listrik };
	char n_a[] = "kutipan", n_b[] = "ringkasan", t_a[] = "Kata demi kata.", t_b[] = "Hanya ringkasan.";
	provision prov[2] = {
		{ .name = n_a, .text = t_a, .quoted = 1, .causes = c_all, .ncauses = 1,
		  .remedies = 1u << REMEDY_ALTERNATIVE },
		{ .name = n_b, .text = t_b, .quoted = 0, .causes = c_listrik, .ncauses = 1,
		  .remedies = (1u << REMEDY_RESCHEDULE) | (1u << REMEDY_ALTERNATIVE) },
	};
	char title[] = "Peraturan Uji", number[] = "Uji 1", committee[] = "Pokja Uji", report[] = "BA Hasil Uji";
	char letter[] = "Menggeser jadwal.";
	regime r = { .title = title, .number = number, .committee = committee, .result_report = report,
	             .from = days_from_civil(2015, 1, 1), .until = INT64_MAX, .prov = prov, .nprov = 2 };
	r.remedy_letter[REMEDY_RESCHEDULE] = letter;
	doc_unit u = sample_unit();
	gg_err err;
	event evs[] = { ev("2020-05-05 11:00", 0, 0, "x") };
	static const char probe[] =
		"[{{regulation.quoted}}]{{#each provisions}}{{name}};{{/each}}|{{#each remedies}}{{name}}={{text}};{{/each}}\n";

	incident inc = sample_incident("2020-05-05 10:00", "2020-05-05 12:00", jaringan);
	char *out = render_doc(&u, &r, DOC_CLOSING, &inc, evs, 1, probe, "q.tpl", &err);
	if (!out)
		fail_msg("%s", err.msg);
	assert_string_equal(out, "[1]kutipan;|alternative=alternative;\n");
	free(out);

	inc.cause = listrik;
	out = render_doc(&u, &r, DOC_CLOSING, &inc, evs, 1, probe, "q.tpl", &err);
	assert_non_null(out);
	/* Remedies once each, in the order the provisions give them. */
	assert_string_equal(out, "[]kutipan;|alternative=alternative;reschedule=Menggeser jadwal.;\n");
	free(out);

	/* No provision covers the cause: nothing to quote, and not "all quoted". */
	prov[0].causes = c_listrik;
	inc.cause = jaringan;
	out = render_doc(&u, &r, DOC_CLOSING, &inc, evs, 1, probe, "q.tpl", &err);
	assert_string_equal(out, "[]|\n");
	free(out);
}

/* A summary (quoted = no) never appears in a shipped letter: the 2026
 * letters of every shipped template name the remedies in the regime's
 * own sentences, under the amended title, and never the old committee. */
static void test_no_summary_in_shipped_letters(void **state)
{
	(void)state;
	static const struct {
		const char *file;
		doc_kind kind;
	} shipped[] = {
		{ "templates/opening.tpl", DOC_OPENING },
		{ "templates/closing.tpl", DOC_CLOSING },
		{ "templates/single.tpl", DOC_SINGLE },
		{ "templates/closing-lebong-2018.tpl", DOC_CLOSING },
	};
	regcat cat;
	load_shipped(&cat);
	doc_unit u = sample_unit();
	u.tz = ZONE_WIB;
	char listrik[] = "listrik";
	event evs[] = { ev("2026-03-10 09:30", 1, 0, "listrik padam"), ev("2026-03-10 10:00", 0, 1, "menyalakan genset"),
	                ev("2026-03-10 13:00", 0, 0, "server menyala kembali") };
	incident inc = sample_incident("2026-03-10 08:30", "2026-03-10 13:15", listrik);
	inc.impact = "layanan tidak dapat diakses";
	const regime *rg = regime_of(&cat, &inc, u.tz);
	assert_string_equal(rg->id, "perpres-16-2018");
	size_t summaries = 0;
	for (size_t i = 0; i < rg->nprov; i++)
		summaries += !rg->prov[i].quoted;
	assert_true(summaries >= 1);   /* else this test proves nothing */

	for (size_t k = 0; k < sizeof shipped / sizeof shipped[0]; k++) {
		char path[512];
		gg_err err;
		snprintf(path, sizeof path, "%s/%s", datadir(), shipped[k].file);
		char *src = slurp(path);
		incident one = inc;
		if (shipped[k].kind == DOC_OPENING)
			one.t.restored = 0;
		char *out = render_doc(&u, rg, shipped[k].kind, &one, evs, 3, src, path, &err);
		free(src);
		if (!out)
			fail_msg("%s: %s", shipped[k].file, err.msg);
		for (size_t i = 0; i < rg->nprov; i++) {
			const provision *pv = &rg->prov[i];
			if (pv->quoted)
				continue;
			char head[61];
			snprintf(head, sizeof head, "%s", pv->text);   /* also a wrapped or cut copy */
			if (strstr(out, pv->text) || strstr(out, head)) {
				free(out);
				fail_msg("%s prints the summary [provision:%s] as the regulation's words", shipped[k].file,
				         pv->name);
			}
		}
		assert_null(strstr(out, "Pokja ULP"));
		assert_non_null(strstr(out, "Pokja Pemilihan"));
		assert_non_null(strstr(out, "sebagaimana telah beberapa kali diubah, terakhir dengan Peraturan Presiden "
		                            "Nomor 46 Tahun 2025"));
		assert_non_null(strstr(out, regime_remedy_letter(rg, REMEDY_RESCHEDULE)));
		free(out);
	}
	regcat_free(&cat);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_shipped_templates),
		cmocka_unit_test(test_man_page_lists_every_field),
		cmocka_unit_test(test_regime_fields_shipped),
		cmocka_unit_test(test_quoted_needs_every_covering_provision),
		cmocka_unit_test(test_no_summary_in_shipped_letters),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
