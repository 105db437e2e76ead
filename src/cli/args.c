#include "cliargs.h"

#include <stdio.h>
#include <string.h>

static int is_end(const cli_option *o)
{
	return !o->name && !o->letter;
}

size_t cli_option_count(const cli_option *opts)
{
	size_t n = 0;
	while (opts && !is_end(&opts[n]))
		n++;
	return n;
}

size_t cli_arg_count(const cli_arg *args)
{
	size_t n = 0;
	while (args && args[n].name)
		n++;
	return n;
}

int cli_arg_min(const cli_arg *args)
{
	int n = 0;
	while (args && args[n].name && !(args[n].flags & CLI_OPTIONAL))
		n++;
	return n;
}

int cli_arg_max(const cli_arg *args)
{
	size_t n = cli_arg_count(args);
	return n && (args[n - 1].flags & CLI_REPEAT) ? CLI_MAX_POS : (int)n;
}

static int find_long(const cli_option *opts, const char *name, size_t len)
{
	for (int i = 0; opts && !is_end(&opts[i]); i++)
		if (opts[i].name && strlen(opts[i].name) == len && strncmp(opts[i].name, name, len) == 0)
			return i;
	return -1;
}

static int find_letter(const cli_option *opts, char c)
{
	for (int i = 0; opts && !is_end(&opts[i]); i++)
		if (opts[i].letter == c)
			return i;
	return -1;
}

/* "--name", or "-l" for an option with a letter only. */
static const char *spelling(const cli_option *o, char *buf, size_t n)
{
	if (o->name)
		snprintf(buf, n, "--%s", o->name);
	else
		snprintf(buf, n, "-%c", o->letter);
	return buf;
}

/* "--a", "--a dan --b", "--a, --b dan --c wajib diisi" */
static void missing_required(const cli_option *opts, const cli_args *out, char *err, size_t errlen)
{
	int n = 0, total = 0;
	char sp[64];
	for (int i = 0; !is_end(&opts[i]); i++)
		total += (opts[i].flags & CLI_REQUIRED) && !out->val[i];
	size_t len = 0;
	err[0] = '\0';
	for (int i = 0; !is_end(&opts[i]) && len < errlen; i++) {
		if (!(opts[i].flags & CLI_REQUIRED) || out->val[i])
			continue;
		n++;
		len += (size_t)snprintf(err + len, errlen - len, "%s%s", n == 1 ? "" : n == total ? " dan " : ", ",
		                        spelling(&opts[i], sp, sizeof sp));
	}
	if (len < errlen)
		snprintf(err + len, errlen - len, " wajib diisi");
}

static int check_choice(const cli_option *o, const char *value, char *err, size_t errlen)
{
	char sp[64];
	for (int k = 0; o->choices[k]; k++)
		if (strcmp(value, o->choices[k]) == 0)
			return 0;
	size_t len = (size_t)snprintf(err, errlen, "%s %s tidak dikenal; pilih ", spelling(o, sp, sizeof sp), value);
	for (int k = 0; o->choices[k] && len < errlen; k++)
		len += (size_t)snprintf(err + len, errlen - len, "%s%s", k ? "|" : "", o->choices[k]);
	return -1;
}

int cli_args_parse(const cli_option *opts, const cli_arg *args, int argc, char **argv, cli_args *out,
                   char *err, size_t errlen)
{
	int only_pos = 0, maxpos = cli_arg_max(args);
	size_t nopts = cli_option_count(opts);
	memset(out->val, 0, sizeof out->val);
	out->opts = opts;
	out->npos = 0;
	if (nopts > CLI_MAX_OPTS) {
		snprintf(err, errlen, "tabel opsi terlalu panjang (%zu baris, paling banyak %d)", nopts, CLI_MAX_OPTS);
		return CLI_PARSE_ERROR;
	}
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!only_pos && strcmp(a, "--") == 0) {
			only_pos = 1;
			continue;
		}
		if (!only_pos && (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0))
			return CLI_PARSED_HELP;
		/* "-o" is the option of letter o; another "-x" is an argument, as "-" is */
		int k = !only_pos && a[0] == '-' && a[1] && a[1] != '-' && !a[2] ? find_letter(opts, a[1]) : -1;
		const char *eq = NULL;
		if (k < 0) {
			if (only_pos || strncmp(a, "--", 2) != 0 || a[2] == '\0') {
				if (out->npos >= maxpos) {
					snprintf(err, errlen, maxpos ? "argumen berlebih: '%s'" : "tidak menerima argumen: '%s'",
					         a);
					return CLI_PARSE_ERROR;
				}
				out->pos[out->npos++] = a;
				continue;
			}
			const char *name = a + 2;
			eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			if ((k = find_long(opts, name, len)) < 0) {
				snprintf(err, errlen, "opsi tidak dikenal --%.*s", (int)len, name);
				return CLI_PARSE_ERROR;
			}
		}
		const cli_option *o = &opts[k];
		char sp[64];
		if (!o->value) {
			if (eq) {
				snprintf(err, errlen, "%s tidak menerima nilai", spelling(o, sp, sizeof sp));
				return CLI_PARSE_ERROR;
			}
			out->val[k] = "";
			continue;
		}
		if (eq) {
			out->val[k] = eq + 1;
		} else if (i + 1 < argc) {
			out->val[k] = argv[++i];
		} else {
			snprintf(err, errlen, "%s memerlukan nilai", spelling(o, sp, sizeof sp));
			return CLI_PARSE_ERROR;
		}
		if (o->choices && check_choice(o, out->val[k], err, errlen) < 0)
			return CLI_PARSE_ERROR;
	}
	if (out->npos < cli_arg_min(args))
		return CLI_PARSE_USAGE;
	for (size_t i = 0; i < nopts; i++)
		if ((opts[i].flags & CLI_REQUIRED) && !out->val[i]) {
			missing_required(opts, out, err, errlen);
			return CLI_PARSE_ERROR;
		}
	return CLI_PARSED;
}

int cli_given(const cli_args *a, int i)
{
	return a->val[i] != NULL;
}

int cli_choice(const cli_args *a, int i, int dflt)
{
	const char *const *c = a->opts[i].choices;
	for (int k = 0; a->val[i] && c && c[k]; k++)
		if (strcmp(a->val[i], c[k]) == 0)
			return k;
	return dflt;
}
