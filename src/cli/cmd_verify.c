/* gangguan verify FILE: whether a document as printed (`doc NUMBER`, or
 * its PDF) is one of the register, unchanged, and which number. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli_commands.h"
#include "files.h"
#include "letters.h"

#define MAX_DOC_BYTES (4 << 20)

static const cli_arg verify_args[] = {
	{ "FILE", "berita acara sebagai teks atau PDF ('-': masukan standar)", CLI_FILE },
	{ NULL, NULL, 0 }
};

/* The file's bytes; *is_pdf when it is a PDF, else it must be text. */
static int read_document(cli_ctx *ctx, const char *path, strbuf *sb, int *is_pdf)
{
	int r = files_read_all(path, MAX_DOC_BYTES, sb);
	if (r < 0)
		return cli_fail(ctx, errno == ENOENT ? GG_ENOTFOUND : GG_EDATA, "verify: %s: %s", path,
		                errno == ENOENT ? "tidak ada" : files_error_text(errno));
	*is_pdf = r == 0 && sb->len >= 5 && memcmp(sb_str(sb), "%PDF-", 5) == 0;
	if (r || (!*is_pdf && memchr(sb_str(sb), '\0', sb->len)))
		return cli_fail(ctx, GG_EDATA, "verify: %s: tidak dapat dibaca sebagai teks atau PDF (paling besar 4 MB)",
		                path);
	return GG_OK;
}

static int cmd_verify(cli_ctx *ctx, const cli_args *a)
{
	char *number = NULL;
	gg_err err;
	verify_outcome v;
	strbuf doc = STRBUF_INIT;
	int is_pdf = 0;
	int code = read_document(ctx, a->pos[0], &doc, &is_pdf);
	if (code) {
		sb_free(&doc);
		return code;
	}
	code = is_pdf ? letters_verify_pdf(&ctx->s, sb_str(&doc), doc.len, &v, &number, &err)
	              : store_doc_verify(ctx->s.st, sb_str(&doc), &v, &number, &err);
	sb_free(&doc);
	if (code)
		return cli_fail(ctx, code, "verify: %s: %s", a->pos[0], err.msg);
	switch (v) {
	case VERIFY_MATCH:
		fprintf(ctx->out, "cocok: %s, seperti terdaftar di register\n", number);
		break;
	case VERIFY_CHANGED:
		code = cli_fail(ctx, GG_EDATA, "verify: TIDAK COCOK: berkas menyebut %s, tetapi isinya berbeda dari "
		                "yang terdaftar", number);
		break;
	case VERIFY_TAMPERED:
		code = cli_fail(ctx, GG_EDATA, "verify: TIDAK COCOK: berkas sama dengan %s di basis data, tetapi salinan "
		                "itu tidak cocok dengan sidiknya saat terbit (jalankan 'gangguan check')", number);
		break;
	case VERIFY_UNKNOWN:
		code = cli_fail(ctx, GG_EDATA, "verify: TIDAK COCOK: bukan berita acara register ini");
		break;
	}
	free(number);
	return code;
}

const cli_command cli_cmd_verify = {
	.name = "verify",
	.needs = NEEDS_RO,
	.summary = "periksa apakah berkas berita acara cocok dengan register, dan nomornya",
	.args = verify_args,
	.run = cmd_verify,
};
