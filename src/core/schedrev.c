#include "schedrev.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const schedrev_source_names[SCHEDREV__COUNT] = { "entered", "decision", "manual" };

void schedrev_free(schedrev *r)
{
	free(r->ref);
	free(r->recorded_by);
	stage_list_free(&r->stages);
	memset(r, 0, sizeof *r);
}

void schedrev_list_free(schedrev_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		schedrev_free(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

const stage *stage_find(const stage_list *l, const char *name)
{
	for (size_t i = 0; l && name && i < l->n; i++)
		if (strcmp(l->v[i].name, name) == 0)
			return &l->v[i];
	return NULL;
}

unsigned stage_change(const stage *s, const stage_list *prev, const stage **was)
{
	const stage *p = prev ? stage_find(prev, s->name) : NULL;
	if (was)
		*was = p;
	if (!prev)
		return 0;
	if (!p)
		return STAGE_NEW;
	return (p->start != s->start ? STAGE_START_MOVED : 0u) | (p->end != s->end ? STAGE_END_MOVED : 0u);
}

size_t fmt_spse_time(char *buf, size_t n, int64_t utc, zone z)
{
	civil c;
	civil_from_utc(utc, z, &c);
	int len = snprintf(buf, n, "%d %s %d %02d:%02d", c.day, id_month_name(c.month), c.year, c.hour, c.minute);
	return len < 0 ? 0 : (size_t)len;
}

void schedrev_why(const schedrev *r, zone z, char *buf, size_t n)
{
	civil c;
	char a[40], b[60];
	if (r->source == SCHEDREV_DECISION) {
		civil_from_utc(r->decided, z, &c);
		fmt_id_date(a, sizeof a, &c);
		snprintf(buf, n, "Perubahan %d, karena keputusan Pokja atas gangguan #%lld (revisi %d): penyesuaian "
		         "jadwal %d hari, BA %s tanggal %s", r->revision, (long long)r->incident_id, r->decision_revision,
		         r->days, r->ref, a);
	} else if (r->source == SCHEDREV_MANUAL) {
		if (r->recorded) {
			civil_from_utc(r->recorded, z, &c);
			size_t len = fmt_iso_local(b, sizeof b, &c);
			snprintf(b + len, sizeof b - len, " %s", zone_name(z));
		} else {
			snprintf(b, sizeof b, "-");
		}
		snprintf(buf, n, "Perubahan %d, diubah oleh %s pada %s (sesudah ada keputusan Pokja)", r->revision,
		         *r->recorded_by ? r->recorded_by : "?", b);
	} else {
		snprintf(buf, n, "jadwal semula (Perubahan 0: seperti dicatat atau diimpor)");
	}
}
