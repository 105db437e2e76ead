#include "model.h"

#include <stdlib.h>
#include <string.h>

static const struct {
	const char *name;
	const char *title;
} doc_kinds[DOC__COUNT] = {
	[DOC_OPENING] = { "opening", "Berita Acara Pembukaan Gangguan" },
	[DOC_CLOSING] = { "closing", "Berita Acara Penutupan Gangguan" },
	[DOC_SINGLE] = { "single", "Berita Acara Gangguan" },
};

const char *doc_kind_name(doc_kind k)
{
	return (unsigned)k < DOC__COUNT ? doc_kinds[k].name : "?";
}

const char *doc_kind_title(doc_kind k)
{
	return (unsigned)k < DOC__COUNT ? doc_kinds[k].title : "?";
}

int doc_kind_from_name(const char *name, doc_kind *out)
{
	for (int i = 0; name && i < DOC__COUNT; i++) {
		if (strcmp(name, doc_kinds[i].name) == 0) {
			*out = (doc_kind)i;
			return 0;
		}
	}
	return -1;
}

void incident_free(incident *x)
{
	free(x->summary);
	free(x->cause);
	free(x->impact);
	free(x->reporter);
	free(x->channel);
	free(x->void_reason);
	memset(x, 0, sizeof *x);
}

void event_free(event *x)
{
	free(x->text);
	free(x->author);
	memset(x, 0, sizeof *x);
}

void document_free(document *x)
{
	free(x->number);
	free(x->text);
	free(x->sha256);
	free(x->values);
	free(x->withdrawn_by);
	free(x->withdrawn_reason);
	memset(x, 0, sizeof *x);
}

void doc_row_free(doc_row *x)
{
	free(x->number);
	free(x->sha256);
	free(x->revokes_number);
	free(x->withdrawn_by);
	free(x->withdrawn_reason);
	memset(x, 0, sizeof *x);
}

void audit_entry_free(audit_entry *x)
{
	free(x->user);
	free(x->operator_name);
	free(x->client);
	free(x->action);
	free(x->before);
	free(x->after);
	memset(x, 0, sizeof *x);
}

#define LIST_FREE(fn, type, item_free)          \
	void fn(type *l)                        \
	{                                       \
		for (size_t i = 0; i < l->n; i++) \
			item_free(&l->v[i]);    \
		free(l->v);                     \
		memset(l, 0, sizeof *l);        \
	}

LIST_FREE(incident_list_free, incident_list, incident_free)
LIST_FREE(event_list_free, event_list, event_free)
LIST_FREE(doc_row_list_free, doc_row_list, doc_row_free)
LIST_FREE(audit_list_free, audit_list, audit_entry_free)
