/* The regulation catalogue: the input is the one regime file of a
 * catalogue directory (regcat_load). */
#include "fuzz.h"

#include <stdlib.h>

#include "regcat.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_file("fuzz.ini", data, size);
	regcat c;
	char *problems = NULL;
	gg_err err;
	if (regcat_load(fuzz_dir(), &c, &problems, &err) == GG_OK)
		regcat_free(&c);
	free(problems);
	return 0;
}
