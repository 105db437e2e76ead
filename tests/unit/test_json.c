/* The JSON writer (core/json.c) and the string buffer under it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "strbuf.h"

static void test_escapes(void **state)
{
	(void)state;
	strbuf sb = STRBUF_INIT;
	json_string(&sb, "a\"b\\c\nd\te\x01" "f\x7f");
	assert_string_equal(sb_str(&sb), "\"a\\\"b\\\\c\\nd\\te\\u0001f\\u007f\"");
	sb_free(&sb);
}

static void test_utf8_kept_invalid_replaced(void **state)
{
	(void)state;
	strbuf sb = STRBUF_INIT;
	json_string(&sb, "Café ±40 \xff\xfe end \xc0\xaf \xed\xa0\x80");
	assert_string_equal(sb_str(&sb), "\"Café ±40 \\ufffd\\ufffd end \\ufffd\\ufffd \\ufffd\\ufffd\\ufffd\"");
	sb_free(&sb);
}

static void test_objects(void **state)
{
	(void)state;
	strbuf sb = STRBUF_INIT;
	sb_putc(&sb, '{');
	json_key_int(&sb, "id", -5);
	json_key_string(&sb, "s", NULL);
	json_key_bool(&sb, "b", 1);
	json_key(&sb, "list");
	sb_putc(&sb, '[');
	json_sep(&sb);
	json_string(&sb, "x");
	json_sep(&sb);
	json_string(&sb, "y");
	sb_putc(&sb, ']');
	json_key_raw(&sb, "raw", "");
	sb_putc(&sb, '}');
	assert_string_equal(sb_str(&sb), "{\"id\":-5,\"s\":null,\"b\":true,\"list\":[\"x\",\"y\"],\"raw\":null}");
	sb_free(&sb);
}

static void test_strbuf_growth_and_steal(void **state)
{
	(void)state;
	strbuf sb = STRBUF_INIT;
	assert_string_equal(sb_str(&sb), "");
	for (int i = 0; i < 1000; i++)
		sb_appendf(&sb, "%03d", i % 1000);
	assert_int_equal(sb.len, 3000);
	assert_memory_equal(sb_str(&sb) + 2997, "999", 3);
	char *p = sb_steal(&sb);
	assert_int_equal(strlen(p), 3000);
	free(p);
	assert_int_equal(sb.len, 0);
	p = sb_steal(&sb);
	assert_string_equal(p, "");
	free(p);
}

/* Every control character: the five short escapes JSON has, \u00XX for the
 * rest (JSON allows no raw byte below 0x20). */
static void test_every_control_char(void **state)
{
	(void)state;
	for (int c = 1; c < 0x20; c++) {
		char in[2] = { (char)c, 0 }, want[16];
		strbuf sb = STRBUF_INIT;
		switch (c) {
		case '\n': snprintf(want, sizeof want, "\"\\n\""); break;
		case '\r': snprintf(want, sizeof want, "\"\\r\""); break;
		case '\t': snprintf(want, sizeof want, "\"\\t\""); break;
		default: snprintf(want, sizeof want, "\"\\u%04x\"", c); break;
		}
		json_string(&sb, in);
		assert_string_equal(sb_str(&sb), want);
		sb_free(&sb);
	}
}

/* Printable ASCII passes through, except the two that must be escaped; a
 * lone byte >= 0x80 is never valid UTF-8 and becomes U+FFFD. */
static void test_every_single_byte(void **state)
{
	(void)state;
	for (int c = 0x20; c < 0x100; c++) {
		char in[2] = { (char)c, 0 }, want[16];
		strbuf sb = STRBUF_INIT;
		if (c == '"')
			snprintf(want, sizeof want, "\"\\\"\"");
		else if (c == '\\')
			snprintf(want, sizeof want, "\"\\\\\"");
		else if (c == 0x7f)
			snprintf(want, sizeof want, "\"\\u007f\"");
		else if (c >= 0x80)
			snprintf(want, sizeof want, "\"\\ufffd\"");
		else
			snprintf(want, sizeof want, "\"%c\"", c);
		json_string(&sb, in);
		assert_string_equal(sb_str(&sb), want);
		sb_free(&sb);
	}
}

