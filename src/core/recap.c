/* The recap (recap.h). */
#include "recap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "idtime.h"

typedef struct span {
	int64_t a, b;
} span;

static int by_start(const void *x, const void *y)
{
	const span *p = x, *q = y;
	return p->a < q->a ? -1 : p->a > q->a;
}

/* The length of the union of the spans, clipped to [from, until). */
static int64_t union_length(span *v, size_t n, int64_t from, int64_t until)
{
	int64_t total = 0, cur_a = 0, cur_b = 0;
	int have = 0;
	qsort(v, n, sizeof *v, by_start);
	for (size_t i = 0; i < n; i++) {
		int64_t a = v[i].a < from ? from : v[i].a, b = v[i].b > until ? until : v[i].b;
		if (b <= a)
			continue;
		if (have && a <= cur_b) {
			if (b > cur_b)
				cur_b = b;
			continue;
		}
		if (have)
			total += cur_b - cur_a;
		cur_a = a;
		cur_b = b;
		have = 1;
	}
	if (have)
		total += cur_b - cur_a;
	return total;
}

static int64_t end_of(const recap_incident *x, int64_t now)
{
	return x->restored ? x->restored : (now > x->start ? now : x->start);
}

/* One row over [from, until) of the incidents that `keep` accepts. */
static int fill_row(recap_row *r, const recap_incident *inc, size_t n, const int64_t *docs, size_t ndocs,
                    int64_t from, int64_t until, const char *cause, int64_t now)
{
	span *v = malloc((n ? n : 1) * sizeof *v);
	if (!v)
		return -1;
	size_t k = 0, restored = 0;
	int64_t restore_sum = 0;
	r->from = from;
	r->until = until;
	r->mttr_s = -1;
	for (size_t i = 0; i < n; i++) {
		const recap_incident *x = &inc[i];
		int64_t end = end_of(x, now);
		if ((cause && strcmp(x->cause, cause) != 0) || x->start >= until || end <= from)
			continue;
		v[k++] = (span){ x->start, end };
		r->incidents++;
		if (!x->restored)
			r->open++;
		if (end - x->start > r->longest_s) {
			r->longest_s = end - x->start;
			r->longest_id = x->id;
		}
		/* time to restore, hits and decisions belong to the period it began in */
		if (x->start >= from) {
			if (x->restored) {
				restored++;
				restore_sum += x->restored - x->start;
			}
			r->hits += x->hits;
			for (int m = 0; m < REMEDY__COUNT; m++)
				r->decisions[m] += x->decisions[m];
		}
	}
	r->down_s = union_length(v, k, from, until);
	free(v);
	r->availability = until > from ? 1.0 - (double)r->down_s / (double)(until - from) : 1.0;
	if (restored)
		r->mttr_s = restore_sum / (int64_t)restored;
	for (size_t i = 0; !cause && i < ndocs; i++)
		r->docs += docs[i] >= from && docs[i] < until;
	return 0;
}

static int64_t month_start(int year, int month, int tz_offset)
{
	if (month > 12) {
		year++;
		month = 1;
	}
	return days_from_civil(year, month, 1) * 86400 - tz_offset;
}

int recap_build(const recap_incident *inc, size_t n, const int64_t *docs, size_t ndocs, int year, int month,
                recap_by by, int tz_offset, int64_t now, recap *out)
{
	memset(out, 0, sizeof *out);
	int m0 = month ? month : 1, m1 = month ? month : 12;
	int64_t from = month_start(year, m0, tz_offset), until = month_start(year, m1 + 1, tz_offset);
	size_t rows = by == RECAP_BY_MONTH ? (size_t)(m1 - m0 + 1) : cause_count;
	out->rows = calloc(rows, sizeof *out->rows);
	if (!out->rows)
		return -1;
	out->n = rows;
	for (size_t i = 0; i < rows; i++) {
		recap_row *r = &out->rows[i];
		int rc;
		if (by == RECAP_BY_MONTH) {
			int m = m0 + (int)i;
			snprintf(r->label, sizeof r->label, "%04d-%02d", year, m);
			rc = fill_row(r, inc, n, docs, ndocs, month_start(year, m, tz_offset), month_start(year, m + 1, tz_offset),
			              NULL, now);
		} else {
			snprintf(r->label, sizeof r->label, "%s", cause_table[i].label);
			rc = fill_row(r, inc, n, docs, ndocs, from, until, cause_table[i].code, now);
		}
		if (rc < 0) {
			recap_free(out);
			return -1;
		}
	}
	snprintf(out->total.label, sizeof out->total.label, month ? "%04d-%02d" : "%04d", year, month);
	if (fill_row(&out->total, inc, n, docs, ndocs, from, until, NULL, now) < 0) {
		recap_free(out);
		return -1;
	}
	return 0;
}

void recap_free(recap *r)
{
	free(r->rows);
	memset(r, 0, sizeof *r);
}
