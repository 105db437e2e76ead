/* Shared by the files of src/store only: the connection, statement and
 * transaction helpers.  Nothing outside src/store includes this. */
#ifndef STORE_INTERNAL_H
#define STORE_INTERNAL_H

#include <sqlite3.h>
#include <stdint.h>

#include "store.h"
#include "strbuf.h"

struct store {
	sqlite3 *db;
	char *path;
	char *user;
	char *operator_name;
	char *client;
	int readonly;        /* the file: opened read-only */
	int role_readonly;   /* the operator: a read-only role (refusals audited) */
	int needs_operator;  /* a shared account: writes wait for a chosen name */
	int64_t (*clock)(void);
	int utc_offset;      /* the unit's zone, for the year and month of numbers */
	int batch;           /* inside store_batch_begin(): changes are savepoints */
	int ro_fs;           /* opened immutable: its file system is mounted read-only */
	int ro_code;         /* opened to read because writing failed: that status, */
	char ro_why[1024];   /* and why ("" otherwise): every write is refused so */
	int immutable;       /* opened immutable: no -shm could be made (disk full, a directory we cannot write) */
	int verified;        /* quick_check passed before this connection's first write */
	int corrupt;         /* a statement met SQLITE_CORRUPT, or quick_check failed: no more writes */
	char corrupt_why[200];
	int commits;         /* transactions committed (store_commits) */
};

/* shared.c: the database's directory is setgid (a shared setup), with
 * its group in *gid. */
int st_dir_is_shared(const char *db_path, long *gid);
/* Creates a new database file 0660 in a shared directory, whatever the
 * umask (SQLite would make it 0644); nothing elsewhere. */
int st_create_shared(const char *db_path, gg_err *err);
/* GG_ENOPERM when we cannot write the database and opening it would
 * create -wal/-shm files that lock its owner out. */
int st_would_lock_out(const char *db_path, gg_err *err);
/* After opening: our own -wal/-shm take the database's group and group
 * bits, so the next operator can write them. */
void st_keep_shared(const char *db_path);
/* "GgUn" in PRAGMA application_id marks a gangguan database, so that
 * another program's SQLite file is never migrated (or restored) by mistake. */
#define GANGGUAN_APPLICATION_ID 0x4767556e

/* A migration: applied in order, each in the one upgrade transaction. */
typedef struct store_migration {
	int version;
	const char *sql;
} store_migration;

extern const store_migration store_migrations[];
extern const size_t store_migration_count;
/* What a migration's SQL cannot do (hash the rows it found), run after
 * its SQL in the same transaction; GG_OK for a version without any. */
int st_migration_code(store *s, int version, gg_err *err);

/* Opens path with sqlite3_open_v2 flags and the busy timeout, and nothing
 * else: no identity check, no migration, no journal mode (store_open's
 * first half; backup.c opens its copies with it). */
int st_open_plain(const char *path, int sqlite_flags, const store_actor *actor, store **out, gg_err *err);
/* GG_EIO for another program's SQLite file, GG_ECONFIG for a schema newer
 * than this program's; *version gets PRAGMA user_version.  An empty
 * database (no tables, no marks) passes: store_open creates it. */
int st_check_identity(store *s, int *version, gg_err *err);
/* The one integer a statement returns (PRAGMA application_id ...). */
int st_pragma_int(store *s, const char *sql, int *out, gg_err *err);

/* The health checks (audit.c), shared by store_check and the checks of a
 * backup copy: each finding goes to emit and is counted. */
typedef struct check_sink {
	void (*emit)(void *ctx, const char *finding);
	void *ctx;
	int count;
} check_sink;
/* One finding, formatted, to the sink (and counted). */
void st_finding(check_sink *k, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* integrity_check and foreign_key_check */
int st_check_integrity(store *s, check_sink *k, gg_err *err);
/* every issued document's text against its SHA-256 fingerprint */
int st_check_fingerprints(store *s, check_sink *k, gg_err *err);

/* Maps an SQLite result to a gg_status with a message naming `what`. */
int st_sqlerr(store *s, int rc, const char *what, gg_err *err);
int st_prepare(store *s, const char *sql, sqlite3_stmt **stmt, gg_err *err);
/* BEGIN IMMEDIATE; a read-only or locked database is refused clearly.
 * An operator in a read-only role is refused (GG_ENOPERM) and the refusal
 * of `what` (the store function's name) is written to the audit. */
int st_begin_as(store *s, const char *what, gg_err *err);
/* GG_EIO when the database is damaged (quick_check once per connection,
 * or SQLITE_CORRUPT met by any statement): st_begin_as calls it. */
int st_verify_before_write(store *s, gg_err *err);
/* The operator's part of st_begin: a read-only role (refused, audited)
 * or a shared account without a chosen name; for writes that take no
 * transaction of their own (a restore). */
int st_check_writer(store *s, const char *what, gg_err *err);
#define st_begin(s, err) st_begin_as((s), __func__, (err))
int st_commit(store *s, gg_err *err);
void st_rollback(store *s);
/* Appends an audit row in the open transaction, chained to the last one
 * (chain.c: its id, the previous row's hash and its own). */
int st_audit(store *s, const char *action, int64_t incident_id, const char *before,
             const char *after, gg_err *err);
/* Column helpers: a malloc'd copy of a text column ("" for NULL); NULL only
 * when memory ran out. */
char *st_text(sqlite3_stmt *stmt, int col);
/* sqlite3_bind_text of a C string, SQLITE_TRANSIENT, NULL as "". */
int st_bind_text(sqlite3_stmt *stmt, int idx, const char *s);

/* The statements of store_doc_rows and store_audit for each case (a
 * test checks that the one-incident ones search an index). */
const char *st_doc_rows_sql(int by_year, int by_incident);
const char *st_audit_sql(int by_incident);
/* The latest letter of a year, which every issue reads (document.c). */
extern const char st_issue_order_sql[];
/* store_hits' statement for a closed window, or an open one (tender.c). */
const char *st_hits_sql(int open);
/* store_tender_incidents' statement, of one tender (?1) or all, in buf. */
const char *st_tender_incidents_sql(int one, char *buf, size_t n);

/* Text a user typed into a record: no control characters but newline and
 * tab, not blank when required, at most max bytes. */
int st_check_text(const char *what, const char *text, int required, size_t max, gg_err *err);

/* Loads the incident inside the open transaction and checks the caller's
 * row version and the lifecycle rule for `step` at time `at`. */
int st_step_check(store *s, int64_t id, int64_t expect, incident_step step, int64_t at,
                  incident *inc, incident_state *to, gg_err *err);
/* Moves the incident to `to`, sets the step's time column (or the void
 * reason), bumps the row version and writes the audit row. */
int st_apply_step(store *s, incident *before, incident_step step, incident_state to, int64_t at,
                  const char *reason, gg_err *err);

/* chain.c: migration 7's chaining of the rows found, and the checks of
 * the chain, the documents against their issue rows, the counters and the
 * incidents against the replay of their audit rows. */
int st_chain_existing(store *s, gg_err *err);
int st_check_chain(store *s, check_sink *k, gg_err *err);
/* The last row's id and hash (0 and CHAIN_GENESIS for an empty log). */
int st_chain_head(store *s, int64_t *id, char hash[65], gg_err *err);

/* JSON of an incident row, for audit before/after. */
void st_incident_json(strbuf *sb, const incident *inc);

#endif
