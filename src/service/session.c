/* Opening what a face works in: config, catalogues, store. */
#include "session.h"

#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "files.h"
#include "holidays.h"
#include "letters.h"
#include "regcat.h"

void session_fill_actor(session *s)
{
	/* the account itself, never $USER, which anyone may set */
	struct passwd *pw = getpwuid(geteuid());
	if (pw)
		snprintf(s->user, sizeof s->user, "%s", pw->pw_name);
	else
		snprintf(s->user, sizeof s->user, "uid %ld", (long)geteuid());
	const char *ssh = getenv("SSH_CLIENT");
	if (!ssh)
		ssh = getenv("SSH_CONNECTION");
	s->client[0] = '\0';
	if (ssh)
		snprintf(s->client, sizeof s->client, "%.*s", (int)strcspn(ssh, " "), ssh);
	s->actor.user = s->user;
	s->actor.client = s->client;
	s->actor.operator_name = s->operator_name;
}

int session_choose_operator(session *s, const char *name, gg_err *err)
{
	const gg_config *c = s->cfg;
	if (!c->operators_n)
		return gg_fail(err, GG_EUSAGE, "--operator %s: konfigurasi %s tidak memuat daftar operator "
		               "([operators] names); tanpa daftar, audit mencatat akun Unix", name,
		               s->config_path ? s->config_path : "");
	for (size_t i = 0; i < c->operators_n; i++)
		if (strcasecmp(c->operators[i], name) == 0) {
			snprintf(s->operator_name, sizeof s->operator_name, "%s", c->operators[i]);
			return s->st ? store_set_operator(s->st, s->operator_name, err) : GG_OK;
		}
	strbuf names = STRBUF_INIT;
	for (size_t i = 0; i < c->operators_n; i++)
		sb_appendf(&names, "%s%s", i ? ", " : "", c->operators[i]);
	gg_fail(err, GG_EUSAGE, "operator '%s' tidak ada di [operators] names; pilih salah satu: %s", name,
	        sb_str(&names));
	sb_free(&names);
	return GG_EUSAGE;
}

static int in_list(char *const *v, size_t n, const char *name)
{
	for (size_t i = 0; name[0] && i < n; i++)
		if (strcmp(v[i], name) == 0)
			return 1;
	return 0;
}

/* Membership as the kernel sees it for this process (supplementary
 * groups included), not /etc/group alone. */
static int in_group(const char *group)
{
	struct group *gr = getgrnam(group);
	if (!gr)
		return 0;
	if (getegid() == gr->gr_gid)
		return 1;
	gid_t groups[256];
	int n = getgroups(256, groups);
	for (int i = 0; i < n; i++)
		if (groups[i] == gr->gr_gid)
			return 1;
	return 0;
}

int session_read_only_role(const session *s)
{
	const gg_config *c = s->cfg;
	if (!c)
		return 0;
	if (in_list(c->readonly_users, c->readonly_users_n, s->user) ||
	    in_list(c->readonly_users, c->readonly_users_n, s->operator_name))
		return 1;
	for (size_t i = 0; i < c->readonly_groups_n; i++)
		if (in_group(c->readonly_groups[i]))
			return 1;
	return 0;
}

int session_load_config(session *s, config_problems *probs, gg_err *err)
{
	if (s->cfg)
		return GG_OK;
	free(s->config_path);
	s->config_path = config_find(s->config_arg);
	if (!s->config_path)
		return gg_fail(err, GG_ECONFIG,
		               "tidak ada berkas konfigurasi: dicari -c, $GANGGUAN_CONFIG, "
		               "$XDG_CONFIG_HOME/gangguan/gangguan.ini, /etc/gangguan/gangguan.ini; salin contoh "
		               "data/gangguan.ini ke salah satunya, atau jalankan gangguan tanpa perintah "
		               "untuk mengisi formulir penyiapan");
	gg_err_clear(err);
	int code = config_load(s->config_path, &s->cfg, probs, err);
	if (code && !err->msg[0])
		gg_fail(err, code, "%s: konfigurasi ditolak (%zu masalah)", s->config_path, probs->n);
	return code;
}

const char *session_database(const session *s)
{
	const char *path = s->db_arg ? s->db_arg : s->cfg ? s->cfg->database : NULL;
	return path && *path ? path : NULL;
}

