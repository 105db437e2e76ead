/* gangguan demo: loads the seed's incident (LPSE Kabupaten Lebong, 3-4
 * February 2018) into an empty database, through the same store calls as
 * every other command, so that its documents are issued as 022 and 023. */
#include <string.h>

#include "cli_commands.h"
#include "idtime.h"

/* The seed's times are WIB whatever the unit's zone: they are instants. */
static int64_t wib(const char *when)
{
	int64_t t = 0;
	char why[200];
	when_parse(when, ZONE_WIB, &t, why, sizeof why);
	return t;
}

static const struct {
	const char *at;
	int about, action;
	const char *text;
} seed_events[] = {
	{ "2018-02-03 14:30", 1, 0,
	  "selama ±40 menit terjadi pemadam arus listrik PLN pada lokasi Server LPSE Kabupaten "
	  "Lebong, yang mengakibatkan server LPSE tidak bisa diakses secara online" },
	{ "2018-02-03 15:10", 0, 0,
	  "server LPSE telah aktif namun aplikasi SPSE tidak otomatis berjalan, sehingga masih "
	  "belum bisa diakses" },
	{ "2018-02-03 16:00", 0, 1, "mereset password server" },
	{ "2018-02-04 08:00", 0, 1,
	  "memberikan akses ke LKPP melakukan remote server sehingga aplikasi sudah dapat diakses "
	  "kembali" },
};

static int demo_load(cli_ctx *ctx)
{
	gg_err err;
	size_t n = 0;
	int code;
	int64_t id;
	document d;
	incident_filter all = { .state = -1 };

	if ((code = store_incident_count(ctx->s.st, &all, &n, &err)))
		return cli_report(ctx, &err);
	if (n)
		return cli_fail(ctx, GG_EDATA, "demo: %s sudah berisi %zu gangguan; contoh hanya dimuat ke "
		                "basis data kosong", ctx->s.db_path, n);
	/* The unit moved to this program mid-year: 001-021 were on paper. */
	if ((code = store_counter_set(ctx->s.st, 2018, 22, &err)))
		return cli_fail(ctx, code, "demo: %s", err.msg);
	incident_new in = {
		.summary = "tidak dapat diakses secara online",
		.cause = "listrik",
		.impact = "server LPSE tidak bisa diakses secara online",
		.reporter = ctx->s.cfg->reporter,
		.channel = "nota laporan",
		.started = wib("2018-02-03 14:30"),
	};
	if ((code = store_incident_report(ctx->s.st, &in, &id, &err)))
		return cli_fail(ctx, code, "demo: %s", err.msg);
	if ((code = cli_step_open(ctx, id, wib("2018-02-03 15:00"), &d)))
		return code;
	document_free(&d);
	for (size_t i = 0; i < sizeof seed_events / sizeof seed_events[0]; i++) {
		event_new ev = { .at = wib(seed_events[i].at), .about = seed_events[i].about,
		                 .action = seed_events[i].action, .text = seed_events[i].text };
		if ((code = store_event_add(ctx->s.st, id, &ev, NULL, &err)))
			return cli_fail(ctx, code, "demo: %s", err.msg);
	}
	if ((code = store_incident_restore(ctx->s.st, id, 0, wib("2018-02-04 09:00"), &err)))
		return cli_fail(ctx, code, "demo: %s", err.msg);
	if ((code = cli_step_close(ctx, id, wib("2018-02-04 10:00"), &d)))
		return code;
	fprintf(ctx->out, "%lld\n", (long long)id);
	document_free(&d);
	return GG_OK;
}

/* All or nothing: a failure half-way (a template missing, say) must not
 * leave a half-loaded example that blocks the next try. */
static int cmd_demo(cli_ctx *ctx, const cli_args *a)
{
	(void)a;
	gg_err err;
	if (store_batch_begin(ctx->s.st, &err))
		return cli_report(ctx, &err);
	int code = demo_load(ctx);
	if (store_batch_end(ctx->s.st, code == GG_OK, &err) && code == GG_OK)
		code = cli_report(ctx, &err);
	return code;
}

const cli_command cli_cmd_demo = {
	.name = "demo",
	.needs = NEED_CONFIG | NEED_STORE_CREATE,
	.summary = "isi basis data kosong dengan contoh Lebong 2018",
	.run = cmd_demo,
};
