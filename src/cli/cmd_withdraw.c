/* gangguan withdraw: a letter issued in error is marked withdrawn
 * ("dibatalkan"); its number stays used, the incident goes back one step. */
#include "cli_commands.h"
#include "cliargs.h"

int cmd_withdraw(cli_ctx *ctx, int argc, char **argv)
{
	const char *reason = NULL;
	const cli_opt opts[] = { { "reason", &reason, NULL }, { NULL, NULL, NULL } };
	const char *pos[1];
	int npos, code;
	char why[200];
	gg_err err;
	int64_t id;
	if (cli_args_parse(argc, argv, opts, pos, 1, &npos, why, sizeof why) < 0)
		return cli_fail(ctx, GG_EUSAGE, "withdraw: %s", why);
	if (npos != 1 || !reason)
		return cli_fail(ctx, GG_EUSAGE, "withdraw: pemakaian: withdraw NOMOR --reason TEXT");
	if ((code = store_doc_withdraw(ctx->s.st, pos[0], reason, &id, &err)))
		return cli_fail(ctx, code, "withdraw: %s", err.msg);
	incident inc;
	if (store_incident_get(ctx->s.st, id, &inc, &err) == GG_OK) {
		fprintf(ctx->out, "%s dibatalkan; gangguan #%lld kembali %s\n", pos[0], (long long)id, state_label(inc.state));
		incident_free(&inc);
	}
	return GG_OK;
}
