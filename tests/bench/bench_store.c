/* make bench: the store's queries on a unit with 100,000 incidents, the
 * size that the list screen must scroll and filter without a visible pause.
 * Prints one line per measure with its target, and exits 1 if any target
 * is missed.  The seeding writes through the store's own functions (with
 * synchronous=OFF on this throw-away file, to keep the seeding quick). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "model.h"
#include "store.h"
#include "store_internal.h"

#define INCIDENTS 100000

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static const char *const causes[] = { "listrik", "jaringan", "perangkat_keras", "aplikasi",
	                              "kapasitas", "keamanan", "layanan_pusat", "kahar", "lainnya" };
static const char *const words[] = { "pemadaman listrik PLN", "server tidak dapat diakses",
	                             "jaringan putus", "aplikasi SPSE berhenti", "disk penuh",
	                             "serangan DDoS", "gangguan pusat data LKPP", "banjir" };

static int failures;

static void measure(const char *what, double ms, double target)
{
	int ok = ms <= target;
	printf("%-44s %9.2f ms  (target <= %.0f ms)  %s\n", what, ms, target, ok ? "ok" : "TOO SLOW");
	failures += !ok;
}

static double time_list(store *s, const incident_filter *f, size_t *rows)
{
	incident_list l = { 0 };
	gg_err err;
	double t0 = now_ms();
	if (store_incident_list(s, f, &l, &err)) {
		fprintf(stderr, "bench: %s\n", err.msg);
		exit(2);
	}
	double t = now_ms() - t0;
	*rows = l.n;
	incident_list_free(&l);
	return t;
}

/* A fast query that returns nothing proves nothing: each measure must
 * also fill its screen. */
static void expect_rows(const char *what, size_t rows, size_t want)
{
	if (rows != want) {
		printf("%s: %zu rows, wanted %zu\n", what, rows, want);
		failures++;
	}
}

static double best_of(store *s, const incident_filter *f, size_t *rows)
{
	double best = 1e9;
	for (int i = 0; i < 5; i++) {
		double t = time_list(s, f, rows);
		if (t < best)
			best = t;
	}
	return best;
}

int main(void)
{
	char path[] = "/tmp/gangguan-bench-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return 2;
	close(fd);
	unlink(path);
	store *s;
	gg_err err;
	store_actor actor = { .user = "bench", .client = "" };
	if (store_open(path, STORE_CREATE, &actor, &s, &err)) {
		fprintf(stderr, "bench: %s\n", err.msg);
		return 2;
	}
	sqlite3_exec(s->db, "PRAGMA synchronous=OFF", NULL, NULL, NULL);

	double t0 = now_ms();
	srand(42);
	int64_t start = 1262304000; /* 2010-01-01 */
	for (int i = 0; i < INCIDENTS; i++) {
		char summary[120];
		snprintf(summary, sizeof summary, "%s nomor %d", words[rand() % 8], i);
		incident_new in = { summary, causes[rand() % 9], NULL, "Admin-PPE", NULL,
			            start + (int64_t)i * 5000 };
		int64_t id;
		if (store_incident_report(s, &in, &id, &err)) {
			fprintf(stderr, "bench: seeding %d: %s\n", i, err.msg);
			return 2;
		}
	}
	printf("seeded %d incidents in %.1f s\n", INCIDENTS, (now_ms() - t0) / 1e3);

	size_t rows, total;
	incident_filter f = { .state = -1, .tz_offset = 7 * 3600, .newest_first = 1, .limit = 40 };
	measure("first screen, newest first", best_of(s, &f, &rows), 20);
	expect_rows("first screen", rows, 40);
	f.offset = INCIDENTS - 40;
	measure("last screen (offset 99,960)", best_of(s, &f, &rows), 100);
	expect_rows("last screen", rows, 40);
	f.offset = 0;
	f.year = 2015;
	f.cause = "listrik";
	f.state = 0;
	measure("filter state+year+cause, one screen", best_of(s, &f, &rows), 50);
	f.year = 0;
	f.cause = NULL;
	f.state = -1;
	f.query = "pemad";
	measure("search as you type \"pemad\", one screen", best_of(s, &f, &rows), 50);
	expect_rows("search pemad", rows, 40);
	f.query = "serangan ddos";
	measure("search \"serangan ddos\", one screen", best_of(s, &f, &rows), 50);
	f.query = NULL;
	double c0 = now_ms();
	store_incident_count(s, &f, &total, &err);
	measure("count all (header)", now_ms() - c0, 100);
	expect_rows("count all", total, INCIDENTS);
	f.query = "pemad";
	c0 = now_ms();
	store_incident_count(s, &f, &total, &err);
	measure("count search matches (header)", now_ms() - c0, 150);

	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	double mb = ru.ru_maxrss / 1024.0;
	printf("%-44s %9.1f MB  (target <= 64 MB)  %s\n", "peak memory", mb, mb <= 64 ? "ok" : "TOO BIG");
	failures += mb > 64;

	store_close(s);
	char side[sizeof path + 8];
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
	printf("%s\n", failures ? "bench: FAILED" : "bench: all targets met");
	return failures ? 1 : 0;
}
