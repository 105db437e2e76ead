/* Backups of the register and restoring one (gangguan(1), BACKUP).
 *
 * A copy is taken with SQLite's online backup API in a single step: one
 * read transaction, so one consistent snapshot however many operators
 * write meanwhile (in WAL mode they go on writing).  It is written to a
 * temporary file beside its name, made self-contained (rollback journal:
 * no -wal beside it), checked there as `gangguan check` checks a register
 * (application_id, schema, integrity_check, foreign keys, the fingerprint
 * of every issued document), synced, and only then given its name: a
 * backup that exists under its name is whole and was checked. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "idtime.h"
#include "json.h"
#include "store_internal.h"

/* gangguan-20260102-020000-2.db: two backups in one second */
#define NAME_TRIES 100

/* The files SQLite may leave beside a database it had open. */
static const char *const side_suffixes[] = { "", "-journal", "-wal", "-shm" };

static void remove_with_sides(const char *path)
{
	char p[PATH_MAX + 16];
	for (size_t i = 0; i < sizeof side_suffixes / sizeof side_suffixes[0]; i++) {
		snprintf(p, sizeof p, "%s%s", path, side_suffixes[i]);
		unlink(p);
	}
}

static void keep_first(void *ctx, const char *finding)
{
	char *first = ctx;
	if (!first[0])
		snprintf(first, 512, "%s", finding);
}

static int count_rows(store *c, const char *sql, int64_t *out, gg_err *err)
{
	int n = 0;
	int code = st_pragma_int(c, sql, &n, err);
	*out = n;
	return code;
}

/* Checks the database of c, inside the caller's read transaction, as
 * `gangguan check` would; `label` names it in every message. */
static int verify_in_txn(store *c, const char *label, store_copy_info *info, gg_err *err)
{
	int app = 0, version = 0;
	int code = st_pragma_int(c, "PRAGMA application_id", &app, err);
	if (code)
		return code;
	if (app != GANGGUAN_APPLICATION_ID)
		return gg_fail(err, GG_EIO, "%s adalah basis data SQLite, tetapi bukan milik gangguan "
		               "(application_id 0x%08x, bukan 0x%08x)", label, (unsigned)app,
		               (unsigned)GANGGUAN_APPLICATION_ID);
	if ((code = st_pragma_int(c, "PRAGMA user_version", &version, err)))
		return code;
	if (version > store_schema_latest())
		return gg_fail(err, GG_ECONFIG, "%s dibuat oleh versi gangguan yang lebih baru (skema %d; "
		               "versi ini mengenal sampai %d): perbarui program", label, version,
		               store_schema_latest());
	if (version < 1)
		return gg_fail(err, GG_EIO, "%s tidak berisi skema gangguan (user_version %d)", label, version);
	char first[512] = "";
	check_sink k = { keep_first, first, 0 };
	if ((code = st_check_integrity(c, &k, err)))
		return code;
	if (k.count)
		return gg_fail(err, GG_EIO, "%s rusak: %s (%d masalah)", label, first, k.count);
	if ((code = st_check_fingerprints(c, &k, err)))
		return code;
	if (k.count)
		return gg_fail(err, GG_EDATA, "%s: %s (%d dokumen)", label, first, k.count);
	info->schema = version;
	if ((code = count_rows(c, "SELECT count(*) FROM incident", &info->incidents, err)))
		return code;
	return count_rows(c, "SELECT count(*) FROM document", &info->documents, err);
}

static int verify(store *c, const char *label, store_copy_info *info, gg_err *err)
{
	int rc = sqlite3_exec(c->db, "BEGIN", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return st_sqlerr(c, rc, "membaca salinan", err);
	int code = verify_in_txn(c, label, info, err);
	st_rollback(c);
	return code;
}

/* Every page of from's database into to's, in one step: one snapshot. */
static int copy_all(store *to, store *from, gg_err *err)
{
	sqlite3_backup *b = sqlite3_backup_init(to->db, "main", from->db, "main");
	if (!b)
		return st_sqlerr(to, sqlite3_errcode(to->db), "menyalin basis data", err);
	int rc = sqlite3_backup_step(b, -1);
	int frc = sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE)
		return st_sqlerr(to, rc == SQLITE_OK ? frc : rc, "menyalin basis data", err);
	return frc == SQLITE_OK ? GG_OK : st_sqlerr(to, frc, "menyalin basis data", err);
}

