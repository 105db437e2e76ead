/* The full-screen front end: `gangguan` with no command. */
#ifndef TUI_H
#define TUI_H

#include "session.h"

/* Runs the TUI in session s (config and database as the command line
 * chose: s->config_arg, s->db_arg).  With no config anywhere, offers the
 * first-run setup form.  Returns an exit code (gg_status). */
int tui_run(session *s);

#endif
