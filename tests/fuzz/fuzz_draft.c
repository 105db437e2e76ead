/* The TUI's form drafts: a draft file of arbitrary bytes (draft_read),
 * written back and read again when it was accepted. */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_draft.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file("draft", data, size);
	draft d;
	if (draft_read(path, &d) == 0) {
		draft_get(&d, "title");
		char again[700];
		snprintf(again, sizeof again, "%s.again", path);
		if (draft_write(again, &d) == 0) {
			draft e;
			if (draft_read(again, &e) == 0) {
				/* What was written reads back as it was. */
				if (e.n != d.n || strcmp(e.form, d.form) != 0)
					abort();
				for (size_t i = 0; i < d.n; i++)
					if (strcmp(e.keys[i], d.keys[i]) != 0 || strcmp(e.values[i], d.values[i]) != 0)
						abort();
				draft_free(&e);
			}
		}
		draft_free(&d);
	}
	return 0;
}
