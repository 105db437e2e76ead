/* The commands.  Each is one file src/cli/cmd_NAME.c holding its option
 * table, its argument table, its entry (a cli_command) and its handler;
 * src/cli/commands.c lists the entries in the order of `gangguan --help`.
 * The dispatcher (cli.c) parses the arguments with the tables before the
 * command needs a config or a database, so `CMD --help` needs neither. */
#ifndef CLI_COMMANDS_H
#define CLI_COMMANDS_H

#include "cli.h"
#include "cliargs.h"

#define NEEDS_RW (NEED_CONFIG | NEED_STORE)
#define NEEDS_RO (NEED_CONFIG | NEED_STORE_READ)

typedef struct cli_command {
	const char *name;             /* "report"; a sub-command its own word: "add" */
	int needs;                    /* enum cli_needs */
	const char *summary;          /* one line of Indonesian */
	const cli_arg *args;          /* positional arguments, ending in { NULL }; NULL: none */
	const cli_option *opts;       /* options, ending in { NULL }; NULL: none */
	/* The usage lines, after the name, when the options combine by mode
	 * (event ID --edit N ...); NULL-terminated.  NULL: made from the tables. */
	const char *const *forms;
	/* Sub-commands (tender add), NULL-terminated; the handler of the
	 * command itself, when it has one, runs for any other first word. */
	const struct cli_command *const *subs;
	int (*run)(cli_ctx *ctx, const cli_args *a);
} cli_command;

/* In the order of `gangguan --help`: src/cli/commands.c. */
extern const cli_command *const cli_commands[];
extern const size_t cli_command_count;
/* The options before the command (-c, -d, -h, -V): src/cli/cli.c. */
extern const cli_option cli_global_opts[];

/* The command, or the sub-command of parent, of that name; NULL if none. */
const cli_command *cli_find_command(const char *name);
const cli_command *cli_find_sub(const cli_command *parent, const char *name);

/* Help and usage, from the tables (src/cli/help.c).  full is the name as
 * typed: "tender add". */
void cli_help_overview(FILE *f);
void cli_help_command(FILE *f, const char *full, const cli_command *cmd);
/* "gangguan: NAME: pemakaian: ..." on ctx->err; returns GG_EUSAGE. */
int cli_usage_error(cli_ctx *ctx, const char *full, const cli_command *cmd);

/* Option tables shared by several commands. */
extern const cli_option cli_view_opts[];   /* --format text|json: show, remedy */
enum { VIEW_FORMAT };

/* The entries, one per file (one line each, so that adding one is one line). */
extern const cli_command cli_cmd_init;
extern const cli_command cli_cmd_demo;
extern const cli_command cli_cmd_config;
extern const cli_command cli_cmd_check;
extern const cli_command cli_cmd_migrate;
extern const cli_command cli_cmd_report;
extern const cli_command cli_cmd_event;
extern const cli_command cli_cmd_edit;
extern const cli_command cli_cmd_open;
extern const cli_command cli_cmd_restore;
extern const cli_command cli_cmd_close;
extern const cli_command cli_cmd_void;
extern const cli_command cli_cmd_withdraw;
extern const cli_command cli_cmd_list;
extern const cli_command cli_cmd_show;
extern const cli_command cli_cmd_search;
extern const cli_command cli_cmd_rekap;
extern const cli_command cli_cmd_backup;
extern const cli_command cli_cmd_audit;
extern const cli_command cli_cmd_anchor;
extern const cli_command cli_cmd_doc;
extern const cli_command cli_cmd_verify;
extern const cli_command cli_cmd_number;
extern const cli_command cli_cmd_tender;
extern const cli_command cli_cmd_hit;
extern const cli_command cli_cmd_remedy;
extern const cli_command cli_cmd_decide;
extern const cli_command cli_cmd_help;

/* restore FILE (cmd_backup.c), reached from restore's dispatch
 * (cmd_steps.c) when its argument is a file, not an incident. */
int cli_restore_database(cli_ctx *ctx, const char *file);

/* Shared by open, close and demo: issues through the unit's templates. */
int cli_step_open(cli_ctx *ctx, int64_t id, int64_t at, document *issued);
int cli_step_close(cli_ctx *ctx, int64_t id, int64_t at, document *issued);

#endif
