#include "tender.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idtime.h"
#include "schedule.h"

void stage_free(stage *x)
{
	free(x->name);
	memset(x, 0, sizeof *x);
}

void stage_list_free(stage_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		stage_free(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

void tender_free(tender *x)
{
	free(x->code);
	free(x->name);
	free(x->committee);
	free(x->method);
	stage_list_free(&x->stages);
	memset(x, 0, sizeof *x);
}

void tender_list_free(tender_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		tender_free(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

void hit_free(hit *x)
{
	tender_free(&x->t);
	free(x->confirmed_by);
	memset(x, 0, sizeof *x);
}

void hit_list_free(hit_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		hit_free(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

void decision_free(decision *x)
{
	free(x->tender_code);
	free(x->ref);
	free(x->note);
	free(x->regime);
	free(x->recorded_by);
	memset(x, 0, sizeof *x);
}

void decision_list_free(decision_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		decision_free(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* SPSE runs since 2008; a year outside this is a typo (2205, 1925), not
 * a schedule.  Checked on the UTC day, a few hours either way of the
 * unit's. */
enum { PLAUSIBLE_YEAR_FIRST = 2000, PLAUSIBLE_YEAR_LAST = 2099 };

static int plausible(int64_t utc)
{
	int y, m, d;
	civil_from_days(utc >= 0 ? utc / 86400 : (utc - 86399) / 86400, &y, &m, &d);
	return y >= PLAUSIBLE_YEAR_FIRST && y <= PLAUSIBLE_YEAR_LAST;
}

int stages_check(const stage_new *v, size_t n, void (*emit)(void *ctx, int line, const char *what),
                 void *ctx)
{
	char what[600];
	int problems = 0;
	for (size_t i = 0; i < n; i++) {
		if (!v[i].name || !v[i].name[strspn(v[i].name, " \t")]) {
			emit(ctx, v[i].line, "nama tahap kosong");
			problems++;
			continue;
		}
		if (v[i].end < v[i].start) {
			snprintf(what, sizeof what, "tahap \"%s\": waktu selesai sebelum waktu mulai", v[i].name);
			emit(ctx, v[i].line, what);
			problems++;
		}
		if (!plausible(v[i].start) || !plausible(v[i].end)) {
			snprintf(what, sizeof what, "tahap \"%s\": tahun di luar %d-%d (salah ketik?)", v[i].name,
			         PLAUSIBLE_YEAR_FIRST, PLAUSIBLE_YEAR_LAST);
			emit(ctx, v[i].line, what);
			problems++;
		}
		for (size_t j = 0; j < i; j++) {
			if (!v[j].name)
				continue;
			if (strcmp(v[i].name, v[j].name) == 0) {
				snprintf(what, sizeof what, "tahap \"%s\" sudah ada%s", v[i].name,
				         v[j].line ? "" : " (tahap yang tersimpan)");
				if (v[j].line)
					snprintf(what + strlen(what), sizeof what - strlen(what), " di baris %d", v[j].line);
				emit(ctx, v[i].line, what);
				problems++;
			}
		}
	}
	return problems;
}
