/* The jadwal reader (core/stagecsv.c): SPSE's table as a browser copies
 * it, CSV with ',' or ';', the separator it detects, and every problem
 * by its line.  The CSV basics and the templates are in test_tender.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idtime.h"
#include "stagecsv.h"
#include "strbuf.h"

static int64_t wib(const char *s)
{
	int64_t t;
	char err[200];
	assert_int_equal(when_parse(s, ZONE_WIB, &t, err, sizeof err), 0);
	return t;
}

/* Reads text as a paste; returns the problems, "" when none. */
static int read_paste(const char *text, stagecsv *c, strbuf *problems)
{
	sb_reset(problems);
	return stagecsv_read(text, "tempelan", ZONE_WIB, 0, 0, c, problems);
}

static void assert_has(const strbuf *sb, const char *what)
{
	if (!strstr(sb_str(sb), what))
		fail_msg("no \"%s\" in:\n%s", what, sb_str(sb));
}

/* Three stages of SPSE 4's pattern (REFERENCE: Download opens a minute
 * after the announcement and closes with the upload), as a browser copies
 * the table: tabs, CRLF, a non-breaking space, trailing tabs, an empty
 * and a filled Perubahan cell, a blank cell past the last column. */
static const char browser_copy[] =
	"No\tTahap\tMulai\tSampai\tPerubahan\r\n"
	"1\tPengumuman Pascakualifikasi\t3 November 2025 08:00\t10\xC2\xA0November 2025 16:00\t\t\r\n"
	"2\tDownload\xC2\xA0" "Dokumen  Pemilihan \t3 November 2025 08:01\t17 November 2025 10:00\t1 kali perubahan\r\n"
	"3\tUpload Dokumen Penawaran\t6 November 2025 08:00\t17 November 2025 10:00\t\t\t\t\r\n";

static void check_three(const stagecsv *c)
{
	assert_int_equal(c->n, 3);
	assert_string_equal(c->v[0].name, "Pengumuman Pascakualifikasi");
	assert_string_equal(c->v[1].name, "Download Dokumen Pemilihan");
	assert_string_equal(c->v[2].name, "Upload Dokumen Penawaran");
	assert_true(c->v[0].start == wib("2025-11-03 08:00"));
	assert_true(c->v[0].end == wib("2025-11-10 16:00"));
	assert_true(c->v[1].start == wib("2025-11-03 08:01"));
	/* Download and Upload end together: an overlap SPSE has. */
	assert_true(c->v[1].end == c->v[2].end);
	assert_true(c->v[2].end == wib("2025-11-17 10:00"));
}

static void test_browser_copy(void **state)
{
	(void)state;
	stagecsv c;
	strbuf p = STRBUF_INIT;
	assert_int_equal(read_paste(browser_copy, &c, &p), 0);
	assert_string_equal(sb_str(&p), "");
	check_three(&c);
	assert_int_equal(c.v[2].line, 4);
	stagecsv_free(&c);

	/* Without the header line: the columns are SPSE's, in its order. */
	assert_int_equal(read_paste(strchr(browser_copy, '\n') + 1, &c, &p), 0);
	check_three(&c);
	assert_int_equal(c.v[0].line, 1);
	stagecsv_free(&c);

	/* Without the header and with a blank cell before No. */
	assert_int_equal(read_paste("\t1\tA\t3 November 2025 08:00\t3 November 2025 09:00\t\n"
	                            "\t2\tB\t3 November 2025 08:00\t3 November 2025 10:00\n",
	                            &c, &p),
	                 0);
	assert_int_equal(c.n, 2);
	assert_string_equal(c.v[1].name, "B");
	stagecsv_free(&c);
	sb_free(&p);
}

