/* The option table of gangguan.ini: every key, its type, default and help.
 * Parsing, validation, config_write() and the man page's key list all read
 * this one table, so a new key is one row here. */
#include "config.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docnum.h"
#include "sanitize.h"
#include "textfield.h"
#include "files.h"
#include "nip.h"
#include "strbuf.h"

#ifndef GANGGUAN_DATADIR
#define GANGGUAN_DATADIR "/usr/local/share/gangguan"
#endif

#define F(field) offsetof(gg_config, field)
#define NONE 0

static const config_option options[] = {
	{ "unit:name", CT_TEXT, F(unit_name), NONE, NULL, "nama unit, mis. LPSE Kabupaten Lebong", 0 },
	{ "unit:code", CT_TEXT, F(unit_code), NONE, NULL, "kode unit dalam nomor surat, mis. LPSE.Lebongkab", 0 },
	{ "unit:ip", CT_IP, F(ip), NONE, NULL, "alamat IP server SPSE (IPv4 atau IPv6)", 0 },
	{ "unit:domain", CT_TEXT, F(domain), NONE, NULL, "alamat situs SPSE, mis. http://lpse.lebongkab.go.id/", 0 },
	{ "unit:timezone", CT_ZONE, F(tz), NONE, "WIB", "zona waktu: WIB, WITA atau WIT", 0 },
	{ "unit:reporter", CT_TEXT, F(reporter), NONE, "Admin-PPE", "pelapor bawaan nota laporan",
	  TF_MAX_REPORTER },
	{ "signatory:position", CT_TEXT, F(sign_position), NONE, "KETUA", "jabatan penanda tangan", 0 },
	{ "signatory:org", CT_LIST, F(sign_org), F(sign_org_n), "LPSE",
	  "baris di bawah jabatan, dipisah |", 0 },
	{ "signatory:name", CT_TEXT, F(sign_name), NONE, NULL, "nama penanda tangan dengan gelar", 0 },
	{ "signatory:nip", CT_NIP, F(sign_nip), NONE, NULL, "NIP 18 digit penanda tangan, atau -", 0 },
	{ "documents:number_format", CT_NUMFMT, F(number_format), NONE,
	  "{seq}/{code}/{month_roman}/{year}", "format nomor surat", 0 },
	{ "documents:copies", CT_LIST, F(copies), F(copies_n), "Arsip", "tembusan, dipisah |", 0 },
	{ "documents:style", CT_STYLE, F(style), NONE, "pair",
	  "pair: BA Pembukaan dan Penutupan; single: satu BA per gangguan", 0 },
	{ "documents:template_opening", CT_PATH, F(template_opening), NONE, "templates/opening.tpl",
	  "templat BA Pembukaan", 0 },
	{ "documents:template_closing", CT_PATH, F(template_closing), NONE, "templates/closing.tpl",
	  "templat BA Penutupan", 0 },
	{ "documents:template_single", CT_PATH, F(template_single), NONE, "templates/single.tpl",
	  "templat BA tunggal (style = single)", 0 },
	{ "documents:regulations", CT_PATH, F(regulations), NONE, "regulations",
	  "direktori katalog peraturan (satu berkas per rezim)", 0 },
	{ "documents:regime", CT_REGIME, F(regime), NONE, "",
	  "kosong: peraturan menurut tanggal mulai gangguan; atau nama rezim yang dipatok, mis. perka-lkpp-1-2015", 0 },
	{ "letterhead:lines", CT_LIST, F(letterhead), F(letterhead_n), "",
	  "kop surat BA dalam PDF, baris demi baris dipisah |: PEMERINTAH KABUPATEN ... | alamat, telepon", 0 },
	{ "letterhead:logo", CT_OPTPATH, F(logo), NONE, "", "logo PNG di kiri kop surat; kosong: tanpa logo", 0 },
	{ "letterhead:font", CT_TEXT, F(font), NONE, "Liberation Serif",
	  "huruf BA dalam PDF (Liberation Serif: ukuran Times New Roman)", 0 },
	{ "remedies:holidays", CT_PATH, F(holidays), NONE, "holidays",
	  "direktori kalender hari libur (satu berkas per tahun)", 0 },
	{ "remedies:cuti_bersama", CT_BOOL, F(count_cuti_bersama), NONE, "ya",
	  "ya: cuti bersama bukan hari kerja", 0 },
	{ "theme:header", CT_COLOR, F(theme_header), NONE, "white,blue", "warna judul (DEPAN,LATAR)", 0 },
	{ "theme:selected", CT_COLOR, F(theme_selected), NONE, "black,cyan", "warna baris terpilih", 0 },
	{ "theme:status", CT_COLOR, F(theme_status), NONE, "white,blue", "warna baris status", 0 },
	{ "theme:error", CT_COLOR, F(theme_error), NONE, "white,red", "warna pesan galat", 0 },
	{ "operators:names", CT_LIST, F(operators), F(operators_n), "",
	  "nama operator yang berbagi satu akun, dipisah |; dipilih saat mulai (--operator di CLI) "
	  "dan dicatat di audit; kosong: akun Unix saja", 0 },
	{ "operators:readonly_users", CT_LIST, F(readonly_users), F(readonly_users_n), "",
	  "pengguna Unix atau nama operator yang hanya boleh membaca, dipisah |", 0 },
	{ "operators:readonly_groups", CT_LIST, F(readonly_groups), F(readonly_groups_n), "",
	  "grup Unix yang anggotanya hanya boleh membaca, dipisah |, mis. auditor", 0 },
	{ "paths:database", CT_PATH, F(database), NONE, "~/.local/share/gangguan/gangguan.db",
	  "berkas basis data SQLite", 0 },
	{ "paths:datadir", CT_PATH, F(datadir), NONE, GANGGUAN_DATADIR,
	  "direktori data (templat, peraturan, hari libur)", 0 },
};

