/* The commands in the order of `gangguan --help`.  Each entry (its
 * option and argument tables, what it needs, its summary, its handler) is
 * in its own src/cli/cmd_NAME.c. */
#include "cli_commands.h"

const cli_command *const cli_commands[] = {
	&cli_cmd_init,
	&cli_cmd_demo,
	&cli_cmd_config,
	&cli_cmd_check,
	&cli_cmd_migrate,
	&cli_cmd_report,
	&cli_cmd_event,
	&cli_cmd_edit,
	&cli_cmd_open,
	&cli_cmd_restore,
	&cli_cmd_close,
	&cli_cmd_void,
	&cli_cmd_withdraw,
	&cli_cmd_list,
	&cli_cmd_show,
	&cli_cmd_search,
	&cli_cmd_rekap,
	&cli_cmd_backup,
	&cli_cmd_audit,
	&cli_cmd_anchor,
	&cli_cmd_doc,
	&cli_cmd_verify,
	&cli_cmd_number,
	&cli_cmd_tender,
	&cli_cmd_hit,
	&cli_cmd_remedy,
	&cli_cmd_decide,
	&cli_cmd_help,
};

const size_t cli_command_count = sizeof cli_commands / sizeof cli_commands[0];
