/* The first-run setup form (tui_setup.h): the unit's essentials as form
 * fields checked with the loader's own config_check_value, every other
 * key from the option table's defaults, written with config_write. */
#include "tui_setup.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "i18n.h"
#include "strbuf.h"
#include "tui_form.h"

/* Checks a field against the option of the same key ("unit:name"). */
static int check_option(form *f, const form_field_def *fd, const char *value, char *why, size_t n)
{
	(void)f;
	const config_option *o = config_option_find(fd->key);
	return o ? config_check_value(o, value, why, n) : 0;
}

static size_t zone_choices(const form_choice **out)
{
	static const form_choice v[] = { { "WIB", "WIB (UTC+7)" }, { "WITA", "WITA (UTC+8)" },
	                                 { "WIT", "WIT (UTC+9)" } };
	*out = v;
	return 3;
}

static const form_field_def setup_fields[] = {
	{ "unit:name", N_("Nama unit"), 40, FF_TEXT, 1, 200, check_option, NULL, N_("mis. LPSE Kabupaten Lebong") },
	{ "unit:code", N_("Kode unit"), 24, FF_TEXT, 1, 60, check_option, NULL, N_("di nomor surat: LPSE.Lebongkab") },
	{ "unit:ip", N_("Alamat IP server"), 24, FF_TEXT, 1, 60, check_option, NULL, N_("mis. 118.97.128.173") },
	{ "unit:domain", N_("Alamat situs SPSE"), 40, FF_TEXT, 1, 200, check_option, NULL, N_("mis. http://lpse.lebongkab.go.id/") },
	{ "unit:timezone", N_("Zona waktu"), 16, FF_CHOICE, 1, 0, NULL, zone_choices, N_("Kiri/Kanan") },
	{ "signatory:position", N_("Jabatan penanda tangan"), 30, FF_TEXT, 1, 200, check_option, NULL, N_("KETUA, KEPALA, ...") },
	{ "signatory:org", N_("Baris di bawah jabatan"), 50, FF_TEXT, 1, 500, check_option, NULL, N_("dipisah |: LPSE | KABUPATEN LEBONG") },
	{ "signatory:name", N_("Nama penanda tangan"), 40, FF_TEXT, 1, 200, check_option, NULL, N_("nama dengan gelar") },
	{ "signatory:nip", N_("NIP penanda tangan"), 24, FF_TEXT, 1, 30, check_option, NULL, N_("18 digit, atau -") },
	{ "next_number", N_("Nomor surat berikutnya"), 8, FF_TEXT, 1, 6, form_valid_next_number, NULL, N_("tahun ini; lanjutan buku agenda, 1 bila belum ada") },
	{ "paths:database", N_("Berkas basis data"), 40, FF_TEXT, 1, 1000, check_option, NULL, NULL },
	{ "config", N_("Berkas konfigurasi"), 40, FF_TEXT, 1, 1000, NULL, NULL, NULL },
};

static char *default_config_path(const app *a)
{
	strbuf sb = STRBUF_INIT;
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	if (a->ses->config_arg)
		sb_append(&sb, a->ses->config_arg);
	else if (getenv("GANGGUAN_CONFIG") && *getenv("GANGGUAN_CONFIG"))
		sb_append(&sb, getenv("GANGGUAN_CONFIG"));
	else if (xdg && *xdg)
		sb_appendf(&sb, "%s/gangguan/gangguan.ini", xdg);
	else
		sb_appendf(&sb, "%s/.config/gangguan/gangguan.ini", home ? home : ".");
	return sb_steal(&sb);
}

static void setup_init(form *f)
{
	app *a = form_app(f);
	gg_config *d = config_defaults();
	char *cfg = default_config_path(a);
	form_set(f, "unit:timezone", "WIB");
	static const char *const from_defaults[] = { "signatory:position", "signatory:org" };
	for (size_t i = 0; d && i < sizeof from_defaults / sizeof from_defaults[0]; i++) {
		char *v = config_value_string(d, config_option_find(from_defaults[i]));
		form_set(f, from_defaults[i], v ? v : "");
		free(v);
	}
	form_set(f, "next_number", "1");
	form_set(f, "paths:database", a->ses->db_arg ? a->ses->db_arg : d && d->database ? d->database : "");
	form_set(f, "config", cfg ? cfg : "");
	form_note(f, "%s", _("Belum ada konfigurasi. Isi data unit; kunci lain memakai nilai bawaan."));
	free(cfg);
	config_free(d);
}

static int setup_submit(form *f)
{
	app *a = form_app(f);
	gg_err err;
	char why[300];
	gg_config *c = config_defaults();
	if (!c) {
		app_error(a, "%s", _("memori habis"));
		return -1;
	}
	for (size_t i = 0; i < sizeof setup_fields / sizeof setup_fields[0]; i++) {
		const config_option *o = config_option_find(setup_fields[i].key);
		if (o && config_set_value(c, o, form_get(f, setup_fields[i].key), why, sizeof why) < 0) {
			form_fail(f, setup_fields[i].key, why);
			config_free(c);
			app_error(a, "%s", _("Periksa isian bertanda !"));
			return -1;
		}
	}
	char *path = strdup(form_get(f, "config"));
	int code = path ? config_write(c, path, &err) : gg_fail(&err, GG_ESOFTWARE, "memori habis");
	config_free(c);
	if (code) {
		app_error(a, "%s", err.msg);
		free(path);
		return -1;
	}
	free(a->setup_config);
	a->setup_config = path;
	a->setup_next_number = (int)strtol(form_get(f, "next_number"), NULL, 10);
	a->ses->config_arg = a->setup_config;
	a->setup_done = 1;
	form_done(f);
	app_status(a, _("Konfigurasi ditulis ke %s."), a->setup_config);
	return 0;
}

static const form_def setup_form = {
	"setup", N_("Penyiapan pertama"), setup_fields, sizeof setup_fields / sizeof setup_fields[0],
	0, -1, setup_init, setup_submit, NULL,
};

int setup_run(app *a)
{
	screen *s = form_open_def(a, &setup_form);
	if (!s)
		return GG_ESOFTWARE;
	app_push(a, s);
	app_loop(a);
	while (a->top)
		app_pop(a);
	if (!a->setup_done) {
		a->quit = 1;
		return GG_OK;
	}
	a->quit = 0;
	return GG_OK;
}
