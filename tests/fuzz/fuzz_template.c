/* The template parser (gangguan-template(5)): parse, check against a small
 * schema, render with a few fields and a list of two items. */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "docview.h"
#include "template.h"

static enum tpl_kind schema(void *ctx, const char *list, const char *name)
{
	(void)ctx;
	if (!list)
		return strcmp(name, "unit.name") == 0 || strcmp(name, "number") == 0 ? TPL_SCALAR
		       : strcmp(name, "events") == 0                               ? TPL_LIST
		                                                                   : TPL_UNKNOWN;
	return strcmp(list, "events") == 0 && strcmp(name, "text") == 0 ? TPL_SCALAR : TPL_UNKNOWN;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_cstr(data, size);
	tpl *t = NULL;
	gg_err err;
	if (tpl_parse(text, "fuzz.tpl", &t, &err) == GG_OK) {
		tpl_check(t, schema, NULL, &err);
		tpl_data *d = tpl_data_new();
		tpl_set(d, "unit.name", "LPSE *Kabupaten* {{Lebong}}");
		tpl_set(d, "number", "001/LPSE/II/2018");
		tpl_set_missing(d, "missing", "tidak ada");
		tpl_list(d, "empty");
		tpl_set(tpl_list_add(d, "events"), "text", "satu");
		tpl_set(tpl_list_add(d, "events"), "text", "");
		char *out = NULL;
		if (!tpl_data_failed(d) && tpl_render(t, d, docmark_escape, &out, &err) == GG_OK)
			free(out);
		out = NULL;
		if (!tpl_data_failed(d) && tpl_render(t, d, NULL, &out, &err) == GG_OK)
			free(out);
		tpl_data_free(d);
		tpl_free(t);
	}
	free(text);
	return 0;
}
