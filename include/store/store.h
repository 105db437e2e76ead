/* The SQLite store: one function per query or change.  Every change is one
 * BEGIN IMMEDIATE transaction that also writes an audit row; reads never
 * write.  No other layer sees SQL. */
#ifndef STORE_H
#define STORE_H

#include <stddef.h>
#include <stdint.h>

#include "gg_error.h"
#include "letter.h"
#include "lifecycle.h"
#include "model.h"

typedef struct store store;

/* Who is making changes: written into every audit row and event. */
typedef struct store_actor {
	const char *user;      /* Unix user name ("uid N" without a passwd entry) */
	const char *operator_name;  /* chosen at start ([operators] names), or "" */
	const char *client;    /* SSH client address, "" when local */
	int read_only_role;    /* [operators] readonly_*: every write refused, and audited */
	int needs_operator;    /* [operators] names is set: no write until a name is chosen */
} store_actor;

enum store_open_flags {
	STORE_CREATE = 1,      /* create the file (and migrate) if missing */
	STORE_READONLY = 2,    /* open read-only: no writes (an older schema is migrated once if the
	                          file is writable: a read command after an upgrade) */
	STORE_AS_IS = 4        /* with STORE_READONLY: never migrate; an older schema is opened as
	                          it is (store_schema_version tells); for check */
};

/* Opens (and, unless read-only, migrates) the database at path.
 * Refuses, leaving the file untouched, a database from a newer version
 * (GG_ECONFIG), a file that is not a gangguan database or is corrupt
 * (GG_EIO), a missing file without STORE_CREATE (GG_ENOTFOUND). */
int store_open(const char *path, int flags, const store_actor *actor, store **out, gg_err *err);
/* Changes committed through this connection (a face names what was saved
 * when it cannot print its result). */
int store_commits(const store *s);
void store_close(store *s);
/* The operator chosen after opening (the TUI asks at start); NULL memory
 * error leaves the old name. */
int store_set_operator(store *s, const char *operator_name, gg_err *err);

/* STRICT tables need SQLite 3.37.0; store_open() refuses an older library
 * with GG_EUNAVAILABLE and a sentence naming both versions. */
#define STORE_SQLITE_MIN 3037000
int store_require_sqlite(int libversion, gg_err *err);

/* ---- a database several operators share (shared.c) ---- */
/* The gid of a group name (or a number); GG_EUSAGE naming the fix. */
int store_group_lookup(const char *name, long *gid, gg_err *err);
/* `init --group`: the database's directory setgid and group writable
 * (2770), the database and its -wal/-shm 0660 in that group; files that
 * are someone else's and wrong are named with the fix (GG_ENOPERM). */
int store_share_setup(const char *db_path, long gid, gg_err *err);
/* For `check`: every permission that would lock an operator out, one
 * finding with its fix each; summary says private or shared (and the
 * group's members).  Returns the number of findings. */
int store_check_access(const char *db_path, void (*emit)(void *ctx, const char *finding), void *ctx,
                       char *summary, size_t summary_len);

int store_schema_version(store *s);           /* PRAGMA user_version */
int store_schema_latest(void);                /* what this binary writes */

/* Test hook: the clock used for "now" (event times in the future, audit
 * time).  NULL restores the real clock. */
void store_set_clock(store *s, int64_t (*now)(void));
int64_t store_now(store *s);

/* How long a write waits for another process's lock before giving up
 * with GG_EBUSY (default 5000 ms). */
void store_set_busy_timeout(store *s, int ms);

/* A store opened to read because opening it to write failed with code
 * and why (a full disk, a read-only directory): every write is refused
 * with that status and "perubahan tidak dapat disimpan: WHY". */
void store_set_read_only_reason(store *s, int code, const char *why);
/* That reason, or "" when the store was opened to write. */
const char *store_read_only_reason(const store *s);

/* The unit's zone (seconds east of UTC): a document's number takes the
 * year and month of its issue there.  WIB until set. */
void store_set_utc_offset(store *s, int seconds);

/* Several changes as one transaction (the demo data: all or nothing).
 * Each change inside is a savepoint: a refused one undoes only itself.
 * store_batch_end() commits when keep is set, else undoes the batch. */
int store_batch_begin(store *s, gg_err *err);
int store_batch_end(store *s, int keep, gg_err *err);

/* ---- incidents ---- */
typedef struct incident_new {
	const char *summary;
	const char *cause;       /* a cause code (cause.h) */
	const char *impact;      /* may be NULL */
	const char *reporter;    /* may be NULL */
	const char *channel;     /* may be NULL */
	int64_t started;         /* UTC */
} incident_new;

