/* An audit row in words, for people (the CLI's `audit`, the TUI's Audit
 * tab): who did what, in Indonesian, with old and new values and the
 * reason ("mengubah ringkasan: 'lama' -> 'baru' (alasan: ...)").  The
 * row's JSON stays the full record (`audit --format json`).  Pure. */
#ifndef AUDITVIEW_H
#define AUDITVIEW_H

#include "idtime.h"
#include "model.h"
#include "strbuf.h"

/* Appends the description of a (times in zone z). */
void audit_describe(const audit_entry *a, zone z, strbuf *out);

/* Who: the operator's chosen name with the Unix account and SSH client,
 * "sari (lpse@10.0.0.5)", or "andi@10.0.0.5", or "andi" when local. */
void audit_who(const audit_entry *a, strbuf *out);

/* The reason recorded with a correction or withdrawal (malloc'd), or NULL. */
char *audit_reason(const audit_entry *a);

#endif
