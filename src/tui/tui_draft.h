/* Form drafts: what an operator has typed is written to a small file
 * while a form is open, so that a dropped SSH session (SIGHUP) or a kill
 * loses nothing; the next start offers to resume it.  One draft per
 * database, under $XDG_STATE_HOME/gangguan (or ~/.local/state/gangguan),
 * else next to the database. */
#ifndef TUI_DRAFT_H
#define TUI_DRAFT_H

#include <stddef.h>
#include <stdint.h>

typedef struct draft {
	char *form;          /* form name: "report", "open", ... */
	int64_t incident;    /* 0 for a new report */
	int64_t version;     /* the incident's row version when typed (0: none, or an older draft) */
	size_t n;
	char **keys;         /* field keys */
	char **values;       /* UTF-8 values */
} draft;

/* The draft file for database db_path (malloc'd); creates its directory. */
char *draft_path_for(const char *db_path);

/* Writes d atomically (temporary file and rename).  0 or -1. */
int draft_write(const char *path, const draft *d);
/* Reads path: 0 and *d, -1 if there is none or it is unreadable. */
int draft_read(const char *path, draft *d);
void draft_remove(const char *path);
void draft_free(draft *d);
/* "Later": remembers that the operator put this draft off, so that it is
 * not offered again until it changes; draft_is_later() says so.  The
 * mark is a file beside the draft, removed with it. */
void draft_later(const char *path, const draft *d);
int draft_is_later(const char *path, const draft *d);
/* The value of key in d, or NULL. */
const char *draft_get(const draft *d, const char *key);

#endif
