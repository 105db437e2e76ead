/* Helpers shared by the tender and remedy commands (src/cli/cmd_tender.c,
 * src/cli/cmd_remedy.c). */
#ifndef CLI_TENDER_H
#define CLI_TENDER_H

#include "cli.h"
#include "strbuf.h"
#include "tender.h"

/* A tender (with stages, times in the unit's zone) as a JSON object. */
void out_tender_json(const cli_ctx *ctx, strbuf *sb, const tender *t);
/* "2018-02-03 14:30" without the zone, for side-by-side tables. */
const char *cli_short_time(const cli_ctx *ctx, int64_t utc, char *buf, size_t n);

/* out_cell, then padded with spaces to `width` columns (one per character). */
void cli_cell_padded(char *dst, size_t n, const char *s, int width);

#endif
