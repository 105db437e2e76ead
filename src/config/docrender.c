/* The document renderer: reads the unit's templates and the regulation
 * file named by the config, checks them once when opened, and renders a
 * document per request through the core template engine.  The output is
 * the document markup (docview.h) that the store freezes. */
#include "docrender.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docfields.h"
#include "docnum.h"
#include "docquote.h"
#include "docview.h"
#include "json.h"
#include "sha256.h"
#include "strbuf.h"
#include "template.h"

/* A template is a page or two of text; a bigger file is not one. */
#define TEMPLATE_MAX_BYTES (256 * 1024)

struct doc_env {
	const gg_config *cfg;
	doc_regulation *reg;
	char *reg_path;
	tpl *t[DOC__COUNT];
	char *path[DOC__COUNT];
	char sha[DOC__COUNT][SHA256_HEX_LEN + 1];
};

/* The config key and value naming each kind's template. */
static const char *template_name(const gg_config *cfg, doc_kind k, const char **key)
{
	static const char *const keys[DOC__COUNT] = {
		[DOC_OPENING] = "[documents] template_opening",
		[DOC_CLOSING] = "[documents] template_closing",
		[DOC_SINGLE] = "[documents] template_single",
	};
	const char *const names[DOC__COUNT] = {
		[DOC_OPENING] = cfg->template_opening,
		[DOC_CLOSING] = cfg->template_closing,
		[DOC_SINGLE] = cfg->template_single,
	};
	*key = keys[k];
	return names[k];
}

/* Reads a whole text file; GG_OK and a malloc'd *text. */
static int read_text(const char *path, const char *what, char **text, gg_err *err)
{
	*text = NULL;
	FILE *f = fopen(path, "rb");
	if (!f)
		return gg_fail(err, GG_ENOTFOUND, "%s: %s tidak dapat dibuka: %s", path, what, strerror(errno));
	strbuf sb = STRBUF_INIT;
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (sb.len + n > TEMPLATE_MAX_BYTES) {
			fclose(f);
			sb_free(&sb);
			return gg_fail(err, GG_ECONFIG, "%s: %s lebih dari %d KiB; bukan templat", path, what,
			               TEMPLATE_MAX_BYTES / 1024);
		}
		sb_appendn(&sb, chunk, n);
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		sb_free(&sb);
		return gg_fail(err, GG_EIO, "%s: gagal membaca %s", path, what);
	}
	if (sb_failed(&sb))
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	if (strlen(sb_str(&sb)) != sb.len) {
		sb_free(&sb);
		return gg_fail(err, GG_ECONFIG, "%s: %s berisi byte NUL; bukan berkas teks", path, what);
	}
	*text = sb_steal(&sb);
	return *text ? GG_OK : gg_fail(err, GG_ESOFTWARE, "memori habis");
}

/* Loads, parses and checks the template of kind k against the fields
 * that kind has. */
static int load_template(doc_env *env, doc_kind k, gg_err *err)
{
	const char *key;
	const char *name = template_name(env->cfg, k, &key);
	char *text;
	if (!name || !*name)
		return gg_fail(err, GG_ECONFIG, "isi %s di konfigurasi", key);
	free(env->path[k]);   /* a failed earlier attempt */
	env->path[k] = config_data_path(env->cfg, name);
	if (!env->path[k])
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	int code = read_text(env->path[k], "templat", &text, err);
	if (code)
		return code;
	sha256_hex(text, strlen(text), env->sha[k]);
	code = tpl_parse(text, env->path[k], &env->t[k], err);
	free(text);
	if (!code)
		code = tpl_check(env->t[k], doc_field_kind, &k, err);
	return code;
}

