#include "remedyenv.h"

#include <stdlib.h>
#include <string.h>

#include "holidays.h"
#include "regcat.h"

int remedy_env_load(const gg_config *cfg, remedy_env *env, char **problems, gg_err *err)
{
	memset(env, 0, sizeof *env);
	workcal_init(&env->cal, cfg->count_cuti_bersama);
	*problems = NULL;
	char *cat = config_data_path(cfg, cfg->regulations && *cfg->regulations ? cfg->regulations : "regulations");
	char *hol = config_data_path(cfg, cfg->holidays && *cfg->holidays ? cfg->holidays : "holidays");
	int code = !cat || !hol ? gg_fail(err, GG_ESOFTWARE, "memori habis") : GG_OK;
	if (!code)
		code = regcat_load(cat, &env->cat, problems, err);
	if (!code && (code = holidays_load(hol, &env->cal, problems, err)))
		regcat_free(&env->cat);
	free(cat);
	free(hol);
	return code;
}

void remedy_env_free(remedy_env *env)
{
	regcat_free(&env->cat);
	workcal_free(&env->cal);
}
