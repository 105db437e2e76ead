/* Opening the database, migrating it, and the helpers every query uses. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

#include "auditchain.h"
#include "json.h"
#include "store_internal.h"

#define BUSY_TIMEOUT_MS 5000
#define NFS_SUPER_MAGIC 0x6969

static int64_t real_clock(void)
{
	return (int64_t)time(NULL);
}

/* The errno behind a failed read or write, for what the message says:
 * "<what>: <before><path><after>". */
static const struct {
	int errnum;
	int code;
	const char *before, *after;
} os_faults[] = {
	{ ENOSPC, GG_EIO, "disk penuh: ", " tidak dapat ditulis karena ruang di sistem berkasnya habis; "
	                  "kosongkan ruang lalu coba lagi (data yang sudah tersimpan tetap utuh)" },
	{ EDQUOT, GG_EIO, "kuota disk habis: ", " tidak dapat ditulis; kosongkan ruang lalu coba lagi "
	                  "(data yang sudah tersimpan tetap utuh)" },
	{ EFBIG, GG_EIO, "", " melebihi batas ukuran berkas proses ini (ulimit -f); naikkan batasnya lalu "
	                 "coba lagi (data yang sudah tersimpan tetap utuh)" },
	{ EROFS, GG_ECANTCREAT, "sistem berkas tempat ", " hanya-baca (read-only): perubahan tidak dapat "
	                        "disimpan; membaca tetap bisa" },
	{ EACCES, GG_ECANTCREAT, "", " atau direktorinya tidak dapat ditulis oleh pengguna ini (izin "
	                         "ditolak): perubahan tidak dapat disimpan; membaca tetap bisa" },
	{ EPERM, GG_ECANTCREAT, "", " atau direktorinya tidak dapat ditulis oleh pengguna ini (izin "
	                        "ditolak): perubahan tidak dapat disimpan; membaca tetap bisa" },
};

int st_sqlerr(store *s, int rc, const char *what, gg_err *err)
{
	const char *msg = s && s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
	const char *path = s && s->path ? s->path : "";
	int primary = rc & 0xff;
	if (primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN ||
	    primary == SQLITE_READONLY) {
		int e = s && s->db ? sqlite3_system_errno(s->db) : 0;
		if (primary == SQLITE_FULL && e != EFBIG && e != EDQUOT)
			e = ENOSPC;   /* "database or disk is full": SQLite's own word for it */
		for (size_t i = 0; i < sizeof os_faults / sizeof os_faults[0]; i++)
			if (os_faults[i].errnum == e)
				return gg_fail(err, os_faults[i].code, "%s: %s%s%s", what, os_faults[i].before, path,
				               os_faults[i].after);
	}
	switch (primary) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return gg_fail(err, GG_EBUSY, "%s: basis data sedang dikunci oleh proses lain; coba lagi (%s)",
		               what, msg);
	case SQLITE_READONLY:
		/* WAL needs its -wal and -shm files beside the database, even to read */
		return gg_fail(err, GG_ECANTCREAT,
		               "%s: basis data %s hanya dapat dibaca (read-only); berkas itu dan "
		               "direktorinya harus dapat ditulis (untuk berkas -wal dan -shm)",
		               what, path);
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		if (s && !s->corrupt) {
			s->corrupt = 1;
			snprintf(s->corrupt_why, sizeof s->corrupt_why, "%s", msg);
		}
		return gg_fail(err, GG_EIO, "%s: berkas %s rusak atau bukan basis data gangguan (%s)", what,
		               path, msg);
	case SQLITE_FULL:
	case SQLITE_IOERR:
		return gg_fail(err, GG_EIO, "%s: gagal membaca/menulis basis data %s (%s)", what, path, msg);
	case SQLITE_CONSTRAINT:
		return gg_fail(err, GG_EDATA, "%s: ditolak oleh basis data (%s)", what, msg);
	case SQLITE_CANTOPEN:
		return gg_fail(err, GG_ECANTCREAT, "%s: tidak dapat membuka %s (%s)", what, path, msg);
	default:
		return gg_fail(err, GG_ESOFTWARE, "%s: galat SQLite %d (%s)", what, rc, msg);
	}
}

