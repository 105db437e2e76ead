/* What every face of gangguan works in: the unit's config, its data
 * catalogues (regulations, holidays, templates) and the store, opened
 * together.  Functions return a gg_status with err set; none prints, so
 * the CLI writes the messages to stderr and the TUI to its status line. */
#ifndef SESSION_H
#define SESSION_H

#include "config.h"
#include "datapath.h"
#include "gg_error.h"
#include "regulation.h"
#include "store.h"
#include "workcal.h"

typedef struct letters letters;   /* letters.h: the document templates */

typedef struct session {
	const char *config_arg;   /* -c FILE, or NULL: the usual places */
	const char *db_arg;       /* -d FILE, or NULL: [paths] database */
	const char *operator_arg; /* --operator NAME or $GANGGUAN_OPERATOR, or NULL */
	char *config_path;        /* the config file found (owned) */
	char *db_path;            /* the database file used (owned) */
	gg_config *cfg;
	store *st;
	store_actor actor;        /* points into user and client */
	char user[64];
	char client[64];
	char operator_name[64];   /* chosen from [operators] names, "" until then */
	/* loaded on first use by session_catalogues() / session_letters() */
	regcat cat;
	workcal cal;
	data_listing regulation_files;   /* where each file of cat came from */
	data_listing holiday_files;      /* where each year of cal came from */
	int have_catalogues;
	letters *docs;
} session;

/* Fills s->actor: the Unix user and, over SSH, the client address. */
void session_fill_actor(session *s);

/* The operator of a shared account: name must be one of [operators]
 * names (compared without case; the config's spelling is kept).
 * GG_EUSAGE naming the choices otherwise.  Needs the config loaded. */
int session_choose_operator(session *s, const char *name, gg_err *err);

/* Whether the user (or the chosen operator) is in a read-only role:
 * [operators] readonly_users, or a member of readonly_groups. */
int session_read_only_role(const session *s);

/* Finds and loads the config.  GG_ECONFIG with every problem in probs
 * (the caller prints them) and a summary in err; GG_ENOTFOUND when no
 * config file exists anywhere. */
int session_load_config(session *s, config_problems *probs, gg_err *err);

/* The database file a face will open: -d, else [paths] database; NULL
 * when neither names one. */
const char *session_database(const session *s);

/* Opens the store: flags as store_open (STORE_CREATE, STORE_READONLY).
 * With STORE_CREATE and no -d, the database's directory is created. */
int session_open_store(session *s, int flags, gg_err *err);

/* For a face that browses as well as writes (the TUI): opens as
 * session_open_store(); when the register cannot be written here (a
 * read-only file, directory or file system; another operator's private
 * file; a full disk), opens it to read instead: reads work, every write is
 * refused by the store with that cause named (store_read_only_reason()). */
int session_open_store_or_read(session *s, int flags, gg_err *err);

/* The regulation catalogue and the holiday calendar named by the config,
 * loaded once.  On a malformed file GG_ECONFIG, with every problem as a
 * line "FILE:LINE: section:key: what" in *problems (malloc'd; may be NULL
 * when problems is NULL, then the first problem is in err). */
int session_catalogues(session *s, char **problems, gg_err *err);

/* The regime a unit pinned ([documents] regulation), or NULL to choose by
 * the incident's date; GG_ECONFIG when the name is not in the catalogue. */
/* The years of this one (*this_year, in the unit's zone at `now`) and
 * the next that the loaded holiday calendar lacks (a schedule reaching
 * them knows only weekends): their count, the years in years[].  Needs
 * the catalogues. */
int session_missing_calendars(session *s, int64_t now, int *this_year, int years[2]);

int session_pinned_regime(session *s, const regime **out, gg_err *err);

void session_release(session *s);

#endif
