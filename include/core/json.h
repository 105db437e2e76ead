/* Writing JSON into a strbuf: just enough for audit rows and CLI output.
 * Strings are escaped per RFC 8259; invalid UTF-8 bytes become U+FFFD so
 * that the output always parses. */
#ifndef JSON_H
#define JSON_H

#include <stdint.h>

#include "strbuf.h"

void json_string(strbuf *sb, const char *s);          /* "..." ; NULL -> null */
/* Members of an object: each call writes a leading ',' unless it is the
 * first after '{' (tracked by checking the buffer's last byte). */
void json_key_string(strbuf *sb, const char *key, const char *value);
void json_key_int(strbuf *sb, const char *key, int64_t value);
void json_key_bool(strbuf *sb, const char *key, int value);
void json_key_null(strbuf *sb, const char *key);
void json_key_raw(strbuf *sb, const char *key, const char *raw);  /* value already JSON */
void json_key(strbuf *sb, const char *key);           /* "key": (then write a value) */
void json_sep(strbuf *sb);                            /* ',' unless after '{' or '[' */

#endif
