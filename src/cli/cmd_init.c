/* gangguan init [--group GROUP]: creates the database, or migrates an
 * older one; with --group, the shared setup of several operators. */
#include "cli_commands.h"
#include "cliargs.h"

int cmd_init(cli_ctx *ctx, int argc, char **argv)
{
	const char *group = NULL;
	const cli_opt opts[] = { { "group", &group, NULL }, { NULL, NULL, NULL } };
	const char *pos[1];
	int npos;
	char why[200];
	gg_err err;
	if (cli_args_parse(argc, argv, opts, pos, 0, &npos, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "init: %s", why);
	if (group) {
		long gid;
		const char *path = session_database(&ctx->s);
		if (!*group)
			return cli_fail(ctx, GG_EUSAGE, "init: --group perlu nama grup, mis. --group gangguan");
		if (!path)
			return cli_fail(ctx, GG_EUSAGE, "init: berkas basis data tidak diketahui: beri -d BERKAS "
			                "atau [paths] database di konfigurasi");
		if (store_group_lookup(group, &gid, &err) || store_share_setup(path, gid, &err))
			return cli_fail(ctx, err.code, "init: %s", err.msg);
	}
	int code = cli_open_store(ctx, NEED_STORE_CREATE);
	if (code)
		return code;
	fprintf(ctx->out, "%s: skema %d\n", ctx->s.db_path, store_schema_version(ctx->s.st));
	if (group) {
		char summary[600];
		int n = store_check_access(ctx->s.db_path, cli_print_finding, ctx->err, summary, sizeof summary);
		fprintf(ctx->out, "%s\n", summary);
		if (n)
			return cli_fail(ctx, GG_ENOPERM, "init: %d masalah izin tersisa (di atas)", n);
	}
	return GG_OK;
}
