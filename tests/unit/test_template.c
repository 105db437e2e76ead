/* The template language (core/template.c) and the document views
 * (core/docview.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "docview.h"
#include "template.h"

/* Renders src with d; returns the malloc'd output or NULL (err set). */
static char *render(const char *src, const tpl_data *d, gg_err *err)
{
	tpl *t;
	char *out = NULL;
	if (tpl_parse(src, "t.tpl", &t, err))
		return NULL;
	tpl_render(t, d, NULL, &out, err);
	tpl_free(t);
	return out;
}

static tpl_data *sample(void)
{
	tpl_data *d = tpl_data_new();
	tpl_set(d, "unit.name", "LPSE Kabupaten Contoh");
	tpl_set(d, "empty", "");
	tpl_set_missing(d, "unit.ip", "isi [unit] ip di konfigurasi");
	const char *ev[] = { "listrik padam", "server aktif", "aplikasi pulih" };
	for (int i = 0; i < 3; i++) {
		tpl_data *it = tpl_list_add(d, "events");
		tpl_set(it, "text", ev[i]);
		tpl_set(it, "about", i == 0 ? "1" : "");
	}
	tpl_list(d, "none");
	return d;
}

static void test_fields_and_lists(void **state)
{
	(void)state;
	gg_err err;
	tpl_data *d = sample();
	char *out = render("Unit {{unit.name}}.\n"
	                   "{{#each events}}\n"
	                   "{{n}}{{letter}} {{#if about}}sekitar {{/if}}{{text}}{{#if !last}};{{/if}}\n"
	                   "{{/each}}\n"
	                   "{{#if none}}\nada\n{{else}}\ntidak ada\n{{/if}}\n"
	                   "{{! a comment }}\n"
	                   "akhir {{{{x}}\n", d, &err);
	assert_non_null(out);
	assert_string_equal(out, "Unit LPSE Kabupaten Contoh.\n"
	                         "1a sekitar listrik padam;\n"
	                         "2b server aktif;\n"
	                         "3c aplikasi pulih\n"
	                         "tidak ada\n"
	                         "akhir {{x}}\n");
	free(out);
	/* A template saved with CRLF line ends reads like an LF one. */
	out = render("Unit {{unit.name}}.\r\n{{#each events}}\r\n- {{text}}\r\n{{/each}}\r\nakhir\r\n", d, &err);
	assert_non_null(out);
	assert_string_equal(out, "Unit LPSE Kabupaten Contoh.\n- listrik padam\n- server aktif\n- aplikasi pulih\nakhir\n");
	free(out);
	/* Nested lists see their own items and the outer ones. */
	tpl_data *n = tpl_data_new();
	for (int i = 0; i < 2; i++) {
		tpl_data *p = tpl_list_add(n, "provisions");
		tpl_set(p, "text", i ? "dua" : "satu");
		tpl_list(p, "items");
		for (int k = 0; k < i + 1; k++)
			tpl_set(tpl_list_add(p, "items"), "text", k ? "y" : "x");
	}
	out = render("{{#each provisions}}\n{{n}} {{text}}\n{{#each items}}\n {{letter}}. {{text}} ({{n}})\n{{/each}}\n{{/each}}\n",
	             n, &err);
	assert_string_equal(out, "1 satu\n a. x (1)\n2 dua\n a. x (1)\n b. y (2)\n");
	free(out);
	tpl_data_free(n);
	/* Joining: first/last, inline blocks do not eat lines. */
	out = render("{{#each events}}{{#if !first}} kemudian {{/if}}{{text}}{{/each}}.\n", d, &err);
	assert_string_equal(out, "listrik padam kemudian server aktif kemudian aplikasi pulih.\n");
	free(out);
	tpl_data_free(d);
}

static void test_numbered_items(void **state)
{
	(void)state;
	gg_err err;
	tpl_data *d = sample();
	char *out = render("Kronologi :\n\n"
	                   "{{#each events}}\n#. {{text}}\n{{/each}}\n"
	                   "#. penutup\n"
	                   " - a. sub-butir tidak memutus\n"
	                   "#. lagi\n\n"
	                   "Paragraf lain.\n\n"
	                   "#. mulai lagi\n", d, &err);
	assert_non_null(out);
	assert_string_equal(out, "Kronologi :\n\n1. listrik padam\n2. server aktif\n3. aplikasi pulih\n"
	                         "4. penutup\n - a. sub-butir tidak memutus\n5. lagi\n\nParagraf lain.\n\n"
	                         "1. mulai lagi\n");
	free(out);
	tpl_data_free(d);
}

