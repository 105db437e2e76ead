/* gangguan list | search: incidents as a table, TSV or JSON. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "cli_commands.h"
#include "cli_output.h"

/* Rows are printed as the store reads them: the memory of a list does not
 * grow with the register. */
static int run_list(cli_ctx *ctx, const incident_filter *f, int format, char sep)
{
	gg_err err;
	out_stream o = { ctx, format, sep, 0, 0 };
	int code = store_incident_each(ctx->s.st, f, out_incident_row, &o, &err);
	if (code)
		return cli_report(ctx, &err);
	out_incident_end(&o);
	return GG_OK;
}

static const char *const sort_names[] = { "newest", "oldest", NULL };
enum { SORT_NEWEST, SORT_OLDEST };

/* --limit N and --sort, shared by list and search. */
static int parse_order(cli_ctx *ctx, const char *cmd, const cli_args *a, int o_limit, int o_sort, int dflt,
                       incident_filter *f)
{
	const char *limit = a->val[o_limit];
	if (limit) {
		char *end;
		errno = 0;
		unsigned long long n = strtoull(limit, &end, 10);
		if (!*limit || *end || errno || limit[0] == '-' || n < 1 || n > 1000000000ULL)
			return cli_fail(ctx, GG_EUSAGE, "%s: --limit %s bukan bilangan bulat 1 sampai 1000000000", cmd, limit);
		f->limit = (size_t)n;
	}
	f->newest_first = cli_choice(a, o_sort, dflt) == SORT_NEWEST;
	return GG_OK;
}

enum { O_STATE, O_YEAR, O_MONTH, O_CAUSE, O_LIMIT, O_SORT, O_FORMAT, O_SEP };
static const cli_option list_opts[] = {
	[O_STATE] = { "state", 0, "S", "reported, open, restored, closed, void, atau active (dibuka dan pulih)",
	              0, NULL },
	[O_YEAR] = { "year", 0, "Y", "yang mulai pada tahun Y", 0, NULL },
	[O_MONTH] = { "month", 0, "M", "yang mulai pada bulan M (1-12) dari --year atau tahun ini", 0, NULL },
	[O_CAUSE] = { "cause", 0, "C", "yang berpenyebab C", 0, NULL },
	[O_LIMIT] = { "limit", 0, "N", "paling banyak N gangguan", 0, NULL },
	[O_SORT] = { "sort", 0, "URUT", "newest (terbaru dulu) atau oldest (bawaan: oldest)", 0, sort_names },
	[O_FORMAT] = { "format", 0, "FORMAT", "bentuk keluaran (bawaan: table)", 0, list_format_names },
	[O_SEP] = { "sep", 0, "SEP", "pemisah CSV: , (bawaan) atau ;", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static int cmd_list(cli_ctx *ctx, const cli_args *a)
{
	const char *state = a->val[O_STATE], *year = a->val[O_YEAR], *month = a->val[O_MONTH],
	           *cause = a->val[O_CAUSE];
	char sep;
	incident_filter f = { .state = -1, .tz_offset = zone_utc_offset(ctx->s.cfg->tz) };
	int fmt = cli_choice(a, O_FORMAT, FMT_TABLE);
	if (cli_parse_sep(ctx, "list", a->val[O_SEP], &sep) || parse_order(ctx, "list", a, O_LIMIT, O_SORT, SORT_OLDEST, &f))
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

enum { S_LIMIT, S_SORT, S_FORMAT, S_SEP };
static const cli_option search_opts[] = {
	[S_LIMIT] = { "limit", 0, "N", "paling banyak N gangguan", 0, NULL },
	[S_SORT] = { "sort", 0, "URUT", "newest (bawaan: terbaru dulu) atau oldest", 0, sort_names },
	[S_FORMAT] = { "format", 0, "FORMAT", "bentuk keluaran (bawaan: table)", 0, list_format_names },
	[S_SEP] = { "sep", 0, "SEP", "pemisah CSV: , (bawaan) atau ;", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static const cli_arg search_args[] = {
	{ "QUERY", "kata yang dicari, masing-masing sebagai awal kata", CLI_REPEAT },
	{ NULL, NULL, 0 }
};

static int cmd_search(cli_ctx *ctx, const cli_args *a)
{
	const char *const *pos = a->pos;
	int npos = a->npos;
	char sep, query[1024] = "";
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
	int fmt = cli_choice(a, S_FORMAT, FMT_TABLE);
	incident_filter f = { .state = -1, .query = query };
	if (cli_parse_sep(ctx, "search", a->val[S_SEP], &sep) ||
	    parse_order(ctx, "search", a, S_LIMIT, S_SORT, SORT_NEWEST, &f))
		return GG_EUSAGE;
	return run_list(ctx, &f, fmt, sep);
}

const cli_command cli_cmd_list = {
	.name = "list",
	.needs = NEEDS_RO,
	.summary = "daftar gangguan",
	.opts = list_opts,
	.run = cmd_list,
};

const cli_command cli_cmd_search = {
	.name = "search",
	.needs = NEEDS_RO,
	.summary = "cari ringkasan, dampak, kronologi, nomor BA, tender",
	.args = search_args,
	.opts = search_opts,
	.run = cmd_search,
};
