/* gangguan number: shows the next document number of a year, or sets it
 * once (a unit moving from the paper agenda book mid-year). */
#include <errno.h>
#include <stdlib.h>

#include "cli_commands.h"
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

enum { O_YEAR, O_SET, O_REASON };
static const cli_option number_opts[] = {
	[O_YEAR] = { "year", 0, "Y", "tahun nomor (bawaan: tahun ini)", 0, NULL },
	[O_SET] = { "set", 0, "N", "jadikan N nomor berikutnya, sekali setahun (dari buku agenda kertas)", 0, NULL },
	[O_REASON] = { "reason", 0, "TEKS", "dengan --set sesudah nomor tahun itu terbit: alasan lompatan (dicatat di "
	               "audit)", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static int cmd_number(cli_ctx *ctx, const cli_args *a)
{
	const char *year_s = a->val[O_YEAR], *set_s = a->val[O_SET];
	int code, year, next;
	gg_err err;
	if (year_s) {
		if ((code = parse_int(ctx, "--year", year_s, 1970, 9999, &year)))
			return code;
	} else {
		civil c;
		civil_from_utc(store_now(ctx->s.st), ctx->s.cfg->tz, &c);
		year = c.year;
	}
	if (a->val[O_REASON] && !set_s)
		return cli_fail(ctx, GG_EUSAGE, "number: --reason hanya bersama --set");
	if (set_s) {
		if ((code = parse_int(ctx, "--set", set_s, 1, DOCNUM_SEQ_MAX, &next)))
			return code;
		/* opened read-only for the view; only setting writes */
		store_close(ctx->s.st);
		ctx->s.st = NULL;
		if ((code = cli_open_store(ctx, NEED_STORE)))
			return code;
		if ((code = store_counter_jump(ctx->s.st, year, next, a->val[O_REASON], &err)))
			return cli_fail(ctx, code, "number: %s", err.msg);
	}
	if ((code = store_counter_next(ctx->s.st, year, &next, &err)))
		return cli_report(ctx, &err);
	fprintf(ctx->out, "%d %03d\n", year, next);
	return GG_OK;
}

const cli_command cli_cmd_number = {
	.name = "number",
	.needs = NEEDS_RO,
	.summary = "lihat atau atur sekali nomor surat berikutnya",
	.opts = number_opts,
	.run = cmd_number,
};
