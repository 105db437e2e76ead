/* gangguan number: shows the next document number of a year, or sets it
 * once (a unit moving from the paper agenda book mid-year). */
#include <errno.h>
#include <stdlib.h>

#include "cli_commands.h"
#include "cliargs.h"
#include "docnum.h"
#include "idtime.h"

static int parse_int(cli_ctx *ctx, const char *opt, const char *s, long lo, long hi, int *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (!*s || *end || errno || v < lo || v > hi)
		return cli_fail(ctx, GG_EUSAGE, "number: %s %s harus bilangan %ld sampai %ld", opt, s, lo, hi);
	*out = (int)v;
	return GG_OK;
}

int cmd_number(cli_ctx *ctx, int argc, char **argv)
{
	const char *year_s = NULL, *set_s = NULL;
	const cli_opt opts[] = { { "year", &year_s, NULL }, { "set", &set_s, NULL }, { NULL, NULL, NULL } };
	const char *pos[1];
	int npos, code, year, next;
	char why[200];
	gg_err err;
	if (cli_args_parse(argc, argv, opts, pos, 0, &npos, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "number: %s", why);
	if (year_s) {
		if ((code = parse_int(ctx, "--year", year_s, 1970, 9999, &year)))
			return code;
	} else {
		civil c;
		civil_from_utc(store_now(ctx->s.st), ctx->s.cfg->tz, &c);
		year = c.year;
	}
	if (set_s) {
		if ((code = parse_int(ctx, "--set", set_s, 1, DOCNUM_SEQ_MAX, &next)))
			return code;
		/* opened read-only for the view; only setting writes */
		store_close(ctx->s.st);
		ctx->s.st = NULL;
		if ((code = cli_open_store(ctx, NEED_STORE)))
			return code;
		if ((code = store_counter_set(ctx->s.st, year, next, &err)))
			return cli_fail(ctx, code, "number: %s", err.msg);
	}
	if ((code = store_counter_next(ctx->s.st, year, &next, &err)))
		return cli_report(ctx, &err);
	fprintf(ctx->out, "%d %03d\n", year, next);
	return GG_OK;
}
