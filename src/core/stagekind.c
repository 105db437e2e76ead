/* The stages whose names the rescheduling rules know (stagekind.h). */
#include "stagekind.h"

#include <ctype.h>
#include <stddef.h>

/* SPSE 4's names, as its jadwal pages show them for tenders with pre- and
 * post-qualification and for seleksi.  Pokja stages are the acts of the
 * committee at a set time (an explanation meeting, an opening, a check of
 * the original documents, a decision and its announcement); the
 * participants' stages (download, upload, sending qualifications), the
 * announcement of the tender and the PPK's stages (SPPBJ, contract) are
 * not. */
static const struct {
	const char *name;
	unsigned kind;
} stage_table[] = {
	{ "Pemberian Penjelasan", STAGE_POKJA },
	{ "Penjelasan Dokumen Prakualifikasi", STAGE_POKJA },
	{ "Pembukaan Dokumen Penawaran", STAGE_POKJA },
	{ "Pembukaan dan Evaluasi Penawaran File I: Administrasi dan Teknis", STAGE_POKJA },
	{ "Pembukaan dan Evaluasi Penawaran File II: Harga", STAGE_POKJA },
	{ "Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga", STAGE_POKJA },
	{ "Evaluasi Dokumen Kualifikasi", STAGE_POKJA },
	{ "Pembuktian Kualifikasi", STAGE_POKJA },
	{ "Penetapan Hasil Kualifikasi", STAGE_POKJA },
	{ "Pengumuman Hasil Prakualifikasi", STAGE_POKJA },
	{ "Pengumuman Hasil Evaluasi Administrasi dan Teknis", STAGE_POKJA },
	{ "Klarifikasi dan Negosiasi Teknis dan Biaya", STAGE_POKJA },
	{ "Penetapan Pemenang", STAGE_POKJA },
	{ "Pengumuman Pemenang", STAGE_POKJA },
	{ "Masa Sanggah", STAGE_SANGGAH },
	{ "Masa Sanggah Prakualifikasi", STAGE_SANGGAH },
};

/* Compares a typed name with a table name: case and runs of blanks do not
 * count. */
static int same_name(const char *typed, const char *known)
{
	while (isspace((unsigned char)*typed))
		typed++;
	while (*typed || *known) {
		if (isspace((unsigned char)*typed) && *known == ' ') {
			while (isspace((unsigned char)*typed))
				typed++;
			known++;
			continue;
		}
		if (!*known) {
			while (isspace((unsigned char)*typed))
				typed++;
			return *typed == '\0';
		}
		if (tolower((unsigned char)*typed) != tolower((unsigned char)*known))
			return 0;
		typed++;
		known++;
	}
	return 1;
}

unsigned stage_kind(const char *name)
{
	for (size_t i = 0; name && i < sizeof stage_table / sizeof stage_table[0]; i++)
		if (same_name(name, stage_table[i].name))
			return stage_table[i].kind;
	return 0;
}

const char *stage_kind_row(unsigned i, unsigned *kind)
{
	if (i >= sizeof stage_table / sizeof stage_table[0])
		return NULL;
	*kind = stage_table[i].kind;
	return stage_table[i].name;
}
