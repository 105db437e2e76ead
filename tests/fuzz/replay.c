/* The main of the replay binaries (make check): runs
 * LLVMFuzzerTestOneInput once on each file named, or on each file of each
 * directory named, in name order, and prints one TAP line.  A finding
 * aborts under the sanitizers; the file's name is on stderr just before. */
#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static size_t replayed;

static void replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "replay: %s: cannot open\n", path);
		exit(1);
	}
	uint8_t *buf = NULL;
	size_t n = 0, cap = 0, got;
	do {
		if (n == cap) {
			cap = cap ? cap * 2 : 4096;
			uint8_t *nb = realloc(buf, cap);
			if (!nb)
				abort();
			buf = nb;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got);
	fclose(f);
	fprintf(stderr, "replay: %s\n", path);
	/* An exact-size copy, so that ASan sees a read past the input. */
	uint8_t *exact = malloc(n ? n : 1);
	if (!exact)
		abort();
	memcpy(exact, buf, n);
	free(buf);
	LLVMFuzzerTestOneInput(exact, n);
	free(exact);
	replayed++;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int not_dot(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

int main(int argc, char **argv)
{
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			printf("not ok - %s: %s does not exist\n", name, argv[i]);
			return 1;
		}
		if (!S_ISDIR(st.st_mode)) {
			replay_file(argv[i]);
			continue;
		}
		struct dirent **list;
		int n = scandir(argv[i], &list, not_dot, by_name);
		if (n < 0) {
			printf("not ok - %s: cannot read %s\n", name, argv[i]);
			return 1;
		}
		for (int j = 0; j < n; j++) {
			char path[4096];
			snprintf(path, sizeof path, "%s/%s", argv[i], list[j]->d_name);
			replay_file(path);
			free(list[j]);
		}
		free(list);
	}
	if (replayed == 0) {
		printf("not ok - %s: no input to replay\n", name);
		return 1;
	}
	printf("ok - %s: %zu inputs replayed without a finding\n", name, replayed);
	return 0;
}
