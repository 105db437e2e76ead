#include "files.h"

#include <errno.h>
#include <stdio.h>
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

char *files_expand_home(const char *path)
{
	const char *home = getenv("HOME");
	if (path && (strcmp(path, "~") == 0 || strncmp(path, "~/", 2) == 0) && home && *home) {
		size_t n = strlen(home) + strlen(path) + 1;
		char *d = malloc(n);
		if (d)
			snprintf(d, n, "%s%s", home, path + 1);
		return d;
	}
	return path ? strdup(path) : NULL;
}

int files_read_all(const char *path, size_t max, strbuf *out)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f)
		return -1;
	char buf[8192];
	size_t got;
	while ((got = fread(buf, 1, sizeof buf, f)) > 0 && out->len <= max)
		sb_appendn(out, buf, got);
	int bad = ferror(f), saved = errno;
	if (f != stdin)
		fclose(f);
	if (bad || sb_failed(out)) {
		sb_free(out);
		errno = bad ? saved : ENOMEM;
		return -1;
	}
	if (out->len > max) {
		sb_free(out);
		return 1;
	}
	return 0;
}

const char *files_error_text(int errnum)
{
	static const struct {
		int errnum;
		const char *text;
	} texts[] = {
		{ ENOENT, "direktorinya tidak ada" },
		{ EACCES, "tidak ada izin menulis di sana" },
		{ EPERM, "tidak diizinkan" },
		{ EROFS, "sistem berkas hanya dapat dibaca" },
		{ ENOSPC, "disk penuh" },
		{ EDQUOT, "kuota disk habis" },
		{ EISDIR, "itu sebuah direktori" },
		{ ENOTDIR, "sebagian jalurnya bukan direktori" },
		{ ENAMETOOLONG, "nama berkas terlalu panjang" },
		{ EIO, "galat masukan/keluaran perangkat" },
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		if (texts[i].errnum == errnum)
			return texts[i].text;
	return strerror(errnum);
}
