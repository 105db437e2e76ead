/* make bench: runs one command and prints what it cost, on stderr as the
 * last line: "bench_run WALL_US USER_US SYS_US MAXRSS_KB STATUS".
 *
 * Why not from Python: Linux keeps a process's peak RSS across exec, so a
 * child forked by the Python driver (20 MB) reports at least that much;
 * forked from this small program, the floor is its own (about 1 MB).
 * Linked against libc only (see the Makefile), so that it stays small.
 * The command's stdout goes to /dev/null, its stderr to ours. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

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
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("bench_run: wait4");
		return 71;
	}
	long long wall = now_us() - t0;
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	fprintf(stderr, "\nbench_run %lld %lld %lld %ld %d\n", wall,
	        (long long)ru.ru_utime.tv_sec * 1000000LL + ru.ru_utime.tv_usec,
	        (long long)ru.ru_stime.tv_sec * 1000000LL + ru.ru_stime.tv_usec, ru.ru_maxrss, code);
	return 0;
}
