/* The canonical form of an audit row, its hash, and the anchor text. */
#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auditchain.h"
#include "strbuf.h"

static void text_field(strbuf *sb, const char *name, const char *v)
{
	if (!v)
		v = "";
	sb_appendf(sb, "%s=%zu:", name, strlen(v));
	sb_append(sb, v);
	sb_putc(sb, '\n');
}

int chain_hash(const chain_row *r, char out[SHA256_HEX_LEN + 1])
{
	strbuf sb = STRBUF_INIT;
	sb_append(&sb, "gangguan-audit-v1\n");
	sb_appendf(&sb, "id=%" PRId64 "\nat=%" PRId64 "\n", r->id, r->at);
	text_field(&sb, "unix_user", r->unix_user);
	text_field(&sb, "client", r->client);
	text_field(&sb, "action", r->action);
	if (r->incident_id)
		sb_appendf(&sb, "incident_id=%" PRId64 "\n", r->incident_id);
	else
		sb_append(&sb, "incident_id=\n");
	text_field(&sb, "before", r->before);
	text_field(&sb, "after", r->after);
	text_field(&sb, "operator", r->operator_name);
	sb_appendf(&sb, "prev=%s\n", r->prev ? r->prev : "");
	if (sb_failed(&sb)) {
		sb_free(&sb);
		return -1;
	}
	sha256_hex(sb_str(&sb), sb.len, out);
	sb_free(&sb);
	return 0;
}

void anchor_format(int y, int m, int d, int64_t id, const char *hash, char out[ANCHOR_MAX])
{
	int n = snprintf(out, ANCHOR_MAX, "GGN-%04d-%02d-%02d-r%" PRId64, y, m, d, id);
	for (int i = 0; i < ANCHOR_HEX && n > 0 && n < ANCHOR_MAX - 2; i++) {
		if (i % 4 == 0)
			out[n++] = '-';
		out[n++] = hash[i] ? hash[i] : '0';
	}
	out[n < ANCHOR_MAX ? n : ANCHOR_MAX - 1] = '\0';
}

/* Digits of *p into *v (at most `max`), advancing *p; -1 when none. */
static int digits(const char **p, int max, int64_t *v)
{
	int n = 0;
	*v = 0;
	while (isdigit((unsigned char)**p) && n < max) {
		*v = *v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n ? 0 : -1;
}

int anchor_parse(const char *text, int *y, int *m, int *d, int64_t *id, char hex[ANCHOR_HEX + 1])
{
	/* blanks dropped, lower case: what a person copies off a signed page */
	char buf[256];
	size_t n = 0;
	for (const char *p = text; *p && n + 1 < sizeof buf; p++)
		if (!isspace((unsigned char)*p))
			buf[n++] = (char)tolower((unsigned char)*p);
	buf[n] = '\0';
	const char *p = buf;
	int64_t v[3];
	if (strncmp(p, "ggn-", 4) != 0)
		return -1;
	p += 4;
	if (digits(&p, 4, &v[0]) || *p++ != '-' || digits(&p, 2, &v[1]) || *p++ != '-' ||
	    digits(&p, 2, &v[2]) || *p++ != '-' || *p++ != 'r' || digits(&p, 18, id) || *id < 1)
		return -1;
	int k = 0;
	for (; *p; p++) {
		if (*p == '-')
			continue;
		if (!isxdigit((unsigned char)*p) || k == ANCHOR_HEX)
			return -1;
		hex[k++] = *p;
	}
	hex[k] = '\0';
	if (k != ANCHOR_HEX || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31)
		return -1;
	*y = (int)v[0];
	*m = (int)v[1];
	*d = (int)v[2];
	return 0;
}
