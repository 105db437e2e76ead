/* The command handlers, one per file src/cli/cmd_NAME.c; the table in
 * src/cli/commands.c names them. */
#ifndef CLI_COMMANDS_H
#define CLI_COMMANDS_H

#include "cli.h"

int cmd_init(cli_ctx *ctx, int argc, char **argv);
int cmd_config(cli_ctx *ctx, int argc, char **argv);
int cmd_demo(cli_ctx *ctx, int argc, char **argv);
int cmd_check(cli_ctx *ctx, int argc, char **argv);
int cmd_report(cli_ctx *ctx, int argc, char **argv);
int cmd_event(cli_ctx *ctx, int argc, char **argv);
int cmd_open(cli_ctx *ctx, int argc, char **argv);
int cmd_restore(cli_ctx *ctx, int argc, char **argv);
int cmd_close(cli_ctx *ctx, int argc, char **argv);
int cmd_void(cli_ctx *ctx, int argc, char **argv);
int cmd_edit(cli_ctx *ctx, int argc, char **argv);
int cmd_withdraw(cli_ctx *ctx, int argc, char **argv);
int cmd_list(cli_ctx *ctx, int argc, char **argv);
int cmd_show(cli_ctx *ctx, int argc, char **argv);
int cmd_search(cli_ctx *ctx, int argc, char **argv);
int cmd_audit(cli_ctx *ctx, int argc, char **argv);
int cmd_number(cli_ctx *ctx, int argc, char **argv);
int cmd_doc(cli_ctx *ctx, int argc, char **argv);
/* Tenders and remedies (issue 4): src/cli/cmd_tender.c, src/cli/cmd_remedy.c. */
int cmd_tender(cli_ctx *ctx, int argc, char **argv);
int cmd_remedy(cli_ctx *ctx, int argc, char **argv);
int cmd_hit(cli_ctx *ctx, int argc, char **argv);
int cmd_decide(cli_ctx *ctx, int argc, char **argv);
int cmd_rekap(cli_ctx *ctx, int argc, char **argv);
/* Backup and restore (src/cli/cmd_backup.c); cmd_restore dispatches to
 * cli_restore_database() when its argument is a file, not an incident. */
int cmd_backup(cli_ctx *ctx, int argc, char **argv);
int cli_restore_database(cli_ctx *ctx, const char *file);

/* Shared by open, close and demo: issues through the unit's templates. */
int cli_step_open(cli_ctx *ctx, int64_t id, int64_t at, document *issued);
int cli_step_close(cli_ctx *ctx, int64_t id, int64_t at, document *issued);

#endif