static void test_cells_over_two_lines(void **state)
{
	(void)state;
	stagecsv c;
	strbuf p = STRBUF_INIT;
	/* A Tahap cell with a second line splits the row; a row whose
	 * Perubahan is empty comes before it (its trailing tab kept, then
	 * dropped), and a multi-line Perubahan cell after it. */
	const char text[] = "No\tTahap\tMulai\tSampai\tPerubahan\n"
	                    "1\tPengumuman Pascakualifikasi\t3 November 2025 08:00\t10 November 2025 16:00\t\n"
	                    "2\tDownload Dokumen Pemilihan\n"
	                    "baris kedua\t3 November 2025 08:01\t17 November 2025 10:00\t\t\n"
	                    "3\tUpload Dokumen Penawaran\t6 November 2025 08:00\t17 November 2025 10:00\t1 kali perubahan\n"
	                    "lihat\n"
	                    "4\tPembukaan Dokumen Penawaran\t17 November 2025 10:01\t17 November 2025 16:00\n";
	assert_int_equal(read_paste(text, &c, &p), 0);
	assert_string_equal(sb_str(&p), "");
	assert_int_equal(c.n, 4);
	assert_string_equal(c.v[1].name, "Download Dokumen Pemilihan");
	assert_int_equal(c.v[1].line, 3);
	assert_true(c.v[1].start == wib("2025-11-03 08:01"));
	assert_int_equal(c.v[3].line, 7);
	stagecsv_free(&c);

	/* A row without its trailing Perubahan cell, then a row that opens
	 * with its number: two rows, not one. */
	const char text2[] = "1\tA\t3 November 2025 08:00\t3 November 2025 09:00\n"
	                     "2\tB\n"
	                     "kedua\t3 November 2025 08:00\t3 November 2025 10:00\t\n";
	assert_int_equal(read_paste(text2, &c, &p), 0);
	assert_int_equal(c.n, 2);
	assert_string_equal(c.v[1].name, "B");
	stagecsv_free(&c);

	/* Without a header, the first row split over two lines. */
	assert_int_equal(read_paste(strchr(text, '\n') + 1 + strcspn(strchr(text, '\n') + 1, "\n") + 1, &c, &p), 0);
	assert_int_equal(c.n, 3);
	assert_string_equal(c.v[0].name, "Download Dokumen Pemilihan");
	assert_int_equal(c.v[0].line, 1);
	stagecsv_free(&c);

	/* Without No, a one-cell line after a full row is not swallowed by
	 * its Perubahan: it is a row, and a short one. */
	assert_int_equal(read_paste("Tahap\tMulai\tSampai\tPerubahan\n"
	                            "A\t3 November 2025 08:00\t3 November 2025 09:00\t\n"
	                            "B\n",
	                            &c, &p),
	                 1);
	assert_has(&p, "tempelan:3: 1 kolom, kepala berkas punya 4");
	stagecsv_free(&c);

	/* A time over two lines is one time. */
	assert_int_equal(read_paste("Tahap\tMulai\tSampai\nA\t3 November 2025\n08:00\t3 November 2025 09:00\n", &c, &p), 0);
	assert_true(c.v[0].start == wib("2025-11-03 08:00"));
	stagecsv_free(&c);
	sb_free(&p);
}

static void test_spreadsheet_csv(void **state)
{
	(void)state;
	stagecsv c;
	strbuf p = STRBUF_INIT;
	/* ';' with a BOM and CRLF, the name's commas unquoted, a quoted
	 * line break (the same second line as a paste), times as a
	 * spreadsheet rewrites them. */
	const char semi[] = "\xEF\xBB\xBFNo;Tahap;Mulai;Sampai;Perubahan\r\n"
	                    "1;Pengumuman Pascakualifikasi;03/11/2025 08:00;10/11/2025 16:00;\r\n"
	                    "2;\"Download Dokumen Pemilihan\r\nbaris kedua\";3 November 2025 08:01;2025-11-17 10:00;\r\n"
	                    "3;Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga;17 November 2025 10:05;"
	                    "21 November 2025 16:00;\r\n";
	assert_int_equal(read_paste(semi, &c, &p), 0);
	assert_string_equal(sb_str(&p), "");
	assert_int_equal(c.n, 3);
	assert_string_equal(c.v[1].name, "Download Dokumen Pemilihan");
	assert_string_equal(c.v[2].name, "Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga");
	assert_int_equal(c.v[2].line, 5);   /* the quoted break took a line */
	assert_true(c.v[1].end == wib("2025-11-17 10:00"));
	stagecsv_free(&c);

	/* ',' with the columns in another order, a quoted name with a comma
	 * and a quote. */
	const char comma[] = "mulai,sampai,tahap\n"
	                     "2025-11-03 08:00,2025-11-03 09:00,\"Rapat \"\"awal\"\", tahap 1\"\n";
	assert_int_equal(read_paste(comma, &c, &p), 0);
	assert_string_equal(c.v[0].name, "Rapat \"awal\", tahap 1");
	stagecsv_free(&c);

	/* A quoted header cell, as some spreadsheets write it. */
	assert_int_equal(read_paste("\"Tahap\";\"Mulai\";\"Sampai\"\nA;2025-11-03 08:00;2025-11-03 09:00\n", &c, &p), 0);
	assert_int_equal(c.n, 1);
	stagecsv_free(&c);
	sb_free(&p);
}

/* The separator comes from the first line: a break here splits names at
 * their commas or reads a whole row as one cell. */
