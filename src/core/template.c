#include "template.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"

/* A template line longer than this is refused: no paragraph of a letter
 * needs it, and it usually means a file that is not a template. */
#define TPL_LINE_MAX 1000

/* ---- data ---- */

typedef struct tpl_entry {
	char *name;
	char *value;        /* scalar; NULL when missing or a list */
	char *why;          /* missing: how to fix it */
	int is_list;
	tpl_data **items;
	size_t n, cap;
} tpl_entry;

struct tpl_data {
	tpl_entry *v;
	size_t n, cap;
	int failed;
	tpl_data *root;     /* where allocation failure is recorded */
};

tpl_data *tpl_data_new(void)
{
	tpl_data *d = calloc(1, sizeof *d);
	if (d)
		d->root = d;
	return d;
}

static void entry_free(tpl_entry *e)
{
	free(e->name);
	free(e->value);
	free(e->why);
	for (size_t i = 0; i < e->n; i++)
		tpl_data_free(e->items[i]);
	free(e->items);
}

void tpl_data_free(tpl_data *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->n; i++)
		entry_free(&d->v[i]);
	free(d->v);
	free(d);
}

int tpl_data_failed(const tpl_data *d)
{
	return !d || d->root->failed;
}

static const tpl_entry *find_entry(const tpl_data *d, const char *name, size_t len)
{
	for (size_t i = 0; i < d->n; i++)
		if (strlen(d->v[i].name) == len && memcmp(d->v[i].name, name, len) == 0)
			return &d->v[i];
	return NULL;
}

/* The entry called name, created empty if absent; NULL on failure. */
static tpl_entry *entry_get(tpl_data *d, const char *name)
{
	if (!d)
		return NULL;   /* an item whose allocation failed: already recorded */
	tpl_entry *e = (tpl_entry *)find_entry(d, name, strlen(name));
	if (e)
		return e;
	tpl_entry *v = grow_array(d->v, &d->cap, d->n, sizeof *v);
	if (!v)
		goto fail;
	d->v = v;
	e = &d->v[d->n];
	memset(e, 0, sizeof *e);
	if (!(e->name = strdup(name)))
		goto fail;
	d->n++;
	return e;
fail:
	d->root->failed = 1;
	return NULL;
}

static void set_scalar(tpl_data *d, const char *name, const char *value, const char *why)
{
	tpl_entry *e = entry_get(d, name);
	if (!e)
		return;
	free(e->value);
	free(e->why);
	e->value = value ? strdup(value) : NULL;
	e->why = why ? strdup(why) : NULL;
	if ((value && !e->value) || (why && !e->why))
		d->root->failed = 1;
}

void tpl_set(tpl_data *d, const char *name, const char *value)
{
	set_scalar(d, name, value, value ? NULL : "tidak diisi");
}

void tpl_set_missing(tpl_data *d, const char *name, const char *why)
{
	set_scalar(d, name, NULL, why ? why : "tidak diisi");
}

void tpl_list(tpl_data *d, const char *name)
{
	tpl_entry *e = entry_get(d, name);
	if (e)
		e->is_list = 1;
}

tpl_data *tpl_list_add(tpl_data *d, const char *name)
{
	tpl_entry *e = entry_get(d, name);
	if (!e)
		return NULL;
	e->is_list = 1;
	tpl_data **v = grow_array(e->items, &e->cap, e->n, sizeof *v);
	if (!v) {
		d->root->failed = 1;
		return NULL;
	}
	e->items = v;
	tpl_data *item = calloc(1, sizeof *item);
	if (!item) {
		d->root->failed = 1;
		return NULL;
	}
	item->root = d->root;
	e->items[e->n++] = item;
	return item;
}

/* ---- parsed templates ---- */

typedef enum node_kind { N_TEXT, N_FIELD, N_EACH, N_IF } node_kind;

typedef struct node node;
typedef struct nodes {
	node *v;
	size_t n, cap;
} nodes;

struct node {
	node_kind kind;
	int line;
	char *s;            /* text, or the field / list name */
	size_t len;
	int neg;            /* {{#if !name}} */
	nodes body, alt;    /* alt: the {{else}} branch */
};

struct tpl {
	char *file;
	nodes top;
};

static void nodes_free(nodes *ns)
{
	for (size_t i = 0; i < ns->n; i++) {
		free(ns->v[i].s);
		nodes_free(&ns->v[i].body);
		nodes_free(&ns->v[i].alt);
	}
	free(ns->v);
	memset(ns, 0, sizeof *ns);
}

