/* The first-run setup form: no config anywhere, so ask for the unit's
 * essentials, write a complete INI file with config_write (the loader's
 * own validation) and create the database. */
#ifndef TUI_SETUP_H
#define TUI_SETUP_H

#include "tui_app.h"

/* Runs its own small loop.  GG_OK once the config is written and
 * a->ses->config_arg/db_arg point at the new files; a->quit if the
 * operator left. */
int setup_run(app *a);

#endif
