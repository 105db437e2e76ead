/* The PDF of a letter (pdf.h): blocks from docview_blocks(), each laid
 * out as a pango layout, paginated, then drawn on a cairo PDF surface. */
#include "pdf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include "docview.h"
#include "recap.h"
#include "strbuf.h"

/* A4 in points, and the margins of an Indonesian official letter. */
#define PAGE_W 595.276
#define PAGE_H 841.890
#define MARGIN_L 71.0    /* 2.5 cm */
#define MARGIN_R 57.0    /* 2 cm */
#define MARGIN_T 42.0
#define MARGIN_B 62.0    /* room for the footer */
#define TEXT_W (PAGE_W - MARGIN_L - MARGIN_R)
#define INDENT 22.0      /* a list item's hanging indent */
#define GAP 7.0          /* between paragraphs */
#define BODY_PT 12
#define LOGO_H 62.0

typedef struct item {
	PangoLayout *layout;     /* the text */
	PangoLayout *marker;     /* "1." of an item, or NULL */
	double x, width;         /* where the text goes */
	double gap_before;
	double height;
	int keep_with_next;      /* a paragraph and the signature after it, a heading and its text */
	int page;
	double y;
} item;

typedef struct layout_ctx {
	cairo_t *cr;
	const char *font;
	item *v;
	size_t n, cap;
	double pending_gap;
	int in_signature;
	int failed;
} layout_ctx;

static PangoFontDescription *font_of(const char *family, int pt, int bold)
{
	PangoFontDescription *d = pango_font_description_new();
	pango_font_description_set_family(d, family);
	pango_font_description_set_size(d, pt * PANGO_SCALE);
	if (bold)
		pango_font_description_set_weight(d, PANGO_WEIGHT_BOLD);
	return d;
}

/* Inline markup as pango markup: emphasis in italics, the rest escaped. */
static void run_markup(void *ctx, const char *t, size_t len, int emphasis)
{
	strbuf *sb = ctx;
	char *esc = g_markup_escape_text(t, (gssize)len);
	sb_appendf(sb, emphasis ? "<i>%s</i>" : "%s", esc);
	g_free(esc);
}

