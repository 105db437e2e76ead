/* gangguan list | search: incidents as a table, TSV or JSON. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "cli_commands.h"
#include "cli_output.h"
#include "cliargs.h"

static int run_list(cli_ctx *ctx, const incident_filter *f, int format, char sep)
{
	incident_list l;
	gg_err err;
	int code = store_incident_list(ctx->s.st, f, &l, &err);
	if (code)
		return cli_report(ctx, &err);
	out_incidents(ctx, &l, format, sep);
	incident_list_free(&l);
	return GG_OK;
}

int cmd_list(cli_ctx *ctx, int argc, char **argv)
{
	const char *state = NULL, *year = NULL, *month = NULL, *cause = NULL, *format = "table", *sep_s = NULL;
	const cli_opt opts[] = {
		{ "state", &state, NULL }, { "year", &year, NULL }, { "month", &month, NULL }, { "cause", &cause, NULL },
		{ "format", &format, NULL }, { "sep", &sep_s, NULL }, { NULL, NULL, NULL }
	};
	char sep;
	const char *pos[1];
	int npos;
	char why[200];
	incident_filter f = { .state = -1, .tz_offset = zone_utc_offset(ctx->s.cfg->tz) };
	if (cli_args_parse(argc, argv, opts, pos, 0, &npos, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "list: %s", why);
	int fmt = cli_parse_format(ctx, "list", format, list_format_names);
	if (fmt < 0 || cli_parse_sep(ctx, "list", sep_s, &sep))
		return GG_EUSAGE;
	if (state) {
		incident_state st;
		if (strcmp(state, "active") == 0 || strcmp(state, "aktif") == 0)
			f.state = FILTER_STATE_ACTIVE;
		else if (state_from_name(state, &st) < 0)
			return cli_fail(ctx, GG_EUSAGE, "list: --state %s tidak dikenal; pilih reported, open, "
			                "restored, closed, void atau active (dibuka dan pulih)", state);
		else
			f.state = (int)st;
	}
	if (year) {
		char *end;
		errno = 0;
		long y = strtol(year, &end, 10);
		if (*end || errno || y < 1970 || y > 9999)
			return cli_fail(ctx, GG_EUSAGE, "list: --year %s bukan tahun", year);
		f.year = (int)y;
	}
	if (month) {
		char *end;
		long m = strtol(month, &end, 10);
		if (!*month || *end || m < 1 || m > 12)
			return cli_fail(ctx, GG_EUSAGE, "list: --month %s bukan bulan (1 sampai 12)", month);
		f.month = (int)m;
		if (!f.year) {   /* a month of this year in the unit's zone */
			civil c;
			civil_from_utc(store_now(ctx->s.st), ctx->s.cfg->tz, &c);
			f.year = c.year;
		}
	}
	if (cause) {
		const cause_info *c = cause_find(cause);
		if (!c)
			return cli_fail(ctx, GG_EUSAGE, "list: --cause %s tidak dikenal", cause);
		f.cause = c->code;
	}
	return run_list(ctx, &f, fmt, sep);
}

int cmd_search(cli_ctx *ctx, int argc, char **argv)
{
	const char *format = "table", *sep_s = NULL;
	const cli_opt opts[] = { { "format", &format, NULL }, { "sep", &sep_s, NULL }, { NULL, NULL, NULL } };
	const char *pos[16];
	char sep;
	int npos;
	char why[200], query[1024] = "";
	if (cli_args_parse(argc, argv, opts, pos, 16, &npos, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "search: %s", why);
	if (npos == 0)
		return cli_fail(ctx, GG_EUSAGE, "search: pemakaian: search QUERY");
	size_t len = 0;
	for (int i = 0; i < npos; i++)
		len += strlen(pos[i]) + 1;
	if (len > sizeof query)
		return cli_fail(ctx, GG_EUSAGE, "search: kata kunci terlalu panjang (%zu byte; paling banyak %zu)",
		                len - 1, sizeof query - 1);
	for (int i = 0; i < npos; i++) {
		if (i)
			strcat(query, " ");
		strcat(query, pos[i]);
	}
	if (!query[strspn(query, " \t\n")])
		return cli_fail(ctx, GG_EUSAGE, "search: kata kunci kosong");
	int fmt = cli_parse_format(ctx, "search", format, list_format_names);
	if (fmt < 0 || cli_parse_sep(ctx, "search", sep_s, &sep))
		return GG_EUSAGE;
	incident_filter f = { .state = -1, .query = query, .newest_first = 1 };
	return run_list(ctx, &f, fmt, sep);
}
