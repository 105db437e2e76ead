/* Loading a recap: the incidents down in the period, their confirmed
 * hits and latest decisions, the letters issued in it. */
#include "recapload.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "grow.h"
#include "pdfclient.h"
#include "store_tender.h"

/* What a recap keeps of each incident and letter: a few numbers, never
 * their texts, so that a year of a large register fits in little memory. */
typedef struct recap_acc {
	session *s;
	recap_incident *v;
	size_t n, cap;
	int64_t *issued;
	size_t nissued, icap;
	gg_err *err;
} recap_acc;

static int add_incident(void *ctx, incident *x)
{
	recap_acc *acc = ctx;
	recap_incident *v = grow_array(acc->v, &acc->cap, acc->n, sizeof *v);
	if (!v)
		return gg_fail(acc->err, GG_ESOFTWARE, "memori habis");
	acc->v = v;
	const cause_info *ci = cause_find(x->cause);
	recap_incident *r = &acc->v[acc->n++];
	*r = (recap_incident){ x->id, ci ? ci->code : "", x->t.started, x->t.restored, 0, { 0 } };
	int code = store_hit_count(acc->s->st, x->id, &r->hits, acc->err);
	decision_list d;
	if (code || (code = store_decisions(acc->s->st, x->id, 0, 0, &d, acc->err)))
		return code;
	for (size_t k = 0; k < d.n; k++)
		if ((unsigned)d.v[k].remedy < REMEDY__COUNT)
			r->decisions[d.v[k].remedy]++;
	decision_list_free(&d);
	return 0;
}

static int add_issued(void *ctx, const doc_row *row, gg_err *err)
{
	recap_acc *acc = ctx;
	if (row->withdrawn)
		return 0;
	int64_t *v = grow_array(acc->issued, &acc->icap, acc->nissued, sizeof *v);
	if (!v)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	acc->issued = v;
	acc->issued[acc->nissued++] = row->issued;
	return 0;
}

int recap_load(session *s, int year, int month, recap_by by, recap *out, gg_err *err)
{
	int tz = zone_utc_offset(s->cfg->tz);
	int m0 = month ? month : 1, m1 = month ? month : 12;
	int64_t from = days_from_civil(year, m0, 1) * 86400 - tz;
	int64_t until = (m1 == 12 ? days_from_civil(year + 1, 1, 1) : days_from_civil(year, m1 + 1, 1)) * 86400 - tz;
	recap_acc acc = { .s = s, .err = err };
	memset(out, 0, sizeof *out);
	int code = store_incidents_down_each(s->st, from, until, add_incident, &acc, err);
	if (!code)
		code = store_doc_rows(s->st, year, 0, add_issued, &acc, err);
	if (!code && recap_build(acc.v, acc.n, acc.issued, acc.nissued, year, month, by, tz, store_now(s->st), out) < 0)
		code = gg_fail(err, GG_ESOFTWARE, "memori habis");
	free(acc.v);
	free(acc.issued);
	return code;
}

static void put_row(strbuf *req, const char *key, const recap_row *r)
{
	sb_appendf(req, "%s\t%s\t%lld\t%lld\t%zu\t%zu\t%lld\t%.6f\t%lld\t%lld\t%zu\t%zu\t%zu\t%zu\t%zu\t%zu\n", key,
	           r->label, (long long)r->from, (long long)r->until, r->incidents, r->open, (long long)r->down_s,
	           r->availability, (long long)r->longest_s, (long long)r->mttr_s, r->docs, r->hits, r->decisions[0],
	           r->decisions[1], r->decisions[2], r->decisions[3]);
}

int recap_write_pdf(session *s, int year, int month, const char *path, gg_err *err)
{
	recap by[2];
	int code = recap_load(s, year, month, RECAP_BY_MONTH, &by[0], err);
	if (code)
		return code;
	if ((code = recap_load(s, year, month, RECAP_BY_CAUSE, &by[1], err))) {
		recap_free(&by[0]);
		return code;
	}
	const gg_config *c = s->cfg;
	char title[300], note[500];
	snprintf(title, sizeof title, "Rekap Gangguan Layanan %s %s %s", c->unit_name, month ? "Bulan" : "Tahun",
	         by[0].total.label);
	snprintf(note, sizeof note,
	         "Waktu mati dan lama gangguan (Terlama, Rerata pulih) dalam jam, dari mulai gangguan sampai layanan "
	         "pulih; gangguan yang bertumpang tindih dihitung sekali. Ketersediaan = 1 - waktu mati / lama "
	         "periode.%s",
	         by[0].total.open ? " * termasuk gangguan yang belum pulih, dihitung sampai saat rekap dibuat." : "");
	strbuf req = STRBUF_INIT;
	for (size_t i = 0; i < (c->letterhead_n ? c->letterhead_n : 1); i++)
		pdfreq_put(&req, "head", c->letterhead_n ? c->letterhead[i] : c->unit_name);
	char *logo = c->logo && *c->logo ? config_data_path(c, c->logo) : NULL;
	if (logo)
		pdfreq_put(&req, "logo", logo);
	free(logo);
	pdfreq_put(&req, "font", c->font);
	pdfreq_put(&req, "title", title);
	pdfreq_put(&req, "note", note);
	static const char *const keys[2][2] = { { "month", "month-total" }, { "cause", "cause-total" } };
	for (int w = 0; w < 2; w++) {
		for (size_t i = 0; i < by[w].n; i++)
			put_row(&req, keys[w][0], &by[w].rows[i]);
		put_row(&req, keys[w][1], &by[w].total);
	}
	code = sb_failed(&req) ? gg_fail(err, GG_ESOFTWARE, "memori habis")
	                       : pdf_client_run("recap", path, sb_str(&req), err);
	sb_free(&req);
	recap_free(&by[0]);
	recap_free(&by[1]);
	return code;
}