int store_incident_report(store *s, const incident_new *in, int64_t *id, gg_err *err);
int store_incident_get(store *s, int64_t id, incident *out, gg_err *err);

/* incident_filter.state: the incidents still being handled (open or restored). */
#define FILTER_STATE_ACTIVE ST__COUNT

/* A row's place in the list: the list is ordered by start, then id. */
typedef struct incident_key {
	int64_t started;
	int64_t id;
} incident_key;

typedef struct incident_filter {
	int state;               /* -1 any, an incident_state, or FILTER_STATE_ACTIVE */
	int year;                /* 0 any; year of the start in the unit's zone */
	int month;               /* 0 the whole year, else 1..12 of that year */
	int tz_offset;           /* the unit's zone, seconds east of UTC (for year) */
	const char *cause;       /* NULL any */
	const char *query;       /* NULL, or words to find in an incident's summary,
	                          * impact, chronology, letter numbers or tenders:
	                          * every word must occur, as a prefix ("list" finds
	                          * "listrik"), diacritics ignored */
	int newest_first;        /* sort by start descending */
	size_t offset, limit;    /* limit 0 = all */
	/* Keyset paging (a page costs its rows, however deep): with has_after,
	 * only the rows after `after` in the order above; with backward, the
	 * rows before it (or, without has_after, the last rows), nearest
	 * first: PageUp, and End. */
	int has_after;
	incident_key after;
	int backward;
} incident_filter;

/* Each incident of the filter, in its order, to row (which may keep
 * nothing of it past the call); a non-zero return from row stops. */
typedef int (*incident_row_fn)(void *ctx, const incident *x);
int store_incident_each(store *s, const incident_filter *f, incident_row_fn row, void *ctx, gg_err *err);
/* The same into a list (one screen's page; callers of a whole register
 * should stream with store_incident_each). */
int store_incident_list(store *s, const incident_filter *f, incident_list *out, gg_err *err);
int store_incident_count(store *s, const incident_filter *f, size_t *count, gg_err *err);
/* A count that stops at cap: *count is the number of rows when at most
 * cap, else cap + 1 ("1000+": what a screen shows of a broad search). */
int store_incident_count_upto(store *s, const incident_filter *f, size_t cap, size_t *count, gg_err *err);
/* The list header: the incidents of each state under the filter's year,
 * month and cause (its state and query are not applied), from counts kept
 * by triggers when no year is set. */
int store_incident_tally(store *s, const incident_filter *f, size_t counts[ST__COUNT], gg_err *err);
/* The incidents (not void) that were down some time in [from, until): begun
 * before until, restored after from or not yet (the recap), one at a
 * time as read, so that a large year is never held whole.  fn may take
 * x's strings (leaving x zeroed), else they are freed after it; it
 * returns 0 to go on, or a status with err filled. */
int store_incidents_down_each(store *s, int64_t from, int64_t until, int (*fn)(void *ctx, incident *x), void *ctx,
                              gg_err *err);

/* ---- chronology ---- */
typedef struct event_new {
	int64_t at;
	int about;
	int action;
	const char *text;
} event_new;

int store_event_add(store *s, int64_t incident_id, const event_new *in, int64_t *event_id, gg_err *err);
int store_events(store *s, int64_t incident_id, event_list *out, gg_err *err);

/* ---- lifecycle with documents ----
 * Opening and closing issue a document.  The store allocates its number in
 * the same transaction and asks the caller to render the text for it
 * (letter.h: doc_request, doc_render_fn). */

/* `expect` is the row version the caller saw (0: any).  If another
 * operator changed the incident since, the step is refused with GG_EBUSY
 * and a message saying so: a lost update becomes a visible conflict.
 * `at` 0 is "now", read after the write transaction began: a letter
 * another operator issues meanwhile is then always earlier, never a
 * refusal of the order of dates (GG_EDATA) for a time nobody typed. */
int store_incident_open(store *s, int64_t id, int64_t expect, int64_t at,
                        doc_render_fn render, void *ctx, document *issued, gg_err *err);
int store_incident_restore(store *s, int64_t id, int64_t expect, int64_t at, gg_err *err);
int store_incident_close(store *s, int64_t id, int64_t expect, int64_t at,
                         doc_render_fn render, void *ctx, document *issued, gg_err *err);
int store_incident_void(store *s, int64_t id, int64_t expect, const char *reason, gg_err *err);

