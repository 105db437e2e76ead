/* gangguan verify FILE: whether a document as printed (`doc NUMBER`) is
 * one of the register, unchanged, and which number. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli_commands.h"
#include "files.h"

#define MAX_DOC_BYTES (4 << 20)

static const cli_arg verify_args[] = {
	{ "FILE", "berkas teks berita acara ('-': masukan standar)", CLI_FILE },
	{ NULL, NULL, 0 }
};

static int read_text(cli_ctx *ctx, const char *path, char **text)
{
	strbuf sb = STRBUF_INIT;
	int r = files_read_all(path, MAX_DOC_BYTES, &sb);
	if (r < 0)
		return cli_fail(ctx, errno == ENOENT ? GG_ENOTFOUND : GG_EDATA, "verify: %s: %s", path,
		                errno == ENOENT ? "tidak ada" : files_error_text(errno));
	if (r == 0 && sb.len >= 5 && memcmp(sb_str(&sb), "%PDF-", 5) == 0) {
		sb_free(&sb);
		return cli_fail(ctx, GG_EUNAVAILABLE, "verify: %s adalah PDF; verify membaca teks berita acara "
		                "('gangguan doc NOMOR > BERKAS'); PDF belum didukung", path);
	}
	if (r || memchr(sb_str(&sb), '\0', sb.len)) {
		sb_free(&sb);
		return cli_fail(ctx, GG_EDATA, "verify: %s: tidak dapat dibaca sebagai teks (paling besar 4 MB)", path);
	}
	*text = sb_steal(&sb);
	return *text ? GG_OK : cli_fail(ctx, GG_ESOFTWARE, "verify: memori habis");
}

static int cmd_verify(cli_ctx *ctx, const cli_args *a)
{
	char *text = NULL, *number = NULL;
	gg_err err;
	verify_outcome v;
	int code = read_text(ctx, a->pos[0], &text);
	if (code)
		return code;
	code = store_doc_verify(ctx->s.st, text, &v, &number, &err);
	free(text);
	if (code)
		return cli_fail(ctx, code, "verify: %s", err.msg);
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
