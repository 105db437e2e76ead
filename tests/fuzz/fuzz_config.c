/* The config loader on a gangguan.ini of arbitrary bytes (config_load
 * reads a file: the input is written to one first). */
#include "fuzz.h"

#include <stdlib.h>

#include "config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file("gangguan.ini", data, size);
	gg_config *c = NULL;
	config_problems probs = { 0 };
	gg_err err;
	if (config_load(path, &c, &probs, &err) == GG_OK) {
		char *text = config_format(c, &err);
		free(text);
		config_free(c);
	}
	config_problems_free(&probs);
	return 0;
}
