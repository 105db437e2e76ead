/* One limit per typed field (textfield.h). */
#include "textfield.h"

#include <string.h>

#include "sanitize.h"

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
	return utf8_chars_n(s, s ? strlen(s) : 0);
}

size_t utf8_chars_n(const char *s, size_t len)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)s; p && len--; p++)
		n += (*p & 0xC0) != 0x80;
	return n;
}

int text_check_safe(const char *what, const char *v, gg_err *err)
{
	size_t at;
	unsigned cp;
	int kind = text_find_unsafe(v, "\n\t", &at, &cp);
	if (kind == TEXT_SAFE)
		return GG_OK;
	char why[80];
	text_unsafe_describe(kind, cp, why, sizeof why);
	return gg_fail(err, GG_EDATA, "%s: %s pada karakter ke-%zu; hapus atau ketik ulang bagian itu", what, why,
	               utf8_chars_n(v, at) + 1);
}

int text_field_check(text_field f, const char *v, gg_err *err)
{
	const text_field_info *fi = text_field_about(f);
	if (!v || !v[strspn(v, " \t\r\n")]) {
		if (fi->required)
			return gg_fail(err, GG_EDATA, "%s: tidak boleh kosong", fi->label);
		return GG_OK;
	}
	if (!fi->multiline && strchr(v, '\n'))
		return gg_fail(err, GG_EDATA, "%s: hanya satu baris; ganti baris baru dengan spasi", fi->label);
	int code = text_check_safe(fi->label, v, err);
	if (code)
		return code;
	size_t n = utf8_chars(v);
	if (n > fi->max_chars)
		return gg_fail(err, GG_EDATA, "%s: terlalu panjang (%zu karakter, paling banyak %zu)", fi->label, n,
		               fi->max_chars);
	return GG_OK;
}