static void test_separator(void **state)
{
	(void)state;
	stagecsv c;
	strbuf p = STRBUF_INIT;
	/* A header split by ';' while a row's name holds commas. */
	assert_int_equal(read_paste("tahap;mulai;sampai\nA, B, dan C;2025-11-03 08:00;2025-11-03 09:00\n", &c, &p), 0);
	assert_string_equal(c.v[0].name, "A, B, dan C");
	stagecsv_free(&c);
	/* No header, ';', a comma in the name: ';' still. */
	assert_int_equal(read_paste("1;Evaluasi Administrasi, Kualifikasi;3 November 2025 08:00;3 November 2025 09:00;\n",
	                            &c, &p),
	                 0);
	assert_string_equal(c.v[0].name, "Evaluasi Administrasi, Kualifikasi");
	stagecsv_free(&c);
	/* No header, tabs, commas and a ';' in the name: tab. */
	assert_int_equal(read_paste("1\tRapat; Evaluasi, Kualifikasi\t3 November 2025 08:00\t3 November 2025 09:00\n", &c,
	                            &p),
	                 0);
	assert_string_equal(c.v[0].name, "Rapat; Evaluasi, Kualifikasi");
	stagecsv_free(&c);
	/* A ',' header whose quoted cell holds a ';'. */
	assert_int_equal(read_paste("\"tahap\",mulai,sampai\n\"A; B\",2025-11-03 08:00,2025-11-03 09:00\n", &c, &p), 0);
	assert_string_equal(c.v[0].name, "A; B");
	stagecsv_free(&c);
	/* The header decides over the first separator found: a stray tab
	 * after a ',' header. */
	assert_int_equal(read_paste("tahap,mulai,sampai\t\nA,2025-11-03 08:00,2025-11-03 09:00\n", &c, &p), 0);
	assert_int_equal(c.n, 1);
	stagecsv_free(&c);
	/* Blank lines before the header do not decide. */
	assert_int_equal(read_paste("\n \t\nTahap\tMulai\tSampai\nA\t2025-11-03 08:00\t2025-11-03 09:00\n", &c, &p), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.v[0].line, 4);
	stagecsv_free(&c);
	sb_free(&p);
}

static void test_times(void **state)
{
	(void)state;
	int64_t t;
	char why[300];
	assert_int_equal(stagecsv_time("3 November 2025 08:00", ZONE_WIB, 0, 0, &t, why, sizeof why), 0);
	assert_true(t == wib("2025-11-03 08:00"));
	assert_int_equal(stagecsv_time("03 Nopember 2025 08.00", ZONE_WIB, 0, 0, &t, why, sizeof why), 0);
	assert_true(t == wib("2025-11-03 08:00"));
	assert_int_equal(stagecsv_time("3 november 2025 08:00", ZONE_WITA, 0, 0, &t, why, sizeof why), 0);
	assert_true(t == wib("2025-11-03 07:00"));
	/* SPSE writes the month in full: an abbreviation is refused, saying
	 * what to write. */
	assert_int_equal(stagecsv_time("03 Nov 2025 08:00", ZONE_WIB, 0, 0, &t, why, sizeof why), -1);
	assert_non_null(strstr(why, "bulan 'Nov' tidak dikenal"));
	assert_non_null(strstr(why, "3 November 2025 08:00"));
	assert_int_equal(stagecsv_time("31 Februari 2025 08:00", ZONE_WIB, 0, 0, &t, why, sizeof why), -1);
	assert_non_null(strstr(why, "tanggal tidak ada"));
	assert_int_equal(stagecsv_time("3 November 2025", ZONE_WIB, 0, 0, &t, why, sizeof why), -1);
	assert_non_null(strstr(why, "jam tidak terbaca"));
	assert_int_equal(stagecsv_time("3 November 2025 24:00", ZONE_WIB, 0, 0, &t, why, sizeof why), -1);
	assert_non_null(strstr(why, "00.00 sampai 23.59"));
	assert_int_equal(stagecsv_time("3 November 2025 08:00 x", ZONE_WIB, 0, 0, &t, why, sizeof why), -1);
}

/* Every problem, by its line, in line order, from the parse and from the
 * set check together; nothing kept to import. */
