/* The non-interactive face of gangguan: one file per command
 * (src/cli/cmd_*.c) with its option table, which drives parsing, checks,
 * help and completion (src/cli/cli_commands.h).  Commands return a
 * gg_status exit code. */
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
	NEED_STORE_READ = 8,      /* ... opened read-only (never written) */
	NEED_STORE_AS_IS = 16     /* ... read-only, an older schema not migrated (check, migrate) */
};

typedef struct cli_ctx {
	session s;                /* config when NEED_CONFIG, store when NEED_STORE* */
	FILE *out;
	FILE *err;
	char saved[200];          /* what the command saved ("gangguan #12"): named when its result cannot be printed */
} cli_ctx;

/* Runs gangguan's command line (without argv[0]'s program name handling):
 * global options, then the command.  Returns the exit code.  If no command
 * is given, *wants_tui is set and 0 returned with ctx prepared. */
int cli_main(int argc, char **argv, cli_ctx *ctx, int *wants_tui);
void cli_ctx_release(cli_ctx *ctx);
/* Notes what a command saved, before it prints the result: if stdout then
 * fails (a full disk, a closed pipe), the message on stderr names it. */
void cli_saved(cli_ctx *ctx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* After the command: stdout is flushed; when that fails, says so on
 * stderr with what was saved (cli_saved, or that changes were committed)
 * and returns GG_EIO; else `code`. */
int cli_finish_output(cli_ctx *ctx, int code);

/* A stream that writes to `under` what is written to it, each control
 * character (other than newline, tab and a CR before a newline), C1
 * control, bidi control and byte of invalid UTF-8 as a visible escape
 * ("\x1b", "\u202e", "\xff"; sanitize.h).  main() puts the CLI's
 * stdout and stderr behind it.  Closing it flushes `under`; a failed
 * write under it (a full disk) is an error of this stream.  NULL when
 * out of memory. */
FILE *cli_safe_stream(FILE *under);

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

#endif
