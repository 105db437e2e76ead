/* A tender's schedule laid out in the width the terminal has
 * (tui_tender.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "strbuf.h"
#include "tui_draw.h"
#include "tui_tender.h"

int tv_year(const app *a, int64_t utc)
{
	civil c;
	civil_from_utc(utc, a->ses->cfg->tz, &c);
	return c.year;
}

const char *tv_time(const app *a, int64_t utc, int ref_year, char *buf, size_t n)
{
	civil c;
	civil_from_utc(utc, a->ses->cfg->tz, &c);
	if (c.year == ref_year)
		snprintf(buf, n, "%02d/%02d %02d:%02d", c.day, c.month, c.hour, c.minute);
	else
		snprintf(buf, n, "%02d/%02d/%04d %02d:%02d", c.day, c.month, c.year, c.hour, c.minute);
	return buf;
}

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

void tv_proposal(app *a, const remedy_case *rc, const tender_plan *p, const unsigned char *met, int cols,
                 dlines *l)
{
	const tender *t = &p->h->t;
	const remedy_view *v = &rc->view;
	int ref = tv_year(a, rc->inc.t.started), tz = zone_utc_offset(a->ses->cfg->tz);
	size_t n = t->stages.n;
	char **was = calloc(n ? n : 1, sizeof *was), **now = calloc(n ? n : 1, sizeof *now);
	if (!was || !now) {
		free(was);
		free(now);
		return;
	}
	int ww = 6, nw = 6;
	for (size_t k = 0; k < n; k++) {
		char s[40], e[40], buf[100];
		const stage *g = &t->stages.v[k];
		snprintf(buf, sizeof buf, "%s-%s", tv_time(a, g->start, ref, s, sizeof s), tv_time(a, g->end, ref, e, sizeof e));
		was[k] = strdup(buf);
		if (p->proposed) {
			const sched_out *so = &p->proposed[k];
			snprintf(buf, sizeof buf, "%s-%s", tv_time(a, so->start, ref, s, sizeof s),
			         tv_time(a, so->end, ref, e, sizeof e));
			now[k] = strdup(buf);
		}
		ww = was[k] && text_width(was[k]) > ww ? text_width(was[k]) : ww;
		nw = now[k] && text_width(now[k]) > nw ? text_width(now[k]) : nw;
	}
	if (p->proposed)
		dl_add(l, 0, "   %s (+%d %s)%s:", _("Semula dan usulan bila dijadwal ulang"), v->days, _("hari"),
		       v->provisional ? _(", sementara") : "");
	else
		dl_add(l, 0, "   %s", _("Jadwal tersimpan (usulan tidak dapat dihitung dari tahapan ini):"));
	/* "  * 4 NAME  WAS > NOW  reason" */
	enum { LEFT = 6 };
	int fixed = LEFT + 1 + ww + (p->proposed ? 3 + nw : 0);
	int namew = name_width(t, cols, fixed);
	strbuf head = STRBUF_INIT;
	sb_append(&head, "    No ");
	put_padded(&head, _("Tahap"), namew + 1);
	put_padded(&head, _("Semula"), ww + (p->proposed ? 3 : 0));
	if (p->proposed)
		sb_append(&head, _("Usulan"));
	dl_add(l, 0, "%s", sb_failed(&head) ? "" : sb_str(&head));
	sb_free(&head);
	int any_hit = 0;
	for (size_t k = 0; k < n; k++) {
		const stage *g = &t->stages.v[k];
		char left[32], note[300] = "";
		int is_hit = met && met[k];
		any_hit |= is_hit;
		snprintf(left, sizeof left, "  %s%2zu ", is_hit ? "*" : " ", k + 1);
		strbuf right = STRBUF_INIT;
		sb_putc(&right, ' ');
		if (p->proposed) {
			const sched_out *so = &p->proposed[k];
			put_padded(&right, was[k] ? was[k] : "", ww);
			sb_appendf(&right, " %s %s", so->shifted ? ">" : "=", now[k] ? now[k] : "");
			remedy_stage_note(so, &a->ses->cal, tz, note, sizeof note);
		} else {
			sb_append(&right, was[k] ? was[k] : "");
		}
		/* the reason beside the times when the terminal is wide enough */
		int inline_note = *note && LEFT + namew + text_width(sb_str(&right)) + 2 + text_width(note) <= cols;
		if (inline_note)
			sb_appendf(&right, "  %s", note);
		name_row(l, 0, left, g->name, namew, sb_failed(&right) ? "" : sb_str(&right));
		sb_free(&right);
		if (*note && !inline_note)
			dl_wrap(l, cols, "        ", note);
		free(was[k]);
		free(now[k]);
	}
	free(was);
	free(now);
	if (any_hit)
		dl_add(l, 0, "   %s", _("* tahap yang berlangsung atau berakhir selama gangguan"));
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
