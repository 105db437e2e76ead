/* The canonical form of an audit row and the anchor text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "auditchain.h"

static chain_row sample(void)
{
	chain_row r = { .id = 17, .at = 1517706000, .incident_id = 1, .unix_user = "root", .client = "lokal",
	                .action = "restore", .before = "{}", .after = "{\"a\":1}", .operator_name = "",
	                .prev = CHAIN_GENESIS };
	return r;
}

static void test_hash_is_the_documented_form(void **state)
{
	(void)state;
	chain_row r = sample();
	char got[65], want[65];
	assert_int_equal(chain_hash(&r, got), 0);
	const char *form = "gangguan-audit-v1\nid=17\nat=1517706000\nunix_user=4:root\nclient=5:lokal\n"
	                   "action=7:restore\nincident_id=1\nbefore=2:{}\nafter=7:{\"a\":1}\noperator=0:\n"
	                   "prev=" CHAIN_GENESIS "\n";
	sha256_hex(form, strlen(form), want);
	assert_string_equal(got, want);
}

static void test_every_field_counts(void **state)
{
	(void)state;
	chain_row r = sample(), x;
	char base[65], h[65];
	chain_hash(&r, base);
	x = r; x.id = 18; chain_hash(&x, h); assert_string_not_equal(h, base);
	x = r; x.at++; chain_hash(&x, h); assert_string_not_equal(h, base);
	x = r; x.incident_id = 0; chain_hash(&x, h); assert_string_not_equal(h, base);
	x = r; x.unix_user = "roo"; chain_hash(&x, h); assert_string_not_equal(h, base);
	x = r; x.after = "{\"a\":2}"; chain_hash(&x, h); assert_string_not_equal(h, base);
	x = r; x.operator_name = "Ani"; chain_hash(&x, h); assert_string_not_equal(h, base);
	x = r; x.prev = "1"; chain_hash(&x, h); assert_string_not_equal(h, base);
	/* lengths keep a field's text from running into the next */
	x = r; x.before = "{}\nafter=7:{\"a\":1}"; x.after = ""; chain_hash(&x, h); assert_string_not_equal(h, base);
}

static void test_anchor_round_trip(void **state)
{
	(void)state;
	char a[ANCHOR_MAX], hex[ANCHOR_HEX + 1];
	const char *hash = "3f9ac21b0d7791e25a60b4c87e1102fdaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
	anchor_format(2026, 12, 1, 1234, hash, a);
	assert_string_equal(a, "GGN-2026-12-01-r1234-3f9a-c21b-0d77-91e2-5a60-b4c8-7e11-02fd");
	int y, m, d;
	int64_t id;
	assert_int_equal(anchor_parse(a, &y, &m, &d, &id, hex), 0);
	assert_int_equal(y, 2026);
	assert_int_equal(m, 12);
	assert_int_equal(d, 1);
	assert_int_equal(id, 1234);
	assert_string_equal(hex, "3f9ac21b0d7791e25a60b4c87e1102fd");
	/* as copied off paper: blanks, upper case */
	assert_int_equal(anchor_parse(" ggn-2026-12-01-R1234-3F9A C21B 0D77 91E2 5A60 B4C8 7E11 02FD\n", &y, &m, &d,
	                              &id, hex), 0);
	assert_string_equal(hex, "3f9ac21b0d7791e25a60b4c87e1102fd");
	assert_int_equal(anchor_parse("GGN-2026-12-01-r1234-3f9a", &y, &m, &d, &id, hex), -1);
	assert_int_equal(anchor_parse("GGN-2026-13-01-r1234-3f9a-c21b-0d77-91e2-5a60-b4c8-7e11-02fd", &y, &m, &d,
	                              &id, hex), -1);
	assert_int_equal(anchor_parse("GGN-2026-12-01-r0-3f9a-c21b-0d77-91e2-5a60-b4c8-7e11-02fd", &y, &m, &d, &id,
	                              hex), -1);
	assert_int_equal(anchor_parse("GGN-2026-12-01-r1-3f9a-c21b-0d77-91e2-5a60-b4c8-7e11-02fdx", &y, &m, &d, &id,
	                              hex), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hash_is_the_documented_form),
		cmocka_unit_test(test_every_field_counts),
		cmocka_unit_test(test_anchor_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
