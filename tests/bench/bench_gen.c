/* make bench: writes a realistic, seeded register of N incidents through
 * the store and the service, as operators would have made it over years:
 * states mixed (reported, open, restored, closed, void), 1-10 chronology
 * lines, opening and closing letters rendered and issued by the letters
 * of the service (so their text, number and fingerprint are real), the
 * audit rows the store writes with each change, and tenders with stages
 * (data/stages), hits and committee decisions.
 *
 *   bench_gen DB N [SEED]      (GANGGUAN_DATADIR names data/; the config
 *                              is $GANGGUAN_DATADIR/gangguan.ini)
 *   bench_gen --schema         the schema version this build writes
 *
 * DB must not exist; it is written as DB.part and renamed when complete,
 * so that a cache (tests/bench/bench.py keys it by size, seed and schema)
 * never holds half a register.  Speed: the changes go through
 * store_batch_begin(), thousands of incidents per transaction, with
 * synchronous=OFF on this throw-away file; each change is still the
 * store's own savepoint with its audit row.  Prints the schema version
 * and the counts on stdout.
 *
 * The store prepares every statement each time it runs it, which with the
 * search triggers is about a third of a write's CPU; this program, which
 * makes millions of writes, keeps each statement prepared instead: it
 * interposes sqlite3_prepare_v2 and sqlite3_finalize (below).  What is
 * written is the same; only the generator is faster. */
#define _GNU_SOURCE   /* RTLD_NEXT */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "idtime.h"
#include "schedule.h"
#include "letters.h"
#include "model.h"
#include "session.h"
#include "store.h"
#include "store_internal.h"
#include "store_tender.h"
#include "tenders.h"

#define BATCH 2000   /* incidents per transaction */

/* A small, seeded generator of our own: rand() differs between libcs. */
static unsigned long long rng_state;
static unsigned rnd(unsigned n)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (unsigned)((rng_state >> 11) % n);
}

static const char *const causes[] = { "listrik", "jaringan", "perangkat_keras", "aplikasi",
	                              "kapasitas", "keamanan", "layanan_pusat", "kahar", "lainnya" };
static const char *const summaries[] = {
	"pemadaman listrik PLN di ruang server", "server LPSE tidak dapat diakses",
	"jaringan internet putus dari ISP", "aplikasi SPSE berhenti merespons", "disk server penuh",
	"serangan DDoS ke alamat SPSE", "gangguan pusat data LKPP", "banjir di gedung LPSE",
	"sertifikat SSL kedaluwarsa", "basis data SPSE terkunci", "UPS rusak saat listrik padam",
	"router inti mati", "modul e-tendering galat 500", "kabel fiber optik terputus",
	"layanan inaproc tidak tersedia", "kapasitas bandwidth habis saat batas unggah",
};
static const char *const impacts[] = { "server LPSE tidak bisa diakses secara online",
	                               "penyedia tidak dapat mengunggah dokumen penawaran",
	                               "pokja tidak dapat membuka dokumen", "" };
static const char *const channels[] = { "nota laporan", "telepon", "surel", "WhatsApp", "helpdesk" };
static const char *const reporters[] = { "Admin-PPE LPSE Kabupaten Lebong", "Helpdesk LPSE",
	                                 "Pokja Pemilihan 3", "Penyedia CV Maju Jaya", "Verifikator" };
static const char *const lines_text[] = {
	"server LPSE tidak dapat diakses dari luar kantor",
	"teknisi memeriksa catu daya dan jaringan di ruang server",
	"aplikasi SPSE telah aktif namun belum bisa diakses",
	"mereset password server dan memulai ulang layanan",
	"menghubungi ISP untuk memeriksa jalur fiber optik",
	"memberikan akses ke LKPP melakukan remote server",
	"listrik PLN kembali menyala, genset dimatikan",
	"membersihkan berkas log yang memenuhi disk",
	"mengganti modul UPS yang rusak",
	"layanan sudah dapat diakses kembali oleh penyedia",
	"koordinasi dengan Pokja tentang jadwal tender yang terdampak",
	"memantau beban server setelah layanan pulih",
};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* ---- a statement cache in front of the store's sqlite3_prepare_v2 ----
 * One prepared statement per SQL text and connection, handed out while no
 * one else holds it; "finalizing" it resets it and clears its bindings.
 * A statement asked for while its cached one is in use, a prepare with a
 * tail or a length, or a full cache, goes to SQLite as it is.  Closing a
 * connection finalizes its statements first. */
