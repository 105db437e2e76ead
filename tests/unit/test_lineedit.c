/* The curses-free line editor (core/lineedit.c), keymap tables
 * (core/keymap.c) and screen sanitizing (core/sanitize.c). */
#include <locale.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "keymap.h"
#include "lineedit.h"
#include "sanitize.h"

static void assert_text(const lineedit *e, const char *want)
{
	char *s = le_get(e);
	assert_non_null(s);
	assert_string_equal(s, want);
	free(s);
}

static void test_insert_and_move(void **state)
{
	(void)state;
	lineedit e;
	le_init(&e, 0);
	assert_int_equal(le_set(&e, "abc"), 0);
	assert_int_equal(e.cur, 3);
	le_left(&e);
	assert_int_equal(le_insert(&e, L'X'), 1);
	assert_text(&e, "abXc");
	le_home(&e);
	assert_int_equal(le_backspace(&e), 0);
	assert_int_equal(le_delete(&e), 1);
	assert_text(&e, "bXc");
	le_end(&e);
	assert_int_equal(le_backspace(&e), 1);
	assert_text(&e, "bX");
	le_right(&e);
	assert_int_equal(e.cur, 2);
	/* Control characters are refused: an escape never enters the buffer. */
	assert_int_equal(le_insert(&e, 0x1b), 0);
	assert_int_equal(le_insert(&e, 0x9b), 0);
	assert_text(&e, "bX");
	le_free(&e);
}

static void test_utf8_roundtrip(void **state)
{
	(void)state;
	lineedit e;
	le_init(&e, 0);
	le_set(&e, "Jöni Prawinata ±40 menit 中文");
	assert_int_equal(e.len, 27);
	assert_text(&e, "Jöni Prawinata ±40 menit 中文");
	/* Invalid bytes become U+FFFD, newlines of a paste become spaces. */
	le_set(&e, "a\xffz\nb");
	assert_text(&e, "a\xEF\xBF\xBDz b");
	le_free(&e);
}

static void test_kill_and_words(void **state)
{
	(void)state;
	lineedit e;
	le_init(&e, 0);
	le_set(&e, "mereset password server");
	assert_int_equal(le_kill_word(&e), 1);
	assert_text(&e, "mereset password ");
	le_word_left(&e);
	assert_int_equal(e.cur, 8);
	le_word_right(&e);
	assert_int_equal(e.cur, 17);
	le_home(&e);
	le_word_right(&e);
	assert_int_equal(le_kill_to_end(&e), 1);
	assert_text(&e, "mereset ");
	le_left(&e);
	assert_int_equal(le_kill_to_start(&e), 1);
	assert_text(&e, " ");
	assert_int_equal(e.cur, 0);
	le_free(&e);
}

static void test_max(void **state)
{
	(void)state;
	lineedit e;
	le_init(&e, 3);
	le_set(&e, "abcdef");
	assert_text(&e, "abc");
	assert_int_equal(le_insert(&e, L'z'), 0);
	le_free(&e);
}

static void test_scroll(void **state)
{
	(void)state;
	lineedit e;
	size_t first, count;
	int col;
	le_init(&e, 0);
	le_set(&e, "0123456789abcdef");
	/* Cursor at the end of 16 characters in a 10-column box. */
	le_view(&e, 10, &first, &count, &col);
	assert_int_equal(first, 7);
	assert_int_equal(count, 9);
	assert_int_equal(col, 9);
	le_home(&e);
	le_view(&e, 10, &first, &count, &col);
	assert_int_equal(first, 0);
	assert_int_equal(count, 10);
	assert_int_equal(col, 0);
	/* Moving right past the box scrolls by one. */
	for (int i = 0; i < 10; i++)
		le_right(&e);
	le_view(&e, 10, &first, &count, &col);
	assert_int_equal(first, 1);
	assert_int_equal(col, 9);
	/* Short text: no scroll. */
	le_set(&e, "abc");
	le_view(&e, 10, &first, &count, &col);
	assert_int_equal(first, 0);
	assert_int_equal(count, 3);
	assert_int_equal(col, 3);
	le_free(&e);
}

static void test_wide_scroll(void **state)
{
	(void)state;
	lineedit e;
	size_t first, count;
	int col;
	le_init(&e, 0);
	/* Six double-width characters (12 columns) in a 7-column box. */
	le_set(&e, "中文中文中文");
	assert_int_equal(le_char_width(L'中'), 2);
	le_view(&e, 7, &first, &count, &col);
	assert_int_equal(first, 3);
	assert_int_equal(count, 3);
	assert_int_equal(col, 6);
	le_home(&e);
	le_view(&e, 7, &first, &count, &col);
	assert_int_equal(first, 0);
	assert_int_equal(count, 3);
	/* A combining mark takes no column. */
	assert_int_equal(le_char_width(0x0301), 0);
	le_free(&e);
}

