#include "cause.h"

#include <ctype.h>
#include <string.h>

const cause_info cause_table[] = {
	{ "listrik", "Listrik", "pemadaman PLN, MCB, UPS, catu daya" },
	{ "jaringan", "Jaringan", "putus ISP, tagihan, petir, perangkat jaringan" },
	{ "perangkat-keras", "Perangkat keras", "kerusakan server, disk, memori" },
	{ "aplikasi", "Aplikasi", "SPSE tidak berjalan, halaman galat, instal ulang" },
	{ "kapasitas", "Kapasitas", "lalu lintas tinggi menjelang batas waktu" },
	{ "keamanan", "Keamanan", "peretasan, deface, perusakan" },
	{ "layanan-pusat", "Layanan pusat", "gangguan di LKPP atau Pusat Data Nasional" },
	{ "kahar", "Kahar", "bencana alam, kebakaran" },
	{ "lainnya", "Lainnya", "penyebab lain" },
};
const size_t cause_count = sizeof cause_table / sizeof cause_table[0];

/* Compares with case folded and ' ' / '_' read as '-'. */
static int loose_equal(const char *a, const char *b)
{
	for (;; a++, b++) {
		int ca = tolower((unsigned char)*a), cb = tolower((unsigned char)*b);
		if (ca == ' ' || ca == '_')
			ca = '-';
		if (cb == ' ' || cb == '_')
			cb = '-';
		if (ca != cb)
			return 0;
		if (!ca)
			return 1;
	}
}

const cause_info *cause_find(const char *name)
{
	for (size_t i = 0; name && i < cause_count; i++)
		if (loose_equal(name, cause_table[i].code) || loose_equal(name, cause_table[i].label))
			return &cause_table[i];
	return NULL;
}
