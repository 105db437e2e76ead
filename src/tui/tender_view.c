/* A tender's stages and decisions laid out in the width the terminal has
 * (tui_tender.h); a proposal is laid out as the Tender & Remedi tab has
 * it (tab_tender_schedule). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "strbuf.h"
#include "tui_draw.h"
#include "tui_tender.h"

/* s, then blanks up to w columns. */
static void put_padded(strbuf *sb, const char *s, int w)
{
	sb_append(sb, s);
	for (int c = text_width(s); c < w; c++)
		sb_putc(sb, ' ');
}

/* One table row: left, the name in a column of namew (wrapped onto
 * further rows under it), then right on the first row. */
static void name_row(dlines *l, int64_t tag, const char *left, const char *name, int namew, const char *right)
{
	char **w = NULL;
	size_t n = wrap_lines(name, namew, &w);
	int lw = text_width(left);
	for (size_t i = 0; i < (n ? n : 1); i++) {
		strbuf sb = STRBUF_INIT;
		if (i)
			for (int c = 0; c < lw; c++)
				sb_putc(&sb, ' ');
		else
			sb_append(&sb, left);
		if (i == 0) {
			put_padded(&sb, n ? w[0] : "", namew);
			sb_append(&sb, right);
		} else {
			sb_append(&sb, w[i]);
		}
		dl_add(l, i ? 0 : tag, "%s", sb_failed(&sb) ? "" : sb_str(&sb));
		sb_free(&sb);
	}
	lines_free(w, n);
}

/* The name column: the longest name, or what the fixed columns leave. */
static int name_width(const tender *t, int cols, int fixed)
{
	int longest = 5;
	for (size_t k = 0; k < t->stages.n; k++) {
		int w = text_width(t->stages.v[k].name);
		longest = w > longest ? w : longest;
	}
	int room = cols - fixed;
	if (room < 12)
		room = 12;
	return longest < room ? longest : room;
}

void tv_stages(app *a, const tender *t, int cols, int64_t tag_base, dlines *l)
{
	enum { LEFT = 5, TIMES = 16 + 3 + 16 };
	int namew = name_width(t, cols, LEFT + 1 + TIMES);
	strbuf head = STRBUF_INIT;
	sb_append(&head, "  No ");
	put_padded(&head, _("Tahap"), namew + 1);
	put_padded(&head, _("Mulai"), 19);
	sb_append(&head, _("Selesai"));
	dl_add(l, 0, "%s", sb_failed(&head) ? "" : sb_str(&head));
	sb_free(&head);
	for (size_t k = 0; k < t->stages.n; k++) {
		const stage *g = &t->stages.v[k];
		char left[32], s[40], e[40], right[100];
		snprintf(left, sizeof left, "  %2zu ", k + 1);
		snprintf(right, sizeof right, " %s - %s", app_time(a, g->start, s, sizeof s), app_time(a, g->end, e, sizeof e));
		name_row(l, tag_base + (int64_t)k, left, g->name, namew, right);
	}
}

void tv_decision(app *a, const regime *rg, const decision *d, int cols, const char *prefix, dlines *l)
{
	char t1[40], t2[40], buf[1600];
	snprintf(buf, sizeof buf, _("revisi %d: %s, BA %s, %s; dicatat %s, %s%s%s"), d->revision,
	         regime_remedy_label(rg, d->remedy), d->ref, app_time(a, d->decided, t1, sizeof t1), d->recorded_by,
	         app_time(a, d->recorded, t2, sizeof t2), *d->note ? _("; catatan: ") : "", d->note);
	dl_wrap(l, cols, prefix, buf);
}