static void test_errors_name_file_and_line(void **state)
{
	(void)state;
	gg_err err;
	tpl_data *d = sample();
	static const struct {
		const char *src;
		const char *msg;
	} bad[] = {
		{ "a\n{{#each events}}\nx\n", "t.tpl:2: {{#each events}} tidak ditutup" },
		{ "a\nb {{unit.name\n", "t.tpl:2: '{{' tanpa '}}'" },
		{ "a\n\n{{/if}}\n", "t.tpl:3: {{/if}} tanpa {{#if}}" },
		{ "{{#if x}}\n{{/each}}\n", "t.tpl:2: {{/each}} tanpa {{#each}}" },
		{ "{{else}}\n", "t.tpl:1: {{else}} di luar {{#if}}" },
		{ "a\n{{Unit Name}}\n", "t.tpl:2: {{Unit Name}}: nama kolom" },
		{ "a\tb\n", "t.tpl:1: karakter kontrol" },
		{ "a\n{{#each}}\n", "t.tpl:2: {{#each}} perlu nama" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		tpl *t = NULL;
		assert_int_equal(tpl_parse(bad[i].src, "t.tpl", &t, &err), GG_ECONFIG);
		assert_null(t);
		if (!strstr(err.msg, bad[i].msg))
			fail_msg("%s: got '%s', wanted '%s'", bad[i].src, err.msg, bad[i].msg);
	}
	/* A long line. */
	char *longline = malloc(2100);
	memset(longline, 'x', 2000);
	strcpy(longline + 2000, "\n");
	tpl *t = NULL;
	assert_int_equal(tpl_parse(longline, "t.tpl", &t, &err), GG_ECONFIG);
	assert_non_null(strstr(err.msg, "t.tpl:1: baris lebih dari"));
	free(longline);

	/* Render-time: a missing value, an unknown field; never half an output. */
	char *out = render("a\nb\nIP {{unit.ip}}\n", d, &err);
	assert_null(out);
	assert_non_null(strstr(err.msg, "t.tpl:3: {{unit.ip}} kosong: isi [unit] ip"));
	out = render("{{#if unit.ip}}ada{{else}}tidak{{/if}}\n", d, &err);
	assert_string_equal(out, "tidak\n");
	free(out);
	out = render("x\n{{unit.nama}}\n", d, &err);
	assert_null(out);
	assert_non_null(strstr(err.msg, "t.tpl:2: kolom {{unit.nama}} tidak dikenal"));
	tpl_data_free(d);
}

/* A schema: top-level unit.name and list events with text. */
static enum tpl_kind schema(void *ctx, const char *list, const char *name)
{
	(void)ctx;
	if (!list)
		return strcmp(name, "unit.name") == 0 ? TPL_SCALAR : strcmp(name, "events") == 0 ? TPL_LIST
		                                                                               : TPL_UNKNOWN;
	return strcmp(list, "events") == 0 && strcmp(name, "text") == 0 ? TPL_SCALAR : TPL_UNKNOWN;
}

static void test_check(void **state)
{
	(void)state;
	gg_err err;
	tpl *t;
	assert_int_equal(tpl_parse("{{unit.name}}\n{{#each events}}{{n}} {{text}} {{unit.name}}\n{{/each}}\n",
	                           "ok.tpl", &t, &err), GG_OK);
	assert_int_equal(tpl_check(t, schema, NULL, &err), GG_OK);
	tpl_free(t);
	static const struct {
		const char *src;
		const char *msg;
	} bad[] = {
		{ "x\n{{#if z}}\n{{else}}\n{{unit.nama}}\n{{/if}}\n", "c.tpl:4: kolom {{unit.nama}} tidak dikenal" },
		{ "{{text}}\n", "c.tpl:1: kolom {{text}} tidak dikenal" },
		{ "{{events}}\n", "c.tpl:1: {{events}} adalah daftar" },
		{ "{{#each unit.name}}{{/each}}\n", "c.tpl:1: {{#each unit.name}}: unit.name bukan daftar" },
		{ "{{n}}\n", "c.tpl:1: kolom {{n}} tidak dikenal" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		if (strstr(bad[i].src, "{{#if z}}")) {
			/* z is unknown too: the first unknown stops the check. */
			assert_int_equal(tpl_parse(bad[i].src, "c.tpl", &t, &err), GG_OK);
			assert_int_equal(tpl_check(t, schema, NULL, &err), GG_ECONFIG);
			assert_non_null(strstr(err.msg, "c.tpl:2: kolom {{z}} tidak dikenal"));
			tpl_free(t);
			continue;
		}
		assert_int_equal(tpl_parse(bad[i].src, "c.tpl", &t, &err), GG_OK);
		assert_int_equal(tpl_check(t, schema, NULL, &err), GG_ECONFIG);
		if (!strstr(err.msg, bad[i].msg))
			fail_msg("%s: got '%s', wanted '%s'", bad[i].src, err.msg, bad[i].msg);
		tpl_free(t);
	}
}

static void test_views(void **state)
{
	(void)state;
	const char *m = "= JUDUL\n^ Nomor : 1/X/2018\n\n"
	                "Pada hari ini *online* domain <http://x.go.id/> dan tanda \\* bintang.\n\n"
	                "1. Butir pertama yang cukup panjang sehingga harus dipatahkan menjadi dua baris "
	                "pada lebar delapan puluh kolom.\n"
	                " - a. Sub-butir.\n\n"
	                "> KETUA\n>\n> NAMA\n> NIP. 1\n";
	strbuf md = STRBUF_INIT, tx = STRBUF_INIT;
	assert_int_equal(docview_markdown(m, &md), 0);
	assert_string_equal(sb_str(&md),
	                    "**JUDUL**\nNomor : 1/X/2018\n\n"
	                    "Pada hari ini *online* domain <http://x.go.id/> dan tanda \\* bintang.\n\n"
	                    "1. Butir pertama yang cukup panjang sehingga harus dipatahkan menjadi dua baris "
	                    "pada lebar delapan puluh kolom.\n"
	                    " - a. Sub-butir.\n\n"
	                    "KETUA\n\nNAMA  \nNIP. 1\n");
	assert_int_equal(docview_text(m, 80, &tx), 0);
	assert_string_equal(sb_str(&tx),
	                    "                                     JUDUL\n"
	                    "                                Nomor : 1/X/2018\n\n"
	                    "Pada hari ini online domain http://x.go.id/ dan tanda * bintang.\n\n"
	                    "1. Butir pertama yang cukup panjang sehingga harus dipatahkan menjadi dua baris\n"
	                    "   pada lebar delapan puluh kolom.\n"
	                    " - a. Sub-butir.\n\n"
	                    "                                                         KETUA\n\n"
	                    "                                                          NAMA\n"
	                    "                                                         NIP. 1\n");
	sb_free(&md);
	sb_free(&tx);
	/* A time keeps its zone, a number keeps its parts. */
	char para[200], want[200];
	memset(para, 'x', 70);
	strcpy(para + 70, " 14.30 WIB, lalu 022 /LPSE/II/2018.\n");
	strbuf g = STRBUF_INIT;
	assert_int_equal(docview_text(para, 80, &g), 0);
	memset(want, 'x', 70);
	strcpy(want + 70, "\n14.30 WIB, lalu 022 /LPSE/II/2018.\n");
	assert_string_equal(sb_str(&g), want);
	sb_free(&g);
	memset(para, 'x', 72);
	strcpy(para + 72, " 022 /LPSE/II/2018.\n");
	assert_int_equal(docview_text(para, 80, &g), 0);
	memset(want, 'x', 72);
	strcpy(want + 72, "\n022 /LPSE/II/2018.\n");
	assert_string_equal(sb_str(&g), want);
	sb_free(&g);

	strbuf e = STRBUF_INIT;
	docmark_escape(&e, "a*b <c> #1 = ^_[x]`\\");
	assert_string_equal(sb_str(&e), "a\\*b \\<c\\> \\#1 \\= \\^\\_\\[x\\]\\`\\\\");
	sb_free(&e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fields_and_lists),
		cmocka_unit_test(test_numbered_items),
		cmocka_unit_test(test_errors_name_file_and_line),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_views),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
