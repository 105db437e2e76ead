#include "nip.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "idtime.h"

static int digits(const char *s, int from, int n)
{
	int v = 0;
	for (int i = from; i < from + n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

int nip_check(const char *s, char *err, size_t errlen)
{
	size_t len;

	if (!s || !*s) {
		snprintf(err, errlen, "NIP kosong; tulis 18 digit, atau - bila tidak ada");
		return -1;
	}
	if (strcmp(s, "-") == 0)
		return 0;
	len = strlen(s);
	for (size_t i = 0; i < len; i++) {
		if (!isdigit((unsigned char)s[i])) {
			snprintf(err, errlen, "NIP hanya boleh berisi angka (tanpa spasi), ditemukan '%c'",
			         isprint((unsigned char)s[i]) ? s[i] : '?');
			return -1;
		}
	}
	if (len != NIP_DIGITS) {
		snprintf(err, errlen, "NIP harus 18 digit, bukan %zu", len);
		return -1;
	}
	int y = digits(s, 0, 4), m = digits(s, 4, 2), d = digits(s, 6, 2);
	if (y < 1900 || !civil_date_valid(y, m, d)) {
		snprintf(err, errlen, "tanggal lahir %.8s pada NIP tidak ada", s);
		return -1;
	}
	int ay = digits(s, 8, 4);
	if (ay < y + 14) {
		snprintf(err, errlen, "tahun pengangkatan %.4s pada NIP tidak mungkin untuk kelahiran %.4s",
		         s + 8, s);
		return -1;
	}
	if (s[14] != '1' && s[14] != '2') {
		snprintf(err, errlen, "digit ke-15 NIP (jenis kelamin) harus 1 atau 2, bukan %c", s[14]);
		return -1;
	}
	if (digits(s, 15, 3) == 0) {
		snprintf(err, errlen, "nomor urut pada NIP (3 digit terakhir) tidak boleh 000");
		return -1;
	}
	return 0;
}

int nip_format(const char *nip, char *out, size_t n)
{
	char why[160];
	if (nip_check(nip, why, sizeof why) < 0)
		return -1;
	if (strcmp(nip, "-") == 0) {
		snprintf(out, n, "-");
		return 0;
	}
	int r = snprintf(out, n, "%.8s %.6s %.1s %.3s", nip, nip + 8, nip + 14, nip + 15);
	return r < 0 || (size_t)r >= n ? -1 : 0;
}
