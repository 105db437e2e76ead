/* Where the data files come from: the one search path of templates,
 * regulations, holiday calendars and stage lists.  Files are looked up
 * one by one, the unit's own directory (the directory of its config
 * file: /etc/gangguan/, ~/.config/gangguan/) first, then the installed
 * data directories: $GANGGUAN_DATADIR, [paths] datadir, the compiled-in
 * one.  A unit's file adds a name or replaces that one name; it never
 * hides the installed files it does not name. */
#ifndef DATAPATH_H
#define DATAPATH_H

#include <stddef.h>

#include "config.h"
#include "gg_error.h"

/* One file of a data directory, from the first layer holding its name. */
typedef struct data_file {
	char *name;        /* "2027.ini" */
	char *path;        /* "/etc/gangguan/holidays/2027.ini" */
	size_t layer;      /* index of its directory in data_listing.dirs */
	int replaces;      /* 1: a later layer holds the same name, hidden by this one */
} data_file;

typedef struct data_listing {
	char **dirs;       /* the layers searched, first wins; duplicates removed */
	size_t ndirs;
	size_t nlocal;     /* the first nlocal dirs are the unit's own (0 or 1) */
	data_file *v;      /* every name found, sorted by name */
	size_t n, cap;
} data_listing;

/* The installed data directories, in search order, without duplicates:
 * $GANGGUAN_DATADIR, c->datadir, the compiled-in one (malloc'd strings
 * in *dirs; the caller frees each and the array).  0, or -1 when memory
 * ran out. */
int config_data_roots(const gg_config *c, char ***dirs, size_t *n);

/* The files ending in `suffix` of data subdirectory `sub` ("holidays",
 * "regulations").  `value` is the config key naming the unit's own
 * directory of them (`key`, "[remedies] holidays", names it in errors):
 * NULL or relative, it is found against the directory of the config file;
 * absolute, as it is; a file stands for the directory it is in.  Then
 * SUB of every installed data directory.  Layers that do not exist are
 * skipped, except a `value` other than `sub` (a directory the operator
 * named), refused with GG_ECONFIG when it is not there.  GG_ENOTFOUND
 * when no layer exists at all.  *out is filled (data_listing_free)
 * unless an error is returned. */
int config_data_list(const gg_config *c, const char *key, const char *value, const char *sub,
                     const char *suffix, data_listing *out, gg_err *err);

/* The listing of the given directories alone, first wins (the loaders'
 * single-directory entry points and the tests use it).  A directory
 * that does not exist is skipped; one that exists and cannot be read is
 * GG_ENOTFOUND. */
int data_list_dirs(const char *const *dirs, size_t ndirs, const char *suffix, data_listing *out,
                   gg_err *err);

void data_listing_free(data_listing *l);

/* The entry of `name` in l, or NULL. */
const data_file *data_listing_find(const data_listing *l, const char *name);

#endif
