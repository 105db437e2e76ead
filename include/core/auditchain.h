/* The audit log as a hash chain, and the anchor that pins its head.
 * Pure: the store reads the rows, this says what their hashes are.
 *
 * A row's hash is the SHA-256 (lower-case hex) of its canonical form:
 *
 *     gangguan-audit-v1\n
 *     id=<decimal>\n
 *     at=<decimal>\n
 *     unix_user=<bytes>:<text>\n
 *     client=<bytes>:<text>\n
 *     action=<bytes>:<text>\n
 *     incident_id=<decimal, or nothing for NULL>\n
 *     before=<bytes>:<text>\n
 *     after=<bytes>:<text>\n
 *     operator=<bytes>:<text>\n
 *     prev=<the previous row's hash; 64 zeros for the first row>\n
 *
 * every text prefixed by its length in bytes, so that no two rows share a
 * form.  gangguan(1), INTEGRITY, documents the same. */
#ifndef AUDITCHAIN_H
#define AUDITCHAIN_H

#include <stddef.h>
#include <stdint.h>

#include "sha256.h"

#define CHAIN_GENESIS "0000000000000000000000000000000000000000000000000000000000000000"
/* Hex digits of the head's hash an anchor keeps: 128 bits (see the man page). */
#define ANCHOR_HEX 32
#define ANCHOR_MAX 96

typedef struct chain_row {
	int64_t id, at, incident_id;   /* incident_id 0: NULL */
	const char *unix_user, *client, *action, *before, *after, *operator_name;
	const char *prev;              /* 64 hex */
} chain_row;

/* out[65]: the row's hash.  Returns -1 when memory ran out. */
int chain_hash(const chain_row *r, char out[SHA256_HEX_LEN + 1]);

/* "GGN-2026-12-01-r1234-3f9a-c21b-..." of the row `id` dated y-m-d with
 * hash `hash`.  out holds ANCHOR_MAX bytes. */
void anchor_format(int y, int m, int d, int64_t id, const char *hash, char out[ANCHOR_MAX]);
/* Reads an anchor (blanks, case and the group dashes are forgiven);
 * hex gets the ANCHOR_HEX digits.  -1 when text is not one. */
int anchor_parse(const char *text, int *y, int *m, int *d, int64_t *id, char hex[ANCHOR_HEX + 1]);

#endif