void tpl_free(tpl *t)
{
	if (!t)
		return;
	nodes_free(&t->top);
	free(t->file);
	free(t);
}

static node *nodes_add(nodes *ns, node_kind kind, int line, const char *s, size_t len)
{
	node *v = grow_array(ns->v, &ns->cap, ns->n, sizeof *v);
	if (!v)
		return NULL;
	ns->v = v;
	node *x = &ns->v[ns->n];
	memset(x, 0, sizeof *x);
	x->kind = kind;
	x->line = line;
	x->len = len;
	x->s = malloc(len + 1);
	if (!x->s)
		return NULL;
	memcpy(x->s, s, len);
	x->s[len] = '\0';
	ns->n++;
	return x;
}

typedef enum tag_kind { T_FIELD, T_EACH, T_END_EACH, T_IF, T_ELSE, T_END_IF, T_COMMENT } tag_kind;

static const struct {
	const char *word;     /* after the sigil */
	tag_kind kind;
	int takes_name;
} block_tags[] = {
	{ "#each", T_EACH, 1 }, { "/each", T_END_EACH, 0 }, { "#if", T_IF, 1 },
	{ "else", T_ELSE, 0 }, { "/if", T_END_IF, 0 },
};

static int name_char(int c)
{
	return islower(c) || isdigit(c) || c == '_' || c == '.';
}

/* Parses the inside of {{ }} (already trimmed).  Returns 0, or -1 with
 * the reason in why. */
static int parse_tag(const char *s, size_t len, tag_kind *kind, const char **name, size_t *nlen,
                     int *neg, char *why, size_t whylen)
{
	*neg = 0;
	if (len && s[0] == '!') {
		*kind = T_COMMENT;
		return 0;
	}
	*kind = T_FIELD;
	*name = s;
	*nlen = len;
	for (size_t i = 0; i < sizeof block_tags / sizeof block_tags[0]; i++) {
		size_t wl = strlen(block_tags[i].word);
		if (len < wl || memcmp(s, block_tags[i].word, wl) != 0 ||
		    (len > wl && !isspace((unsigned char)s[wl])))
			continue;
		*kind = block_tags[i].kind;
		*name = s + wl;
		*nlen = len - wl;
		while (*nlen && isspace((unsigned char)**name))
			(*name)++, (*nlen)--;
		if (!block_tags[i].takes_name) {
			if (*nlen) {
				snprintf(why, whylen, "{{%s}} tidak memakai nama", block_tags[i].word);
				return -1;
			}
			return 0;
		}
		if (*kind == T_IF && *nlen && **name == '!') {
			*neg = 1;
			(*name)++, (*nlen)--;
		}
		break;
	}
	if (!*nlen) {
		snprintf(why, whylen, "{{%.*s}} perlu nama kolom", (int)len, s);
		return -1;
	}
	for (size_t i = 0; i < *nlen; i++) {
		if (!name_char((unsigned char)(*name)[i])) {
			snprintf(why, whylen, "{{%.*s}}: nama kolom hanya huruf kecil, angka, _ dan .", (int)len, s);
			return -1;
		}
	}
	return 0;
}

typedef struct frame {
	node *owner;          /* NULL at top level */
	nodes *into;          /* where nodes go now (body or alt) */
	tag_kind opened;
} frame;

#define MAX_DEPTH 16

static int add_text(nodes *into, int line, const char *s, size_t len)
{
	if (!len)
		return 0;
	return nodes_add(into, N_TEXT, line, s, len) ? 0 : -1;
}

/* Checks the raw text line by line: no control characters, no overlong
 * lines.  0, or -1 with the line in *bad_line and the reason in why. */
static int check_lines(const char *text, int *bad_line, char *why, size_t whylen)
{
	int line = 1;
	size_t col = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		if (*p == '\n') {
			line++;
			col = 0;
			continue;
		}
		if (*p == '\r' && p[1] == '\n')
			continue;
		if (*p < 0x20 || *p == 0x7f) {
			*bad_line = line;
			snprintf(why, whylen, "karakter kontrol 0x%02x (tab atau sejenisnya) tidak boleh ada di templat", *p);
			return -1;
		}
		if (++col > TPL_LINE_MAX) {
			*bad_line = line;
			snprintf(why, whylen, "baris lebih dari %d karakter", TPL_LINE_MAX);
			return -1;
		}
	}
	return 0;
}

