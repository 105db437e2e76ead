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
 * and the counts on stdout. */
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
	sqlite3_exec(s.st->db, "PRAGMA synchronous=OFF; PRAGMA cache_size=-400000", NULL, NULL, NULL);
	int utc = zone_utc_offset(s.cfg->tz);

	/* Incidents spread evenly from 2015-01-05 to 20 days ago, in order of
	 * start (as they are reported); every step lies in the past. */
	int64_t first = 1420416000, last = (int64_t)time(NULL) - 20 * 86400;
	double span = (double)(last - first) / n;
	long counts[ST__COUNT] = { 0 }, events = 0, docs = 0, tenders = 0, hits = 0, decisions = 0;
	double t0 = now_s();
	int in_batch = 0;
	for (long i = 0; i < n; i++) {
		if (!in_batch) {
			if (store_batch_begin(s.st, &err))
				die("batch", &err);
			in_batch = 1;
		}
		int64_t start = first + (int64_t)(i * span) + rnd(600);
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
			goto next;
		}
		if (want == ST_REPORTED) {
			counts[ST_REPORTED]++;
			goto next;
		}
		int64_t opened = start + 600 + rnd(3000);
		document d;
		if (letters_issue_step(&s, STEP_OPEN, id, 0, opened, NULL, &d, &err))
			die("open", &err);
		docs += d.number != NULL;
		document_free(&d);
		int64_t down = 1800 + rnd(6 * 3600);
		int nev = 1 + rnd(10);
		for (int e = 0; e < nev; e++) {
			event_new ev = { .at = start + (down * e) / nev + rnd(60), .about = rnd(4) == 0,
				         .action = rnd(2), .text = lines_text[rnd(N_OF(lines_text))] };
			if (store_event_add(s.st, id, &ev, NULL, &err))
				die("event", &err);
			events++;
		}
		if (want == ST_OPEN) {
			counts[ST_OPEN]++;
			goto next;
		}
		int64_t restored = opened + down;
		if (store_incident_restore(s.st, id, 0, restored, &err))
			die("restore", &err);
		/* One incident in twenty hit a tender: the tender is made for it,
		 * its schedule from the stage list starting the day before, so that
		 * a stage lies in the window; the committee decides on half. */
		if (rnd(20) == 0) {
			char code[32];
			snprintf(code, sizeof code, "%ld%03u", 10000000 + i, rnd(1000));
			tender_stages st;
			strbuf probs_sb = STRBUF_INIT;
			const char *method = rnd(2) ? "tender-pascakualifikasi-1-file" : "seleksi-prakualifikasi-2-file";
			if (tender_stages_from_method(&s, method, local_day(start, utc) - 1, &st, &probs_sb, &err))
				die("stages", &err);
			sb_free(&probs_sb);
			char name[120];
			snprintf(name, sizeof name, "Pembangunan Jalan Ruas %ld Kabupaten Lebong", i);
			tender_new tn = { code, name, "Pokja Pemilihan 3", method };
			int64_t tid;
			if (store_tender_add(s.st, &tn, st.v, st.n, &tid, &err))
				die("tender", &err);
			tender_stages_free(&st);
			tenders++;
			if (store_hit_confirm(s.st, id, code, &err) == GG_OK) {
				hits++;
				incident inc;
				const regime *reg;
				if (rnd(2) && store_incident_get(s.st, id, &inc, &err) == GG_OK) {
					if (letters_regime(&s, &inc, &reg, &err) == GG_OK) {
						decision_new dn = { .incident_id = id, .tender_code = code,
							            .remedy = rnd(2) ? REMEDY_ALTERNATIVE : REMEDY_LKPP,
							            .ref = "BA/POKJA-3/2018", .decided = restored + 3600,
							            .note = "disepakati Pokja", .days = 1, .regime = reg->id,
							            .expect_revision = -1 };
						int rev;
						if (store_decide(s.st, &dn, &rev, &err))
							die("decide", &err);
						decisions++;
					}
					incident_free(&inc);
				}
			}
		}
		if (want == ST_RESTORED) {
			counts[ST_RESTORED]++;
			goto next;
		}
		if (letters_issue_step(&s, STEP_CLOSE, id, 0, restored + 600 + rnd(3600), NULL, &d, &err))
			die("close", &err);
		docs += d.number != NULL;
		document_free(&d);
		counts[ST_CLOSED]++;
	next:
		if ((i + 1) % BATCH == 0 || i + 1 == n) {
			if (store_batch_end(s.st, 1, &err))
				die("commit", &err);
			in_batch = 0;
			if ((i + 1) % 20000 == 0)
				fprintf(stderr, "bench_gen: %ld/%ld incidents, %.0f s\n", i + 1, n, now_s() - t0);
		}
	}
	sqlite3_exec(s.st->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
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
