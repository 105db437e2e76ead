/* gangguan-pdf: the PDF renderer as a program of its own, so that pango,
 * cairo and their fonts are loaded only when a PDF is made and never slow
 * the start of gangguan itself.  gangguan runs it (service/pdfclient.c):
 *
 *   gangguan-pdf letter|recap OUT.pdf   < request
 *
 * The request is lines "key<TAB>value" (values escaped: \n, \t, \\), then
 * for a letter the line "markup" and the frozen markup to the end.  On
 * failure the message is on stderr and the exit status a gg_status. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdf.h"
#include "recap.h"
#include "strbuf.h"

typedef struct request {
	char **head;
	size_t nhead;
	char *logo, *font, *footer, *title, *note;
	strbuf markup;
	recap rec[2];            /* by month, by cause */
	size_t cap[2];
} request;

static void unescape(char *s)
{
	char *d = s;
	for (; *s; s++) {
		if (*s == '\\' && s[1]) {
			s++;
			*d++ = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s;
		} else {
			*d++ = *s;
		}
	}
	*d = '\0';
}

static int add_row(request *r, int which, char *v)
{
	recap *rc = &r->rec[which];
	recap_row row = { 0 };
	long long from, until, down, longest, mttr;
	size_t inc, open, docs, hits, d0, d1, d2, d3;
	double av;
	char label[48];
	if (sscanf(v, "%47[^\t]\t%lld\t%lld\t%zu\t%zu\t%lld\t%lf\t%lld\t%lld\t%zu\t%zu\t%zu\t%zu\t%zu\t%zu", label, &from,
	           &until, &inc, &open, &down, &av, &longest, &mttr, &docs, &hits, &d0, &d1, &d2, &d3) != 15)
		return -1;
	snprintf(row.label, sizeof row.label, "%s", label);
	row.from = from;
	row.until = until;
	row.incidents = inc;
	row.open = open;
	row.down_s = down;
	row.availability = av;
	row.longest_s = longest;
	row.mttr_s = mttr;
	row.docs = docs;
	row.hits = hits;
	row.decisions[0] = d0;
	row.decisions[1] = d1;
	row.decisions[2] = d2;
	row.decisions[3] = d3;
	if (strncmp(v, "\t", 1) == 0)
		return -1;
	if (rc->n == r->cap[which]) {
		size_t cap = r->cap[which] ? r->cap[which] * 2 : 16;
		recap_row *nv = realloc(rc->rows, cap * sizeof *nv);
		if (!nv)
			return -1;
		rc->rows = nv;
		r->cap[which] = cap;
	}
	rc->rows[rc->n++] = row;
	return 0;
}

static int read_request(request *r, FILE *in)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int in_markup = 0;
	while ((len = getline(&line, &cap, in)) != -1) {
		if (in_markup) {
			sb_appendn(&r->markup, line, (size_t)len);
			continue;
		}
		if (len && line[len - 1] == '\n')
			line[--len] = '\0';
		if (strcmp(line, "markup") == 0) {
			in_markup = 1;
			continue;
		}
		char *tab = strchr(line, '\t');
		if (!tab)
			continue;
		*tab++ = '\0';
		if (strcmp(line, "month") == 0 || strcmp(line, "cause") == 0 || strcmp(line, "month-total") == 0 ||
		    strcmp(line, "cause-total") == 0) {
			int which = line[0] == 'c';
			if (strstr(line, "total")) {
				recap tmp = r->rec[which];
				size_t n = tmp.n;
				if (add_row(r, which, tab) < 0)
					return -1;
				r->rec[which].total = r->rec[which].rows[n];
				r->rec[which].n = n;
			} else if (add_row(r, which, tab) < 0) {
				return -1;
			}
			continue;
		}
		unescape(tab);
		char *v = strdup(tab);
		if (!v)
			return -1;
		char **slot = strcmp(line, "logo") == 0 ? &r->logo : strcmp(line, "font") == 0 ? &r->font
		            : strcmp(line, "footer") == 0 ? &r->footer : strcmp(line, "title") == 0 ? &r->title
		            : strcmp(line, "note") == 0 ? &r->note : NULL;
		if (slot) {
			free(*slot);
			*slot = v;
		} else if (strcmp(line, "head") == 0) {
			char **nh = realloc(r->head, (r->nhead + 1) * sizeof *nh);
			if (!nh) {
				free(v);
				return -1;
			}
			r->head = nh;
			r->head[r->nhead++] = v;
		} else {
			free(v);
		}
	}
	free(line);
	return 0;
}

int main(int argc, char **argv)
{
	request r;
	gg_err err;
	memset(&r, 0, sizeof r);
	r.markup = (strbuf)STRBUF_INIT;
	if (argc != 3 || (strcmp(argv[1], "letter") != 0 && strcmp(argv[1], "recap") != 0)) {
		fprintf(stderr, "pemakaian: gangguan-pdf letter|recap BERKAS.pdf < permintaan\n");
		return GG_EUSAGE;
	}
	int code = read_request(&r, stdin) < 0 ? gg_fail(&err, GG_EDATA, "permintaan PDF tidak terbaca") : GG_OK;
	const char *font = r.font && *r.font ? r.font : "Liberation Serif";
	if (!code && argv[1][0] == 'l') {
		pdf_letter l = { sb_str(&r.markup), r.head, r.nhead, r.logo, font, r.footer };
		code = pdf_write_letter(&l, argv[2], &err);
	} else if (!code) {
		pdf_recap p = { r.head, r.nhead, r.logo, font, r.title ? r.title : "", &r.rec[0], &r.rec[1], r.note };
		code = pdf_write_recap(&p, argv[2], &err);
	}
	if (code)
		fprintf(stderr, "%s\n", err.msg);
	for (size_t i = 0; i < r.nhead; i++)
		free(r.head[i]);
	free(r.head);
	free(r.logo);
	free(r.font);
	free(r.footer);
	free(r.title);
	free(r.note);
	free(r.rec[0].rows);
	free(r.rec[1].rows);
	sb_free(&r.markup);
	return code;
}
