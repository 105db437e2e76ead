/* grow_array: the doubling rule of every list, and its failures. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "grow.h"

static void test_grows_by_doubling(void **state)
{
	(void)state;
	int *v = NULL;
	size_t cap = 0;
	for (size_t n = 0; n < 40; n++) {
		int *g = grow_array(v, &cap, n, sizeof *g);
		assert_non_null(g);
		v = g;
		v[n] = (int)n;
		assert_true(cap > n);
	}
	assert_int_equal(cap, 64);
	for (size_t n = 0; n < 40; n++)
		assert_int_equal(v[n], (int)n);
	free(v);
}

static void test_room_left_changes_nothing(void **state)
{
	(void)state;
	size_t cap = 0;
	char *v = grow_array(NULL, &cap, 0, 1);
	assert_non_null(v);
	assert_int_equal(cap, 16);
	assert_ptr_equal(grow_array(v, &cap, 15, 1), v);
	assert_int_equal(cap, 16);
	free(v);
}

static void test_overflow_leaves_the_array(void **state)
{
	(void)state;
	size_t cap = SIZE_MAX / 2 + 1;
	char dummy;
	assert_null(grow_array(&dummy, &cap, cap, 2));
	assert_int_equal(cap, SIZE_MAX / 2 + 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_grows_by_doubling),
		cmocka_unit_test(test_room_left_changes_nothing),
		cmocka_unit_test(test_overflow_leaves_the_array),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