int doc_env_open(const gg_config *cfg, doc_env **out, gg_err *err)
{
	char why[300];
	int code;
	*out = NULL;
	if (docnum_check(cfg->number_format, why, sizeof why) < 0)
		return gg_fail(err, GG_ECONFIG, "[documents] number_format: %s", why);
	doc_env *env = calloc(1, sizeof *env);
	if (!env)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	env->cfg = cfg;
	if (!cfg->regulations || !*cfg->regulations) {
		code = gg_fail(err, GG_ECONFIG, "isi [documents] regulations di konfigurasi");
		goto fail;
	}
	if (!(env->reg_path = config_data_path(cfg, cfg->regulations))) {
		code = gg_fail(err, GG_ESOFTWARE, "memori habis");
		goto fail;
	}
	if ((code = docquote_load(env->reg_path, &env->reg, err)))
		goto fail;
	/* The templates this unit's style issues are checked now, so that a
	 * broken one is found before any number is taken. */
	int single = cfg->style && strcmp(cfg->style, "single") == 0;
	static const doc_kind pair[] = { DOC_OPENING, DOC_CLOSING };
	static const doc_kind one[] = { DOC_SINGLE };
	const doc_kind *kinds = single ? one : pair;
	size_t nk = single ? 1 : 2;
	for (size_t i = 0; i < nk; i++)
		if ((code = load_template(env, kinds[i], err)))
			goto fail;
	*out = env;
	return GG_OK;
fail:
	doc_env_close(env);
	return code;
}

void doc_env_close(doc_env *env)
{
	if (!env)
		return;
	for (int k = 0; k < DOC__COUNT; k++) {
		tpl_free(env->t[k]);
		free(env->path[k]);
	}
	docquote_free(env->reg);
	free(env->reg_path);
	free(env);
}

/* The values a document used, kept with it (JSON). */
static char *values_json(const doc_env *env, doc_kind k, const char *number)
{
	const gg_config *c = env->cfg;
	strbuf v = STRBUF_INIT;
	sb_putc(&v, '{');
	json_key_string(&v, "number", number);
	json_key_string(&v, "template", env->path[k]);
	json_key_string(&v, "template_sha256", env->sha[k]);
	json_key_string(&v, "regulation", env->reg_path);
	json_key_string(&v, "regulation_title", env->reg->title);
	json_key_string(&v, "unit", c->unit_name);
	json_key_string(&v, "unit_code", c->unit_code);
	json_key_string(&v, "ip", c->ip);
	json_key_string(&v, "domain", c->domain);
	json_key_string(&v, "timezone", zone_name(c->tz));
	json_key_string(&v, "signatory_position", c->sign_position);
	json_key_string(&v, "signatory", c->sign_name);
	json_key_string(&v, "nip", c->sign_nip);
	json_key(&v, "signatory_org");
	sb_putc(&v, '[');
	for (size_t i = 0; i < c->sign_org_n; i++) {
		json_sep(&v);
		json_string(&v, c->sign_org[i]);
	}
	sb_putc(&v, ']');
	json_key(&v, "copies");
	sb_putc(&v, '[');
	for (size_t i = 0; i < c->copies_n; i++) {
		json_sep(&v);
		json_string(&v, c->copies[i]);
	}
	sb_append(&v, "]}");
	return sb_steal(&v);
}

int doc_render(void *ctx, const doc_request *req, char **number, char **text, char **values,
               gg_err *err)
{
	doc_env *env = ctx;
	const gg_config *cfg = env->cfg;
	char num[256];
	tpl_data *d = NULL;
	int code;
	*number = *text = *values = NULL;
	if ((unsigned)req->kind >= DOC__COUNT)
		return gg_fail(err, GG_ESOFTWARE, "jenis dokumen tidak dikenal");
	if (!env->t[req->kind] && (code = load_template(env, req->kind, err)))
		return code;
	if (docnum_render(cfg->number_format, cfg->unit_code, req->seq, req->year, req->month, num,
	                  sizeof num) < 0)
		return gg_fail(err, GG_ECONFIG, "[documents] number_format: tidak dapat membentuk nomor");
	if ((code = doc_fields_build(cfg, env->reg, req, num, &d, err)))
		return code;
	code = tpl_render(env->t[req->kind], d, docmark_escape, text, err);
	tpl_data_free(d);
	if (code)
		return code;
	*number = strdup(num);
	*values = values_json(env, req->kind, num);
	if (!*number || !*values) {
		free(*number);
		free(*text);
		free(*values);
		*number = *text = *values = NULL;
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
	return GG_OK;
}
