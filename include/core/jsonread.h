/* A small reader of the JSON this program writes (audit rows, document
 * values): objects, arrays, strings, integers, true, false, null.  Pure. */
#ifndef JSONREAD_H
#define JSONREAD_H

#include <stddef.h>
#include <stdint.h>

typedef enum jv_type { JV_NULL, JV_BOOL, JV_INT, JV_STR, JV_ARR, JV_OBJ } jv_type;

typedef struct jv {
	jv_type type;
	int64_t i;            /* JV_INT, JV_BOOL */
	char *s;              /* JV_STR */
	struct jv *v;         /* JV_ARR, JV_OBJ: the members */
	char **keys;          /* JV_OBJ: the names */
	size_t n;
} jv;

/* The value of text, or NULL when it is not such JSON (or memory ran out). */
jv *jv_parse(const char *text);
void jv_free(jv *v);
/* Member key of an object, or NULL. */
const jv *jv_get(const jv *obj, const char *key);
/* The string, or NULL when v is not one. */
const char *jv_str(const jv *v);

#endif
