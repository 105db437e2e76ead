/* Cause categories (core/cause.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "cause.h"

static void test_table_is_sane(void **state)
{
	(void)state;
	assert_int_equal(cause_count, 9);
	for (size_t i = 0; i < cause_count; i++) {
		const cause_info *c = &cause_table[i];
		assert_non_null(c->code);
		assert_true(c->label && *c->label);
		assert_true(c->hint && *c->hint);
		/* codes are what the CLI types and the store's CHECK holds */
		assert_int_equal(strspn(c->code, "abcdefghijklmnopqrstuvwxyz-"), strlen(c->code));
		for (size_t j = 0; j < i; j++)
			assert_string_not_equal(c->code, cause_table[j].code);
		/* each finds itself by code and by label */
		assert_ptr_equal(cause_find(c->code), c);
		assert_ptr_equal(cause_find(c->label), c);
	}
	assert_string_equal(cause_table[cause_count - 1].code, "lainnya");
}

static void test_loose_matching(void **state)
{
	(void)state;
	const cause_info *hw = cause_find("perangkat-keras");
	assert_non_null(hw);
	assert_string_equal(hw->label, "Perangkat keras");
	assert_ptr_equal(cause_find("Perangkat keras"), hw);
	assert_ptr_equal(cause_find("PERANGKAT KERAS"), hw);
	assert_ptr_equal(cause_find("perangkat_keras"), hw);
	assert_ptr_equal(cause_find("Perangkat-Keras"), hw);
	assert_string_equal(cause_find("LISTRIK")->code, "listrik");
	assert_string_equal(cause_find("layanan pusat")->code, "layanan-pusat");
}

static void test_unknown(void **state)
{
	(void)state;
	assert_null(cause_find("list"));
	assert_null(cause_find("listrikk"));
	assert_null(cause_find("perangkatkeras"));
	assert_null(cause_find("perangkat  keras"));
	assert_null(cause_find(" listrik"));
	assert_null(cause_find(""));
	assert_null(cause_find(NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_is_sane),
		cmocka_unit_test(test_loose_matching),
		cmocka_unit_test(test_unknown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
