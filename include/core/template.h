/* The document template language (gangguan-template(5)).  Pure: the
 * caller reads the file and builds the data; this module parses, checks
 * and renders.
 *
 *   {{name}}                 a field (dotted names: {{unit.name}})
 *   {{#each list}} .. {{/each}}   repeat for each item of a list; inside,
 *                            the item's fields and n, letter, first, last
 *   {{#if name}} .. {{else}} .. {{/if}}   non-empty field or list; {{#if !name}}
 *   {{! comment}}            nothing
 *   {{{{                     a literal "{{"
 * A line holding only a block tag or a comment vanishes with its newline.
 * A line starting "#. " is a numbered item: the number counts up within a
 * list and restarts after a line that is neither an item nor indented.
 *
 * Errors name the template file and line; output is returned only when
 * the whole template rendered. */
#ifndef TEMPLATE_H
#define TEMPLATE_H

#include <stddef.h>

#include "gg_error.h"
#include "strbuf.h"

/* ---- data: a record of named fields and lists of records ---- */
typedef struct tpl_data tpl_data;

tpl_data *tpl_data_new(void);
void tpl_data_free(tpl_data *d);
/* Sets a field (the value is copied).  value NULL marks the field
 * missing: printing it fails with `why` (e.g. "isi [unit] ip di
 * konfigurasi"), and {{#if}} treats it as empty. */
void tpl_set(tpl_data *d, const char *name, const char *value);
void tpl_set_missing(tpl_data *d, const char *name, const char *why);
/* Declares list `name` (possibly empty) and appends a new item to it,
 * returning the item (owned by d).  tpl_list() only declares. */
tpl_data *tpl_list_add(tpl_data *d, const char *name);
void tpl_list(tpl_data *d, const char *name);
/* 1 if an allocation failed anywhere in d or its items.  The setters
 * accept the NULL that a failed tpl_list_add() returned, so a builder
 * checks once at the end. */
int tpl_data_failed(const tpl_data *d);

/* ---- templates ---- */
typedef struct tpl tpl;

/* What a field name is, for checking a template before any data exists:
 * `list` is the innermost #each list the name appears in (NULL at top
 * level), so an item's fields can be told from the document's. */
enum tpl_kind { TPL_UNKNOWN = 0, TPL_SCALAR, TPL_LIST };
typedef enum tpl_kind (*tpl_schema_fn)(void *ctx, const char *list, const char *name);

/* Parses text; `file` names it in messages.  GG_OK and *out, or GG_ECONFIG
 * with "FILE:LINE: what" in err. */
int tpl_parse(const char *text, const char *file, tpl **out, gg_err *err);
void tpl_free(tpl *t);
/* Every field, list and condition against the schema, both branches of
 * every #if.  GG_OK, or GG_ECONFIG with "FILE:LINE: {{x}} ..." in err. */
int tpl_check(const tpl *t, tpl_schema_fn schema, void *ctx, gg_err *err);

/* Renders with d.  `escape` (may be NULL) rewrites each field value as it
 * is inserted (the caller's markup escaping).  GG_OK and a malloc'd *out,
 * or an error ("FILE:LINE: ...") and *out NULL. */
typedef void (*tpl_escape_fn)(strbuf *sb, const char *value);
int tpl_render(const tpl *t, const tpl_data *d, tpl_escape_fn escape, char **out, gg_err *err);

#endif