int session_open_store(session *s, int flags, gg_err *err)
{
	if (s->st)
		return GG_OK;
	const char *path = session_database(s);
	if (!path || !*path)
		return gg_fail(err, GG_EUSAGE, "berkas basis data tidak diketahui: beri -d BERKAS atau "
		               "[paths] database di konfigurasi");
	free(s->db_path);
	if (!(s->db_path = strdup(path)))
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	if ((flags & STORE_CREATE) && !s->db_arg)
		files_mkdir_parents(path);
	s->actor.operator_name = s->operator_name;
	s->actor.read_only_role = session_read_only_role(s);
	s->actor.needs_operator = s->cfg && s->cfg->operators_n > 0;
	int code = store_open(path, flags, &s->actor, &s->st, err);
	if (code)
		return code;
	if (s->cfg)
		store_set_utc_offset(s->st, zone_utc_offset(s->cfg->tz));
	return GG_OK;
}

int session_open_store_or_read(session *s, int flags, gg_err *err)
{
	int code = session_open_store(s, flags, err);
	/* 73: read-only file, directory or file system; 77: another
	 * operator's private file; 74: a full disk (a damaged file is
	 * opened and refused only at its first write) */
	if (code != GG_ECANTCREAT && code != GG_ENOPERM && code != GG_EIO)
		return code;
	gg_err ro;
	if (session_open_store(s, STORE_READONLY, &ro) != GG_OK)
		return code;   /* the first reason is the one to tell */
	store_set_read_only_reason(s->st, code, err->msg);
	return GG_OK;
}

int session_catalogues(session *s, char **problems, gg_err *err)
{
	char *found = NULL;
	if (problems)
		*problems = NULL;
	if (s->have_catalogues)
		return GG_OK;
	const gg_config *cfg = s->cfg;
	workcal_init(&s->cal, cfg->count_cuti_bersama);
	/* file by file, the unit's own over the installed (datapath.h) */
	int code = config_data_list(cfg, "[documents] regulations", cfg->regulations, "regulations", ".ini",
	                            &s->regulation_files, err);
	if (!code)
		code = config_data_list(cfg, "[remedies] holidays", cfg->holidays, "holidays", ".ini",
		                        &s->holiday_files, err);
	if (!code && !(code = regcat_load_files(&s->regulation_files, &s->cat, &found, err)) &&
	    (code = holidays_load_files(&s->holiday_files, &s->cal, &found, err)))
		regcat_free(&s->cat);
	if (code) {
		/* a listing that failed is left empty: freeing both is safe */
		data_listing_free(&s->regulation_files);
		data_listing_free(&s->holiday_files);
		workcal_free(&s->cal);
		if (found && !problems) /* the first problem names the file and line */
			snprintf(err->msg, sizeof err->msg, "%.*s", (int)strcspn(found, "\n"), found);
		if (problems)
			*problems = found;
		else
			free(found);
		return code;
	}
	free(found);
	s->have_catalogues = 1;
	return GG_OK;
}

int session_missing_calendars(session *s, int64_t now, int *this_year, int years[2])
{
	civil today;
	civil_from_utc(now, s->cfg->tz, &today);
	*this_year = today.year;
	int n = 0;
	for (int y = today.year; y <= today.year + 1; y++)
		if (!workcal_covers(&s->cal, y))
			years[n++] = y;
	return n;
}

int session_pinned_regime(session *s, const regime **out, gg_err *err)
{
	*out = NULL;
	const char *pin = s->cfg->regime;
	if (!pin || !*pin)
		return GG_OK;
	int code = session_catalogues(s, NULL, err);
	if (code)
		return code;
	for (size_t i = 0; i < s->cat.n; i++)
		if (strcmp(s->cat.v[i].id, pin) == 0) {
			*out = &s->cat.v[i];
			return GG_OK;
		}
	strbuf ids = STRBUF_INIT;
	for (size_t i = 0; i < s->cat.n; i++)
		sb_appendf(&ids, "%s%s", i ? ", " : "", s->cat.v[i].id);
	gg_fail(err, GG_ECONFIG, "[documents] regime: '%s' tidak ada di katalog peraturan; yang ada: %s "
	        "(atau kosongkan: peraturan dipilih menurut tanggal gangguan)", pin, sb_str(&ids));
	sb_free(&ids);
	return GG_ECONFIG;
}

void session_release(session *s)
{
	letters_close(s->docs);
	if (s->have_catalogues) {
		regcat_free(&s->cat);
		workcal_free(&s->cal);
		data_listing_free(&s->regulation_files);
		data_listing_free(&s->holiday_files);
	}
	store_close(s->st);
	config_free(s->cfg);
	free(s->config_path);
	free(s->db_path);
	s->docs = NULL;
	s->have_catalogues = 0;
	s->st = NULL;
	s->cfg = NULL;
	s->config_path = s->db_path = NULL;
}
