/* The full-screen front end: `gangguan` with no command. */
#ifndef TUI_H
#define TUI_H

#include "cli.h"

/* Runs the TUI on ctx (config and database as the command line chose:
 * -c, -d).  With no config anywhere, offers the first-run setup form.
 * Returns an exit code (gg_status). */
int tui_run(cli_ctx *ctx);

#endif
