/* gangguan: the command line, or with no command the full-screen front end. */
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>

#include "cli.h"
#include "tui.h"

int main(int argc, char **argv)
{
	cli_ctx ctx = { 0 };
	int wants_tui = 0;

	setlocale(LC_ALL, "");
	/* past a file size limit (ulimit -f) a write fails with EFBIG, and the
	 * message says so, rather than the process being killed mid-write */
	signal(SIGXFSZ, SIG_IGN);
	/* everything the CLI prints passes the one sanitiser on its way out */
	FILE *out = cli_safe_stream(stdout), *err = cli_safe_stream(stderr);
	ctx.out = out ? out : stdout;
	ctx.err = err ? err : stderr;
	setvbuf(ctx.err, NULL, _IOLBF, 0);
	int code = cli_main(argc, argv, &ctx, &wants_tui);
	if (wants_tui) {
		fflush(ctx.out);
		code = tui_run(&ctx.s);
	}
	errno = 0;
	code = cli_finish_output(&ctx, code);
	cli_ctx_release(&ctx);
	if (out && fclose(out) != 0 && code == GG_OK)
		code = GG_EIO;
	if (err)
		fclose(err);
	/* The TUI left on SIGHUP/SIGTERM/SIGINT after saving the draft and
	 * restoring the terminal: die of that signal, so that the parent (sshd,
	 * a shell, a service manager) sees how it ended, and no exit-time
	 * handler runs against a terminal that is gone. */
	if (wants_tui && (code == 128 + SIGHUP || code == 128 + SIGTERM || code == 128 + SIGINT)) {
		signal(code - 128, SIG_DFL);
		raise(code - 128);
	}
	return code;
}