/* A copy of a register in WAL mode says WAL in its header too: switch it
 * to the rollback journal, so that the one file is the whole database. */
static int make_self_contained(store *c, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(c, "PRAGMA journal_mode = DELETE", &st, err);
	if (code)
		return code;
	int rc = sqlite3_step(st);
	const char *mode = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : NULL;
	int ok = mode && strcmp(mode, "delete") == 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return st_sqlerr(c, rc, "mengatur jurnal salinan", err);
	return ok ? GG_OK : gg_fail(err, GG_EIO, "salinan %s tidak dapat dilepas dari mode WAL", c->path);
}

static void sync_parent(const char *path)
{
	char dir[PATH_MAX];
	snprintf(dir, sizeof dir, "%s", path);
	char *slash = strrchr(dir, '/');
	if (!slash)
		snprintf(dir, sizeof dir, ".");
	else
		*(slash == dir ? slash + 1 : slash) = '\0';
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

/* Writes a checked copy of src's database at dest (see the top of this
 * file).  dest is replaced only when `replace`; otherwise link() gives the
 * name, and fails rather than overwrite a file that appeared meanwhile.
 * The copy takes the mode and group of `like` (the register's file). */
static int write_copy(store *src, const char *dest, int replace, const struct stat *like,
                      store_copy_info *info, gg_err *err)
{
	char tmp[PATH_MAX];
	if (snprintf(tmp, sizeof tmp, "%s.tmp-XXXXXX", dest) >= (int)sizeof tmp)
		return gg_fail(err, GG_ECANTCREAT, "%s: nama berkas terlalu panjang", dest);
	int fd = mkstemp(tmp);
	if (fd < 0)
		return gg_fail(err, GG_ECANTCREAT, "tidak dapat membuat berkas sementara %s: %s", tmp,
		               strerror(errno));
	store *c = NULL;
	int code = st_open_plain(tmp, SQLITE_OPEN_READWRITE, NULL, &c, err);
	if (!code)
		code = copy_all(c, src, err);
	if (!code)
		code = make_self_contained(c, err);
	if (!code) {
		char label[PATH_MAX + 16];
		snprintf(label, sizeof label, "salinan %s", dest);
		code = verify(c, label, info, err);
	}
	store_close(c);
	if (!code && fsync(fd) != 0)
		code = gg_fail(err, GG_EIO, "%s: gagal menulis ke disk: %s", tmp, strerror(errno));
	if (!code) {
		/* other operators may read it as they read the register, but a
		 * copy is evidence: nobody but its owner may write it.  A group
		 * this user is not in cannot be given (the mode still is). */
		info->group_kept = fchown(fd, (uid_t)-1, like->st_gid) == 0;
		if (fchmod(fd, like->st_mode & 0644) != 0)
			code = gg_fail(err, GG_ECANTCREAT, "%s: mode berkas tidak dapat diatur: %s", tmp,
			               strerror(errno));
	}
	struct stat sb;
	if (!code && fstat(fd, &sb) == 0)
		info->bytes = (int64_t)sb.st_size;
	close(fd);
	if (!code) {
		if (replace ? rename(tmp, dest) != 0 : link(tmp, dest) != 0)
			code = gg_fail(err, GG_ECANTCREAT, "%s tidak dapat ditulis: %s", dest, strerror(errno));
		else if (!replace)
			unlink(tmp);
	}
	if (code)
		remove_with_sides(tmp);
	else
		sync_parent(dest);
	return code;
}

/* YYYYMMDD-HHMMSS now, in the unit's zone. */
static void stamp_now(store *s, char *buf, size_t n)
{
	civil c;
	civil_from_utc(store_now(s), zone_from_offset(s->utc_offset), &c);
	snprintf(buf, n, "%04d%02d%02d-%02d%02d%02d", c.year, c.month, c.day, c.hour, c.minute, c.second);
}

/* prefix STAMP [-N] suffix: a name not taken yet. */
static int fresh_name(store *s, char *out, size_t n, const char *prefix, const char *suffix, gg_err *err)
{
	char stamp[32];
	stamp_now(s, stamp, sizeof stamp);
	for (int i = 1; i <= NAME_TRIES; i++) {
		char num[8] = "";
		if (i > 1)
			snprintf(num, sizeof num, "-%d", i);
		if (snprintf(out, n, "%s%s%s%s", prefix, stamp, num, suffix) >= (int)n)
			return gg_fail(err, GG_ECANTCREAT, "%s: nama berkas terlalu panjang", prefix);
		struct stat sb;
		if (lstat(out, &sb) != 0 && errno == ENOENT)
			return GG_OK;
	}
	return gg_fail(err, GG_ECANTCREAT, "%s%s: sudah ada %d berkas dengan waktu ini", prefix, stamp, NAME_TRIES);
}

static int same_file(const struct stat *a, const char *path)
{
	struct stat b;
	return stat(path, &b) == 0 && a->st_dev == b.st_dev && a->st_ino == b.st_ino;
}

int store_backup(store *s, const char *dest, int flags, store_copy_info *info, gg_err *err)
{
	memset(info, 0, sizeof *info);
	struct stat like, sb;
	if (stat(s->path, &like) != 0)
		return gg_fail(err, GG_EIO, "%s: %s", s->path, strerror(errno));
	int replace = 0;
	if (stat(dest, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		char prefix[PATH_MAX];
		size_t len = strlen(dest);
		snprintf(prefix, sizeof prefix, "%s%sgangguan-", dest, len && dest[len - 1] == '/' ? "" : "/");
		int code = fresh_name(s, info->path, sizeof info->path, prefix, ".db", err);
		if (code)
			return code;
	} else {
		if (lstat(dest, &sb) == 0) {
			if (same_file(&sb, s->path))
				return gg_fail(err, GG_EUSAGE, "%s adalah basis data itu sendiri, bukan tempat cadangannya", dest);
			if (!(flags & STORE_COPY_REPLACE))
				return gg_fail(err, GG_ECANTCREAT, "%s sudah ada dan tidak ditimpa; beri --force untuk "
				               "menimpanya, atau sebut direktori: nama cadangan memuat waktunya", dest);
			replace = 1;
		}
		if (snprintf(info->path, sizeof info->path, "%s", dest) >= (int)sizeof info->path)
			return gg_fail(err, GG_ECANTCREAT, "%s: nama berkas terlalu panjang", dest);
	}
	return write_copy(s, info->path, replace, &like, info, err);
}

/* SQLite opens any file and calls it "not a database" only at the first
 * query: say plainly what the file is before that. */
static int check_sqlite_file(const char *path, gg_err *err)
{
	static const char magic[16] = "SQLite format 3";  /* with its NUL */
	struct stat sb;
	if (stat(path, &sb) != 0)
		return gg_fail(err, errno == ENOENT ? GG_ENOTFOUND : GG_EIO, "%s: %s", path, strerror(errno));
	if (!S_ISREG(sb.st_mode))
		return gg_fail(err, GG_EDATA, "%s bukan berkas biasa", path);
	char head[16] = { 0 };
	FILE *f = fopen(path, "rb");
	if (!f)
		return gg_fail(err, GG_EIO, "%s: tidak dapat dibaca: %s", path, strerror(errno));
	size_t n = fread(head, 1, sizeof head, f);
	fclose(f);
	if (n < sizeof head || memcmp(head, magic, sizeof magic) != 0)
		return gg_fail(err, GG_EIO, "%s bukan berkas basis data SQLite (%s)", path,
		               sb.st_size == 0 ? "berkas kosong" : "awal berkasnya bukan 'SQLite format 3'");
	return GG_OK;
}

static int journal_is_wal(store *s)
{
	sqlite3_stmt *st;
	int wal = 0;
	if (sqlite3_prepare_v2(s->db, "PRAGMA journal_mode", -1, &st, NULL) != SQLITE_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *m = (const char *)sqlite3_column_text(st, 0);
		wal = m && strcmp(m, "wal") == 0;
	}
	sqlite3_finalize(st);
	return wal;
}

/* The register as it is, kept aside at kept->path before a restore;
 * *done once the file is there. */
static int keep_aside(store *s, const struct stat *like, store_copy_info *kept, int *done, gg_err *err)
{
	store *r;
	int code = st_open_plain(s->path, SQLITE_OPEN_READONLY, NULL, &r, err);
	if (!code)
		code = write_copy(r, kept->path, 0, like, kept, err);
	store_close(r);
	*done = code == GG_OK;
	return code;
}

/* The restore's audit row, in the staged copy: it arrives in the register
 * with the restored content, in the same commit. */
static int stage_audit(store *st, const char *file, const store_copy_info *kept, const store_copy_info *got,
                       gg_err *err)
{
	strbuf sb = STRBUF_INIT;
	sb_putc(&sb, '{');
	json_key_string(&sb, "file", file);
	if (kept->path[0])
		json_key_string(&sb, "kept", kept->path);
	else
		json_key_null(&sb, "kept");
	json_key_int(&sb, "incidents", got->incidents);
	json_key_int(&sb, "documents", got->documents);
	json_key_int(&sb, "schema", got->schema);
	sb_putc(&sb, '}');
	int code = st_begin(st, err);
	if (!code && (code = st_audit(st, "db-restore", 0, "", sb_str(&sb), err)))
		st_rollback(st);
	if (!code)
		code = st_commit(st, err);
	sb_free(&sb);
	return code;
}

/* SQLite copies into a database in WAL mode only from one of the same page
 * size: a backup made elsewhere with another is rewritten (VACUUM) to the
 * register's.  The content, and so every fingerprint, stays as it is. */
static int match_page_size(store *s, store *c, gg_err *err)
{
	int want = 0, have = 0;
	int code = st_pragma_int(s, "PRAGMA page_size", &want, err);
	if (!code)
		code = st_pragma_int(c, "PRAGMA page_size", &have, err);
	if (code || have == want)
		return code;
	if ((code = make_self_contained(c, err)))
		return code;
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA page_size = %d; VACUUM", want);
	int rc = sqlite3_exec(c->db, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? GG_OK : st_sqlerr(c, rc, "menyesuaikan ukuran halaman cadangan", err);
}

/* Copies FILE, checked in the same read transaction, to a staging file
 * beside the register, and opens that as a store (migrated if FILE is
 * older).  *stage_path names the staging file, to be removed. */
static int stage_file(store *s, const char *file, char *stage_path, size_t n, store_copy_info *got,
                      store **staged, gg_err *err)
{
	*staged = NULL;
	if (snprintf(stage_path, n, "%s.restore-XXXXXX", s->path) >= (int)n) {
		stage_path[0] = '\0';
		return gg_fail(err, GG_ECANTCREAT, "%s: nama berkas terlalu panjang", s->path);
	}
	store *src = NULL, *c = NULL;
	int code = st_open_plain(file, SQLITE_OPEN_READONLY, NULL, &src, err);
	int rc = code ? SQLITE_OK : sqlite3_exec(src->db, "BEGIN", NULL, NULL, NULL);
	if (!code && rc != SQLITE_OK)
		code = st_sqlerr(src, rc, "membaca cadangan", err);
	if (!code)
		code = verify_in_txn(src, file, got, err);
	int fd = -1;
	if (!code && (fd = mkstemp(stage_path)) < 0)
		code = gg_fail(err, GG_ECANTCREAT, "tidak dapat membuat berkas sementara %s: %s", stage_path,
		               strerror(errno));
	if (fd >= 0)
		close(fd);
	else
		stage_path[0] = '\0';
	if (!code)
		code = st_open_plain(stage_path, SQLITE_OPEN_READWRITE, NULL, &c, err);
	if (!code)
		code = copy_all(c, src, err);
	if (!code)
		code = match_page_size(s, c, err);
	store_close(c);
	if (src)
		st_rollback(src);
	store_close(src);
	if (!code) {
		store_actor actor = { .user = s->user, .client = s->client, .operator_name = s->operator_name };
		code = store_open(stage_path, 0, &actor, staged, err);
	}
	return code;
}

int store_restore(store *s, const char *file, int flags, store_copy_info *kept, store_copy_info *got,
                  gg_err *err)
{
	memset(kept, 0, sizeof *kept);
	memset(got, 0, sizeof *got);
	int code = st_check_writer(s, __func__, err);
	if (code)
		return code;
	if (s->readonly)
		return gg_fail(err, GG_ECANTCREAT,
		               "basis data %s hanya dapat dibaca: periksa izin berkas dan direktorinya", s->path);
	struct stat like;
	if (stat(s->path, &like) != 0)
		return gg_fail(err, GG_EIO, "%s: %s", s->path, strerror(errno));
	code = check_sqlite_file(file, err);
	if (code)
		return code;
	if (same_file(&like, file))
		return gg_fail(err, GG_EUSAGE, "%s adalah basis data itu sendiri", file);
	char file_abs[PATH_MAX], live_abs[PATH_MAX];
	if (!realpath(file, file_abs))
		return gg_fail(err, GG_EIO, "%s: %s", file, strerror(errno));
	if (!realpath(s->path, live_abs))
		return gg_fail(err, GG_EIO, "%s: %s", s->path, strerror(errno));
	char stage_path[PATH_MAX] = "";
	store *st = NULL;
	code = stage_file(s, file, stage_path, sizeof stage_path, got, &st, err);
	if (st) { /* the restore's audit row as the register would write it */
		st->clock = s->clock;
		st->utc_offset = s->utc_offset;
	}
	if (!code && !(flags & STORE_RESTORE_NO_KEEP)) {
		char prefix[PATH_MAX + 32];
		snprintf(prefix, sizeof prefix, "%s.sebelum-restore-", live_abs);
		code = fresh_name(s, kept->path, sizeof kept->path, prefix, "", err);
	}
	struct stat fsb;
	if (!code && stat(file, &fsb) == 0)
		got->bytes = (int64_t)fsb.st_size;
	if (!code)
		code = stage_audit(st, file_abs, kept, got, err);

	/* In WAL mode the first step takes the register's write lock and keeps
	 * it to the end, while readers go on: the copy kept aside, read then,
	 * is exactly what the restore replaces, and no operator's write falls
	 * between the two.  The rollback journal's lock would shut that reader
	 * out too: there the copy is kept first. */
	int wal = !code && journal_is_wal(s), kept_done = 0;
	if (!code && !wal && kept->path[0])
		code = keep_aside(s, &like, kept, &kept_done, err);
	sqlite3_backup *b = NULL;
	int rc = SQLITE_OK;
	if (!code && !(b = sqlite3_backup_init(s->db, "main", st->db, "main")))
		code = st_sqlerr(s, sqlite3_errcode(s->db), "memulihkan basis data", err);
	if (!code && wal) {
		rc = sqlite3_backup_step(b, 0);
		if (rc != SQLITE_OK && rc != SQLITE_DONE)
			code = st_sqlerr(s, rc, "mengunci basis data untuk dipulihkan", err);
		else if (kept->path[0])
			code = keep_aside(s, &like, kept, &kept_done, err);
	}
	if (!code && (rc = sqlite3_backup_step(b, -1)) != SQLITE_DONE)
		code = st_sqlerr(s, rc, "memulihkan basis data", err);
	if (b) {
		int frc = sqlite3_backup_finish(b);
		if (!code && frc != SQLITE_OK)
			code = st_sqlerr(s, frc, "memulihkan basis data", err);
	}
	if (!kept_done)
		kept->path[0] = '\0'; /* nothing was kept (or there was nothing to keep) */
	store_close(st);
	if (stage_path[0])
		remove_with_sides(stage_path);
	return code;
}