/* The letter an operator previewed and confirmed: its number and text
 * (store_doc_preview's). */
typedef struct doc_seen {
	const char *number;
	const char *text;
} doc_seen;

/* Opens (STEP_OPEN) or closes (STEP_CLOSE) as above; with seen, the
 * letter rendered inside the write transaction must be the one seen,
 * else nothing is written and GG_EBUSY says what changed (another
 * operator took the number, or the text differs): preview again. */
int store_incident_issue(store *s, incident_step step, int64_t id, int64_t expect, int64_t at,
                         const doc_seen *seen, doc_render_fn render, void *ctx, document *issued,
                         gg_err *err);

/* Renders the document that step `kind` would issue at `at` (0: now),
 * with the number it would get now, without issuing anything (forms
 * preview it before the operator confirms).  *number and *text are
 * malloc'd. */
int store_doc_preview(store *s, int64_t id, doc_kind kind, int64_t at, doc_render_fn render,
                      void *ctx, char **number, char **text, gg_err *err);

/* ---- corrections (audited: old value, new value, reason) ---- */
typedef struct incident_edit {
	const char *summary;     /* NULL: unchanged */
	const char *cause;
	const char *impact;
	const char *reporter;
	const char *channel;
	int64_t started;         /* 0: unchanged */
} incident_edit;

/* Corrects an incident's fields (not a void one).  The reason is
 * required; the letters already issued stay as they were issued.
 * Refused: a field that breaks its rule (textfield.h), a start that
 * breaks lifecycle_start_ok(), nothing to change, a row version other
 * than `expect` (GG_EBUSY). */
int store_incident_edit(store *s, int64_t id, int64_t expect, const incident_edit *e, const char *reason,
                        gg_err *err);

typedef struct event_edit {
	const char *text;        /* NULL: unchanged */
	int64_t at;              /* 0: unchanged */
	int about;               /* -1: unchanged, else 0/1 */
	int action;              /* -1: unchanged, else 0/1 */
} event_edit;

/* Corrects or deletes chronology line event_id of incident_id (not of a
 * void incident), with a reason; the incident's row version moves on so
 * that another operator's form sees the change. */
int store_event_edit(store *s, int64_t incident_id, int64_t event_id, const event_edit *e,
                     const char *reason, gg_err *err);
int store_event_delete(store *s, int64_t incident_id, int64_t event_id, const char *reason, gg_err *err);

/* Withdraws a letter issued in error ("dibatalkan"): it stays in the
 * register with its number (never reused), marked with who, when and
 * why, and the incident returns to the state before the step that issued
 * it (opening: reported; closing or single report: restored).  Only the
 * letter in force of the incident's last step can be withdrawn.
 * *incident_id (may be NULL) gets the incident. */
int store_doc_withdraw(store *s, const char *number, const char *reason, int64_t *incident_id, gg_err *err);

/* ---- documents ---- */
int store_doc_by_number(store *s, const char *number, document *out, gg_err *err);
int store_doc_by_incident(store *s, int64_t incident_id, doc_kind kind, document *out, gg_err *err);
int store_doc_by_id(store *s, int64_t doc_id, document *out, gg_err *err);
/* The register's lines of a year and/or an incident (0 = any), in number
 * order, without the letters' text: store_doc_by_id reads one whole.
 * store_doc_rows hands each row to fn as it is read (its strings valid
 * only during the call; a non-zero return stops and is returned);
 * store_docs collects them. */
typedef int (*doc_row_fn)(void *ctx, const doc_row *row, gg_err *err);
int store_doc_rows(store *s, int year, int64_t incident_id, doc_row_fn fn, void *ctx, gg_err *err);
int store_docs(store *s, int year, int64_t incident_id, doc_row_list *out, gg_err *err);

/* The next sequence number of a year, and setting it once (a unit moving
 * from the paper book mid-year); never below one already issued. */
int store_counter_next(store *s, int year, int *next, gg_err *err);
int store_counter_set(store *s, int year, int next, gg_err *err);
/* The same with the reason of a jump: required (GG_EUSAGE without it)
 * once numbers of that year were issued here; the audit row keeps it and
 * check counts the numbers skipped as explained, not missing. */
int store_counter_jump(store *s, int year, int next, const char *reason, gg_err *err);

/* ---- audit ---- */
/* Each audit row (of one incident, or all when incident_id is 0) in
 * order, handed to fn as read: its texts are valid during the call only,
 * so the whole trail never sits in memory.  fn returns 0 to go on, or a
 * status with err filled. */