static int dummy_run(void *ctx)
{
	*(int *)ctx += 1;
	return 7;
}

static const km_action acts[] = {
	{ 1, "t.down", "turun", { 'j', KM_DOWN }, dummy_run },
	{ 2, "t.help", "bantuan", { '?', KM_F(1) }, NULL },
	{ 3, "t.kill", "hapus", { KM_CTRL('u'), ' ', KM_PGDN }, NULL },
};
static const keymap km = { "uji", acts, sizeof acts / sizeof acts[0] };

static void test_keymap(void **state)
{
	(void)state;
	int calls = 0;
	char buf[64];
	assert_ptr_equal(km_lookup(&km, KM_DOWN), &acts[0]);
	assert_ptr_equal(km_lookup(&km, KM_F(1)), &acts[1]);
	assert_null(km_lookup(&km, 'x'));
	assert_int_equal(km_dispatch(&km, 'j', &calls), 7);
	assert_int_equal(calls, 1);
	assert_int_equal(km_dispatch(&km, 'x', &calls), -1);
	km_keys_text(&acts[0], buf, sizeof buf);
	assert_string_equal(buf, "j, Down");
	km_keys_text(&acts[1], buf, sizeof buf);
	assert_string_equal(buf, "?, F1");
	km_keys_text(&acts[2], buf, sizeof buf);
	assert_string_equal(buf, "C-u, Spasi, PgDn");
	km_keys_text(&acts[2], buf, 6);
	assert_string_equal(buf, "C-u, ");
	assert_int_equal(km_duplicate(&km), 0);
	static const km_action dup[] = {
		{ 1, "a", "a", { 'a', 'b' }, NULL }, { 2, "b", "b", { 'c', 'b' }, NULL },
	};
	static const keymap kd = { "dup", dup, 2 };
	assert_int_equal(km_duplicate(&kd), 'b');
}

/* A text area: line breaks are text, rows wrap at the width, the view
 * follows the cursor. */
static void test_area(void **state)
{
	(void)state;
	lineedit e;
	le_row rows[3];
	int cr, cc;
	le_init(&e, 100);
	assert_int_equal(le_insert(&e, L'\n'), 0);          /* a one-line field refuses it */
	e.multiline = 1;
	assert_int_equal(le_set(&e, "baris satu\nbaris dua\r\n"), 0);
	assert_int_equal(e.len, 21);                          /* the CR is dropped, the breaks kept */
	size_t n = le_area(&e, 20, 3, rows, &cr, &cc);
	assert_int_equal(n, 3);                               /* two lines and the empty one after */
	assert_int_equal(rows[0].first, 0);
	assert_int_equal(rows[0].count, 10);
	assert_int_equal(rows[1].first, 11);
	assert_int_equal(rows[1].count, 9);
	assert_int_equal(rows[2].count, 0);
	assert_int_equal(cr, 2);                              /* the cursor at the end: the last row */
	assert_int_equal(cc, 0);
	/* wrapping at the width, and the view scrolling to the cursor */
	assert_int_equal(le_set(&e, "abcdefghij"), 0);
	n = le_area(&e, 4, 2, rows, &cr, &cc);
	assert_int_equal(n, 2);                               /* abcd efgh ij: the last two shown */
	assert_int_equal(rows[0].first, 4);
	assert_int_equal(rows[1].first, 8);
	assert_int_equal(rows[1].count, 2);
	assert_int_equal(cr, 1);
	assert_int_equal(cc, 2);
	le_home(&e);
	n = le_area(&e, 4, 2, rows, &cr, &cc);
	assert_int_equal(rows[0].first, 0);                   /* back to the top */
	assert_int_equal(cr, 0);
	char *back = le_get(&e);
	assert_string_equal(back, "abcdefghij");
	free(back);
	le_free(&e);
}

static void test_sanitize(void **state)
{
	(void)state;
	char *s = text_sanitize("ok\x1b[2J\x07 tab\there\nline", 0);
	assert_string_equal(s, "ok?[2J? tab here line");
	free(s);
	s = text_sanitize("a\r\nb\xc2\x9b" "c\xff", SAN_KEEP_NEWLINES);
	assert_string_equal(s, "a\nb?c\xEF\xBF\xBD");
	free(s);
	s = text_sanitize("±40 menit \xe2\x80\xae" "x", 0);
	assert_string_equal(s, "±40 menit ?x");
	free(s);
	s = text_sanitize(NULL, 0);
	assert_string_equal(s, "");
	free(s);
}

