/* make bench: runs one command and prints what it cost, on stderr as the
 * last line: "bench_run WALL_US USER_US SYS_US MAXRSS_KB STATUS".
 *
 * Why not from Python: Linux keeps a process's peak RSS across exec, so a
 * child forked by the Python driver (20 MB) reports at least that much;
 * forked from this small program, the floor is its own (about 1 MB).
 * Linked against libc only (see the Makefile), so that it stays small.
 * The command's stdout goes to /dev/null, its stderr to ours.  With
 * BENCH_RUN_TIMEOUT=S in the environment the command is killed after S
 * seconds (STATUS 124), so that one quadratic command at 1M cannot hold
 * the bench for hours. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static pid_t child;
static volatile sig_atomic_t timed_out;

static void on_alarm(int sig)
{
	(void)sig;
	timed_out = 1;
	kill(child, SIGKILL);
}

static long long now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: bench_run COMMAND [ARG...]\n");
		return 64;
	}
	long long t0 = now_us();
	pid_t pid = fork();
	if (pid < 0) {
		perror("bench_run: fork");
		return 71;
	}
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);
		if (fd >= 0) {
			dup2(fd, 1);
			close(fd);
		}
		execvp(argv[1], argv + 1);
		perror("bench_run: exec");
		_exit(127);
	}
	child = pid;
	const char *limit = getenv("BENCH_RUN_TIMEOUT");
	if (limit && atoi(limit) > 0) {
		signal(SIGALRM, on_alarm);
		alarm((unsigned)atoi(limit));
	}
	int status;
	struct rusage ru;
	pid_t w;
	while ((w = wait4(pid, &status, 0, &ru)) < 0 && errno == EINTR)
		;
	if (w < 0) {
		perror("bench_run: wait4");
		return 71;
	}
	long long wall = now_us() - t0;
	int code = timed_out ? 124 : WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	fprintf(stderr, "\nbench_run %lld %lld %lld %ld %d\n", wall,
	        (long long)ru.ru_utime.tv_sec * 1000000LL + ru.ru_utime.tv_usec,
	        (long long)ru.ru_stime.tv_sec * 1000000LL + ru.ru_stime.tv_usec, ru.ru_maxrss, code);
	return 0;
}
