/* The grammar of the command line as data.  Each command (src/cli/cmd_*.c)
 * has one table of its options and one of its positional arguments; the
 * parser, its checks (values required, choices, how many arguments), the
 * usage messages, `CMD --help` and `help --options` (what the bash
 * completion reads) all read those tables, so none of them can disagree.
 *
 * "--name VALUE", "--name=VALUE", "-l VALUE" (an option with a letter),
 * "--flag"; "--" ends the options; "--help" and "-h" ask for the help. */
#ifndef CLIARGS_H
#define CLIARGS_H

#include <stddef.h>

#define CLI_MAX_OPTS 16   /* rows of one option table */
#define CLI_MAX_POS 16    /* positional arguments given to one command */

enum cli_flags {
	CLI_REQUIRED = 1 << 0,   /* an option that must be given */
	CLI_OPTIONAL = 1 << 1,   /* an argument that may be left out: [ID] */
	CLI_REPEAT = 1 << 2,     /* the last argument, given once or more: QUERY... */
	/* What a value or an argument is, for the completion (help --options). */
	CLI_FILE = 1 << 3,
	CLI_INCIDENT = 1 << 4,   /* an incident's number */
	CLI_TENDER = 1 << 5,     /* a tender's code */
	CLI_COMMAND = 1 << 6,    /* a command's name (help PERINTAH) */
	CLI_SUBCOMMAND = 1 << 7  /* a sub-command of the command before it */
};

/* One option.  A table ends with a row of zeros: { NULL }. */
typedef struct cli_option {
	const char *name;             /* "start" for --start; NULL: a letter only */
	char letter;                  /* 'o' for -o; 0: none */
	const char *value;            /* the value's name in the help ("WHEN"); NULL: a flag */
	const char *help;             /* one line of Indonesian */
	int flags;                    /* CLI_REQUIRED, CLI_FILE, ... */
	const char *const *choices;   /* the only values taken, NULL-terminated; NULL: any */
} cli_option;

/* One positional argument.  A table ends with { NULL }; the arguments
 * without CLI_OPTIONAL come first. */
typedef struct cli_arg {
	const char *name;             /* "ID", as the help shows it */
	const char *help;             /* one line of Indonesian */
	int flags;                    /* CLI_OPTIONAL, CLI_REPEAT, CLI_INCIDENT, ... */
} cli_arg;

struct cli_command;

/* What the parser found, by the row index of the option table. */
typedef struct cli_args {
	const struct cli_command *cmd;    /* the command (a sub-command: itself) */
	char name[64];                    /* "tender add": for messages */
	const cli_option *opts;           /* cmd's option table */
	const char *val[CLI_MAX_OPTS];    /* the value of row i; "" for a flag; NULL: not given */
	const char *pos[CLI_MAX_POS];
	int npos;
} cli_args;

enum cli_parse_result {
	CLI_PARSED = 0,
	CLI_PARSED_HELP = 1,   /* --help or -h: print the command's help */
	CLI_PARSE_ERROR = -1,  /* err says why */
	CLI_PARSE_USAGE = -2   /* too few arguments: print the usage */
};

/* Parses argv[1..argc-1] (argv[0] is the command) against the tables into
 * *out (its cmd and name are left alone).  Returns an enum
 * cli_parse_result; on CLI_PARSE_ERROR err holds the reason ("opsi tidak
 * dikenal --caus", "--start dan --cause wajib diisi", "--format xml tidak
 * dikenal; pilih table|tsv|json|csv"). */
int cli_args_parse(const cli_option *opts, const cli_arg *args, int argc, char **argv, cli_args *out,
                   char *err, size_t errlen);

/* Whether option row i was given. */
int cli_given(const cli_args *a, int i);
/* The index in row i's choices of the value given; dflt when not given. */
int cli_choice(const cli_args *a, int i, int dflt);

/* The number of rows of a table (without the end row). */
size_t cli_option_count(const cli_option *opts);
size_t cli_arg_count(const cli_arg *args);
/* The fewest and most positional arguments a table takes. */
int cli_arg_min(const cli_arg *args);
int cli_arg_max(const cli_arg *args);

#endif
