/* One limit per typed field (textfield.h). */
#include "textfield.h"

#include <string.h>

static const text_field_info fields[TF__COUNT] = {
	[TF_SUMMARY] = { "ringkasan", TF_MAX_SUMMARY, 0, 1 },
	[TF_IMPACT] = { "dampak", TF_MAX_IMPACT, 1, 0 },
	[TF_REPORTER] = { "pelapor", TF_MAX_REPORTER, 0, 0 },
	[TF_CHANNEL] = { "saluran laporan", TF_MAX_CHANNEL, 0, 0 },
	[TF_EVENT] = { "teks kronologi", TF_MAX_EVENT, 1, 1 },
	[TF_VOID_REASON] = { "alasan pembatalan", TF_MAX_VOID_REASON, 0, 1 },
	[TF_REASON] = { "alasan", TF_MAX_REASON, 0, 1 },
};

const text_field_info *text_field_about(text_field f)
{
	return (unsigned)f < TF__COUNT ? &fields[f] : &fields[TF_REASON];
}

size_t utf8_chars(const char *s)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
		n += (*p & 0xC0) != 0x80;
	return n;
}

/* Length of the UTF-8 sequence at p, or 0 if it is malformed. */
static size_t utf8_seq(const unsigned char *p)
{
	size_t len = *p < 0x80 ? 1 : (*p >> 5) == 6 ? 2 : (*p >> 4) == 14 ? 3 : (*p >> 3) == 30 ? 4 : 0;
	if (!len || (len == 2 && *p < 0xC2))
		return 0;
	for (size_t i = 1; i < len; i++)
		if ((p[i] & 0xC0) != 0x80)
			return 0;
	return len;
}

int text_field_check(text_field f, const char *v, gg_err *err)
{
	const text_field_info *fi = text_field_about(f);
	if (!v || !v[strspn(v, " \t\r\n")]) {
		if (fi->required)
			return gg_fail(err, GG_EDATA, "%s: tidak boleh kosong", fi->label);
		return GG_OK;
	}
	for (const unsigned char *p = (const unsigned char *)v; *p;) {
		if (*p == '\n' && !fi->multiline)
			return gg_fail(err, GG_EDATA, "%s: hanya satu baris; ganti baris baru dengan spasi", fi->label);
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f)
			return gg_fail(err, GG_EDATA, "%s: berisi karakter kontrol (0x%02x)", fi->label, *p);
		size_t len = utf8_seq(p);
		if (!len)
			return gg_fail(err, GG_EDATA, "%s: bukan teks UTF-8 yang sah (byte 0x%02x)", fi->label, *p);
		p += len;
	}
	size_t n = utf8_chars(v);
	if (n > fi->max_chars)
		return gg_fail(err, GG_EDATA, "%s: terlalu panjang (%zu karakter, paling banyak %zu)", fi->label, n,
		               fi->max_chars);
	return GG_OK;
}
