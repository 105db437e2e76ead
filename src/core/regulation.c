#include "regulation.h"

#include <stdlib.h>
#include <string.h>

void provision_free(provision *p)
{
	free(p->name);
	free(p->text);
	free(p->official);
	for (size_t i = 0; i < p->nitems; i++)
		free(p->items[i]);
	free(p->items);
	for (size_t i = 0; i < p->ncauses; i++)
		free(p->causes[i]);
	free(p->causes);
	memset(p, 0, sizeof *p);
}

void regime_free(regime *r)
{
	free(r->file);
	free(r->id);
	free(r->title);
	free(r->full_title);
	free(r->number);
	free(r->committee);
	free(r->basis);
	for (size_t i = 0; i < r->nprov; i++)
		provision_free(&r->prov[i]);
	free(r->prov);
	for (int i = 0; i < REMEDY__COUNT; i++) {
		free(r->remedy_label[i]);
		free(r->remedy_condition[i]);
	}
	memset(r, 0, sizeof *r);
}

void regcat_free(regcat *c)
{
	for (size_t i = 0; i < c->n; i++)
		regime_free(&c->v[i]);
	free(c->v);
	c->v = NULL;
	c->n = 0;
}

const regime *regcat_for_day(const regcat *c, int64_t day)
{
	const regime *best = NULL;
	for (size_t i = 0; c && i < c->n; i++) {
		const regime *r = &c->v[i];
		if (r->from <= day && day < r->until && (!best || r->from > best->from))
			best = r;
	}
	return best;
}

int provision_covers(const provision *p, const char *cause)
{
	for (size_t i = 0; i < p->ncauses; i++)
		if (strcmp(p->causes[i], "semua") == 0 || (cause && strcmp(p->causes[i], cause) == 0))
			return 1;
	return 0;
}

const char *regime_remedy_label(const regime *r, remedy_code code)
{
	if ((unsigned)code >= REMEDY__COUNT)
		return "?";
	return r && r->remedy_label[code] ? r->remedy_label[code] : remedy_table[code].label;
}
