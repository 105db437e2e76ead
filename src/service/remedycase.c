/* Loading an incident's remedy case and deciding on it. */
#include "remedycase.h"

#include <stdlib.h>
#include <string.h>

static int case_load(session *s, int64_t id, int64_t tender_id, remedy_case *rc, gg_err *err)
{
	const regime *pinned;
	int code;
	memset(rc, 0, sizeof *rc);
	if ((code = store_incident_get(s->st, id, &rc->inc, err)))
		return code;
	rc->have_inc = 1;
	if ((code = session_catalogues(s, NULL, err)) || (code = session_pinned_regime(s, &pinned, err)))
		goto fail;
	if ((code = tender_id ? store_hits_of_tender(s->st, id, tender_id, &rc->hits, err)
	                      : store_hits(s->st, id, &rc->hits, err)))
		goto fail;
	rc->have_hits = 1;
	remedy_hits_refine(&rc->inc, store_now(s->st), &rc->hits);
	if ((code = store_decisions(s->st, id, 0, 0, &rc->latest, err)))
		goto fail;
	rc->have_latest = 1;
	if (remedy_view_build(&rc->inc, &rc->hits, &s->cat, pinned, &s->cal, zone_utc_offset(s->cfg->tz),
	                      store_now(s->st), &rc->view) < 0) {
		code = gg_fail(err, GG_ESOFTWARE, "memori habis");
		goto fail;
	}
	rc->have_view = 1;
	return GG_OK;
fail:
	remedy_case_free(rc);
	return code;
}

int remedy_case_load(session *s, int64_t id, remedy_case *rc, gg_err *err)
{
	return case_load(s, id, 0, rc, err);
}

int remedy_case_load_tender(session *s, int64_t id, int64_t tender_id, remedy_case *rc, gg_err *err)
{
	return case_load(s, id, tender_id, rc, err);
}

int remedy_hits_load(session *s, int64_t id, hit_list *out, gg_err *err)
{
	incident inc;
	memset(out, 0, sizeof *out);
	int code = store_incident_get(s->st, id, &inc, err);
	if (code)
		return code;
	if (!(code = store_hits(s->st, id, out, err)))
		remedy_hits_refine(&inc, store_now(s->st), out);
	incident_free(&inc);
	return code;
}

void remedy_case_free(remedy_case *rc)
{
	if (rc->have_view)
		remedy_view_free(&rc->view);
	if (rc->have_latest)
		decision_list_free(&rc->latest);
	if (rc->have_hits)
		hit_list_free(&rc->hits);
	if (rc->have_inc)
		incident_free(&rc->inc);
	memset(rc, 0, sizeof *rc);
}

const decision *remedy_case_decision(const remedy_case *rc, int64_t tender_id)
{
	for (size_t i = 0; i < rc->latest.n; i++)
		if (rc->latest.v[i].tender_id == tender_id)
			return &rc->latest.v[i];
	return NULL;
}

/* A reschedule's new schedule is the plan's proposal, stage by stage
 * (names borrowed from the case): what `remedy` shows is what is
 * recorded.  NULL *v with GG_OK when the tender is not among the hits
 * (the store then refuses it as not confirmed). */
static int proposal_stages(const tender_plan *p, const char *code, stage_new **v, size_t *n, gg_err *err)
{
	*v = NULL;
	*n = 0;
	if (!p || !p->h->t.stages.n)
		return GG_OK;
	if (!p->proposed)
		return gg_fail(err, GG_EDATA, "jadwal baru tender %s tidak dapat dihitung dari tahapan tersimpan "
		               "(lihat gangguan remedy): penyesuaian jadwal tidak dicatat", code);
	const stage_list *l = &p->h->t.stages;
	if (!(*v = calloc(l->n, sizeof **v)))
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	for (size_t k = 0; k < l->n; k++)
		(*v)[k] = (stage_new){ l->v[k].name, p->proposed[k].start, p->proposed[k].end, 0 };
	*n = l->n;
	return GG_OK;
}

int remedy_case_decide(session *s, const decide_request *rq, int *revision, char *warn, size_t n,
                       gg_err *err)
{
	remedy_case rc;
	warn[0] = '\0';
	const remedy_info *ri = remedy_find(rq->remedy);
	if (!ri)
		return gg_fail(err, GG_EUSAGE, "upaya '%s' tidak dikenal; pilih %s", rq->remedy ? rq->remedy : "",
		               remedy_names());
	int code = remedy_case_load(s, rq->incident_id, &rc, err);
	if (code)
		return code;
	code = remedy_decision_check(&rc.view, &rc.inc, rq->tender_code, ri->code, rq->note, warn, n, err);
	if (!code) {
		const tender_plan *p = remedy_view_plan(&rc.view, rq->tender_code);
		const regime *rg = p ? p->regime : rc.view.regime;
		decision_new in = { rq->incident_id, rq->tender_code, ri->code, rq->ref, rq->decided, rq->note,
		                    rc.inc.t.restored ? rc.view.days : 0, rg ? rg->id : "", rq->expect_revision,
		                    NULL, 0, p ? p->h->t.version : 0 };
		stage_new *sched = NULL;
		if (ri->code == REMEDY_RESCHEDULE)
			code = proposal_stages(p, rq->tender_code, &sched, &in.nschedule, err);
		in.schedule = sched;
		if (!code)
			code = store_decide(s->st, &in, revision, err);
		free(sched);
	}
	remedy_case_free(&rc);
	return code;
}
