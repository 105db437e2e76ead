/* The JSON writer (core/json.c) and the string buffer under it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_utf8_kept_invalid_replaced),
		cmocka_unit_test(test_objects),
		cmocka_unit_test(test_strbuf_growth_and_steal),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
