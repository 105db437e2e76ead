/* Loading the regulation catalogue (regulation.h) from its files: one
 * .ini per regime in one directory (data/regulations/).  The format is
 * described in gangguan-remedies(7) and at the top of each shipped file. */
#ifndef REGCAT_H
#define REGCAT_H

#include "datapath.h"
#include "gg_error.h"
#include "regulation.h"

/* Loads every *.ini of `path` if it is a directory, or of the directory
 * holding it if it is a file (the catalogue is the directory: a config
 * naming one regime's file still gets every regime).  On a malformed
 * catalogue returns GG_ECONFIG with every problem as a line
 * "FILE:LINE: section:key: what" in *problems (malloc'd; the caller frees
 * it) and nothing in *out.  GG_ENOTFOUND if the directory cannot be read
 * or holds no regime. */
int regcat_load(const char *path, regcat *out, char **problems, gg_err *err);

/* The same for the *.ini files of a layered listing (datapath.h): each
 * regime from the first layer holding its file name, so that a unit's
 * own NAME.ini replaces that one regime or adds a new one. */
int regcat_load_files(const data_listing *files, regcat *out, char **problems, gg_err *err);

#endif
