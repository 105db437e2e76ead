#include "regulation.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "idtime.h"
#include "schedule.h"

void provision_free(provision *p)
{
	free(p->name);
	free(p->text);
	free(p->official);
	free(p->source);
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
	free(r->result_report);
	free(r->basis);
	free(r->transition_source);
	for (size_t i = 0; i < r->namend; i++)
		free(r->amend[i].number);
	free(r->amend);
	for (size_t i = 0; i < r->nprov; i++)
		provision_free(&r->prov[i]);
	free(r->prov);
	for (int i = 0; i < REMEDY__COUNT; i++) {
		free(r->remedy_label[i]);
		free(r->remedy_short[i]);
		free(r->remedy_letter[i]);
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

static int contains_ci(const char *s, const char *word)
{
	size_t n = strlen(word);
	for (; *s; s++)
		if (strncasecmp(s, word, n) == 0)
			return 1;
	return 0;
}

/* The bid deadline: the end of the stage where bids are uploaded
 * ("Upload Dokumen Penawaran", older SPSE "Pemasukan Dokumen Penawaran"). */
static int is_bid_stage(const char *name)
{
	return name && contains_ci(name, "penawaran") &&
	       (contains_ci(name, "upload") || contains_ci(name, "pemasukan") || contains_ci(name, "kirim"));
}

int64_t regime_transition_moment(const regime *r, const tender *t)
{
	if (!r || !t || !t->stages.n)
		return 0;
	switch (r->transition) {
	case TRANSITION_STARTED:
		return t->stages.v[0].start;
	case TRANSITION_PAST_BID_DEADLINE:
		for (size_t i = 0; i < t->stages.n; i++)
			if (is_bid_stage(t->stages.v[i].name))
				return t->stages.v[i].end;
		return 0;
	case TRANSITION_NONE:
		break;
	}
	return 0;
}

const regime *regcat_for_tender(const regcat *c, const regime *r, const tender *t, int tz_offset)
{
	int64_t moment = regime_transition_moment(r, t);
	if (!moment)
		return r;
	int64_t day = local_day(moment, tz_offset);
	if (day >= r->from)
		return r;
	const regime *earlier = regcat_for_day(c, day);
	return earlier ? earlier : r;
}

void regime_title_on(const regime *r, int64_t day, strbuf *out)
{
	size_t n = 0;
	const amendment *last = NULL;
	sb_append(out, r->title);
	for (size_t i = 0; i < r->namend; i++)
		if (r->amend[i].from <= day) {
			n++;
			last = &r->amend[i];
		}
	if (n == 1)
		sb_appendf(out, " sebagaimana telah diubah dengan %s", last->number);
	else if (n > 1)
		sb_appendf(out, " sebagaimana telah beberapa kali diubah, terakhir dengan %s", last->number);
}

int provision_covers(const provision *p, const char *cause)
{
	for (size_t i = 0; i < p->ncauses; i++)
		if (strcmp(p->causes[i], "semua") == 0 || (cause && strcmp(p->causes[i], cause) == 0))
			return 1;
	return 0;
}

unsigned regime_remedies_for(const regime *r, const char *cause)
{
	unsigned m = 0;
	for (size_t i = 0; r && i < r->nprov; i++)
		if (provision_covers(&r->prov[i], cause))
			m |= r->prov[i].remedies;
	return m;
}

const char *regime_remedy_label(const regime *r, remedy_code code)
{
	if ((unsigned)code >= REMEDY__COUNT)
		return "?";
	return r && r->remedy_label[code] ? r->remedy_label[code] : remedy_table[code].name;
}

const char *regime_remedy_short(const regime *r, remedy_code code)
{
	if ((unsigned)code >= REMEDY__COUNT)
		return "?";
	return r && r->remedy_short[code] ? r->remedy_short[code] : remedy_table[code].name;
}

const char *regime_remedy_letter(const regime *r, remedy_code code)
{
	if ((unsigned)code >= REMEDY__COUNT)
		return "?";
	return r && r->remedy_letter[code] ? r->remedy_letter[code] : regime_remedy_label(r, code);
}
