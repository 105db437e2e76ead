/* The non-interactive face of gangguan: one file per command
 * (src/cli/cmd_*.c), one table (src/cli/commands.c) that drives dispatch
 * and the usage text.  Commands return a gg_status exit code. */
#ifndef CLI_H
#define CLI_H

#include <stdio.h>

#include "gg_error.h"
#include "session.h"

/* What a command needs before it runs; the dispatcher provides it. */
enum cli_needs {
	NEED_CONFIG = 1,          /* a valid config in ctx->cfg */
	NEED_STORE = 2,           /* an open, migrated store in ctx->st */
	NEED_STORE_CREATE = 4,    /* ... created if the file is missing */
	NEED_STORE_READ = 8       /* ... opened read-only (never written) */
};

typedef struct cli_ctx {
	session s;                /* config when NEED_CONFIG, store when NEED_STORE* */
	FILE *out;
	FILE *err;
} cli_ctx;

typedef struct cli_command {
	const char *name;         /* "report"; "doc list" style sub-commands are the command's own */
	int needs;                /* enum cli_needs */
	const char *usage;        /* "report --start WHEN --cause CAUSE --summary TEXT [...]" */
	const char *summary;      /* one line */
	int (*run)(cli_ctx *ctx, int argc, char **argv);  /* argv[0] is the command name */
} cli_command;

extern const cli_command cli_commands[];
extern const size_t cli_command_count;

/* Runs gangguan's command line (without argv[0]'s program name handling):
 * global options, then the command.  Returns the exit code.  If no command
 * is given, *wants_tui is set and 0 returned with ctx prepared. */
int cli_main(int argc, char **argv, cli_ctx *ctx, int *wants_tui);
void cli_ctx_release(cli_ctx *ctx);

/* Loads the config (for commands and the TUI): prints every problem as
 * "FILE:LINE: key: what" on ctx->err.  Returns a gg_status. */
int cli_load_config(cli_ctx *ctx);
/* Prints "masalah: FINDING" to the FILE* f (store_check and friends). */
void cli_print_finding(void *f, const char *finding);
/* Sets the operator named by --operator or $GANGGUAN_OPERATOR (config
 * loaded); prints the refusal, naming the choices. */
int cli_choose_operator(cli_ctx *ctx);
/* Opens the store per the needs flags; prints the refusal on ctx->err. */
int cli_open_store(cli_ctx *ctx, int needs);
/* Loads the regulation catalogue and holidays (session_catalogues);
 * prints every problem as FILE:LINE and the refusal, naming cmd. */
int cli_catalogues(cli_ctx *ctx, const char *cmd);

/* Prints "gangguan: <msg>" on ctx->err and returns err->code. */
int cli_report(cli_ctx *ctx, const gg_err *err);
/* Prints "gangguan: <command>: <message>" and returns code. */
int cli_fail(cli_ctx *ctx, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Parses a positive incident id; GG_EUSAGE with a message if not. */
int cli_parse_id(cli_ctx *ctx, const char *cmd, const char *s, int64_t *id);

/* Parses WHEN (see when_parse) in the unit's zone; the message names the
 * command and option.  GG_EUSAGE on failure. */
int cli_parse_when(cli_ctx *ctx, const char *cmd, const char *opt, const char *s, int64_t *utc);
/* "2018-02-03 14:30 WIB" in the unit's zone; "-" for 0. */
const char *cli_time(const cli_ctx *ctx, int64_t utc, char *buf, size_t n);
/* Parses --format: returns the index of value in names, or -1 after
 * printing which formats exist. */
int cli_parse_format(cli_ctx *ctx, const char *cmd, const char *value, const char *const *names);

/* The arguments of a view of one record: `CMD WHAT [--format text|json]`.
 * *arg is the record named, *json 1 for json.  GG_OK, or GG_EUSAGE after
 * saying why.  cli_parse_id_view() is the same for an incident ID. */
int cli_parse_view(cli_ctx *ctx, const char *cmd, const char *what, int argc, char **argv,
                   const char **arg, int *json);
int cli_parse_id_view(cli_ctx *ctx, const char *cmd, int argc, char **argv, int64_t *id, int *json);

#endif
