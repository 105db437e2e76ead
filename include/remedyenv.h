/* The data the remedies need, found through the unit's config: the
 * regulation catalogue ([documents] regulations) and the holiday calendar
 * ([remedies] holidays, cuti_bersama).  For the CLI and the TUI alike. */
#ifndef REMEDYENV_H
#define REMEDYENV_H

#include "config.h"
#include "gg_error.h"
#include "regulation.h"
#include "workcal.h"

typedef struct remedy_env {
	regcat cat;
	workcal cal;
} remedy_env;

/* Loads both.  On a malformed file: GG_ECONFIG, every problem as a line
 * "FILE:LINE: section:key: what" in *problems (malloc'd), env empty. */
int remedy_env_load(const gg_config *cfg, remedy_env *env, char **problems, gg_err *err);
void remedy_env_free(remedy_env *env);

#endif
