/* gangguan init [--group GROUP]: creates the database, or migrates an
 * older one; with --group, the shared setup of several operators. */
#include "cli_commands.h"

enum { O_GROUP };
static const cli_option init_opts[] = {
	[O_GROUP] = { "group", 0, "GROUP", "basis data bersama: direktori dan berkasnya milik grup ini (nama "
	              "atau nomor), dapat ditulis grup", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static int cmd_init(cli_ctx *ctx, const cli_args *a)
{
	const char *group = a->val[O_GROUP];
	gg_err err;
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

/* Opens the store itself: the shared setup comes before the file exists. */
const cli_command cli_cmd_init = {
	.name = "init",
	.needs = NEED_CONFIG,
	.summary = "buat (atau perbarui) basis data; --group: bersama beberapa operator",
	.opts = init_opts,
	.run = cmd_init,
};