static void test_problems(void **state)
{
	(void)state;
	stagecsv c;
	strbuf p = STRBUF_INIT;
	const char text[] = "No\tTahap\tMulai\tSampai\tPerubahan\n"
	                    "1\tPengumuman\t3 November 2025 08:00\t2 November 2025 16:00\t\n"   /* end first */
	                    "2\tDownload\t03 Nov 2025 08:00\t17 November 2025 10:00\t\n"        /* month */
	                    "3\tUpload\t6 November 2025 08:00\n"                               /* short */
	                    "4\tPengumuman\t6 November 2025 08:00\t6 November 2025 09:00\t\n"   /* twice */
	                    "5\tEvaluasi\t6 November 2205 08:00\t6 November 2205 09:00\tx\ty\n" /* wide */
	                    "6\tPembuktian\t6 November 2205 08:00\t6 November 2205 09:00\n"     /* year */
	                    "\n"
	                    "7\t\t6 November 2025 08:00\t6 November 2025 09:00\n";              /* no name */
	int n = read_paste(text, &c, &p);
	assert_int_equal(n, 7);
	const char *want = "tempelan:2: tahap \"Pengumuman\": waktu selesai sebelum waktu mulai\n"
	                   "tempelan:3: mulai: '03 Nov 2025 08:00': bulan 'Nov' tidak dikenal; tulis nama bulan "
	                   "lengkap, misalnya 3 November 2025 08:00\n"
	                   "tempelan:4: 3 kolom, kepala berkas punya 5\n"
	                   "tempelan:5: tahap \"Pengumuman\" sudah ada di baris 2\n"
	                   "tempelan:6: 6 kolom, kepala berkas punya 5\n"
	                   "tempelan:7: tahap \"Pembuktian\": tahun di luar 2000-2099 (salah ketik?)\n"
	                   "tempelan:9: nama tahap kosong\n";
	assert_string_equal(sb_str(&p), want);
	stagecsv_free(&c);

	/* Quotes: unclosed costs its line only; text after a closing quote. */
	const char quotes[] = "tahap;mulai;sampai\n"
	                      "\"A;2025-11-03 08:00;2025-11-03 09:00\n"
	                      "\"B\"x;2025-11-03 08:00;2025-11-03 09:00\n"
	                      "C;2025-11-03 08:00;2025-11-03 09:00\n";
	assert_int_equal(read_paste(quotes, &c, &p), 2);
	assert_has(&p, "tempelan:2: tanda kutip tidak ditutup\n");
	assert_has(&p, "tempelan:3: teks sesudah tanda kutip penutup");
	assert_int_equal(c.n, 1);
	assert_string_equal(c.v[0].name, "C");
	stagecsv_free(&c);

	/* A name that is not UTF-8 (a Windows-1252 NBSP). */
	assert_int_equal(read_paste("tahap;mulai;sampai\nA\xA0" "B;2025-11-03 08:00;2025-11-03 09:00\n", &c, &p), 1);
	assert_has(&p, "tempelan:2: nama tahap bukan teks UTF-8");
	stagecsv_free(&c);

	/* A header and no row; a header without the times; nothing. */
	assert_int_equal(read_paste("No\tTahap\tMulai\tSampai\tPerubahan\r\n\r\n", &c, &p), 1);
	assert_has(&p, "tempelan:1: tidak ada baris tahap");
	stagecsv_free(&c);
	assert_int_equal(read_paste("No\tTahap\tTanggal\n1\tA\t3 November 2025 08:00\n", &c, &p), 2);
	assert_has(&p, "tempelan:1: kolom 'Tanggal' tidak dikenal");
	assert_has(&p, "tempelan:1: kepala berkas harus memuat kolom tahap,mulai,sampai");
	stagecsv_free(&c);
	assert_int_equal(read_paste(" \r\n\t\n", &c, &p), 1);
	assert_has(&p, "tempelan:1: berkas kosong");
	stagecsv_free(&c);
	/* A first row without a number is read as a header. */
	assert_int_equal(read_paste("Pengumuman\t3 November 2025 08:00\t3 November 2025 09:00\n", &c, &p), 4);
	assert_has(&p, "tempelan:1: kolom 'Pengumuman' tidak dikenal");
	stagecsv_free(&c);
	sb_free(&p);
}

/* Templates still read through the same path. */
static void test_stages_array(void **state)
{
	(void)state;
	stagecsv c;
	strbuf p = STRBUF_INIT;
	assert_int_equal(stagecsv_read("tahap,mulai,sampai\nA,H+1 08:00,H+2 16:00\n", "stages/x.csv", ZONE_WIB, 1,
	                               days_from_civil(2025, 11, 3), &c, &p),
	                 0);
	stage_new *v = stagecsv_stages(&c);
	assert_non_null(v);
	assert_string_equal(v[0].name, "A");
	assert_true(v[0].start == wib("2025-11-04 08:00"));
	assert_int_equal(v[0].line, 2);
	free(v);
	stagecsv_free(&c);
	/* Each bad time is a problem, counted as listed. */
	assert_int_equal(stagecsv_read("tahap,mulai,sampai\nA,H+1 08:00,H+2 16:00\n", "stages/x.csv", ZONE_WIB, 0, 0, &c, &p),
	                 2);
	assert_has(&p, "stages/x.csv:2: sampai: 'H+2 16:00'");
	assert_has(&p, "stages/x.csv:2: mulai: 'H+1 08:00': waktu relatif H+N butuh tanggal mulai");
	stagecsv_free(&c);
	sb_free(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_browser_copy),   cmocka_unit_test(test_cells_over_two_lines),
		cmocka_unit_test(test_spreadsheet_csv), cmocka_unit_test(test_separator),
		cmocka_unit_test(test_times),           cmocka_unit_test(test_problems),
		cmocka_unit_test(test_stages_array),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
