/* The growable string (core/strbuf.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

static void test_empty(void **state)
{
	(void)state;
	strbuf sb;
	sb_init(&sb);
	assert_non_null(sb_str(&sb));
	assert_string_equal(sb_str(&sb), "");
	assert_int_equal(sb.len, 0);
	assert_false(sb_failed(&sb));
	sb_reset(&sb);            /* harmless before the first append */
	assert_string_equal(sb_str(&sb), "");
	sb_free(&sb);
	sb_free(&sb);             /* twice is fine */
	assert_null(sb.buf);
}

static void test_appends(void **state)
{
	(void)state;
	strbuf sb = STRBUF_INIT;
	assert_int_equal(sb_append(&sb, "abc"), 0);
	assert_int_equal(sb_appendn(&sb, "defXYZ", 3), 0);
	assert_int_equal(sb_putc(&sb, '!'), 0);
	assert_int_equal(sb_appendf(&sb, "%d-%s-%05.1f", 42, "x", 3.14159), 0);
	assert_int_equal(sb_append(&sb, ""), 0);
	assert_string_equal(sb_str(&sb), "abcdef!42-x-003.1");
	assert_int_equal(sb.len, strlen("abcdef!42-x-003.1"));
	assert_true(sb.cap > sb.len);
	sb_free(&sb);
}

static void test_reset_keeps_memory(void **state)
{
	(void)state;
	strbuf sb = STRBUF_INIT;
	sb_append(&sb, "hello world");
	char *before = sb.buf;
	size_t cap = sb.cap;
	sb_reset(&sb);
	assert_int_equal(sb.len, 0);
	assert_string_equal(sb_str(&sb), "");
	assert_ptr_equal(sb.buf, before);
	assert_int_equal(sb.cap, cap);
	sb_append(&sb, "again");
	assert_string_equal(sb_str(&sb), "again");
	sb_free(&sb);
}

static void test_growth_across_boundaries(void **state)
{
	(void)state;
	strbuf sb = STRBUF_INIT;
	char expect[5000];
	for (int i = 0; i < 4999; i++) {
		char c = (char)('a' + i % 26);
		expect[i] = c;
		assert_int_equal(sb_putc(&sb, c), 0);
		assert_int_equal(sb.len, (size_t)i + 1);
		assert_int_equal(sb.buf[sb.len], '\0');
	}
	expect[4999] = '\0';
	assert_string_equal(sb_str(&sb), expect);
	sb_reset(&sb);
	/* one formatted append much bigger than the current capacity */
	assert_int_equal(sb_appendf(&sb, "%s|%s", expect, expect), 0);
	assert_int_equal(sb.len, 9999);
	assert_int_equal(sb.buf[4999], '|');
	sb_free(&sb);
}

static void test_failure_is_sticky(void **state)
{
	(void)state;
	strbuf sb = STRBUF_INIT;
	sb_append(&sb, "kept");
	/* a size that cannot be allocated; s is not read */
	assert_int_equal(sb_appendn(&sb, "", SIZE_MAX / 2), -1);
	assert_true(sb_failed(&sb));
	assert_int_equal(sb_append(&sb, "more"), -1);
	assert_int_equal(sb_putc(&sb, 'x'), -1);
	assert_int_equal(sb_appendf(&sb, "%d", 1), -1);
	assert_true(sb_failed(&sb));
	assert_string_equal(sb_str(&sb), "kept");   /* still a valid string */
	assert_null(sb_steal(&sb));
	/* steal freed it and left it reusable */
	assert_false(sb_failed(&sb));
	assert_int_equal(sb_append(&sb, "new"), 0);
	assert_string_equal(sb_str(&sb), "new");
	sb_free(&sb);
}

static void test_steal(void **state)
{
	(void)state;
	strbuf sb = STRBUF_INIT;
	char *p = sb_steal(&sb);
	assert_non_null(p);
	assert_string_equal(p, "");
	free(p);
	sb_append(&sb, "owned");
	p = sb_steal(&sb);
	assert_string_equal(p, "owned");
	assert_null(sb.buf);
	assert_int_equal(sb.len, 0);
	assert_string_equal(sb_str(&sb), "");
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_appends),
		cmocka_unit_test(test_reset_keeps_memory),
		cmocka_unit_test(test_growth_across_boundaries),
		cmocka_unit_test(test_failure_is_sticky),
		cmocka_unit_test(test_steal),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
