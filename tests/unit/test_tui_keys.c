/* The TUI's keymap tables: no key bound twice on a screen, and every
 * key of every screen listed in gangguan(1), in the line the generator
 * below writes (run with GANGGUAN_PRINT_MAN_KEYS=1 to print them). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "keymap.h"
#include "lineedit.h"
#include "strbuf.h"
#include "tui_form.h"
#include "tui_pick.h"
#include "tui_screens.h"
#include "tui_tender.h"

typedef const keymap *(*keymap_fn)(void);
static const struct {
	const char *section;   /* the .Ss title in gangguan(1) */
	keymap_fn fn;
} maps[] = {
	{ "Incident list", list_keys_table },
	{ "Incident detail", detail_keys_table },
	{ "Tender list", tender_list_keys_table },
	{ "Tender", tender_keys_table },
	{ "Pick lists", pick_keys_table },
	{ "Forms", form_keys_table },
	{ "Editing text", le_keymap },
	{ "Rekap", rekap_keys_table },
	{ "Document pager", pager_keys_table },
	{ "Every screen", app_global_keymap },
};

/* ".It Cm j , Cm Down": the key names, with mdoc delimiters escaped. */
static void man_item(const km_action *a, strbuf *sb)
{
	sb_append(sb, ".It");
	for (int k = 0; k < 6 && a->keys[k]; k++) {
		char name[32];
		km_key_name(a->keys[k], name, sizeof name);
		int delim = strlen(name) == 1 && strchr(".,;:?!()[]|", name[0]);
		sb_appendf(sb, "%s Cm %s%s", k ? " ," : "", delim ? "\\&" : "", name);
	}
}

static char *read_man(void)
{
	const char *path = getenv("GANGGUAN_MAN1") ? getenv("GANGGUAN_MAN1") : "man/gangguan.1";
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL;
	strbuf sb = STRBUF_INIT;
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		sb_appendn(&sb, buf, n);
	fclose(f);
	return sb_steal(&sb);
}

static void test_no_duplicates(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof maps / sizeof maps[0]; i++) {
		const keymap *m = maps[i].fn();
		assert_int_equal(km_duplicate(m), 0);
		/* The global keys must not be shadowed by a screen, except where a
		 * form field needs the character ('?' is typed there). */
		if (maps[i].fn == app_global_keymap)
			continue;
		const keymap *g = app_global_keymap();
		for (size_t a = 0; a < g->n; a++)
			for (int k = 0; k < 6 && g->v[a].keys[k]; k++)
				assert_null(km_lookup(m, g->v[a].keys[k]));
	}
}

static void test_man_lists_every_key(void **state)
{
	(void)state;
	char *man = read_man();
	assert_non_null(man);
	int print = getenv("GANGGUAN_PRINT_MAN_KEYS") != NULL;
	for (size_t i = 0; i < sizeof maps / sizeof maps[0]; i++) {
		const keymap *m = maps[i].fn();
		strbuf ss = STRBUF_INIT;
		sb_appendf(&ss, "\n.Ss %s\n", maps[i].section);
		const char *sec = strstr(man, sb_str(&ss));
		if (print)
			printf(".Ss %s\n.Bl -tag -width Ds\n", maps[i].section);
		else if (!sec)
			fail_msg("gangguan(1) lacks the section \"%s\"", maps[i].section);
		const char *end = sec ? strstr(sec + 1, "\n.Ss ") : NULL;
		for (size_t a = 0; a < m->n; a++) {
			strbuf it = STRBUF_INIT;
			man_item(&m->v[a], &it);
			sb_putc(&it, '\n');
			if (print) {
				printf("%s%s\n", sb_str(&it), m->v[a].help);
			} else {
				const char *line = strstr(sec, sb_str(&it));
				if (!line || (end && line > end))
					fail_msg("gangguan(1) section \"%s\" lacks the line: %s(%s)", maps[i].section,
					         sb_str(&it), m->v[a].name);
			}
			sb_free(&it);
		}
		if (print)
			printf(".El\n");
		sb_free(&ss);
	}
	free(man);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_duplicates),
		cmocka_unit_test(test_man_lists_every_key),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