int tpl_parse(const char *text, const char *file, tpl **out, gg_err *err)
{
	char why[300];
	int line = 1, bad_line = 0;
	frame stack[MAX_DEPTH];
	int depth = 0;
	*out = NULL;
	if (check_lines(text, &bad_line, why, sizeof why) < 0)
		return gg_fail(err, GG_ECONFIG, "%s:%d: %s", file, bad_line, why);
	tpl *t = calloc(1, sizeof *t);
	if (!t || !(t->file = strdup(file))) {
		free(t);
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
	stack[0] = (frame){ NULL, &t->top, T_FIELD };
	const char *p = text, *text_start = text, *line_start = text;
	int text_line = 1;
	while (*p) {
		if (*p == '\n') {
			p++;
			line++;
			line_start = p;
			continue;
		}
		if (*p == '\r' && p[1] == '\n') {
			/* CRLF files (edited on Windows) read like LF ones. */
			if (add_text(stack[depth].into, text_line, text_start, (size_t)(p - text_start)) < 0)
				goto oom;
			text_start = ++p;
			continue;
		}
		if (p[0] != '{' || p[1] != '{') {
			p++;
			continue;
		}
		if (p[2] == '{' && p[3] == '{') {       /* {{{{ is a literal {{ */
			if (add_text(stack[depth].into, text_line, text_start, (size_t)(p - text_start) + 2) < 0)
				goto oom;
			p += 4;
			text_start = p;
			text_line = line;
			continue;
		}
		const char *end = strstr(p + 2, "}}");
		const char *nl = strchr(p, '\n');
		int comment = p[2 + strspn(p + 2, " ")] == '!';
		if (!end || (nl && nl < end && !comment)) {   /* only comments span lines */
			snprintf(why, sizeof why, "'{{' tanpa '}}' pada baris yang sama");
			goto bad;
		}
		const char *in = p + 2;
		size_t inlen = (size_t)(end - in);
		while (inlen && isspace((unsigned char)*in))
			in++, inlen--;
		while (inlen && isspace((unsigned char)in[inlen - 1]))
			inlen--;
		tag_kind kind;
		const char *name = NULL;
		size_t nlen = 0;
		int neg;
		if (parse_tag(in, inlen, &kind, &name, &nlen, &neg, why, sizeof why) < 0)
			goto bad;
		const char *after = end + 2;
		const char *cut = p;                 /* where the text before the tag ends */
		if (kind != T_FIELD) {
			/* A block tag alone on its line takes the line with it. */
			const char *q = line_start;
			while (q < p && (*q == ' ' || *q == '\t'))
				q++;
			const char *r = after;
			while (*r == ' ' || *r == '\t' || (*r == '\r' && r[1] == '\n'))
				r++;
			if (q == p && (*r == '\n' || !*r) && line_start >= text_start) {
				cut = line_start;
				after = *r ? r + 1 : r;
			}
		}
		if (add_text(stack[depth].into, text_line, text_start, (size_t)(cut - text_start)) < 0)
			goto oom;
		node *x;
		switch (kind) {
		case T_COMMENT:
			break;
		case T_FIELD:
			if (!nodes_add(stack[depth].into, N_FIELD, line, name, nlen))
				goto oom;
			break;
		case T_EACH:
		case T_IF:
			if (depth + 1 >= MAX_DEPTH) {
				snprintf(why, sizeof why, "blok bersarang lebih dari %d tingkat", MAX_DEPTH - 1);
				goto bad;
			}
			if (!(x = nodes_add(stack[depth].into, kind == T_EACH ? N_EACH : N_IF, line, name, nlen)))
				goto oom;
			x->neg = neg;
			depth++;
			stack[depth] = (frame){ x, &x->body, kind };
			break;
		case T_ELSE:
			if (!depth || stack[depth].opened != T_IF || stack[depth].into == &stack[depth].owner->alt) {
				snprintf(why, sizeof why, "{{else}} di luar {{#if}}");
				goto bad;
			}
			stack[depth].into = &stack[depth].owner->alt;
			break;
		case T_END_EACH:
		case T_END_IF: {
			tag_kind want = kind == T_END_EACH ? T_EACH : T_IF;
			if (!depth || stack[depth].opened != want) {
				snprintf(why, sizeof why, "{{%s}} tanpa {{%s}} pembukanya%s",
				         kind == T_END_EACH ? "/each" : "/if", kind == T_END_EACH ? "#each" : "#if",
				         depth ? (stack[depth].opened == T_EACH ? " (blok #each belum ditutup)"
				                                                : " (blok #if belum ditutup)") : "");
				goto bad;
			}
			depth--;
			break;
		}
		}
		/* Lines taken by a standalone tag still count. */
		for (const char *c = p; c < after; c++)
			if (*c == '\n') {
				line++;
				line_start = c + 1;
			}
		p = after;
		text_start = p;
		text_line = line;
	}
	if (add_text(stack[depth].into, text_line, text_start, (size_t)(p - text_start)) < 0)
		goto oom;
	if (depth) {
		node *o = stack[depth].owner;
		gg_fail(err, GG_ECONFIG, "%s:%d: {{%s %s}} tidak ditutup dengan {{%s}}", file, o->line,
		        o->kind == N_EACH ? "#each" : "#if", o->s, o->kind == N_EACH ? "/each" : "/if");
		tpl_free(t);
		return GG_ECONFIG;
	}
	*out = t;
	return GG_OK;
bad:
	tpl_free(t);
	return gg_fail(err, GG_ECONFIG, "%s:%d: %s", file, line, why);
oom:
	tpl_free(t);
	return gg_fail(err, GG_ESOFTWARE, "memori habis");
}

/* ---- checking ---- */

/* Fields every #each item has, whatever the list. */
static const char *const item_builtins[] = { "n", "letter", "first", "last" };

static int is_builtin(const char *name)
{
	for (size_t i = 0; i < sizeof item_builtins / sizeof item_builtins[0]; i++)
		if (strcmp(name, item_builtins[i]) == 0)
			return 1;
	return 0;
}

static int check_nodes(const tpl *t, const nodes *ns, const char **lists, int depth,
                       tpl_schema_fn schema, void *ctx, gg_err *err)
{
	for (size_t i = 0; i < ns->n; i++) {
		const node *x = &ns->v[i];
		if (x->kind == N_TEXT)
			continue;
		enum tpl_kind k = TPL_UNKNOWN;
		if (depth && is_builtin(x->s))
			k = TPL_SCALAR;
		for (int d = depth; k == TPL_UNKNOWN && d >= 0; d--)
			k = schema(ctx, d ? lists[d - 1] : NULL, x->s);
		if (k == TPL_UNKNOWN)
			return gg_fail(err, GG_ECONFIG, "%s:%d: kolom {{%s}} tidak dikenal%s; lihat gangguan-template(5)",
			               t->file, x->line, x->s, depth ? " di dalam {{#each}} ini" : "");
		if (x->kind == N_FIELD && k == TPL_LIST)
			return gg_fail(err, GG_ECONFIG, "%s:%d: {{%s}} adalah daftar; tulis {{#each %s}} ... {{/each}}",
			               t->file, x->line, x->s, x->s);
		if (x->kind == N_EACH && k != TPL_LIST)
			return gg_fail(err, GG_ECONFIG, "%s:%d: {{#each %s}}: %s bukan daftar", t->file, x->line,
			               x->s, x->s);
		if (x->kind == N_EACH) {
			if (depth + 1 >= MAX_DEPTH)
				return gg_fail(err, GG_ECONFIG, "%s:%d: terlalu dalam", t->file, x->line);
			lists[depth] = x->s;
			if (check_nodes(t, &x->body, lists, depth + 1, schema, ctx, err))
				return err->code;
		} else if (x->kind == N_IF) {
			if (check_nodes(t, &x->body, lists, depth, schema, ctx, err) ||
			    check_nodes(t, &x->alt, lists, depth, schema, ctx, err))
				return err->code;
		}
	}
	return GG_OK;
}

int tpl_check(const tpl *t, tpl_schema_fn schema, void *ctx, gg_err *err)
{
	const char *lists[MAX_DEPTH];
	return check_nodes(t, &t->top, lists, 0, schema, ctx, err);
}

/* ---- rendering ---- */

typedef struct scope {
	const tpl_data *rec;
	size_t index, count;    /* of the #each item; count 0 at top level */
} scope;

typedef struct render_state {
	const tpl *t;
	tpl_escape_fn escape;
	strbuf out;
	scope stack[MAX_DEPTH];
	int depth;
	char tmp[16];
	gg_err *err;
} render_state;

/* Looks a name up from the innermost scope out.  Builtins yield *value
 * from st->tmp. */
static const tpl_entry *lookup(render_state *st, const char *name, const char **builtin)
{
	*builtin = NULL;
	if (st->depth > 0 && is_builtin(name)) {
		const scope *sc = &st->stack[st->depth];
		if (strcmp(name, "n") == 0)
			snprintf(st->tmp, sizeof st->tmp, "%zu", sc->index + 1);
		else if (strcmp(name, "letter") == 0)
			snprintf(st->tmp, sizeof st->tmp, "%c", sc->index < 26 ? (char)('a' + sc->index) : '?');
		else if (strcmp(name, "first") == 0)
			snprintf(st->tmp, sizeof st->tmp, "%s", sc->index == 0 ? "1" : "");
		else
			snprintf(st->tmp, sizeof st->tmp, "%s", sc->index + 1 == sc->count ? "1" : "");
		*builtin = st->tmp;
		return NULL;
	}
	for (int d = st->depth; d >= 0; d--) {
		const tpl_entry *e = find_entry(st->stack[d].rec, name, strlen(name));
		if (e)
			return e;
	}
	return NULL;
}

static int render_nodes(render_state *st, const nodes *ns)
{
	for (size_t i = 0; i < ns->n; i++) {
		const node *x = &ns->v[i];
		const char *builtin;
		const tpl_entry *e;
		if (x->kind == N_TEXT) {
			sb_appendn(&st->out, x->s, x->len);
			continue;
		}
		e = lookup(st, x->s, &builtin);
		if (!e && !builtin)
			return gg_fail(st->err, GG_ECONFIG, "%s:%d: kolom {{%s}} tidak dikenal", st->t->file, x->line,
			               x->s);
		switch (x->kind) {
		case N_FIELD:
			if (builtin) {
				sb_append(&st->out, builtin);
				break;
			}
			if (e->is_list)
				return gg_fail(st->err, GG_ECONFIG, "%s:%d: {{%s}} adalah daftar", st->t->file, x->line, x->s);
			if (!e->value)
				return gg_fail(st->err, GG_EDATA, "%s:%d: {{%s}} kosong: %s", st->t->file, x->line, x->s,
				               e->why ? e->why : "tidak diisi");
			if (st->escape)
				st->escape(&st->out, e->value);
			else
				sb_append(&st->out, e->value);
			break;
		case N_IF: {
			int truth = builtin ? *builtin != '\0' : e->is_list ? e->n > 0 : e->value && *e->value;
			if (render_nodes(st, truth != x->neg ? &x->body : &x->alt))
				return st->err->code;
			break;
		}
		case N_EACH:
			if (builtin || !e->is_list)
				return gg_fail(st->err, GG_ECONFIG, "%s:%d: %s bukan daftar", st->t->file, x->line, x->s);
			if (st->depth + 1 >= MAX_DEPTH)
				return gg_fail(st->err, GG_ECONFIG, "%s:%d: terlalu dalam", st->t->file, x->line);
			st->depth++;
			for (size_t k = 0; k < e->n; k++) {
				st->stack[st->depth] = (scope){ e->items[k], k, e->n };
				if (render_nodes(st, &x->body)) {
					st->depth--;
					return st->err->code;
				}
			}
			st->depth--;
			break;
		case N_TEXT:
			break;
		}
	}
	return GG_OK;
}

/* Numbers the "#. " items: counting restarts after a line that is neither
 * an item, nor blank, nor indented (a sub-item or continuation). */
static int number_items(const char *in, strbuf *out)
{
	int counter = 0;
	const char *p = in;
	while (*p) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) + 1 : strlen(p);
		if (len >= 3 && p[0] == '#' && p[1] == '.' && p[2] == ' ') {
			sb_appendf(out, "%d", ++counter);
			sb_appendn(out, p + 1, len - 1);
		} else {
			if (len && p[0] != '\n' && p[0] != ' ')
				counter = 0;
			sb_appendn(out, p, len);
		}
		p += len;
	}
	return sb_failed(out) ? -1 : 0;
}

int tpl_render(const tpl *t, const tpl_data *d, tpl_escape_fn escape, char **out, gg_err *err)
{
	render_state st = { .t = t, .escape = escape, .out = STRBUF_INIT, .err = err };
	*out = NULL;
	if (tpl_data_failed(d))
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	st.stack[0] = (scope){ d, 0, 0 };
	if (render_nodes(&st, &t->top)) {
		sb_free(&st.out);
		return err->code;
	}
	strbuf numbered = STRBUF_INIT;
	if (sb_failed(&st.out) || number_items(sb_str(&st.out), &numbered) < 0) {
		sb_free(&st.out);
		sb_free(&numbered);
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
	sb_free(&st.out);
	*out = sb_steal(&numbered);
	if (!*out)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	return GG_OK;
}
