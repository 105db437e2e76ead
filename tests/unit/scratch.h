/* A scratch directory for a unit test that needs files (a database):
 * made under $TMPDIR (else /tmp) by a setup, removed whole by the
 * teardown.  Include after <cmocka.h>. */
#ifndef SCRATCH_H
#define SCRATCH_H

#include <stdio.h>
#include <stdlib.h>

/* dir gets TMPDIR/TAG-XXXXXX (made), path DIR/t.db. */
static inline void scratch_make(char *dir, size_t dir_size, char *path, size_t path_size, const char *tag)
{
	const char *tmp = getenv("TMPDIR");
	snprintf(dir, dir_size, "%s/%s-XXXXXX", tmp && *tmp ? tmp : "/tmp", tag);
	assert_non_null(mkdtemp(dir));
	snprintf(path, path_size, "%s/t.db", dir);
}

/* 0 when dir and all in it are gone. */
static inline int scratch_remove(const char *dir)
{
	char cmd[400];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd);
}

#endif