static void json_is(const char *in, const char *want)
{
	strbuf sb = STRBUF_INIT;
	json_string(&sb, in);
	assert_string_equal(sb_str(&sb), want);
	sb_free(&sb);
}

static void test_utf8_boundaries(void **state)
{
	(void)state;
	/* C1 and bidi controls escaped, as harmless to a terminal as to a parser */
	json_is("\xc2\x80", "\"\\u0080\"");                 /* U+0080, smallest 2-byte, C1 */
	json_is("\xc2\x9f", "\"\\u009f\"");                 /* the last C1 control */
	json_is("\xc2\xa0", "\"\xc2\xa0\"");                 /* U+00A0 is text again */
	json_is("a\xe2\x80\xae" "b", "\"a\\u202eb\"");         /* RIGHT-TO-LEFT OVERRIDE */
	json_is("\xe2\x81\xa9", "\"\\u2069\"");             /* POP DIRECTIONAL ISOLATE */
	json_is("\xdf\xbf", "\"\xdf\xbf\"");                 /* U+07FF */
	json_is("\xe0\xa0\x80", "\"\xe0\xa0\x80\"");         /* U+0800 */
	json_is("\xe2\x82\xac", "\"\xe2\x82\xac\"");         /* euro sign */
	json_is("\xef\xbf\xbf", "\"\xef\xbf\xbf\"");         /* U+FFFF */
	json_is("\xf0\x9f\x98\x80", "\"\xf0\x9f\x98\x80\""); /* emoji, 4 bytes */
	json_is("\xf4\x8f\xbf\xbf", "\"\xf4\x8f\xbf\xbf\""); /* U+10FFFF, the last */
	/* overlong forms, surrogates, beyond U+10FFFF: every byte replaced */
	json_is("\xc1\xbf", "\"\\ufffd\\ufffd\"");
	json_is("\xe0\x9f\xbf", "\"\\ufffd\\ufffd\\ufffd\"");
	json_is("\xf0\x8f\xbf\xbf", "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
	json_is("\xed\xbf\xbf", "\"\\ufffd\\ufffd\\ufffd\"");
	json_is("\xf4\x90\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
	json_is("\xf8\x88\x80\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\"");
	/* a sequence cut short by the end of the string, or by ASCII */
	json_is("ab\xe2\x82", "\"ab\\ufffd\\ufffd\"");
	json_is("\xe2\x82x", "\"\\ufffd\\ufffdx\"");
	json_is("\xf0\x9f\x98", "\"\\ufffd\\ufffd\\ufffd\"");
	json_is("", "\"\"");
	json_is("/", "\"/\"");
}

static void test_members(void **state)
{
	(void)state;
	strbuf sb = STRBUF_INIT;
	sb_putc(&sb, '{');
	json_key_int(&sb, "min", INT64_MIN);
	json_key_int(&sb, "max", INT64_MAX);
	json_key_bool(&sb, "f", 0);
	json_key_null(&sb, "n");
	json_key_string(&sb, "k\"ey", "v\n");
	json_key_raw(&sb, "raw", "[1,2]");
	json_key_raw(&sb, "nil", NULL);
	json_key(&sb, "o");
	sb_putc(&sb, '{');
	json_key_int(&sb, "a", 1);
	sb_putc(&sb, '}');
	sb_putc(&sb, '}');
	assert_string_equal(sb_str(&sb),
	                    "{\"min\":-9223372036854775808,\"max\":9223372036854775807,"
	                    "\"f\":false,\"n\":null,\"k\\\"ey\":\"v\\n\",\"raw\":[1,2],"
	                    "\"nil\":null,\"o\":{\"a\":1}}");
	sb_free(&sb);
	/* json_sep on an empty buffer writes nothing */
	json_sep(&sb);
	assert_int_equal(sb.len, 0);
	sb_free(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_utf8_kept_invalid_replaced),
		cmocka_unit_test(test_objects),
		cmocka_unit_test(test_strbuf_growth_and_steal),
		cmocka_unit_test(test_every_control_char),
		cmocka_unit_test(test_every_single_byte),
		cmocka_unit_test(test_utf8_boundaries),
		cmocka_unit_test(test_members),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