int st_prepare(store *s, const char *sql, sqlite3_stmt **stmt, gg_err *err)
{
	int rc = sqlite3_prepare_v2(s->db, sql, -1, stmt, NULL);
	if (rc != SQLITE_OK) {
		*stmt = NULL;
		return st_sqlerr(s, rc, "menyiapkan query", err);
	}
	return GG_OK;
}

/* Inside a batch each change is a savepoint of the batch's transaction,
 * so a refused step undoes only itself and the batch decides the rest. */
/* The refusal of a read-only role is itself evidence: written in a
 * transaction of its own, the one write such an operator makes. */
static int audit_refusal(store *s, const char *what, gg_err *err)
{
	strbuf after = STRBUF_INIT;
	sb_putc(&after, '{');
	json_key_string(&after, "refused", what);
	json_key_string(&after, "why", "peran baca saja");
	sb_putc(&after, '}');
	int code = sb_failed(&after) ? gg_fail(err, GG_ESOFTWARE, "memori habis") : GG_OK;
	if (!code && sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		code = st_sqlerr(s, sqlite3_errcode(s->db), "mencatat penolakan", err);
	if (!code && (code = st_audit(s, "refused", 0, "", sb_str(&after), err)) == GG_OK &&
	    sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		code = st_sqlerr(s, sqlite3_errcode(s->db), "mencatat penolakan", err);
	if (code)
		st_rollback(s);
	sb_free(&after);
	return code;
}

int st_check_writer(store *s, const char *what, gg_err *err)
{
	if (s->role_readonly) {
		int code = s->readonly ? GG_OK : audit_refusal(s, what, err);
		if (code)
			return code;
		return gg_fail(err, GG_ENOPERM,
		               "%s%s%s berperan baca saja ([operators] di konfigurasi): perubahan ditolak "
		               "dan penolakan ini tercatat di audit",
		               s->operator_name[0] ? s->operator_name : s->user,
		               s->operator_name[0] ? " / " : "", s->operator_name[0] ? s->user : "");
	}
	if (s->needs_operator && !s->operator_name[0])
		return gg_fail(err, GG_EUSAGE,
		               "akun %s dipakai bersama: pilih nama operator dulu (--operator NAMA atau "
		               "$GANGGUAN_OPERATOR; daftarnya di [operators] names)", s->user);
	return GG_OK;
}

/* A damaged page must not be written around: before a connection's first
 * write, PRAGMA quick_check (about 6 ms per 10 MB of database here; 0.38 s
 * at 100,000 incidents), and after any statement met SQLITE_CORRUPT, every
 * write is refused. */
int st_verify_before_write(store *s, gg_err *err)
{
	if (!s->verified && !s->corrupt) {
		sqlite3_stmt *st;
		int rc = sqlite3_prepare_v2(s->db, "PRAGMA quick_check(1)", -1, &st, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			const unsigned char *r = sqlite3_column_text(st, 0);
			if (r && strcmp((const char *)r, "ok") == 0) {
				s->verified = 1;
			} else {
				s->corrupt = 1;
				/* its first finding, on one line */
				const char *t = r ? (const char *)r : "?";
				if (strncmp(t, "*** in database main ***\n", 25) == 0)
					t += 25;
				snprintf(s->corrupt_why, sizeof s->corrupt_why, "%s", t);
				for (char *c = s->corrupt_why; *c; c++)
					if (*c == '\n')
						*c = ' ';
			}
			sqlite3_finalize(st);
		} else {
			sqlite3_finalize(st);
			int code = st_sqlerr(s, rc, "memeriksa integritas sebelum menulis", err);
			if (!s->corrupt)
				return code;
		}
	}
	if (s->corrupt)
		return gg_fail(err, GG_EIO,
		               "basis data %s rusak (%s): perubahan ditolak agar kerusakannya tidak bertambah; "
		               "data yang terbaca tetap dapat dilihat. Jalankan 'gangguan check'; lalu, saat tidak "
		               "ada operator yang memakainya, pindahkan berkas rusak itu (mv) dan pulihkan cadangan "
		               "terakhir ke jalurnya: gangguan restore BERKAS (gangguan(1), STORAGE FAULTS)",
		               s->path, s->corrupt_why);
	return GG_OK;
}

int st_begin_as(store *s, const char *what, gg_err *err)
{
	int code = st_check_writer(s, what, err);
	if (code)
		return code;
	if (s->ro_code)
		return gg_fail(err, s->ro_code, "perubahan tidak dapat disimpan: %s (tutup lalu buka lagi gangguan "
		               "setelah diperbaiki)", s->ro_why);
	if (s->ro_fs)
		return gg_fail(err, GG_ECANTCREAT,
		               "sistem berkas tempat %s hanya-baca (read-only): perubahan tidak dapat disimpan; "
		               "membaca tetap bisa", s->path);
	if (s->readonly)
		return gg_fail(err, GG_ECANTCREAT,
		               "basis data %s hanya dapat dibaca: periksa izin berkas dan direktorinya", s->path);
	if ((code = st_verify_before_write(s, err)))
		return code;
	int rc = sqlite3_exec(s->db, s->batch ? "SAVEPOINT step" : "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return st_sqlerr(s, rc, "memulai transaksi", err);
	return GG_OK;
}

int st_commit(store *s, gg_err *err)
{
	int rc = sqlite3_exec(s->db, s->batch ? "RELEASE step" : "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		int code = st_sqlerr(s, rc, "menyimpan transaksi", err);
		st_rollback(s);
		return code;
	}
	if (!s->batch)
		s->commits++;
	return GG_OK;
}

int store_commits(const store *s)
{
	return s ? s->commits : 0;
}

void st_rollback(store *s)
{
	if (sqlite3_get_autocommit(s->db))
		return;
	if (s->batch)
		sqlite3_exec(s->db, "ROLLBACK TO step; RELEASE step", NULL, NULL, NULL);
	else
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

int store_batch_begin(store *s, gg_err *err)
{
	if (s->batch)
		return gg_fail(err, GG_ESOFTWARE, "batch bersarang");
	int code = st_begin(s, err);
	if (code == GG_OK)
		s->batch = 1;
	return code;
}

int store_batch_end(store *s, int keep, gg_err *err)
{
	if (!s->batch)
		return gg_fail(err, GG_ESOFTWARE, "tidak ada batch");
	s->batch = 0;
	if (keep)
		return st_commit(s, err);
	st_rollback(s);
	return GG_OK;
}

char *st_text(sqlite3_stmt *stmt, int col)
{
	const unsigned char *t = sqlite3_column_text(stmt, col);
	return strdup(t ? (const char *)t : "");
}

int st_bind_text(sqlite3_stmt *stmt, int idx, const char *s)
{
	return sqlite3_bind_text(stmt, idx, s ? s : "", -1, SQLITE_TRANSIENT);
}

int st_audit(store *s, const char *action, int64_t incident_id, const char *before,
             const char *after, gg_err *err)
{
	/* Inside the write transaction: the head read here is the last row. */
	int64_t head;
	char prev[SHA256_HEX_LEN + 1], hash[SHA256_HEX_LEN + 1];
	int code = st_chain_head(s, &head, prev, err);
	if (code)
		return code;
	chain_row r = {
		.id = head + 1, .at = store_now(s), .incident_id = incident_id,
		.unix_user = s->user, .client = s->client, .action = action,
		.before = before ? before : "", .after = after ? after : "",
		.operator_name = s->operator_name, .prev = prev,
	};
	if (chain_hash(&r, hash) < 0)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	sqlite3_stmt *st;
	code = st_prepare(s,
		"INSERT INTO audit(id, at, unix_user, client, action, incident_id, before, after, operator, prev, hash)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &st, err);
	if (code)
		return code;
	sqlite3_bind_int64(st, 1, r.id);
	sqlite3_bind_int64(st, 2, r.at);
	st_bind_text(st, 3, r.unix_user);
	st_bind_text(st, 4, r.client);
	st_bind_text(st, 5, action);
	if (incident_id)
		sqlite3_bind_int64(st, 6, incident_id);
	else
		sqlite3_bind_null(st, 6);
	st_bind_text(st, 7, r.before);
	st_bind_text(st, 8, r.after);
	st_bind_text(st, 9, r.operator_name);
	st_bind_text(st, 10, prev);
	st_bind_text(st, 11, hash);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? GG_OK : st_sqlerr(s, rc, "menulis jejak audit", err);
}

static void key_time(strbuf *sb, const char *key, int64_t t)
{
	if (t)
		json_key_int(sb, key, t);
	else
		json_key_null(sb, key);
}

void st_incident_json(strbuf *sb, const incident *inc)
{
	sb_putc(sb, '{');
	json_key_int(sb, "id", inc->id);
	json_key_string(sb, "state", state_name(inc->state));
	json_key_string(sb, "summary", inc->summary);
	json_key_string(sb, "cause", inc->cause);
	json_key_string(sb, "impact", inc->impact);
	json_key_string(sb, "reporter", inc->reporter);
	json_key_string(sb, "channel", inc->channel);
	key_time(sb, "started", inc->t.started);
	key_time(sb, "opened", inc->t.opened);
	key_time(sb, "restored", inc->t.restored);
	key_time(sb, "closed", inc->t.closed);
	json_key_string(sb, "void_reason", inc->void_reason);
	json_key_int(sb, "version", inc->version);
	sb_putc(sb, '}');
}

void store_set_clock(store *s, int64_t (*now)(void))
{
	s->clock = now ? now : real_clock;
}

void store_set_busy_timeout(store *s, int ms)
{
	sqlite3_busy_timeout(s->db, ms);
}

void store_set_read_only_reason(store *s, int code, const char *why)
{
	s->ro_code = code;
	snprintf(s->ro_why, sizeof s->ro_why, "%s", why ? why : "");
}

const char *store_read_only_reason(const store *s)
{
	return s && s->ro_code ? s->ro_why : "";
}

void store_set_utc_offset(store *s, int seconds)
{
	s->utc_offset = seconds;
}

int64_t store_now(store *s)
{
	return s->clock();
}

int store_schema_latest(void)
{
	return store_migrations[store_migration_count - 1].version;
}

int st_pragma_int(store *s, const char *sql, int *out, gg_err *err)
{
	sqlite3_stmt *st;
	int code = st_prepare(s, sql, &st, err);
	if (code)
		return code;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return st_sqlerr(s, rc, "memeriksa berkas basis data", err);
	return GG_OK;
}

int store_schema_version(store *s)
{
	int v = -1;
	gg_err e;
	st_pragma_int(s, "PRAGMA user_version", &v, &e);
	return v;
}

/* Applies every migration above `from` in one transaction.  user_version
 * cannot be a bound parameter: it is the one integer formatted into SQL. */
static int migrate(store *s, int from, gg_err *err)
{
	int code = st_begin(s, err);
	if (code)
		return code;
	/* Another process may have migrated while we waited for the lock. */
	int now_v;
	code = st_pragma_int(s, "PRAGMA user_version", &now_v, err);
	if (code) {
		st_rollback(s);
		return code;
	}
	if (now_v > store_schema_latest()) {
		st_rollback(s);
		return gg_fail(err, GG_ECONFIG,
		               "%s dibuat oleh versi gangguan yang lebih baru (skema %d); berkas tidak diubah",
		               s->path, now_v);
	}
	if (now_v == store_schema_latest()) { /* migrated meanwhile: nothing to do or record */
		st_rollback(s);
		return GG_OK;
	}
	from = now_v;
	for (size_t i = 0; i < store_migration_count; i++) {
		const store_migration *m = &store_migrations[i];
		if (m->version <= from)
			continue;
		char *msg = NULL;
		int rc = sqlite3_exec(s->db, m->sql, NULL, NULL, &msg);
		if (rc != SQLITE_OK) {
			gg_fail(err, GG_ESOFTWARE, "migrasi skema ke versi %d gagal: %s", m->version,
			        msg ? msg : sqlite3_errstr(rc));
			sqlite3_free(msg);
			st_rollback(s);
			return err ? err->code : GG_ESOFTWARE;
		}
		if ((code = st_migration_code(s, m->version, err))) {
			st_rollback(s);
			return code;
		}
	}
	char sql[96];
	snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %d",
	         GANGGUAN_APPLICATION_ID, store_schema_latest());
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		st_rollback(s);
		return st_sqlerr(s, rc, "mencatat versi skema", err);
	}
	code = st_audit(s, from == 0 ? "init" : "migrate", 0, "", "", err);
	if (code) {
		st_rollback(s);
		return code;
	}
	return st_commit(s, err);
}

static int on_network_fs(const char *path)
{
	struct statfs fs;
	char dir[4096];
	snprintf(dir, sizeof dir, "%s", path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*(slash == dir ? slash + 1 : slash) = '\0';
	else
		snprintf(dir, sizeof dir, ".");
	return statfs(dir, &fs) == 0 && fs.f_type == NFS_SUPER_MAGIC;
}

/* Checks that the file is ours and not from a newer version, before
 * anything writes to it (even journal_mode=WAL writes the header). */
int st_check_identity(store *s, int *version, gg_err *err)
{
	int app = 0, tables = 0;
	int code = st_pragma_int(s, "PRAGMA application_id", &app, err);
	if (code)
		return code;
	code = st_pragma_int(s, "PRAGMA user_version", version, err);
	if (code)
		return code;
	code = st_pragma_int(s, "SELECT count(*) FROM sqlite_schema", &tables, err);
	if (code)
		return code;
	if ((app != 0 && app != GANGGUAN_APPLICATION_ID) || (app == 0 && (tables > 0 || *version > 0)))
		return gg_fail(err, GG_EIO, "%s adalah basis data SQLite, tetapi bukan milik gangguan; "
		               "berkas tidak diubah", s->path);
	if (*version > store_schema_latest())
		return gg_fail(err, GG_ECONFIG,
		               "%s dibuat oleh versi gangguan yang lebih baru (skema %d; versi ini mengenal "
		               "sampai %d): perbarui program; berkas tidak diubah",
		               s->path, *version, store_schema_latest());
	return GG_OK;
}

int store_require_sqlite(int libversion, gg_err *err)
{
	if (libversion >= STORE_SQLITE_MIN)
		return GG_OK;
	return gg_fail(err, GG_EUNAVAILABLE,
	               "SQLite %d.%d.%d terlalu tua: gangguan perlu SQLite %d.%d atau lebih baru "
	               "(tabel STRICT); perbarui paket libsqlite3-0",
	               libversion / 1000000, libversion / 1000 % 1000, libversion % 1000,
	               STORE_SQLITE_MIN / 1000000, STORE_SQLITE_MIN / 1000 % 1000);
}

/* The file system holding path is mounted read-only: no one can write
 * the database or create its -wal and -shm. */
static int on_readonly_fs(const char *path)
{
	struct statvfs fs;
	return statvfs(path, &fs) == 0 && (fs.f_flag & ST_RDONLY);
}

/* No -wal beside the database (or an empty one): every committed change
 * is in the file itself. */
static int wal_is_empty(const char *path)
{
	char wal[4096];
	struct stat sb;
	snprintf(wal, sizeof wal, "%s-wal", path);
	return stat(wal, &sb) != 0 || sb.st_size == 0;
}

static int open_at(const char *path, const char *uri, int sqlite_flags, const store_actor *actor, store **out,
                   gg_err *err);

/* Read-only and immutable (no locks, no -shm): for a file no process can
 * change (a read-only file system), or for reading where no -shm can be
 * made and no -wal holds changes (a full disk, a directory we cannot
 * write). */
static int open_immutable(const char *path, const store_actor *actor, store **out, gg_err *err)
{
	strbuf uri = STRBUF_INIT;
	sb_append(&uri, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++)
		if (*p == '%' || *p == '?' || *p == '#' || *p <= 0x20 || *p >= 0x7f)
			sb_appendf(&uri, "%%%02X", *p);
		else
			sb_putc(&uri, (char)*p);
	sb_append(&uri, "?immutable=1");
	if (sb_failed(&uri))
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	int code = open_at(path, sb_str(&uri), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, actor, out, err);
	sb_free(&uri);
	if (code == GG_OK)
		(*out)->immutable = (*out)->readonly = 1;
	return code;
}

int st_open_plain(const char *path, int sqlite_flags, const store_actor *actor, store **out, gg_err *err)
{
	return open_at(path, NULL, sqlite_flags, actor, out, err);
}

static int open_at(const char *path, const char *uri, int sqlite_flags, const store_actor *actor, store **out,
                   gg_err *err)
{
	*out = NULL;
	store *s = calloc(1, sizeof *s);
	if (!s)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	s->path = strdup(path);
	s->user = strdup(actor && actor->user ? actor->user : "");
	s->client = strdup(actor && actor->client ? actor->client : "");
	s->operator_name = strdup(actor && actor->operator_name ? actor->operator_name : "");
	s->clock = real_clock;
	s->utc_offset = 7 * 3600;
	if (!s->path || !s->user || !s->client || !s->operator_name) {
		store_close(s);
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
	/* one connection, one thread: no mutex on every sqlite3_column_*()
	 * call (a long list makes millions) */
	int rc = sqlite3_open_v2(uri ? uri : path, &s->db, sqlite_flags | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX,
	                         NULL);
	if (rc != SQLITE_OK) {
		int code = st_sqlerr(s, rc, "membuka basis data", err);
		store_close(s);
		return code;
	}
	sqlite3_extended_result_codes(s->db, 0);
	sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
	s->readonly = sqlite3_db_readonly(s->db, "main") == 1;
	*out = s;
	return GG_OK;
}

int store_open(const char *path, int flags, const store_actor *actor, store **out, gg_err *err)
{
	struct stat sb;
	*out = NULL;
	/* the library found at run time, not the headers built against */
	int code = store_require_sqlite(sqlite3_libversion_number(), err);
	if (code)
		return code;
	int exists = stat(path, &sb) == 0;

	if (!exists && (!(flags & STORE_CREATE) || (flags & STORE_READONLY)))
		return gg_fail(err, GG_ENOTFOUND, "basis data %s tidak ada; buat dengan 'gangguan init'", path);
	if (exists && S_ISDIR(sb.st_mode))
		return gg_fail(err, GG_ENOTFOUND, "%s adalah direktori, bukan berkas basis data", path);
	/* on a read-only file system no one can create -wal or -shm, so no one
	 * can be locked out, and nothing can change the file: read it immutable */
	int ro_fs = exists && on_readonly_fs(path);
	if (exists && !ro_fs && (code = st_would_lock_out(path, err)))
		return code;
	if (!exists && (code = st_create_shared(path, err)))
		return code;

	int oflags = (flags & STORE_READONLY) ? SQLITE_OPEN_READONLY
	                                     : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	store *s;
	int rc;
	code = ro_fs ? open_immutable(path, actor, &s, err) : st_open_plain(path, oflags, actor, &s, err);
	if (code)
		return code;
	s->ro_fs = ro_fs;
	s->readonly |= (flags & STORE_READONLY) != 0;

	int version = 0;
	code = st_check_identity(s, &version, err);
	if (code && (flags & STORE_READONLY) && !s->immutable && wal_is_empty(path)) {
		/* A reader needs a -shm, which cannot be made on a full disk or in
		 * a directory this user cannot write.  With no -wal the file holds
		 * every committed change: read it immutable rather than not at
		 * all (a change committed meanwhile may be missed; gangguan(1)). */
		int e = sqlite3_errcode(s->db) & 0xff;
		if (e == SQLITE_IOERR || e == SQLITE_CANTOPEN || e == SQLITE_READONLY || e == SQLITE_FULL) {
			store *im;
			gg_err e2;
			gg_err_clear(&e2);
			if (open_immutable(path, actor, &im, &e2) == GG_OK) {
				store_close(s);
				s = im;
				gg_err_clear(err);
				code = st_check_identity(s, &version, err);
			}
		}
	}
	if (code == GG_OK && sqlite3_exec(s->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK)
		code = st_sqlerr(s, sqlite3_errcode(s->db), "mengaktifkan foreign keys", err);
	if (code == GG_OK && !s->readonly) {
		/* WAL lets readers and one writer work at once; it does not work on
		 * NFS, where the rollback journal is kept. */
		const char *mode = on_network_fs(path) ? "PRAGMA journal_mode = DELETE"
		                                        : "PRAGMA journal_mode = WAL";
		rc = sqlite3_exec(s->db, mode, NULL, NULL, NULL);
		if (rc != SQLITE_OK)
			code = st_sqlerr(s, rc, "mengatur jurnal", err);
	}
	if (code == GG_OK && version > 0 && version < store_schema_latest() && (flags & STORE_AS_IS)) {
		/* check reads the file as it is: it never migrates (gangguan migrate does) */
		*out = s;
		return GG_OK;
	}
	if (code == GG_OK && version > 0 && version < store_schema_latest() &&
	    (flags & STORE_READONLY) && !s->immutable && access(path, W_OK) == 0) {
		/* A read command after an upgrade: migrate once (a write, but the
		 * only one, and the same any write command would do), then read. */
		store_close(s);
		store *rw;
		code = store_open(path, flags & ~STORE_READONLY, actor, &rw, err);
		if (code)
			return code;
		store_close(rw);
		return store_open(path, flags, actor, out, err);
	}
	if (code == GG_OK && version < store_schema_latest()) {
		if (s->readonly)
			code = gg_fail(err, version == 0 ? GG_ENOTFOUND : GG_ECANTCREAT,
			               version == 0 ? "basis data %s kosong; buat dengan 'gangguan init'"
			                            : "basis data %s perlu diperbarui ke skema baru, tetapi berkas "
			                              "itu hanya dapat dibaca; jalankan 'gangguan migrate' sebagai "
			                              "pemiliknya",
			               path);
		else
			code = migrate(s, version, err);
	}
	if (code) {
		store_close(s);
		return code;
	}
	st_keep_shared(path);
	/* after the migration, which is the program's change, not the operator's */
	s->role_readonly = actor && actor->read_only_role;
	s->needs_operator = actor && actor->needs_operator;
	*out = s;
	return GG_OK;
}

int store_set_operator(store *s, const char *operator_name, gg_err *err)
{
	char *copy = strdup(operator_name ? operator_name : "");
	if (!copy)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	free(s->operator_name);
	s->operator_name = copy;
	return GG_OK;
}

void store_close(store *s)
{
	if (!s)
		return;
	if (s->db)
		sqlite3_close(s->db);
	free(s->path);
	free(s->user);
	free(s->client);
	free(s->operator_name);
	free(s);
}
