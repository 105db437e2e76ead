#include "cliargs.h"

#include <stdio.h>
#include <string.h>

static const cli_opt *find_opt(const cli_opt *opts, const char *name, size_t len)
{
	for (const cli_opt *o = opts; o && o->name; o++)
		if (strlen(o->name) == len && strncmp(o->name, name, len) == 0)
			return o;
	return NULL;
}

int cli_args_parse(int argc, char **argv, const cli_opt *opts, const char **pos, int maxpos,
                   int *npos, char *err, size_t errlen)
{
	int only_pos = 0;
	*npos = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!only_pos && strcmp(a, "--") == 0) {
			only_pos = 1;
			continue;
		}
		/* a one-letter option "-o" is the option named "o" */
		int short_opt = !only_pos && a[0] == '-' && a[1] && a[1] != '-' && !a[2] && find_opt(opts, a + 1, 1);
		if (!short_opt && (only_pos || strncmp(a, "--", 2) != 0 || a[2] == '\0')) {
			if (*npos >= maxpos) {
				snprintf(err, errlen, "argumen berlebih: '%s'", a);
				return -1;
			}
			pos[(*npos)++] = a;
			continue;
		}
		const char *name = a + (short_opt ? 1 : 2);
		const char *eq = strchr(name, '=');
		size_t len = eq ? (size_t)(eq - name) : strlen(name);
		const cli_opt *o = find_opt(opts, name, len);
		if (!o) {
			snprintf(err, errlen, "opsi tidak dikenal --%.*s", (int)len, name);
			return -1;
		}
		if (o->flag) {
			if (eq) {
				snprintf(err, errlen, "--%s tidak menerima nilai", o->name);
				return -1;
			}
			*o->flag = 1;
			continue;
		}
		if (eq) {
			*o->value = eq + 1;
		} else if (i + 1 < argc) {
			*o->value = argv[++i];
		} else {
			snprintf(err, errlen, "--%s memerlukan nilai", o->name);
			return -1;
		}
	}
	return 0;
}
