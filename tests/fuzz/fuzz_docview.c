/* The document view: a document's markup as plain text at a few widths,
 * as Markdown, and as blocks with their inline runs (the PDF's path). */
#include "fuzz.h"

#include <stdlib.h>

#include "docview.h"

static void run(void *ctx, const char *t, size_t len, int emphasis)
{
	size_t *total = ctx;
	(void)t;
	(void)emphasis;
	*total += len;
}

static int block(void *ctx, const dv_block *b)
{
	docview_inline(b->text, b->len, run, ctx);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *markup = fuzz_cstr(data, size);
	static const int widths[] = { DOCVIEW_WIDTH, 20, 1 };
	strbuf out;
	sb_init(&out);
	for (size_t i = 0; i < sizeof widths / sizeof widths[0]; i++) {
		sb_reset(&out);
		docview_text(markup, widths[i], &out);
	}
	sb_reset(&out);
	docview_markdown(markup, &out);
	sb_free(&out);
	size_t total = 0;
	docview_blocks(markup, block, &total);
	strbuf esc;
	sb_init(&esc);
	docmark_escape(&esc, markup);
	sb_free(&esc);
	free(markup);
	return 0;
}