/* The CLI's visible escapes (text_escape), and the same result when the
 * text arrives one byte at a time (san_feed keeps a cut UTF-8 sequence
 * or CR for the next piece). */
static void test_escape(void **state)
{
	(void)state;
	static const struct {
		const char *in;
		int flags;
		const char *want;
	} cases[] = {
		{ "a\x1b]52;c;aGk=\x07" "b", 0, "a\\x1b]52;c;aGk=\\x07b" },
		{ "t\tn\nr\r\x7f", 0, "t\\tn\\nr\\r\\x7f" },
		{ "t\tn\n", SAN_ESC_KEEP_NL | SAN_ESC_KEEP_TAB, "t\tn\n" },
		{ "x\r\ny\rz", SAN_ESC_KEEP_NL | SAN_ESC_KEEP_CRLF, "x\r\ny\\rz" },
		{ "c1 \xc2\x9b bidi \xe2\x80\xae \xe2\x81\xa6 lrm \xe2\x80\x8e", 0,
		  "c1 \\u009b bidi \\u202e \\u2066 lrm \\u200e" },
		{ "bad \xff \xc3 \xe2\x80", 0, "bad \\xff \\xc3 \\xe2\\x80" },
		{ "±40 menit “é” \\", 0, "±40 menit “é” \\" },
		{ "a\\b\tc", SAN_ESC_BACKSLASH, "a\\\\b\\tc" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = text_escape(cases[i].in, cases[i].flags);
		assert_string_equal(s, cases[i].want);
		free(s);
		strbuf sb = STRBUF_INIT;
		san_stream st = { cases[i].flags, 0, { 0 } };
		for (const char *p = cases[i].in; *p; p++)
			san_feed(&st, p, 1, &sb);
		san_finish(&st, &sb);
		assert_string_equal(sb_str(&sb), cases[i].want);
		sb_free(&sb);
	}
	size_t at;
	unsigned cp;
	assert_int_equal(text_find_unsafe("ab\ncd", "\n", &at, &cp), TEXT_SAFE);
	assert_int_equal(text_find_unsafe("ab\ncd", NULL, &at, &cp), TEXT_CONTROL);
	assert_int_equal(at, 2);
	assert_int_equal(text_find_unsafe("é\xe2\x80\xaex", "\n\t", &at, &cp), TEXT_CONTROL);
	assert_int_equal(cp, 0x202E);
	assert_int_equal(text_find_unsafe("\xed\xa0\x80", NULL, &at, &cp), TEXT_INVALID);
}

/* What a terminal that is not UTF-8 shows instead (draw.c): one visible
 * ASCII character per code point. */
static void test_ascii_fallback(void **state)
{
	(void)state;
	static const struct {
		unsigned cp;
		char want;
	} cases[] = {
		{ 'a', 'a' }, { '~', '~' }, { 0xE9, 'e' }, { 0xC9, 'E' }, { 0xF6, 'o' }, { 0xDF, 's' },
		{ 0xB7, '-' }, { 0xB1, '~' }, { 0xA0, ' ' }, { 0x141, 'L' }, { 0x17E, 'z' },
		{ 0x2013, '-' }, { 0x2014, '-' }, { 0x201C, '"' }, { 0x2019, '\'' }, { 0x2026, '.' },
		{ 0x2502, '|' }, { 0x4E00, '?' }, { 0x1F600, '?' }, { 0x80, '?' }, { 0x1B, '?' },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char got = ascii_fallback(cases[i].cp);
		if (got != cases[i].want)
			fail_msg("U+%04X: got '%c', wanted '%c'", cases[i].cp, got, cases[i].want);
	}
	for (unsigned cp = 0x80; cp < 0x30000; cp++) {
		char c = ascii_fallback(cp);
		if (c < 0x20 || c >= 0x7F)
			fail_msg("U+%04X: not printable ASCII (%d)", cp, c);
	}
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_insert_and_move),
		cmocka_unit_test(test_utf8_roundtrip),
		cmocka_unit_test(test_kill_and_words),
		cmocka_unit_test(test_max),
		cmocka_unit_test(test_scroll),
		cmocka_unit_test(test_wide_scroll),
		cmocka_unit_test(test_keymap),
		cmocka_unit_test(test_sanitize),
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_ascii_fallback),
		cmocka_unit_test(test_area),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