const config_option *config_options(size_t *n)
{
	*n = sizeof options / sizeof options[0];
	return options;
}

const config_option *config_option_find(const char *key)
{
	for (size_t i = 0; i < sizeof options / sizeof options[0]; i++)
		if (strcasecmp(options[i].key, key) == 0)
			return &options[i];
	return NULL;
}

static const char *const colour_names[] = { "default", "black", "red", "green", "yellow",
	                                    "blue", "magenta", "cyan", "white" };

static int is_colour(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof colour_names / sizeof colour_names[0]; i++)
		if (strlen(colour_names[i]) == len && strncasecmp(colour_names[i], s, len) == 0)
			return 1;
	return 0;
}

static const struct {
	const char *word;
	int value;
} bool_words[] = { { "ya", 1 }, { "yes", 1 }, { "true", 1 }, { "1", 1 }, { "on", 1 },
	           { "tidak", 0 }, { "no", 0 }, { "false", 0 }, { "0", 0 }, { "off", 0 } };

static int parse_bool(const char *s, int *out)
{
	for (size_t i = 0; i < sizeof bool_words / sizeof bool_words[0]; i++)
		if (strcasecmp(s, bool_words[i].word) == 0) {
			*out = bool_words[i].value;
			return 0;
		}
	return -1;
}

/* A value ends in letters (signatory, unit name ...): controls, bidi
 * overrides and invalid UTF-8 are refused as the record fields are. */
static int has_control(const char *s)
{
	size_t at;
	unsigned cp;
	return text_find_unsafe(s, NULL, &at, &cp) != TEXT_SAFE;
}

int config_check_value(const config_option *o, const char *v, char *why, size_t n)
{
	zone z;
	int b;
	unsigned char addr[16];
	if (has_control(v)) {
		snprintf(why, n, "mengandung karakter kontrol, pengatur arah teks atau bukan UTF-8 yang sah");
		return -1;
	}
	if (!*v && o->type != CT_LIST && o->type != CT_REGIME && o->type != CT_OPTPATH) {
		snprintf(why, n, "tidak boleh kosong");
		return -1;
	}
	if (strlen(v) > 512) {
		snprintf(why, n, "terlalu panjang (%zu byte; paling banyak 512)", strlen(v));
		return -1;
	}
	/* a default that fills a typed field is held to that field's limit */
	if (o->max_chars && utf8_chars(v) > o->max_chars) {
		snprintf(why, n, "terlalu panjang (%zu karakter, paling banyak %zu)", utf8_chars(v), o->max_chars);
		return -1;
	}
	switch (o->type) {
	case CT_TEXT:
	case CT_LIST:
	case CT_PATH:
	case CT_OPTPATH:
		return 0;
	case CT_REGIME:
		/* a file name of the catalogue without ".ini"; whether it exists
		 * is for `check` to say, with the catalogue loaded */
		if (strspn(v, "abcdefghijklmnopqrstuvwxyz0123456789-_.") == strlen(v) && v[0] != '.')
			return 0;
		snprintf(why, n, "\"%s\" bukan nama rezim (nama berkas di regulations/ tanpa .ini, "
		         "mis. perpres-16-2018), atau kosongkan", v);
		return -1;
	case CT_ZONE:
		if (zone_from_name(v, &z) == 0)
			return 0;
		snprintf(why, n, "zona waktu \"%s\" tidak dikenal (WIB, WITA atau WIT)", v);
		return -1;
	case CT_IP:
		if (inet_pton(AF_INET, v, addr) == 1 || inet_pton(AF_INET6, v, addr) == 1)
			return 0;
		snprintf(why, n, "\"%s\" bukan alamat IPv4 atau IPv6", v);
		return -1;
	case CT_NIP: {
		char e[200];
		if (nip_check(v, e, sizeof e) == 0)
			return 0;
		snprintf(why, n, "NIP \"%s\": %s", v, e);
		return -1;
	}
	case CT_NUMFMT: {
		char e[200];
		if (docnum_check(v, e, sizeof e) == 0)
			return 0;
		snprintf(why, n, "%s", e);
		return -1;
	}
	case CT_STYLE:
		if (strcmp(v, "pair") == 0 || strcmp(v, "single") == 0)
			return 0;
		snprintf(why, n, "\"%s\" bukan pair atau single", v);
		return -1;
	case CT_BOOL:
		if (parse_bool(v, &b) == 0)
			return 0;
		snprintf(why, n, "\"%s\" bukan ya atau tidak", v);
		return -1;
	case CT_COLOR: {
		const char *comma = strchr(v, ',');
		if (comma && is_colour(v, (size_t)(comma - v)) && is_colour(comma + 1, strlen(comma + 1)))
			return 0;
		snprintf(why, n, "\"%s\" bukan DEPAN,LATAR dari: default black red green yellow blue "
		                 "magenta cyan white",
		         v);
		return -1;
	}
	}
	snprintf(why, n, "jenis opsi tidak dikenal");
	return -1;
}

