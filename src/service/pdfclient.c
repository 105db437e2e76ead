/* Running gangguan-pdf (pdfclient.h). */
#include "pdfclient.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

void pdfreq_put(strbuf *req, const char *key, const char *value)
{
	sb_appendf(req, "%s\t", key);
	for (const char *p = value ? value : ""; *p; p++) {
		if (*p == '\n')
			sb_append(req, "\\n");
		else if (*p == '\t')
			sb_append(req, "\\t");
		else if (*p == '\\')
			sb_append(req, "\\\\");
		else
			sb_putc(req, *p);
	}
	sb_putc(req, '\n');
}

/* gangguan-pdf beside this program (an installed or a built tree). */
static void helper_path(char *buf, size_t n)
{
	char self[PATH_MAX];
	ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
	if (len > 0) {
		self[len] = '\0';
		char *slash = strrchr(self, '/');
		if (slash) {
			*slash = '\0';
			snprintf(buf, n, "%s/gangguan-pdf", self);
			if (access(buf, X_OK) == 0)
				return;
		}
	}
	snprintf(buf, n, "gangguan-pdf");
}

int pdf_client_run(const char *mode, const char *out, const char *request, gg_err *err)
{
	char helper[PATH_MAX + 32];
	int in[2], errp[2];
	helper_path(helper, sizeof helper);
	if (pipe(in) < 0)
		return gg_fail(err, GG_ESOFTWARE, "tidak dapat membuat pipa: %s", strerror(errno));
	if (pipe(errp) < 0) {
		close(in[0]);
		close(in[1]);
		return gg_fail(err, GG_ESOFTWARE, "tidak dapat membuat pipa: %s", strerror(errno));
	}
	pid_t pid = fork();
	if (pid < 0) {
		close(in[0]);
		close(in[1]);
		close(errp[0]);
		close(errp[1]);
		return gg_fail(err, GG_ESOFTWARE, "tidak dapat menjalankan %s: %s", helper, strerror(errno));
	}
	if (pid == 0) {
		dup2(in[0], STDIN_FILENO);
		dup2(errp[1], STDERR_FILENO);
		close(in[0]);
		close(in[1]);
		close(errp[0]);
		close(errp[1]);
		execlp(helper, "gangguan-pdf", mode, out, (char *)NULL);
		fprintf(stderr, "%s tidak dapat dijalankan: %s; pasang gangguan lengkap (gangguan-pdf di samping gangguan)\n",
		        helper, strerror(errno));
		_exit(GG_ECONFIG);
	}
	close(in[0]);
	close(errp[1]);
	/* the request is small; a helper that dies early must not kill us */
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);
	size_t len = strlen(request), off = 0;
	while (off < len) {
		ssize_t w = write(in[1], request + off, len - off);
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	close(in[1]);
	signal(SIGPIPE, old);
	char msg[sizeof err->msg];
	size_t got = 0;
	ssize_t r;
	while (got < sizeof msg - 1 && (r = read(errp[0], msg + got, sizeof msg - 1 - got)) > 0)
		got += (size_t)r;
	msg[got] = '\0';
	while (got && (msg[got - 1] == '\n' || msg[got - 1] == ' '))
		msg[--got] = '\0';
	close(errp[0]);
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return GG_OK;
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : GG_ESOFTWARE;
	return gg_fail(err, code, "%s", got ? msg : "gangguan-pdf gagal");
}
