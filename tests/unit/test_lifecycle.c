/* The incident lifecycle table (core/lifecycle.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "lifecycle.h"

#define T0 1517643000   /* 2018-02-03 14:30 WIB */
#define NOW (T0 + 86400)

/* What the header promises, written out independently of the code's table:
 * every (state, step) pair with its result, or the start of its refusal. */
static const struct {
	incident_state from;
	incident_step step;
	int ok;
	incident_state to;
	const char *why;
} table[] = {
	{ ST_REPORTED, STEP_OPEN, 1, ST_OPEN, NULL },
	{ ST_REPORTED, STEP_RESTORE, 0, 0, "hanya gangguan yang sudah dibuka" },
	{ ST_REPORTED, STEP_CLOSE, 0, 0, "hanya gangguan yang sudah pulih" },
	{ ST_REPORTED, STEP_VOID, 1, ST_VOID, NULL },
	{ ST_REPORTED, STEP_EVENT, 0, 0, "kronologi hanya dapat ditambah" },

	{ ST_OPEN, STEP_OPEN, 0, 0, "hanya gangguan berstatus dilaporkan" },
	{ ST_OPEN, STEP_RESTORE, 1, ST_RESTORED, NULL },
	{ ST_OPEN, STEP_CLOSE, 0, 0, "hanya gangguan yang sudah pulih" },
	{ ST_OPEN, STEP_VOID, 0, 0, "hanya laporan yang belum dibuka" },
	{ ST_OPEN, STEP_EVENT, 1, ST_OPEN, NULL },

	{ ST_RESTORED, STEP_OPEN, 0, 0, "hanya gangguan berstatus dilaporkan" },
	{ ST_RESTORED, STEP_RESTORE, 0, 0, "hanya gangguan yang sudah dibuka" },
	{ ST_RESTORED, STEP_CLOSE, 1, ST_CLOSED, NULL },
	{ ST_RESTORED, STEP_VOID, 0, 0, "hanya laporan yang belum dibuka" },
	{ ST_RESTORED, STEP_EVENT, 1, ST_RESTORED, NULL },

	{ ST_CLOSED, STEP_OPEN, 0, 0, "hanya gangguan berstatus dilaporkan" },
	{ ST_CLOSED, STEP_RESTORE, 0, 0, "hanya gangguan yang sudah dibuka" },
	{ ST_CLOSED, STEP_CLOSE, 0, 0, "hanya gangguan yang sudah pulih" },
	{ ST_CLOSED, STEP_VOID, 0, 0, "hanya laporan yang belum dibuka" },
	{ ST_CLOSED, STEP_EVENT, 0, 0, "kronologi hanya dapat ditambah" },

	{ ST_VOID, STEP_OPEN, 0, 0, "hanya gangguan berstatus dilaporkan" },
	{ ST_VOID, STEP_RESTORE, 0, 0, "hanya gangguan yang sudah dibuka" },
	{ ST_VOID, STEP_CLOSE, 0, 0, "hanya gangguan yang sudah pulih" },
	{ ST_VOID, STEP_VOID, 0, 0, "hanya laporan yang belum dibuka" },
	{ ST_VOID, STEP_EVENT, 0, 0, "kronologi hanya dapat ditambah" },
};

/* Times consistent with every state, so that only the state decides. */
static const incident_times times = { T0, T0 + 600, T0 + 3600, 0 };

static void test_every_state_and_step(void **state)
{
	(void)state;
	int seen[ST__COUNT][STEP__COUNT] = { { 0 } };
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
		incident_state to = ST__COUNT;
		const char *why = NULL;
		int rc = lifecycle_step(table[i].from, table[i].step, &times, T0 + 7200, NOW, &to, &why);
		seen[table[i].from][table[i].step]++;
		if (table[i].ok) {
			if (rc != 0)
				fail_msg("%s from %s refused: %s", step_name(table[i].step),
				         state_name(table[i].from), why ? why : "");
			assert_int_equal(to, table[i].to);
		} else {
			if (rc == 0)
				fail_msg("%s from %s allowed (to %s)", step_name(table[i].step),
				         state_name(table[i].from), state_name(to));
			assert_non_null(why);
			if (strncmp(why, table[i].why, strlen(table[i].why)) != 0)
				fail_msg("%s from %s: reason \"%s\", expected \"%s...\"",
				         step_name(table[i].step), state_name(table[i].from), why, table[i].why);
			assert_int_equal(to, ST__COUNT);   /* untouched */
		}
	}
	for (int s = 0; s < ST__COUNT; s++)
		for (int k = 0; k < STEP__COUNT; k++)
			assert_int_equal(seen[s][k], 1);
}

static void test_out_of_range(void **state)
{
	(void)state;
	incident_state to = ST__COUNT;
	const char *why = NULL;
	assert_int_equal(lifecycle_step(ST__COUNT, STEP_OPEN, &times, T0, NOW, &to, &why), -1);
	assert_string_equal(why, "langkah tidak dikenal");
	why = NULL;
	assert_int_equal(lifecycle_step(ST_REPORTED, STEP__COUNT, &times, T0, NOW, &to, &why), -1);
	assert_string_equal(why, "langkah tidak dikenal");
	why = NULL;
	assert_int_equal(lifecycle_step((incident_state)-1, STEP_OPEN, &times, T0, NOW, &to, &why), -1);
	assert_non_null(why);
	assert_int_equal(to, ST__COUNT);
}

