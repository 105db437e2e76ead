/* Interim document renderer: the number from the unit's format and a
 * plain statement of the facts.  The template-based renderer replaces it. */
#include "docrender.h"

#include <stdlib.h>
#include <string.h>

#include "docnum.h"
#include "idtime.h"
#include "json.h"
#include "strbuf.h"

struct doc_env {
	const gg_config *cfg;
};

int doc_env_open(const gg_config *cfg, doc_env **out, gg_err *err)
{
	char why[300];
	if (docnum_check(cfg->number_format, why, sizeof why) < 0)
		return gg_fail(err, GG_ECONFIG, "documents:number_format: %s", why);
	*out = calloc(1, sizeof **out);
	if (!*out)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	(*out)->cfg = cfg;
	return GG_OK;
}

void doc_env_close(doc_env *env)
{
	free(env);
}

int doc_render(void *ctx, const doc_request *req, char **number, char **text, char **values,
               gg_err *err)
{
	doc_env *env = ctx;
	const gg_config *cfg = env->cfg;
	char num[256], date[64], time_s[32];
	civil c;
	if (docnum_render(cfg->number_format, cfg->unit_code, req->seq, req->year, req->month, num,
	                  sizeof num) < 0)
		return gg_fail(err, GG_ECONFIG, "documents:number_format: tidak dapat membentuk nomor");
	civil_from_utc(req->issued, cfg->tz, &c);
	fmt_id_date(date, sizeof date, &c);
	fmt_id_time(time_s, sizeof time_s, &c, cfg->tz);
	strbuf t = STRBUF_INIT, v = STRBUF_INIT;
	sb_appendf(&t, "%s\n\nNomor : %s\n\nPada hari ini %s tanggal %s pukul %s, %s: %s.\n",
	           doc_kind_title(req->kind), num, id_day_name(c.weekday), date, time_s, cfg->unit_name,
	           req->inc->summary);
	sb_putc(&v, '{');
	json_key_string(&v, "unit", cfg->unit_name);
	json_key_string(&v, "signatory", cfg->sign_name);
	json_key_string(&v, "nip", cfg->sign_nip);
	sb_putc(&v, '}');
	*number = strdup(num);
	*text = sb_steal(&t);
	*values = sb_steal(&v);
	if (!*number || !*text || !*values) {
		free(*number);
		free(*text);
		free(*values);
		*number = *text = *values = NULL;
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
	return GG_OK;
}
