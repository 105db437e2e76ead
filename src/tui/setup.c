/* The first-run setup form (tui_setup.h). */
#include "tui_setup.h"

#include <curses.h>

#include "i18n.h"
#include "tui_draw.h"

int setup_run(app *a)
{
	(void)a;
	return GG_ECONFIG;
}