enum { CACHE_SLOTS = 4096 };   /* a power of 2, many times the store's statements */
static struct cached {
	sqlite3 *db;
	char *sql;
	sqlite3_stmt *st;
	int busy;
} cache[CACHE_SLOTS];
static struct cached *by_stmt[CACHE_SLOTS];
static size_t cached_n;

typedef int (*prepare_fn)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
typedef int (*stmt_fn)(sqlite3_stmt *);
typedef int (*close_fn)(sqlite3 *);

static void *real(const char *name)
{
	void *f = dlsym(RTLD_NEXT, name);
	if (!f) {
		fprintf(stderr, "bench_gen: no %s in the SQLite library\n", name);
		exit(70);
	}
	return f;
}

static size_t hash_text(const char *s, const sqlite3 *db)
{
	uint64_t h = 1469598103934665603ull ^ (uint64_t)(uintptr_t)db;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return (size_t)h;
}

static size_t hash_ptr(const void *p)
{
	return (size_t)(((uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull) >> 20);
}

int sqlite3_prepare_v2(sqlite3 *db, const char *sql, int n, sqlite3_stmt **out, const char **tail)
{
	static prepare_fn prepare;
	if (!prepare)
		prepare = (prepare_fn)real("sqlite3_prepare_v2");
	if (n >= 0 || tail)
		return prepare(db, sql, n, out, tail);
	size_t k = hash_text(sql, db) & (CACHE_SLOTS - 1);
	for (;; k = (k + 1) & (CACHE_SLOTS - 1)) {
		struct cached *c = &cache[k];
		if (!c->sql)
			break;
		if (c->db == db && strcmp(c->sql, sql) == 0) {
			if (c->busy)
				return prepare(db, sql, n, out, tail);
			c->busy = 1;
			*out = c->st;
			return SQLITE_OK;
		}
	}
	int rc = prepare(db, sql, n, out, tail);
	if (rc != SQLITE_OK || !*out || cached_n >= CACHE_SLOTS / 2)
		return rc;
	struct cached *c = &cache[k];
	if (!(c->sql = strdup(sql)))
		return rc;
	c->db = db;
	c->st = *out;
	c->busy = 1;
	cached_n++;
	size_t j = hash_ptr(*out) & (CACHE_SLOTS - 1);
	while (by_stmt[j])
		j = (j + 1) & (CACHE_SLOTS - 1);
	by_stmt[j] = c;
	return rc;
}

static struct cached *cached_of(sqlite3_stmt *st)
{
	for (size_t j = hash_ptr(st) & (CACHE_SLOTS - 1); by_stmt[j]; j = (j + 1) & (CACHE_SLOTS - 1))
		if (by_stmt[j]->st == st)
			return by_stmt[j];
	return NULL;
}

int sqlite3_finalize(sqlite3_stmt *st)
{
	static stmt_fn finalize;
	if (!finalize)
		finalize = (stmt_fn)real("sqlite3_finalize");
	struct cached *c = st ? cached_of(st) : NULL;
	if (!c || !c->busy)
		return finalize(st);
	int rc = sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	c->busy = 0;
	return rc;
}

static void forget(sqlite3 *db)
{
	static stmt_fn finalize;
	if (!finalize)
		finalize = (stmt_fn)real("sqlite3_finalize");
	for (size_t k = 0; k < CACHE_SLOTS; k++)
		if (cache[k].sql && cache[k].db == db && cache[k].st) {
			finalize(cache[k].st);
			cache[k].st = NULL;   /* the slot stays, so that probing still finds past it */
			cache[k].db = NULL;
		}
}

int sqlite3_close(sqlite3 *db)
{
	static close_fn close_db;
	if (!close_db)
		close_db = (close_fn)real("sqlite3_close");
	forget(db);
	return close_db(db);
}

int sqlite3_close_v2(sqlite3 *db)
{
	static close_fn close_db;
	if (!close_db)
		close_db = (close_fn)real("sqlite3_close_v2");
	forget(db);
	return close_db(db);
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void die(const char *what, const gg_err *err)
{
	fprintf(stderr, "bench_gen: %s: %s\n", what, err ? err->msg : "");
	exit(2);
}

static long counts[ST__COUNT], events, docs, tenders, hits, decisions;

/* A step waiting for its time. */
enum { P_OPEN, P_RESTORE, P_CLOSE };
typedef struct pending {
	int64_t at, id, start, restored;
	int kind;
	incident_state want;
	long i;
} pending;
static struct {
	pending *v;
	size_t n, cap;
} q;

static int pq_less(size_t a, size_t b)
{
	return q.v[a].at < q.v[b].at || (q.v[a].at == q.v[b].at && q.v[a].id < q.v[b].id);
}

static void pq_swap(size_t a, size_t b)
{
	pending t = q.v[a];
	q.v[a] = q.v[b];
	q.v[b] = t;
}

static void pq_push(pending p)
{
	if (q.n == q.cap) {
		q.cap = q.cap ? 2 * q.cap : 256;
		if (!(q.v = realloc(q.v, q.cap * sizeof *q.v)))
			die("queue", NULL);
	}
	size_t k = q.n++;
	q.v[k] = p;
	while (k && pq_less(k, (k - 1) / 2)) {
		pq_swap(k, (k - 1) / 2);
		k = (k - 1) / 2;
	}
}

static pending pq_pop(void)
{
	pending top = q.v[0];
	q.v[0] = q.v[--q.n];
	for (size_t k = 0;;) {
		size_t l = 2 * k + 1, r = l + 1, m = k;
		if (l < q.n && pq_less(l, m))
			m = l;
		if (r < q.n && pq_less(r, m))
			m = r;
		if (m == k)
			break;
		pq_swap(k, m);
		k = m;
	}
	return top;
}

/* One incident in twenty hit a tender: the tender is made for it, its
 * schedule from a stage list starting the day before, so that a stage
 * lies in the window; the committee decides on half of them. */
static void tender_hit(session *s, int utc, const pending *p)
{
	gg_err err;
	char code[32];
	snprintf(code, sizeof code, "%ld%03u", 10000000 + p->i, rnd(1000));
	tender_stages st;
	strbuf probs_sb = STRBUF_INIT;
	const char *method = rnd(2) ? "tender-pascakualifikasi-1-file" : "seleksi-prakualifikasi-2-file";
	if (tender_stages_from_method(s, method, local_day(p->start, utc) - 1, &st, &probs_sb, &err))
		die("stages", &err);
	sb_free(&probs_sb);
	char name[120];
	snprintf(name, sizeof name, "Pembangunan Jalan Ruas %ld Kabupaten Lebong", p->i);
	tender_new tn = { code, name, "Pokja Pemilihan 3", method };
	int64_t tid;
	if (store_tender_add(s->st, &tn, st.v, st.n, &tid, &err))
		die("tender", &err);
	tender_stages_free(&st);
	tenders++;
	if (store_hit_confirm(s->st, p->id, code, &err) != GG_OK)
		return;
	hits++;
	incident inc;
	const regime *reg;
	if (!rnd(2) || store_incident_get(s->st, p->id, &inc, &err) != GG_OK)
		return;
	if (letters_regime(s, &inc, &reg, &err) == GG_OK) {
		decision_new dn = { .incident_id = p->id, .tender_code = code,
			            .remedy = rnd(2) ? REMEDY_ALTERNATIVE : REMEDY_LKPP, .ref = "BA/POKJA-3/2018",
			            .decided = p->at + 3600, .note = "disepakati Pokja", .days = 1,
			            .regime = reg->id, .expect_revision = -1 };
		int rev;
		if (store_decide(s->st, &dn, &rev, &err))
			die("decide", &err);
		decisions++;
	}
	incident_free(&inc);
}

/* Takes the step p: opening (with its chronology, written as the
 * operator goes), restore (and a tender hit), closing; queues the next. */
static void step(session *s, int utc, pending p)
{
	gg_err err;
	document d;
	if (p.kind == P_OPEN) {
		if (letters_issue_step(s, STEP_OPEN, p.id, 0, p.at, NULL, &d, &err))
			die("open", &err);
		docs += d.number != NULL;
		document_free(&d);
		int64_t down = 1800 + rnd(6 * 3600);
		int nev = 1 + rnd(10);
		for (int e = 0; e < nev; e++) {
			event_new ev = { .at = p.start + (down * e) / nev + rnd(60), .about = rnd(4) == 0,
				         .action = rnd(2), .text = lines_text[rnd(N_OF(lines_text))] };
			if (store_event_add(s->st, p.id, &ev, NULL, &err))
				die("event", &err);
			events++;
		}
		if (p.want == ST_OPEN)
			counts[ST_OPEN]++;
		else
			pq_push((pending){ p.at + down, p.id, p.start, 0, P_RESTORE, p.want, p.i });
	}
	else if (p.kind == P_RESTORE) {
		if (store_incident_restore(s->st, p.id, 0, p.at, &err))
			die("restore", &err);
		if (rnd(20) == 0)
			tender_hit(s, utc, &p);
		if (p.want == ST_RESTORED)
			counts[ST_RESTORED]++;
		else
			pq_push((pending){ p.at + 600 + rnd(3600), p.id, p.start, p.at, P_CLOSE, p.want, p.i });
	}
	else {
		if (letters_issue_step(s, STEP_CLOSE, p.id, 0, p.at, NULL, &d, &err))
			die("close", &err);
		docs += d.number != NULL;
		document_free(&d);
		counts[ST_CLOSED]++;
	}
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--schema") == 0) {
		printf("%d\n", store_schema_latest());
		return 0;
	}
	if (argc < 3) {
		fprintf(stderr, "usage: bench_gen DB N [SEED]\n");
		return 64;
	}
	const char *dbpath = argv[1];
	long n = atol(argv[2]);
	unsigned long long seed = argc > 3 ? strtoull(argv[3], NULL, 10) : 42;
	rng_state = seed * 0x9E3779B97F4A7C15ull + 1;
	const char *datadir = getenv("GANGGUAN_DATADIR");
	if (!datadir || n <= 0) {
		fprintf(stderr, "bench_gen: GANGGUAN_DATADIR and N > 0 are needed\n");
		return 64;
	}
	if (access(dbpath, F_OK) == 0) {
		fprintf(stderr, "bench_gen: %s exists\n", dbpath);
		return 73;
	}
	char part[4096], cfgpath[4096];
	snprintf(part, sizeof part, "%s.part", dbpath);
	snprintf(cfgpath, sizeof cfgpath, "%s/gangguan.ini", datadir);
	for (const char *sfx = ""; sfx; sfx = *sfx ? (sfx[1] == 'w' ? "-shm" : NULL) : "-wal") {
		char p[4200];
		snprintf(p, sizeof p, "%s%s", part, sfx);
		unlink(p);
	}

	session s = { .config_arg = cfgpath, .db_arg = part };
	config_problems probs = { 0 };
	gg_err err;
	session_fill_actor(&s);
	if (session_load_config(&s, &probs, &err))
		die("config", &err);
	if (session_open_store(&s, STORE_CREATE, &err))
		die("store", &err);
	if (session_catalogues(&s, NULL, &err))
		die("catalogues", &err);
	/* Bulk loading: no fsync per batch and a big page cache (the register
	 * it writes is the product's, nothing else). */
	sqlite3_exec(s.st->db, "PRAGMA synchronous=OFF; PRAGMA cache_size=-400000", NULL, NULL, NULL);
	int utc = zone_utc_offset(s.cfg->tz);

	/* Incidents spread evenly from 2015-01-05 to 20 days ago, reported in
	 * order of start; every step lies in the past.  Letters must be
	 * numbered in the order of their dates, and at 100k an incident still
	 * open when the next one starts is common: the later steps wait in a
	 * queue by time, each taken once the reports reach its time. */
	int64_t first = 1420416000, last = (int64_t)time(NULL) - 20 * 86400;
	double span = (double)(last - first) / n;
	double t0 = now_s();
	int in_batch = 0;
	for (long i = 0; i <= n; i++) {
		int64_t start = i < n ? first + (int64_t)(i * span) + rnd(600) : INT64_MAX;
		while (q.n && q.v[0].at <= start)
			step(&s, utc, pq_pop());
		if (i == n)
			break;
		if (!in_batch) {
			if (store_batch_begin(s.st, &err))
				die("batch", &err);
			in_batch = 1;
		}
		char summary[160];
		snprintf(summary, sizeof summary, "%s%s", summaries[rnd(N_OF(summaries))],
		         rnd(4) ? "" : " (berulang)");
		incident_new in = { summary, causes[rnd(N_OF(causes))], impacts[rnd(N_OF(impacts))],
			            reporters[rnd(N_OF(reporters))], channels[rnd(N_OF(channels))], start };
		int64_t id;
		if (store_incident_report(s.st, &in, &id, &err))
			die("report", &err);
		/* The mix of a working register: the last 2% still in hand (reported,
		 * open, restored, closed alike); before them most closed, some left
		 * restored without a closing letter, a few reports voided. */
		unsigned r = rnd(100);
		incident_state want;
		if (i >= n - n / 50)
			want = r < 25 ? ST_REPORTED : r < 50 ? ST_OPEN : r < 75 ? ST_RESTORED : ST_CLOSED;
		else
			want = r < 4 ? ST_VOID : r < 10 ? ST_RESTORED : ST_CLOSED;
		if (want == ST_VOID) {
			if (store_incident_void(s.st, id, 0, "laporan ganda", &err))
				die("void", &err);
			counts[ST_VOID]++;
		}
		else if (want == ST_REPORTED)
			counts[ST_REPORTED]++;
		else
			pq_push((pending){ start + 600 + rnd(3000), id, start, 0, P_OPEN, want, i });
		if ((i + 1) % BATCH == 0 || i + 1 == n) {
			if (store_batch_end(s.st, 1, &err))
				die("commit", &err);
			in_batch = 0;
			if ((i + 1) % 20000 == 0)
				fprintf(stderr, "bench_gen: %ld/%ld incidents, %.0f s\n", i + 1, n, now_s() - t0);
		}
	}
	/* the steps still queued (the last incidents'), in one transaction */
	if (q.n) {
		if (store_batch_begin(s.st, &err))
			die("batch", &err);
		while (q.n)
			step(&s, utc, pq_pop());
		if (store_batch_end(s.st, 1, &err))
			die("commit", &err);
	}
	if (sqlite3_exec(s.st->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "bench_gen: checkpoint: %s\n", sqlite3_errmsg(s.st->db));
		return 74;
	}
	int schema = store_schema_version(s.st);
	session_release(&s);
	config_problems_free(&probs);
	if (rename(part, dbpath)) {
		perror("bench_gen: rename");
		return 74;
	}
	printf("schema %d incidents %ld reported %ld open %ld restored %ld closed %ld void %ld events %ld "
	       "documents %ld tenders %ld hits %ld decisions %ld seconds %.1f\n",
	       schema, n, counts[ST_REPORTED], counts[ST_OPEN], counts[ST_RESTORED], counts[ST_CLOSED],
	       counts[ST_VOID], events, docs, tenders, hits, decisions, now_s() - t0);
	return 0;
}
