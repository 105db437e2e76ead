/* The JSON reader (jsonread.h): recursive descent, depth-limited. */
#include "jsonread.h"

#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

#define MAX_DEPTH 32

static void skip(const char **p)
{
	while (**p == ' ' || **p == '\t' || **p == '\n' || **p == '\r')
		(*p)++;
}

static void put_utf8(strbuf *sb, unsigned cp)
{
	if (cp < 0x80) {
		sb_putc(sb, (char)cp);
	} else if (cp < 0x800) {
		sb_putc(sb, (char)(0xC0 | cp >> 6));
		sb_putc(sb, (char)(0x80 | (cp & 0x3F)));
	} else {
		sb_putc(sb, (char)(0xE0 | cp >> 12));
		sb_putc(sb, (char)(0x80 | ((cp >> 6) & 0x3F)));
		sb_putc(sb, (char)(0x80 | (cp & 0x3F)));
	}
}

static char *read_string(const char **p)
{
	strbuf sb = STRBUF_INIT;
	if (**p != '"')
		return NULL;
	(*p)++;
	while (**p && **p != '"') {
		char c = *(*p)++;
		if (c != '\\') {
			sb_putc(&sb, c);
			continue;
		}
		c = *(*p)++;
		switch (c) {
		case 'n': sb_putc(&sb, '\n'); break;
		case 't': sb_putc(&sb, '\t'); break;
		case 'r': sb_putc(&sb, '\r'); break;
		case 'b': sb_putc(&sb, '\b'); break;
		case 'f': sb_putc(&sb, '\f'); break;
		case 'u': {
			unsigned cp = 0;
			for (int k = 0; k < 4; k++) {
				char h = *(*p)++;
				cp = cp * 16 + (unsigned)(h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
				                                               : h >= 'A' && h <= 'F' ? h - 'A' + 10 : 0);
				if (!h) {
					sb_free(&sb);
					return NULL;
				}
			}
			put_utf8(&sb, cp);
			break;
		}
		case '\0':
			sb_free(&sb);
			return NULL;
		default: sb_putc(&sb, c); break;
		}
	}
	if (**p != '"') {
		sb_free(&sb);
		return NULL;
	}
	(*p)++;
	return sb_steal(&sb);
}

static int parse_value(const char **p, jv *out, int depth);

static int add_member(jv *out, jv *val, char *key)
{
	jv *v = realloc(out->v, (out->n + 1) * sizeof *v);
	if (!v)
		return -1;
	out->v = v;
	if (out->type == JV_OBJ) {
		char **k = realloc(out->keys, (out->n + 1) * sizeof *k);
		if (!k)
			return -1;
		out->keys = k;
		out->keys[out->n] = key;
	}
	out->v[out->n++] = *val;
	return 0;
}

static void jv_clear(jv *v);

static int parse_members(const char **p, jv *out, int depth, char close)
{
	(*p)++;
	skip(p);
	if (**p == close) {
		(*p)++;
		return 0;
	}
	for (;;) {
		char *key = NULL;
		jv val;
		skip(p);
		if (out->type == JV_OBJ) {
			if (!(key = read_string(p)))
				return -1;
			skip(p);
			if (**p != ':') {
				free(key);
				return -1;
			}
			(*p)++;
		}
		if (parse_value(p, &val, depth + 1) < 0) {
			free(key);
			return -1;
		}
		if (add_member(out, &val, key) < 0) {
			free(key);
			jv_clear(&val);
			return -1;
		}
		skip(p);
		if (**p == ',') {
			(*p)++;
			continue;
		}
		if (**p != close)
			return -1;
		(*p)++;
		return 0;
	}
}

static int parse_value(const char **p, jv *out, int depth)
{
	memset(out, 0, sizeof *out);
	skip(p);
	if (depth > MAX_DEPTH)
		return -1;
	if (**p == '{' || **p == '[') {
		out->type = **p == '{' ? JV_OBJ : JV_ARR;
		if (parse_members(p, out, depth, **p == '{' ? '}' : ']') < 0) {
			jv_clear(out);
			return -1;
		}
		return 0;
	}
	if (**p == '"') {
		out->type = JV_STR;
		return (out->s = read_string(p)) ? 0 : -1;
	}
	static const struct {
		const char *word;
		jv_type type;
		int value;
	} words[] = { { "true", JV_BOOL, 1 }, { "false", JV_BOOL, 0 }, { "null", JV_NULL, 0 } };
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
		if (strncmp(*p, words[k].word, strlen(words[k].word)) == 0) {
			*p += strlen(words[k].word);
			out->type = words[k].type;
			out->i = words[k].value;
			return 0;
		}
	char *end;
	long long n = strtoll(*p, &end, 10);
	if (end == *p)
		return -1;
	*p = end;
	while (**p == '.' || **p == 'e' || **p == 'E' || **p == '+' || **p == '-' || (**p >= '0' && **p <= '9'))
		(*p)++;   /* this program writes integers; a fraction is dropped */
	out->type = JV_INT;
	out->i = n;
	return 0;
}

static void jv_clear(jv *v)
{
	free(v->s);
	for (size_t i = 0; i < v->n; i++) {
		jv_clear(&v->v[i]);
		if (v->keys)
			free(v->keys[i]);
	}
	free(v->v);
	free(v->keys);
	memset(v, 0, sizeof *v);
}

jv *jv_parse(const char *text)
{
	const char *p = text;
	jv *v = calloc(1, sizeof *v);
	if (!v || !text || parse_value(&p, v, 0) < 0) {
		free(v);
		return NULL;
	}
	skip(&p);
	if (*p) {
		jv_free(v);
		return NULL;
	}
	return v;
}

void jv_free(jv *v)
{
	if (!v)
		return;
	jv_clear(v);
	free(v);
}

const jv *jv_get(const jv *obj, const char *key)
{
	for (size_t i = 0; obj && obj->type == JV_OBJ && i < obj->n; i++)
		if (strcmp(obj->keys[i], key) == 0)
			return &obj->v[i];
	return NULL;
}

const char *jv_str(const jv *v)
{
	return v && v->type == JV_STR ? v->s : NULL;
}