int store_audit_each(store *s, int64_t incident_id, int (*fn)(void *ctx, const audit_entry *a), void *ctx,
                     gg_err *err);
int store_audit(store *s, int64_t incident_id, audit_list *out, gg_err *err); /* 0 = all */

/* ---- health ----
 * Runs integrity_check and the numbering checks; each finding is passed to
 * emit.  Returns the number of findings (0 = healthy), or -1 on error. */
int store_check(store *s, void (*emit)(void *ctx, const char *finding), void *ctx, gg_err *err);

/* ---- the audit chain (gangguan(1), INTEGRITY) ----
 * The chain head as an anchor ("GGN-2026-12-01-r1234-3f9a-..."), dated in
 * the unit's zone; GG_ENOTFOUND for an empty log. */
int store_anchor(store *s, char *out, size_t n, gg_err *err);
/* Whether nothing up to the anchor's row was rewritten: the row exists
 * and the hash recomputed from row 1 to it is the anchor's.  Findings go
 * to emit; returns their number, or -1 (a text that is no anchor:
 * GG_EUSAGE in err). */
int store_check_anchor(store *s, const char *anchor, void (*emit)(void *ctx, const char *finding), void *ctx,
                       gg_err *err);
/* A document's stored text against its fingerprint and its issue row:
 * GG_OK, or GG_EDATA with what does not match in err. */
int store_doc_authentic(store *s, const document *d, gg_err *err);

typedef enum verify_outcome {
	VERIFY_MATCH,       /* the text is that of `number`, and the register's copy is authentic */
	VERIFY_CHANGED,     /* it names `number`, but its words are not that document's */
	VERIFY_TAMPERED,    /* it matches `number`, whose stored copy fails its fingerprint or issue row */
	VERIFY_UNKNOWN,     /* no document of the register */
} verify_outcome;
/* A document as text (as `doc` prints it: its lines may be wrapped
 * differently; runs of blanks count as one) against the register.
 * number (malloc'd, or NULL) names the document found. */
int store_doc_verify(store *s, const char *text, verify_outcome *out, char **number, gg_err *err);
/* The document whose fingerprint starts with prefix (hex), as the
 * register holds it now; else the one whose issue row kept such a
 * fingerprint, with *changed_since set (its copy was changed after it
 * was issued).  GG_ENOTFOUND when none. */
int store_doc_by_fingerprint(store *s, const char *prefix, document *out, int *changed_since, gg_err *err);

/* ---- backup and restore (gangguan(1), BACKUP) ----
 * A copy is one consistent snapshot taken while other operators write,
 * written beside its name, made self-contained (no -wal), checked on the
 * copy (application_id, schema, integrity_check, foreign keys, every
 * issued document's fingerprint), synced, and only then named: a refused
 * or failed copy leaves no file.  It takes the register file's mode and
 * group. */
typedef struct store_copy_info {
	char path[4096];         /* the file written */
	int64_t incidents;
	int64_t documents;
	int64_t bytes;
	int schema;
	int group_kept;          /* 0: the register's group could not be given */
} store_copy_info;

enum store_copy_flags {
	STORE_COPY_REPLACE = 1,      /* backup: overwrite an existing file */
	STORE_RESTORE_NO_KEEP = 2    /* restore: the register is new, nothing to keep */
};

/* Copies the register to dest; a directory gets gangguan-YYYYMMDD-HHMMSS.db
 * (the unit's local time; -2, -3 ... within one second).  An existing file
 * is refused (GG_ECANTCREAT) without STORE_COPY_REPLACE. */
int store_backup(store *s, const char *dest, int flags, store_copy_info *info, gg_err *err);

/* Replaces the register's content with FILE's, for every operator at
 * once.  FILE is refused, the register untouched, when it is not SQLite
 * or another program's (GG_EIO), corrupt (GG_EIO), from a newer schema
 * (GG_ECONFIG), or a document's text no longer matches its fingerprint
 * (GG_EDATA); the message names FILE and what is wrong.  Before, the
 * register as it was is kept aside as a checked copy, kept->path
 * (REGISTER.sebelum-restore-YYYYMMDD-HHMMSS); empty with
 * STORE_RESTORE_NO_KEEP.  An older schema is migrated; the restore is
 * audited ("db-restore": the file, the copy kept) in the same commit.
 * got: what FILE held. */
int store_restore(store *s, const char *file, int flags, store_copy_info *kept, store_copy_info *got,
                  gg_err *err);

#endif
