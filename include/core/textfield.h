/* The text an operator types into a record: one limit per field, counted
 * in characters (a letter counts characters, not bytes), one place for
 * the rule, used by the store (so every face is held to it), by the
 * forms (the count shown as you type) and by the documents (what a field
 * accepts, every letter accepts).  Pure. */
#ifndef TEXTFIELD_H
#define TEXTFIELD_H

#include <stddef.h>

#include "gg_error.h"

typedef enum text_field {
	TF_SUMMARY = 0,   /* one line */
	TF_IMPACT,        /* may hold several lines */
	TF_REPORTER,
	TF_CHANNEL,
	TF_EVENT,         /* a chronology line's text; may hold several lines */
	TF_VOID_REASON,
	TF_REASON,        /* why a record was corrected or a letter withdrawn */
	TF__COUNT
} text_field;

/* The limits, for the form tables (they are static data). */
enum {
	TF_MAX_SUMMARY = 300,
	TF_MAX_IMPACT = 1000,
	TF_MAX_REPORTER = 200,
	TF_MAX_CHANNEL = 100,
	TF_MAX_EVENT = 1000,
	TF_MAX_VOID_REASON = 500,
	TF_MAX_REASON = 500
};

typedef struct text_field_info {
	const char *label;      /* "ringkasan": messages name the field so */
	size_t max_chars;
	int multiline;          /* 1: newlines allowed (letters print them as spaces) */
	int required;
} text_field_info;

const text_field_info *text_field_about(text_field f);

/* Characters of UTF-8 text (a malformed byte counts as one). */
size_t utf8_chars(const char *s);
/* The same over the first len bytes. */
size_t utf8_chars_n(const char *s, size_t len);

/* GG_OK, or GG_EDATA "WHAT: berisi karakter kontrol U+001B pada karakter
 * ke-3; ..." for text that must not reach a document or a terminal: a
 * control other than newline and tab, a C1 control, a bidi control, or
 * invalid UTF-8 (sanitize.h).  Every store check of typed text uses it. */
int text_check_safe(const char *what, const char *value, gg_err *err);

/* GG_OK, or GG_EDATA naming the field and what is wrong: empty when
 * required, longer than its limit ("(1228 karakter, paling banyak
 * 1000)"), a newline in a one-line field, a control character, invalid
 * UTF-8.  NULL is empty. */
int text_field_check(text_field f, const char *value, gg_err *err);

#endif
