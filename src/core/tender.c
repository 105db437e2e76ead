#include "tender.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
		if (v[i].end <= v[i].start) {
			snprintf(what, sizeof what, "tahap \"%s\": waktu selesai tidak sesudah waktu mulai", v[i].name);
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
			} else if (v[i].end > v[i].start && v[j].end > v[j].start &&
			           stages_overlap(v[i].start, v[i].end, v[j].start, v[j].end)) {
				snprintf(what, sizeof what, "tahap \"%s\" bertumpang tindih dengan tahap \"%s\"", v[i].name,
				         v[j].name);
				if (v[j].line)
					snprintf(what + strlen(what), sizeof what - strlen(what), " (baris %d)", v[j].line);
				emit(ctx, v[i].line, what);
				problems++;
			}
		}
	}
	return problems;
}
