/* gangguan backup FILE|DIR [--force] and gangguan restore FILE: a checked
 * copy of the register, and putting one back (store.h, backup and
 * restore).  `restore ID --at WHEN` is the lifecycle step (cmd_steps.c),
 * which dispatches here when its argument is not a number. */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "cli_commands.h"

enum { O_FORCE };
static const cli_option backup_opts[] = {
	[O_FORCE] = { "force", 0, NULL, "timpa BERKAS yang sudah ada", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};
static const cli_arg backup_args[] = {
	{ "BERKAS|DIREKTORI", "berkas cadangan, atau direktori tempat gangguan-YYYYMMDD-HHMMSS.db ditulis",
	  CLI_FILE },
	{ NULL, NULL, 0 }
};

/* "96 KiB", "12.4 MiB" */
static const char *human_size(int64_t bytes, char *buf, size_t n)
{
	if (bytes < 1024 * 1024)
		snprintf(buf, n, "%lld KiB", (long long)((bytes + 1023) / 1024));
	else
		snprintf(buf, n, "%.1f MiB", (double)bytes / (1024.0 * 1024.0));
	return buf;
}

static void print_content(cli_ctx *ctx, const store_copy_info *c)
{
	char size[32];
	fprintf(ctx->out, "%lld gangguan, %lld berita acara, skema %d, %s", (long long)c->incidents,
	        (long long)c->documents, c->schema, human_size(c->bytes, size, sizeof size));
}

static int cmd_backup(cli_ctx *ctx, const cli_args *a)
{
	store_copy_info info;
	gg_err err;
	int code = store_backup(ctx->s.st, a->pos[0], cli_given(a, O_FORCE) ? STORE_COPY_REPLACE : 0, &info, &err);
	if (code)
		return cli_fail(ctx, code, "backup: %s; cadangan tidak ditulis", err.msg);
	/* the path first and alone: a script (or the timer's log) takes it */
	fprintf(ctx->out, "%s\n", info.path);
	fputs("disalin: ", ctx->out);
	print_content(ctx, &info);
	fputs("; diperiksa pada salinan: integritas, skema, sidik dokumen: baik\n", ctx->out);
	if (!info.group_kept)
		fprintf(ctx->err, "gangguan: backup: peringatan: grup basis data tidak dapat diberikan pada %s "
		        "(pengguna ini bukan anggotanya); modenya sama\n", info.path);
	return GG_OK;
}

int cli_restore_database(cli_ctx *ctx, const char *file)
{
	/* A register that does not exist yet (a new server) is created from
	 * the backup: there is nothing to keep aside. */
	const char *db = ctx->s.db_arg ? ctx->s.db_arg : ctx->s.cfg->database;
	struct stat sb;
	int fresh = db && *db && stat(db, &sb) != 0 && errno == ENOENT;
	int code = cli_open_store(ctx, fresh ? NEED_STORE_CREATE : NEED_STORE);
	if (code)
		return code;
	store_copy_info kept, got;
	gg_err err;
	code = store_restore(ctx->s.st, file, fresh ? STORE_RESTORE_NO_KEEP : 0, &kept, &got, &err);
	if (code) {
		if (kept.path[0])
			return cli_fail(ctx, code, "restore: %s; basis data %s tidak diubah (salinannya tetap di %s)",
			                err.msg, ctx->s.db_path, kept.path);
		return cli_fail(ctx, code, "restore: %s; basis data %s tidak diubah", err.msg, ctx->s.db_path);
	}
	if (kept.path[0]) {
		fprintf(ctx->out, "basis data sebelumnya disimpan di %s (", kept.path);
		print_content(ctx, &kept);
		fputs(")\n", ctx->out);
	}
	fprintf(ctx->out, "%s dipulihkan dari %s: ", ctx->s.db_path, file);
	print_content(ctx, &got);
	fputc('\n', ctx->out);
	return GG_OK;
}

const cli_command cli_cmd_backup = {
	.name = "backup",
	.needs = NEEDS_RO,
	.summary = "salinan basis data yang diperiksa (integritas, sidik dokumen), aman saat operator menulis",
	.args = backup_args,
	.opts = backup_opts,
	.run = cmd_backup,
};
