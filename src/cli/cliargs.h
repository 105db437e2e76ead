/* Option parsing for the commands, driven by a table per command:
 * "--name VALUE", "--name=VALUE" and "--flag"; "--" ends the options. */
#ifndef CLIARGS_H
#define CLIARGS_H

#include <stddef.h>

typedef struct cli_opt {
	const char *name;        /* without the dashes: "start" */
	const char **value;      /* set for an option with a value, else NULL */
	int *flag;               /* set to 1 for a flag, else NULL */
} cli_opt;

/* Parses argv[1..argc-1] (argv[0] is the command).  Positional arguments
 * are stored in pos[] (at most maxpos; more is an error).  0 on success;
 * -1 with a message in err ("--cause needs a value", "unknown option
 * --caus") otherwise. */
int cli_args_parse(int argc, char **argv, const cli_opt *opts, const char **pos, int maxpos,
                   int *npos, char *err, size_t errlen);

#endif
