/* Rendering of the official documents (Berita Acara) for the lifecycle
 * steps.  doc_env_open() reads what the unit's config names (templates,
 * regulation text) once and refuses a config or template that cannot
 * produce a complete document; doc_render() is the store's doc_render_fn. */
#ifndef DOCRENDER_H
#define DOCRENDER_H

#include "config.h"
#include "gg_error.h"
#include "store.h"

typedef struct doc_env doc_env;

int doc_env_open(const gg_config *cfg, doc_env **out, gg_err *err);
void doc_env_close(doc_env *env);

/* A doc_render_fn: ctx is a doc_env. */
int doc_render(void *ctx, const doc_request *req, char **number, char **text, char **values,
               gg_err *err);

#endif