static PangoLayout *make_layout(layout_ctx *L, const char *text, size_t len, int pt, int bold,
                                PangoAlignment align, int justify, double width)
{
	PangoLayout *lay = pango_cairo_create_layout(L->cr);
	PangoFontDescription *fd = font_of(L->font, pt, bold);
	pango_layout_set_font_description(lay, fd);
	pango_font_description_free(fd);
	pango_layout_set_width(lay, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(lay, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_alignment(lay, align);
	pango_layout_set_justify(lay, justify);
	strbuf sb = STRBUF_INIT;
	docview_inline(text, len, run_markup, &sb);
	pango_layout_set_markup(lay, sb_str(&sb), -1);
	/* a word broken at a line's end gets no hyphen the letter does not
	 * have: verify reads the words back (pdftext.h) */
	PangoAttrList *al = pango_layout_get_attributes(lay);
	al = al ? pango_attr_list_copy(al) : pango_attr_list_new();
	pango_attr_list_insert(al, pango_attr_insert_hyphens_new(FALSE));
	pango_layout_set_attributes(lay, al);
	pango_attr_list_unref(al);
	if (sb_failed(&sb))
		L->failed = 1;
	sb_free(&sb);
	return lay;
}

static item *add_item(layout_ctx *L)
{
	if (L->n == L->cap) {
		size_t cap = L->cap ? L->cap * 2 : 32;
		item *v = realloc(L->v, cap * sizeof *v);
		if (!v) {
			L->failed = 1;
			return NULL;
		}
		L->v = v;
		L->cap = cap;
	}
	item *it = &L->v[L->n++];
	memset(it, 0, sizeof *it);
	it->gap_before = L->pending_gap;
	L->pending_gap = 0;
	return it;
}

static int on_block(void *ctx, const dv_block *b)
{
	layout_ctx *L = ctx;
	if (b->kind == DV_BLANK) {
		L->pending_gap = GAP;
		L->in_signature = 0;
		return 0;
	}
	if (b->kind == DV_SIGNATURE && !L->in_signature) {
		/* the block stays with the paragraph before it */
		for (size_t i = L->n; i-- > 0;)
			if (L->v[i].layout) {
				L->v[i].keep_with_next = 1;
				break;
			}
		L->in_signature = 1;
	}
	item *it = add_item(L);
	if (!it)
		return -1;
	switch (b->kind) {
	case DV_HEADING:
		it->x = MARGIN_L;
		it->width = TEXT_W;
		it->layout = make_layout(L, b->text, b->len, BODY_PT + 1, 1, PANGO_ALIGN_CENTER, 0, TEXT_W);
		it->keep_with_next = 1;
		break;
	case DV_CENTRED:
		it->x = MARGIN_L;
		it->width = TEXT_W;
		it->layout = make_layout(L, b->text, b->len, BODY_PT, 0, PANGO_ALIGN_CENTER, 0, TEXT_W);
		break;
	case DV_ITEM:
	case DV_SUBITEM: {
		double x = MARGIN_L + (b->kind == DV_SUBITEM ? INDENT : 0);
		it->x = x + INDENT;
		it->width = TEXT_W - (it->x - MARGIN_L);
		it->layout = make_layout(L, b->text, b->len, BODY_PT, 0, PANGO_ALIGN_LEFT, 1, it->width);
		it->marker = make_layout(L, b->marker, b->marker_len, BODY_PT, 0, PANGO_ALIGN_LEFT, 0, INDENT);
		break;
	}
	case DV_SIGNATURE:
		/* the signature block: its lines centred together at the right */
		it->x = MARGIN_L + TEXT_W * 0.45;
		it->width = TEXT_W * 0.55;
		it->layout = make_layout(L, b->len ? b->text : " ", b->len ? b->len : 1, BODY_PT, 0, PANGO_ALIGN_CENTER, 0,
		                         it->width);
		it->keep_with_next = 1;   /* the whole block on one page */
		break;
	default:
		it->x = MARGIN_L;
		it->width = TEXT_W;
		it->layout = make_layout(L, b->text, b->len, BODY_PT, 0, PANGO_ALIGN_LEFT, 1, TEXT_W);
		break;
	}
	int w, h;
	pango_layout_get_size(it->layout, &w, &h);
	it->height = (double)h / PANGO_SCALE;
	return L->failed ? -1 : 0;
}

/* The letterhead's height on the first page. */
static double letterhead_height(layout_ctx *L, const pdf_letter *l, PangoLayout **lines, double logo_h)
{
	double h = 0;
	for (size_t i = 0; i < l->letterhead_n; i++) {
		lines[i] = make_layout(L, l->letterhead[i], strlen(l->letterhead[i]), i == 0 ? BODY_PT + 2 : BODY_PT - 1,
		                       i <= 1, PANGO_ALIGN_CENTER, 0, TEXT_W - (logo_h > 0 ? LOGO_H : 0));
		int w, lh;
		pango_layout_get_size(lines[i], &w, &lh);
		h += (double)lh / PANGO_SCALE;
	}
	if (h < logo_h)
		h = logo_h;
	return l->letterhead_n || logo_h > 0 ? h + 14 : 0;
}

/* Pages: an item goes to the next page when it does not fit, and so does
 * one that must stay with the items after it when they do not all fit. */
static int paginate(layout_ctx *L, double first_top)
{
	int page = 0;
	double y = first_top, bottom = PAGE_H - MARGIN_B;
	for (size_t i = 0; i < L->n; i++) {
		item *it = &L->v[i];
		double need = it->gap_before + it->height;
		size_t j = i;
		while (j + 1 < L->n && L->v[j].keep_with_next) {
			need += L->v[j + 1].gap_before + L->v[j + 1].height;
			j++;
		}
		double top = page == 0 ? first_top : MARGIN_T;
		if (y + need > bottom && y > top) {
			page++;
			y = MARGIN_T;
		} else {
			y += it->gap_before;
		}
		it->page = page;
		it->y = y;
		y += it->height;
	}
	return page + 1;
}

static int check_font(cairo_t *cr, const char *family, gg_err *err)
{
	PangoContext *pc = pango_cairo_create_context(cr);
	PangoFontDescription *fd = font_of(family, BODY_PT, 0);
	PangoFont *f = pango_font_map_load_font(pango_cairo_font_map_get_default(), pc, fd);
	int code = GG_OK;
	if (!f) {
		code = gg_fail(err, GG_ECONFIG, "[letterhead] font: huruf '%s' tidak dapat dimuat", family);
	} else {
		PangoFontDescription *got = pango_font_describe(f);
		const char *gf = pango_font_description_get_family(got);
		if (!gf || strcasecmp(gf, family) != 0)
			code = gg_fail(err, GG_ECONFIG, "[letterhead] font: huruf '%s' tidak terpasang (yang ada: %s); "
			               "pasang paket hurufnya (Liberation Serif: fonts-liberation)", family, gf ? gf : "?");
		pango_font_description_free(got);
		g_object_unref(f);
	}
	pango_font_description_free(fd);
	g_object_unref(pc);
	return code;
}

static void free_items(layout_ctx *L)
{
	for (size_t i = 0; i < L->n; i++) {
		if (L->v[i].layout)
			g_object_unref(L->v[i].layout);
		if (L->v[i].marker)
			g_object_unref(L->v[i].marker);
	}
	free(L->v);
}

static void draw_footer(cairo_t *cr, const char *font, const char *footer, int page, int pages)
{
	PangoLayout *lay = pango_cairo_create_layout(cr);
	PangoFontDescription *fd = font_of(font, 8, 0);
	pango_layout_set_font_description(lay, fd);
	pango_font_description_free(fd);
	pango_layout_set_text(lay, footer ? footer : "", -1);
	cairo_move_to(cr, MARGIN_L, PAGE_H - MARGIN_B + 24);
	pango_cairo_show_layout(cr, lay);
	if (pages > 1) {   /* the page number at the right */
		char buf[64];
		int w, h;
		snprintf(buf, sizeof buf, "Halaman %d dari %d", page, pages);
		pango_layout_set_text(lay, buf, -1);
		pango_layout_get_size(lay, &w, &h);
		cairo_move_to(cr, PAGE_W - MARGIN_R - (double)w / PANGO_SCALE, PAGE_H - MARGIN_B + 24);
		pango_cairo_show_layout(cr, lay);
	}
	g_object_unref(lay);
}

/* The letterhead: logo at the left, lines centred, a double rule below. */
static void draw_head(cairo_t *cr, PangoLayout **head, size_t n, cairo_surface_t *logo, double head_h)
{
	double y = MARGIN_T;
	if (logo) {
		double sc = LOGO_H / cairo_image_surface_get_height(logo);
		cairo_save(cr);
		cairo_translate(cr, MARGIN_L, MARGIN_T);
		cairo_scale(cr, sc, sc);
		cairo_set_source_surface(cr, logo, 0, 0);
		cairo_paint(cr);
		cairo_restore(cr);
	}
	for (size_t k = 0; k < n; k++) {
		int w, h;
		cairo_move_to(cr, MARGIN_L + (logo ? LOGO_H : 0), y);
		pango_cairo_show_layout(cr, head[k]);
		pango_layout_get_size(head[k], &w, &h);
		y += (double)h / PANGO_SCALE;
	}
	double ry = MARGIN_T + head_h - 8;
	cairo_set_line_width(cr, 1.6);
	cairo_move_to(cr, MARGIN_L, ry);
	cairo_line_to(cr, PAGE_W - MARGIN_R, ry);
	cairo_stroke(cr);
	cairo_set_line_width(cr, 0.5);
	cairo_move_to(cr, MARGIN_L, ry + 2.5);
	cairo_line_to(cr, PAGE_W - MARGIN_R, ry + 2.5);
	cairo_stroke(cr);
}

/* A logo file as a surface; GG_ECONFIG naming the key when unreadable. */
static int load_logo(const char *path, cairo_surface_t **out, gg_err *err)
{
	*out = NULL;
	if (!path || !*path)
		return GG_OK;
	cairo_surface_t *logo = cairo_image_surface_create_from_png(path);
	if (cairo_surface_status(logo) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(logo);
		return gg_fail(err, GG_ECONFIG, "%s: logo tidak dapat dibaca sebagai PNG ([letterhead] logo)", path);
	}
	*out = logo;
	return GG_OK;
}

/* Ends a PDF: frees the letterhead's layouts, finishes the surface and
 * moves the file into place, or removes it on failure (no broken PDF). */
static int finish(cairo_t *cr, cairo_surface_t *surf, cairo_surface_t *logo, PangoLayout **head, size_t nhead,
                  const char *tmp, const char *path, int code, gg_err *err)
{
	for (size_t k = 0; head && k < nhead; k++)
		if (head[k])
			g_object_unref(head[k]);
	free(head);
	cairo_destroy(cr);
	cairo_surface_finish(surf);
	if (!code && cairo_surface_status(surf) != CAIRO_STATUS_SUCCESS)
		code = gg_fail(err, GG_ECANTCREAT, "%s: gagal menulis PDF: %s", path,
		               cairo_status_to_string(cairo_surface_status(surf)));
	cairo_surface_destroy(surf);
	if (logo)
		cairo_surface_destroy(logo);
	if (!code && rename(tmp, path) != 0)
		code = gg_fail(err, GG_ECANTCREAT, "%s: tidak dapat ditulis: %s", path, strerror(errno));
	if (code)
		unlink(tmp);
	return code;
}

int pdf_write_letter(const pdf_letter *l, const char *path, gg_err *err)
{
	char tmp[4096];
	if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp)
		return gg_fail(err, GG_ECANTCREAT, "%s: nama berkas terlalu panjang", path);
	cairo_surface_t *logo;
	int lc = load_logo(l->logo, &logo, err);
	if (lc)
		return lc;
	cairo_surface_t *surf = cairo_pdf_surface_create(tmp, PAGE_W, PAGE_H);
	if (cairo_surface_status(surf) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(surf);
		if (logo)
			cairo_surface_destroy(logo);
		return gg_fail(err, GG_ECANTCREAT, "%s: tidak dapat ditulis: %s", path, strerror(errno));
	}
	cairo_t *cr = cairo_create(surf);
	int code = check_font(cr, l->font, err);
	layout_ctx L = { .cr = cr, .font = l->font };
	PangoLayout **head = calloc(l->letterhead_n + 1, sizeof *head);
	double logo_h = logo ? LOGO_H : 0;
	if (!code && !head)
		code = gg_fail(err, GG_ESOFTWARE, "memori habis");
	double head_h = !code ? letterhead_height(&L, l, head, logo_h) : 0;
	if (!code && (docview_blocks(l->markup, on_block, &L) < 0 || L.failed))
		code = gg_fail(err, GG_ESOFTWARE, "memori habis");
	if (!code) {
		int pages = paginate(&L, MARGIN_T + head_h);
		int page = 0;
		for (size_t i = 0; i <= L.n; i++) {
			if (i == L.n || L.v[i].page != page) {
				draw_footer(cr, l->font, l->footer, page + 1, pages);
				cairo_show_page(cr);
				if (i == L.n)
					break;
				page = L.v[i].page;
			}
			if (i == 0 && page == 0 && head_h > 0)
				draw_head(cr, head, l->letterhead_n, logo, head_h);
			item *it = &L.v[i];
			if (it->marker) {
				cairo_move_to(cr, it->x - INDENT, it->y);
				pango_cairo_show_layout(cr, it->marker);
			}
			cairo_move_to(cr, it->x, it->y);
			pango_cairo_show_layout(cr, it->layout);
		}
	}
	free_items(&L);
	return finish(cr, surf, logo, head, l->letterhead_n, tmp, path, code, err);
}

/* ---- the recap ---- */

static void cell(cairo_t *cr, const char *font, const char *text, double x, double y, double w, int bold,
                 PangoAlignment align)
{
	PangoLayout *lay = pango_cairo_create_layout(cr);
	PangoFontDescription *fd = font_of(font, 9, bold);
	pango_layout_set_font_description(lay, fd);
	pango_font_description_free(fd);
	pango_layout_set_width(lay, (int)(w * PANGO_SCALE));
	pango_layout_set_alignment(lay, align);
	pango_layout_set_ellipsize(lay, PANGO_ELLIPSIZE_END);
	pango_layout_set_text(lay, text, -1);
	cairo_move_to(cr, x, y);
	pango_cairo_show_layout(cr, lay);
	g_object_unref(lay);
}

static const char *hours(int64_t s, char *buf, size_t n)
{
	if (s < 0)
		snprintf(buf, n, "-");
	else
		snprintf(buf, n, "%.1f", (double)s / 3600.0);
	return buf;
}

/* The table of a recap at y; returns the y under it. */
static double recap_table(cairo_t *cr, const char *font, const recap *r, const char *first, double y)
{
	static const double colw[] = { 120, 45, 62, 62, 58, 62, 30, 42 };
	const char *head[] = { first, "Jumlah", "Mati (jam)", "Tersedia", "Terlama", "Rerata", "BA", "Tender" };
	double x = MARGIN_L;
	for (size_t c = 0; c < 8; c++) {
		cell(cr, font, head[c], x, y, colw[c] - 4, 1, c ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
		x += colw[c];
	}
	y += 14;
	cairo_set_line_width(cr, 0.5);
	cairo_move_to(cr, MARGIN_L, y);
	cairo_line_to(cr, MARGIN_L + 481, y);
	cairo_stroke(cr);
	y += 2;
	for (size_t i = 0; i <= r->n; i++) {
		const recap_row *row = i < r->n ? &r->rows[i] : &r->total;
		char v[8][48];
		snprintf(v[0], sizeof v[0], "%s", i < r->n ? row->label : "Jumlah");
		snprintf(v[1], sizeof v[1], "%zu%s", row->incidents, row->open ? "*" : "");
		hours(row->down_s, v[2], sizeof v[2]);
		snprintf(v[3], sizeof v[3], "%.2f%%", row->availability * 100.0);
		hours(row->longest_s, v[4], sizeof v[4]);
		hours(row->mttr_s, v[5], sizeof v[5]);
		snprintf(v[6], sizeof v[6], "%zu", row->docs);
		snprintf(v[7], sizeof v[7], "%zu", row->hits);
		x = MARGIN_L;
		for (size_t c = 0; c < 8; c++) {
			cell(cr, font, v[c], x, y, colw[c] - 4, i == r->n, c ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
			x += colw[c];
		}
		y += 12.5;
	}
	return y + 6;
}

/* A bar chart of the hours down of each row: one bar a row, labelled. */
static double recap_chart(cairo_t *cr, const char *font, const recap *r, const char *title, double y)
{
	double most = 0;
	for (size_t i = 0; i < r->n; i++)
		if (r->rows[i].down_s > most)
			most = (double)r->rows[i].down_s;
	cell(cr, font, title, MARGIN_L, y, TEXT_W, 1, PANGO_ALIGN_LEFT);
	y += 15;
	double bar_w = TEXT_W - 170;
	for (size_t i = 0; i < r->n; i++) {
		char h[32];
		cell(cr, font, r->rows[i].label, MARGIN_L, y, 110, 0, PANGO_ALIGN_LEFT);
		double w = most > 0 ? bar_w * (double)r->rows[i].down_s / most : 0;
		cairo_set_source_rgb(cr, 0.25, 0.35, 0.6);
		cairo_rectangle(cr, MARGIN_L + 115, y + 2, w, 8);
		cairo_fill(cr);
		cairo_set_source_rgb(cr, 0, 0, 0);
		cell(cr, font, hours(r->rows[i].down_s, h, sizeof h), MARGIN_L + 120 + w, y, 50, 0, PANGO_ALIGN_LEFT);
		y += 12;
	}
	return y + 8;
}

int pdf_write_recap(const pdf_recap *r, const char *path, gg_err *err)
{
	char tmp[4096];
	if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp)
		return gg_fail(err, GG_ECANTCREAT, "%s: nama berkas terlalu panjang", path);
	cairo_surface_t *logo;
	int code = load_logo(r->logo, &logo, err);
	if (code)
		return code;
	cairo_surface_t *surf = cairo_pdf_surface_create(tmp, PAGE_W, PAGE_H);
	cairo_t *cr = cairo_create(surf);
	code = check_font(cr, r->font, err);
	layout_ctx L = { .cr = cr, .font = r->font };
	pdf_letter l = { "", r->letterhead, r->letterhead_n, r->logo, r->font, NULL };
	PangoLayout **head = calloc(r->letterhead_n + 1, sizeof *head);
	if (!code && !head)
		code = gg_fail(err, GG_ESOFTWARE, "memori habis");
	if (!code) {
		double head_h = letterhead_height(&L, &l, head, logo ? LOGO_H : 0);
		if (head_h > 0)
			draw_head(cr, head, r->letterhead_n, logo, head_h);
		double y = MARGIN_T + head_h;
		PangoLayout *t = make_layout(&L, r->title, strlen(r->title), BODY_PT + 1, 1, PANGO_ALIGN_CENTER, 0, TEXT_W);
		int w, h;
		cairo_move_to(cr, MARGIN_L, y);
		pango_cairo_show_layout(cr, t);
		pango_layout_get_size(t, &w, &h);
		g_object_unref(t);
		y += (double)h / PANGO_SCALE + 10;
		y = recap_table(cr, r->font, r->by_month, "Bulan", y);
		y = recap_chart(cr, r->font, r->by_month, "Jam gangguan per bulan", y + 4);
		if (r->note) {
			PangoLayout *n = make_layout(&L, r->note, strlen(r->note), 9, 0, PANGO_ALIGN_LEFT, 1, TEXT_W);
			cairo_move_to(cr, MARGIN_L, y);
			pango_cairo_show_layout(cr, n);
			g_object_unref(n);
		}
		draw_footer(cr, r->font, r->title, 1, 2);
		cairo_show_page(cr);
		y = MARGIN_T;
		y = recap_table(cr, r->font, r->by_cause, "Penyebab", y);
		recap_chart(cr, r->font, r->by_cause, "Jam gangguan per penyebab", y + 4);
		draw_footer(cr, r->font, r->title, 2, 2);
		cairo_show_page(cr);
	}
	return finish(cr, surf, logo, head, r->letterhead_n, tmp, path, code, err);
}
