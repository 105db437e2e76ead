/* Running gangguan-pdf (pdfclient.h). */
#include "pdfclient.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
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

/* pdftotext's exit when it could not be run at all */
#define NOT_RUN 127

/* Feeds the PDF to the child's stdin while draining its stdout and
 * stderr, so that neither side waits on a full pipe. */
static int pump(int in, int outfd, int errfd, const char *pdf, size_t len, size_t max, strbuf *out,
                char *msg, size_t msg_size)
{
	size_t off = 0, got_msg = 0;
	int too_big = 0;
	struct pollfd p[3] = { { in, POLLOUT, 0 }, { outfd, POLLIN, 0 }, { errfd, POLLIN, 0 } };
	if (len == 0) {
		close(in);
		p[0].fd = -1;
	}
	while (p[1].fd >= 0 || p[2].fd >= 0) {
		if (poll(p, 3, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (p[0].fd >= 0 && p[0].revents) {
			ssize_t w = (p[0].revents & POLLOUT) ? write(in, pdf + off, len - off) : -1;
			if (w > 0)
				off += (size_t)w;
			else if (w < 0 && (p[0].revents & POLLOUT) && (errno == EAGAIN || errno == EINTR))
				continue;   /* no room after all, or a signal: poll again */
			if (w <= 0 || off == len) {
				close(in);
				p[0].fd = -1;
			}
		}
		for (int k = 1; k < 3; k++) {
			if (p[k].fd < 0 || !p[k].revents)
				continue;
			char buf[8192];
			ssize_t r = read(p[k].fd, buf, sizeof buf);
			if (r <= 0) {
				close(p[k].fd);
				p[k].fd = -1;
			} else if (k == 1) {
				if (out->len + (size_t)r > max)
					too_big = 1;
				else
					sb_appendn(out, buf, (size_t)r);
			} else {
				size_t room = msg_size - 1 - got_msg;
				size_t take = (size_t)r < room ? (size_t)r : room;
				memcpy(msg + got_msg, buf, take);
				got_msg += take;
			}
		}
	}
	if (p[0].fd >= 0)
		close(p[0].fd);
	msg[got_msg] = '\0';
	return too_big;
}

int pdf_text_read(const char *pdf, size_t len, size_t max, strbuf *out, gg_err *err)
{
	int in[2], o[2], e[2];
	if (pipe(in) < 0)
		return gg_fail(err, GG_ESOFTWARE, "tidak dapat membuat pipa: %s", strerror(errno));
	if (pipe(o) < 0) {
		close(in[0]), close(in[1]);
		return gg_fail(err, GG_ESOFTWARE, "tidak dapat membuat pipa: %s", strerror(errno));
	}
	if (pipe(e) < 0) {
		close(in[0]), close(in[1]), close(o[0]), close(o[1]);
		return gg_fail(err, GG_ESOFTWARE, "tidak dapat membuat pipa: %s", strerror(errno));
	}
	pid_t pid = fork();
	if (pid < 0) {
		close(in[0]), close(in[1]), close(o[0]), close(o[1]), close(e[0]), close(e[1]);
		return gg_fail(err, GG_ESOFTWARE, "tidak dapat menjalankan pdftotext: %s", strerror(errno));
	}
	if (pid == 0) {
		dup2(in[0], STDIN_FILENO);
		dup2(o[1], STDOUT_FILENO);
		dup2(e[1], STDERR_FILENO);
		close(in[0]), close(in[1]), close(o[0]), close(o[1]), close(e[0]), close(e[1]);
		execlp("pdftotext", "pdftotext", "-raw", "-enc", "UTF-8", "-", "-", (char *)NULL);
		_exit(NOT_RUN);
	}
	close(in[0]), close(o[1]), close(e[1]);
	fcntl(in[1], F_SETFL, O_NONBLOCK);
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);
	char msg[sizeof err->msg / 2];
	int too_big = pump(in[1], o[0], e[0], pdf, len, max, out, msg, sizeof msg);
	signal(SIGPIPE, old);
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	for (size_t n = strlen(msg); n && (msg[n - 1] == '\n' || msg[n - 1] == ' ');)
		msg[--n] = '\0';
	if (WIFEXITED(status) && WEXITSTATUS(status) == NOT_RUN)
		return gg_fail(err, GG_EUNAVAILABLE, "pdftotext tidak dapat dijalankan; membaca PDF perlu poppler-utils "
		               "(apt-get install poppler-utils)");
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return gg_fail(err, GG_EDATA, "tidak dapat dibaca sebagai PDF%s%s", *msg ? ": " : "", msg);
	if (too_big)
		return gg_fail(err, GG_EDATA, "teks PDF lebih dari %zu byte: bukan berita acara", max);
	return sb_failed(out) ? gg_fail(err, GG_ESOFTWARE, "memori habis") : GG_OK;
}