static int step_at(incident_state from, incident_step step, const incident_times *t, int64_t at,
                   const char **why)
{
	incident_state to;
	*why = NULL;
	return lifecycle_step(from, step, t, at, NOW, &to, why);
}

static void test_no_future_times(void **state)
{
	(void)state;
	const char *why;
	static const struct { incident_state from; incident_step step; } steps[] = {
		{ ST_REPORTED, STEP_OPEN }, { ST_OPEN, STEP_RESTORE }, { ST_RESTORED, STEP_CLOSE },
		{ ST_OPEN, STEP_EVENT }, { ST_RESTORED, STEP_EVENT },
	};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		assert_int_equal(step_at(steps[i].from, steps[i].step, &times, NOW, &why), 0);
		assert_int_equal(step_at(steps[i].from, steps[i].step, &times, NOW + 1, &why), -1);
		assert_string_equal(why, "waktu tidak boleh di masa depan");
	}
}

static void test_not_before_start(void **state)
{
	(void)state;
	const char *why;
	incident_times t = { T0, 0, 0, 0 };
	assert_int_equal(step_at(ST_REPORTED, STEP_OPEN, &t, T0, &why), 0);
	assert_int_equal(step_at(ST_REPORTED, STEP_OPEN, &t, T0 - 1, &why), -1);
	assert_string_equal(why, "waktu tidak boleh sebelum awal gangguan");
	t.opened = T0 + 600;
	assert_int_equal(step_at(ST_OPEN, STEP_EVENT, &t, T0 - 60, &why), -1);
	assert_string_equal(why, "waktu tidak boleh sebelum awal gangguan");
	assert_int_equal(step_at(ST_OPEN, STEP_RESTORE, &t, T0 - 60, &why), -1);
	assert_string_equal(why, "waktu tidak boleh sebelum awal gangguan");
}

static void test_no_restore_before_opening(void **state)
{
	(void)state;
	const char *why;
	/* The opening report says the disruption goes on: a restore dated
	 * before it would make the two letters contradict each other. */
	incident_times t = { T0, T0 + 3600, 0, 0 };
	assert_int_equal(step_at(ST_OPEN, STEP_RESTORE, &t, T0 + 60, &why), -1);
	assert_string_equal(why, "waktu pulih tidak boleh sebelum BA Pembukaan diterbitkan");
	assert_int_equal(step_at(ST_OPEN, STEP_RESTORE, &t, T0 + 3600, &why), 0);
}

static void test_close_not_before_restore(void **state)
{
	(void)state;
	const char *why;
	incident_times t = { T0, T0 + 600, T0 + 3600, 0 };
	assert_int_equal(step_at(ST_RESTORED, STEP_CLOSE, &t, T0 + 3600, &why), 0);
	assert_int_equal(step_at(ST_RESTORED, STEP_CLOSE, &t, T0 + 3599, &why), -1);
	assert_string_equal(why, "waktu penutupan tidak boleh sebelum waktu pulih");
}

static void test_void_ignores_times(void **state)
{
	(void)state;
	const char *why;
	incident_times t = { T0, 0, 0, 0 };
	assert_int_equal(step_at(ST_REPORTED, STEP_VOID, &t, T0 - 86400, &why), 0);
	assert_int_equal(step_at(ST_REPORTED, STEP_VOID, &t, NOW + 86400, &why), 0);
}

static void test_names_and_labels(void **state)
{
	(void)state;
	static const char *const names[] = { "reported", "open", "restored", "closed", "void" };
	static const char *const labels[] = { "dilaporkan", "dibuka", "pulih", "ditutup", "dibatalkan" };
	static const char *const steps[] = { "open", "restore", "close", "void", "event" };
	static const char *const slabels[] = { "buka", "pulihkan", "tutup", "batalkan", "kronologi" };
	for (int s = 0; s < ST__COUNT; s++) {
		incident_state got = ST__COUNT;
		assert_string_equal(state_name((incident_state)s), names[s]);
		assert_string_equal(state_label((incident_state)s), labels[s]);
		assert_int_equal(state_from_name(names[s], &got), 0);
		assert_int_equal(got, s);
		got = ST__COUNT;
		assert_int_equal(state_from_name(labels[s], &got), 0);
		assert_int_equal(got, s);
	}
	for (int k = 0; k < STEP__COUNT; k++) {
		assert_string_equal(step_name((incident_step)k), steps[k]);
		assert_string_equal(step_label((incident_step)k), slabels[k]);
	}
	incident_state got = ST_OPEN;
	assert_int_equal(state_from_name("opened", &got), -1);
	assert_int_equal(state_from_name("", &got), -1);
	assert_int_equal(state_from_name(NULL, &got), -1);
	assert_int_equal(got, ST_OPEN);
	assert_string_equal(state_name(ST__COUNT), "?");
	assert_string_equal(state_label(ST__COUNT), "?");
	assert_string_equal(step_name(STEP__COUNT), "?");
	assert_string_equal(step_label(STEP__COUNT), "?");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_state_and_step),
		cmocka_unit_test(test_out_of_range),
		cmocka_unit_test(test_no_future_times),
		cmocka_unit_test(test_not_before_start),
		cmocka_unit_test(test_no_restore_before_opening),
		cmocka_unit_test(test_close_not_before_restore),
		cmocka_unit_test(test_void_ignores_times),
		cmocka_unit_test(test_names_and_labels),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