/* "a | b |c" -> {"a","b","c"}; empty items are dropped. */
static int split_list(const char *v, char ***out, size_t *out_n)
{
	char **items = NULL;
	size_t n = 0;
	const char *p = v;
	while (*p) {
		const char *bar = strchr(p, '|');
		const char *end = bar ? bar : p + strlen(p);
		const char *b = p, *e = end;
		while (b < e && isspace((unsigned char)*b))
			b++;
		while (e > b && isspace((unsigned char)e[-1]))
			e--;
		if (e > b) {
			char **grown = realloc(items, (n + 1) * sizeof *items);
			if (!grown)
				goto fail;
			items = grown;
			if (!(items[n] = strndup(b, (size_t)(e - b))))
				goto fail;
			n++;
		}
		p = bar ? bar + 1 : end;
	}
	*out = items;
	*out_n = n;
	return 0;
fail:
	for (size_t i = 0; i < n; i++)
		free(items[i]);
	free(items);
	return -1;
}

static void free_list(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

int config_set_value(gg_config *c, const config_option *o, const char *v, char *why, size_t n)
{
	if (config_check_value(o, v, why, n) < 0)
		return -1;
	char *base = (char *)c;
	if (o->type == CT_ZONE) {
		zone_from_name(v, (zone *)(void *)(base + o->off));
		return 0;
	}
	if (o->type == CT_BOOL) {
		parse_bool(v, (int *)(void *)(base + o->off));
		return 0;
	}
	if (o->type == CT_LIST) {
		char **items;
		size_t count;
		if (split_list(v, &items, &count) < 0) {
			snprintf(why, n, "memori habis");
			return -1;
		}
		char ***slot = (char ***)(void *)(base + o->off);
		size_t *slot_n = (size_t *)(void *)(base + o->off_n);
		free_list(*slot, *slot_n);
		*slot = items;
		*slot_n = count;
		return 0;
	}
	char *copy = o->type == CT_PATH || o->type == CT_OPTPATH ? files_expand_home(v) : strdup(v);
	if (!copy) {
		snprintf(why, n, "memori habis");
		return -1;
	}
	char **slot = (char **)(void *)(base + o->off);
	free(*slot);
	*slot = copy;
	return 0;
}

char *config_value_string(const gg_config *c, const config_option *o)
{
	const char *base = (const char *)c;
	strbuf b = STRBUF_INIT;
	switch (o->type) {
	case CT_ZONE:
		sb_append(&b, zone_name(*(const zone *)(const void *)(base + o->off)));
		break;
	case CT_BOOL:
		sb_append(&b, *(const int *)(const void *)(base + o->off) ? "ya" : "tidak");
		break;
	case CT_LIST: {
		char *const *items = *(char *const *const *)(const void *)(base + o->off);
		size_t count = *(const size_t *)(const void *)(base + o->off_n);
		for (size_t i = 0; i < count; i++)
			sb_appendf(&b, "%s%s", i ? " | " : "", items[i]);
		break;
	}
	default: {
		const char *s = *(char *const *)(const void *)(base + o->off);
		sb_append(&b, s ? s : "");
	}
	}
	return sb_steal(&b);
}

gg_config *config_defaults(void)
{
	gg_config *c = calloc(1, sizeof *c);
	char why[300];
	if (!c)
		return NULL;
	for (size_t i = 0; i < sizeof options / sizeof options[0]; i++) {
		if (options[i].def && config_set_value(c, &options[i], options[i].def, why, sizeof why) < 0) {
			config_free(c);
			return NULL;
		}
	}
	return c;
}

void config_free(gg_config *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < sizeof options / sizeof options[0]; i++) {
		const config_option *o = &options[i];
		char *base = (char *)c;
		if (o->type == CT_LIST)
			free_list(*(char ***)(void *)(base + o->off), *(size_t *)(void *)(base + o->off_n));
		else if (o->type != CT_ZONE && o->type != CT_BOOL)
			free(*(char **)(void *)(base + o->off));
	}
	free(c->path);
	free(c);
}
