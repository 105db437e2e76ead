#include "files.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void files_mkdir_parents(const char *path)
{
	char *dir = strdup(path);
	if (!dir)
		return;
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(dir, 0755);
		*p = '/';
	}
	free(dir);
}
