/* The letters of the lifecycle steps: templates read once, the regime
 * from the one catalogue, one render function that the store calls
 * inside the step's transaction, preview and issue for both faces. */
#include "letters.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docfields.h"
#include "docnum.h"
#include "docview.h"
#include "json.h"
#include "jsonread.h"
#include "pdfclient.h"
#include "pdftext.h"
#include "schedule.h"
#include "sha256.h"
#include "template.h"

/* A template is a page or two of text; a bigger file is not one. */
#define PDF_TEXT_MAX (4 << 20)   /* the text of a printed letter, read back */
#define TEMPLATE_MAX_BYTES (256 * 1024)

struct letters {
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
		return gg_fail(err, GG_ECONFIG, "%s: %s tidak dapat dibuka: %s", path, what, strerror(errno));
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
static int load_template(letters *l, const gg_config *cfg, doc_kind k, gg_err *err)
{
	const char *key;
	const char *name = template_name(cfg, k, &key);
	char *text;
	if (!name || !*name)
		return gg_fail(err, GG_ECONFIG, "isi %s di konfigurasi", key);
	free(l->path[k]);
	if (!(l->path[k] = config_data_path(cfg, name)))
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	int code = read_text(l->path[k], "templat", &text, err);
	if (code)
		return code;
	sha256_hex(text, strlen(text), l->sha[k]);
	code = tpl_parse(text, l->path[k], &l->t[k], err);
	free(text);
	if (!code)
		code = tpl_check(l->t[k], doc_field_kind, &k, err);
	return code;
}

int letters_open(const gg_config *cfg, letters **out, gg_err *err)
{
	char why[300];
	int code = GG_OK;
	*out = NULL;
	if (docnum_check(cfg->number_format, why, sizeof why) < 0)
		return gg_fail(err, GG_ECONFIG, "[documents] number_format: %s", why);
	letters *l = calloc(1, sizeof *l);
	if (!l)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	/* Every kind is checked now, so that a broken template is found by
	 * `check` and before any number is taken, whatever the style. */
	for (int k = 0; k < DOC__COUNT && !code; k++)
		code = load_template(l, cfg, (doc_kind)k, err);
	if (code) {
		letters_close(l);
		return code;
	}
	*out = l;
	return GG_OK;
}

void letters_close(letters *l)
{
	if (!l)
		return;
	for (int k = 0; k < DOC__COUNT; k++) {
		tpl_free(l->t[k]);
		free(l->path[k]);
	}
	free(l);
}

int letters_step_has_letter(const session *s, doc_kind kind)
{
	return kind == DOC_CLOSING || !s->cfg->style || strcmp(s->cfg->style, "single") != 0;
}

int letters_regime(session *s, const incident *inc, const regime **out, gg_err *err)
{
	int code = session_pinned_regime(s, out, err);
	if (code || *out)
		return code;
	int64_t day = local_day(inc->t.started, zone_utc_offset(s->cfg->tz));
	if ((*out = regcat_for_day(&s->cat, day)))
		return GG_OK;
	civil c;
	char date[40];
	civil_from_utc(inc->t.started, s->cfg->tz, &c);
	fmt_id_date(date, sizeof date, &c);
	return gg_fail(err, GG_ECONFIG, "tidak ada peraturan dalam katalog yang berlaku pada %s (mulai gangguan "
	               "#%lld); tambahkan berkasnya di regulations/ (gangguan-remedies(7)) atau atur "
	               "[documents] regime", date, (long long)inc->id);
}

static doc_unit unit_of(const gg_config *c)
{
	return (doc_unit){
		.name = c->unit_name, .code = c->unit_code, .ip = c->ip, .domain = c->domain, .tz = c->tz,
		.reporter = c->reporter, .sign_position = c->sign_position, .sign_org = c->sign_org,
		.sign_org_n = c->sign_org_n, .sign_name = c->sign_name, .sign_nip = c->sign_nip,
		.copies = c->copies, .copies_n = c->copies_n,
	};
}

static void json_list(strbuf *v, const char *key, char *const *items, size_t n)
{
	json_key(v, key);
	sb_putc(v, '[');
	for (size_t i = 0; i < n; i++) {
		json_sep(v);
		json_string(v, items[i]);
	}
	sb_putc(v, ']');
}

/* The values a document used, kept with it (JSON). */
static char *values_json(const letters *l, const gg_config *c, const regime *rg, doc_kind k,
                         const char *number)
{
	strbuf v = STRBUF_INIT;
	sb_putc(&v, '{');
	json_key_string(&v, "number", number);
	json_key_string(&v, "template", l->path[k]);
	json_key_string(&v, "template_sha256", l->sha[k]);
	json_key_string(&v, "regulation", rg->id);
	json_key_string(&v, "regulation_file", rg->file);
	json_key_string(&v, "regulation_title", rg->title);
	json_key_string(&v, "unit", c->unit_name);
	json_key_string(&v, "unit_code", c->unit_code);
	json_key_string(&v, "ip", c->ip);
	json_key_string(&v, "domain", c->domain);
	json_key_string(&v, "timezone", zone_name(c->tz));
	json_key_string(&v, "signatory_position", c->sign_position);
	json_key_string(&v, "signatory", c->sign_name);
	json_key_string(&v, "nip", c->sign_nip);
	json_list(&v, "signatory_org", c->sign_org, c->sign_org_n);
	json_list(&v, "copies", c->copies, c->copies_n);
	/* the kop surat as issued, so that a PDF made years later has it */
	json_list(&v, "letterhead", c->letterhead, c->letterhead_n);
	sb_putc(&v, '}');
	return sb_steal(&v);
}

/* The store's doc_render_fn; ctx is the session. */
static int render(void *ctx, const doc_request *req, char **number, char **text, char **values, gg_err *err)
{
	session *s = ctx;
	const gg_config *cfg = s->cfg;
	const regime *rg;
	char num[256];
	tpl_data *d = NULL;
	int code;
	*number = *text = *values = NULL;
	if ((unsigned)req->kind >= DOC__COUNT)
		return gg_fail(err, GG_ESOFTWARE, "jenis dokumen tidak dikenal");
	if ((code = letters_regime(s, req->inc, &rg, err)))
		return code;
	if (docnum_render(cfg->number_format, cfg->unit_code, req->seq, req->year, req->month, num,
	                  sizeof num) < 0)
		return gg_fail(err, GG_ECONFIG, "[documents] number_format: tidak dapat membentuk nomor");
	doc_unit u = unit_of(cfg);
	if ((code = doc_fields_build(&u, rg, req, num, &d, err)))
		return code;
	code = tpl_render(s->docs->t[req->kind], d, docmark_escape, text, err);
	tpl_data_free(d);
	if (code)
		return code;
	*number = strdup(num);
	*values = values_json(s->docs, cfg, rg, req->kind, num);
	if (!*number || !*values) {
		free(*number);
		free(*text);
		free(*values);
		*number = *text = *values = NULL;
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
	return GG_OK;
}

/* The templates and catalogues a letter needs, opened on first use. */
static int ready(session *s, gg_err *err)
{
	int code = session_catalogues(s, NULL, err);
	if (!code && !s->docs)
		code = letters_open(s->cfg, &s->docs, err);
	return code;
}

int letters_preview(session *s, int64_t id, doc_kind kind, int64_t at, char **number, char **text,
                    gg_err *err)
{
	*number = *text = NULL;
	int code = ready(s, err);
	if (code)
		return code;
	return store_doc_preview(s->st, id, kind, at, render, s, number, text, err);
}

int letters_issue_step(session *s, incident_step step, int64_t id, int64_t expect, int64_t at,
                       const doc_seen *seen, document *issued, gg_err *err)
{
	memset(issued, 0, sizeof *issued);
	doc_kind kind = step == STEP_OPEN ? DOC_OPENING : DOC_CLOSING;
	int with = letters_step_has_letter(s, kind);
	int code = with ? ready(s, err) : GG_OK;
	if (code)
		return code;
	return store_incident_issue(s->st, step, id, expect, at, seen, with ? render : NULL, s, issued, err);
}

int letters_validate(session *s, strbuf *problems, gg_err *err)
{
	int n = 0;
	gg_err e;
	const regime *pinned;
	letters *l = NULL;
	if (letters_open(s->cfg, &l, &e) == GG_OK)
		letters_close(l);
	else if (e.code == GG_ESOFTWARE)
		return gg_fail(err, e.code, "%s", e.msg), -1;
	else {
		sb_appendf(problems, "%s\n", e.msg);
		n++;
	}
	if (session_pinned_regime(s, &pinned, &e) != GG_OK) {
		sb_appendf(problems, "%s\n", e.msg);
		n++;
	}
	return n;
}

/* The letterhead a document was issued with (its values), else the
 * config's, else the unit's name: malloc'd strings in *lines. */
static int letterhead_of(const session *s, const document *d, char ***lines, size_t *n)
{
	*lines = NULL;
	*n = 0;
	jv *v = jv_parse(d->values);
	const jv *lh = jv_get(v, "letterhead");
	const gg_config *c = s->cfg;
	size_t count = lh && lh->type == JV_ARR && lh->n ? lh->n : c->letterhead_n ? c->letterhead_n : 1;
	char **out = calloc(count, sizeof *out);
	for (size_t i = 0; out && i < count; i++) {
		const char *t = lh && lh->type == JV_ARR && lh->n ? jv_str(&lh->v[i])
		              : c->letterhead_n ? c->letterhead[i] : c->unit_name;
		out[i] = strdup(t ? t : "");
		if (!out[i]) {
			for (size_t k = 0; k < i; k++)
				free(out[k]);
			free(out);
			out = NULL;
		}
	}
	jv_free(v);
	if (!out)
		return -1;
	*lines = out;
	*n = count;
	return 0;
}

/* The footer of every page of a printed letter: what verify reads back. */
static void letter_footer(const document *d, char *buf, size_t n)
{
	snprintf(buf, n, "No. %s  ·  sidik register %.*s", d->number, PDFTEXT_FP_LEN, d->sha256 ? d->sha256 : "");
}

int letters_write_pdf(session *s, const document *d, const char *path, gg_err *err)
{
	char **lines;
	size_t n;
	if (letterhead_of(s, d, &lines, &n) < 0)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	char *logo = s->cfg->logo && *s->cfg->logo ? config_data_path(s->cfg, s->cfg->logo) : NULL;
	char footer[300];
	letter_footer(d, footer, sizeof footer);
	strbuf req = STRBUF_INIT;
	for (size_t i = 0; i < n; i++)
		pdfreq_put(&req, "head", lines[i]);
	if (logo)
		pdfreq_put(&req, "logo", logo);
	pdfreq_put(&req, "font", s->cfg->font);
	pdfreq_put(&req, "footer", footer);
	sb_append(&req, "markup\n");
	sb_append(&req, d->text);
	int code = sb_failed(&req) ? gg_fail(err, GG_ESOFTWARE, "memori habis")
	                           : pdf_client_run("letter", path, sb_str(&req), err);
	sb_free(&req);
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
	free(logo);
	return code;
}

/* Which document the footer's fingerprint names, and whether the PDF is
 * that document as printed (its letterhead, text and footers). */
static int verify_printed(session *s, const char *text, verify_outcome *out, char **number, gg_err *err)
{
	char fp[PDFTEXT_FP_LEN + 1], named[128];
	if (pdftext_footer(text, fp, named, sizeof named) < 0)
		return GG_OK;   /* no footer of ours: not a letter of this program */
	document d;
	int changed_since;
	int code = store_doc_by_fingerprint(s->st, fp, &d, &changed_since, err);
	if (code == GG_ENOTFOUND) {
		/* a footer with an unknown fingerprint: which number it claims */
		if (*named && store_doc_by_number(s->st, named, &d, err) == GG_OK) {
			*out = VERIFY_CHANGED;
			*number = d.number;
			d.number = NULL;
			document_free(&d);
		}
		return GG_OK;
	}
	if (code)
		return code;
	char **lines;
	size_t n;
	char footer[300];
	if (letterhead_of(s, &d, &lines, &n) < 0) {
		document_free(&d);
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
	letter_footer(&d, footer, sizeof footer);
	pdftext_letter l = { (const char *const *)lines, n, d.text ? d.text : "", footer };
	int same = pdftext_matches(text, &l);
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
	gg_err why;
	if (same < 0)
		code = gg_fail(err, GG_ESOFTWARE, "memori habis");
	else if (changed_since)
		*out = VERIFY_TAMPERED;
	else if (!same)
		*out = VERIFY_CHANGED;
	else
		*out = store_doc_authentic(s->st, &d, &why) ? VERIFY_TAMPERED : VERIFY_MATCH;
	*number = d.number;
	d.number = NULL;
	document_free(&d);
	return code;
}

int letters_verify_pdf(session *s, const char *pdf, size_t len, verify_outcome *out, char **number, gg_err *err)
{
	*out = VERIFY_UNKNOWN;
	*number = NULL;
	strbuf text = STRBUF_INIT;
	int code = pdf_text_read(pdf, len, PDF_TEXT_MAX, &text, err);
	if (!code)
		code = verify_printed(s, sb_str(&text), out, number, err);
	sb_free(&text);
	return code;
}
