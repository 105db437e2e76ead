/* gangguan remedy | hit | decide: the Perka LKPP 1/2015 (and later)
 * remedies of an incident, the tenders it hit, the committees' decisions. */
#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "cli_commands.h"
#include "cli_output.h"
#include "cli_tender.h"
#include "json.h"
#include "remedycase.h"
#include "store_tender.h"

/* Loads the case, printing every catalogue problem as FILE:LINE first. */
static int data_load(cli_ctx *ctx, const char *cmd, int64_t id, remedy_case *d)
{
	gg_err err;
	memset(d, 0, sizeof *d);
	int code = cli_catalogues(ctx, cmd);
	if (!code && (code = remedy_case_load(&ctx->s, id, d, &err)))
		cli_fail(ctx, code, "%s: %s", cmd, err.msg);
	return code;
}

/* Columns of display width (UTF-8 lead bytes). */
static int text_cols(const char *s)
{
	int cols = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		cols += (*p & 0xC0) != 0x80;
	return cols;
}

/* A stage's times as "dd/mm HH:MM-dd/mm HH:MM", the year written when it
 * is not the incident's (remedy_date). */
static void span(const cli_ctx *ctx, const remedy_view *v, int64_t start, int64_t end, char *buf, size_t n)
{
	char a[24], b[24];
	int tz = zone_utc_offset(ctx->s.cfg->tz);
	remedy_date(start, tz, v->year, a, sizeof a);
	remedy_date(end, tz, v->year, b, sizeof b);
	snprintf(buf, n, "%s-%s", a, b);
}

/* A tender's stages beside the proposal, with the reason of each move; a
 * hit stage is marked '*'.  While the incident is open nothing is proposed. */
static void stage_table(cli_ctx *ctx, const remedy_view *v, const tender_plan *p)
{
	FILE *o = ctx->out;
	const tender *t = &p->h->t;
	int tz = zone_utc_offset(ctx->s.cfg->tz), wname = 5, wold = 6, wnew = 6;
	char cell[300], was[64], now[64], note[600], no[24];
	for (size_t k = 0; k < t->stages.n; k++) {
		int w = text_cols(t->stages.v[k].name);
		wname = w > wname ? (w < 56 ? w : 56) : wname;
		span(ctx, v, t->stages.v[k].start, t->stages.v[k].end, was, sizeof was);
		wold = (int)strlen(was) > wold ? (int)strlen(was) : wold;
		span(ctx, v, p->proposed[k].start, p->proposed[k].end, now, sizeof now);
		wnew = (int)strlen(now) > wnew ? (int)strlen(now) : wnew;
	}
	if (v->provisional)
		fprintf(o, "    Jadwal baru menunggu pulih: jumlah hari gangguan belum diketahui (sejauh ini %d hari):\n",
		        v->days);
	else
		fprintf(o, "    Usulan jadwal bila dijadwal ulang (+%d hari%s):\n", v->days,
		        ctx->s.cal.count_cuti_bersama ? "; cuti bersama bukan hari kerja" : "; cuti bersama hari kerja");
	cli_cell_padded(cell, sizeof cell, "Tahap", wname);
	fprintf(o, "    %-3s %s %-*s %-*s %s\n", "No", cell, wold, "Semula", wnew, "Usulan", "Keterangan");
	for (size_t k = 0; k < t->stages.n; k++) {
		const stage *st = &t->stages.v[k];
		const sched_out *so = &p->proposed[k];
		snprintf(no, sizeof no, "%s%zu", so->hit ? "*" : "", k + 1);
		cli_cell_padded(cell, sizeof cell, st->name, wname);
		span(ctx, v, st->start, st->end, was, sizeof was);
		if (so->fate == SCHED_WAITING)
			snprintf(now, sizeof now, "menunggu pulih");
		else
			span(ctx, v, so->start, so->end, now, sizeof now);
		remedy_stage_note(so, &ctx->s.cal, tz, v->year, note, sizeof note);
		fprintf(o, "    %3s %s %-*s %-*s %s\n", no, cell, wold, was, wnew, now, note);
	}
	fprintf(o, "    (* tahap terdampak gangguan%s)\n", v->provisional ? " sejauh ini" : "");
}

static void remedy_text(cli_ctx *ctx, const remedy_case *d)
{
	FILE *o = ctx->out;
	const remedy_view *v = &d->view;
	const cause_info *c = cause_find(d->inc.cause);
	char a[40], b[40];
	fprintf(o, "Gangguan #%lld: %s (%s)\n", (long long)d->inc.id, d->inc.summary, c ? c->label : d->inc.cause);
	fprintf(o, "Waktu gangguan : %s s.d. %s\n", cli_time(ctx, d->inc.t.started, a, sizeof a),
	        d->inc.t.restored ? cli_time(ctx, d->inc.t.restored, b, sizeof b) : "belum pulih");
	fprintf(o, "Jumlah hari    : %d hari kalender%s\n", v->days,
	        v->provisional ? " (sementara: gangguan belum pulih, hitungan sampai sekarang)" : "");
	if (v->regime) {
		fprintf(o, "Peraturan      : %s\n                 %s\n", v->regime->number,
		        *v->regime->full_title ? v->regime->full_title : v->regime->title);
		fprintf(o, "Mengapa        : %s\n", v->why);
		if (*v->regime->basis)
			fprintf(o, "Dasar          : %s\n", v->regime->basis);
		fprintf(o, "Yang memutus   : %s\n", v->regime->committee);
	} else {
		fprintf(o, "Peraturan      : (tidak ada) %s\n", v->why);
	}
	if (v->regime) {
		fprintf(o, "\nKetentuan untuk penyebab ini:\n");
		if (!v->nprovs)
			fprintf(o, "  (tidak ada ketentuan dalam katalog yang mencakup penyebab ini)\n");
		for (size_t i = 0; i < v->nprovs; i++) {
			const provision *p = v->provs[i];
			fprintf(o, " %zu. [%s]%s\n", i + 1, p->name, p->quoted ? "" : " (ringkasan, bukan kutipan)");
			for (const char *s = p->text; *s;) {
				size_t len = strcspn(s, "\n");
				fprintf(o, "    %.*s\n", (int)len, s);
				s += len + (s[len] == '\n');
			}
			for (size_t k = 0; k < p->nitems; k++)
				fprintf(o, "    %c. %s\n", k < 26 ? (char)('a' + k) : '?', p->items[k]);
			if (p->remedies) {
				fprintf(o, "    Upaya:");
				for (int r = 0; r < REMEDY__COUNT; r++)
					if (p->remedies & (1u << r))
						fprintf(o, " %s;", remedy_table[r].name);
				fputc('\n', o);
			}
		}
		for (int r = 0; r < REMEDY__COUNT; r++)
			if (v->regime->remedy_condition[r])
				fprintf(o, "  PERHATIAN %s (%s): perlu lebih dari gangguan: %s\n", remedy_table[r].name,
				        regime_remedy_label(v->regime, (remedy_code)r), v->regime->remedy_condition[r]);
	}
	fprintf(o, "\nTender terdampak:\n");
	if (v->void_incident)
		fprintf(o, "  (gangguan dibatalkan (void): tidak ada tender terdampak)\n");
	else if (!v->nplans)
		fprintf(o, "  (tidak ada tahap tender dalam rentang gangguan%s)\n",
		        v->provisional ? " sejauh ini" : "");
	for (size_t i = 0; i < v->nplans; i++) {
		const tender_plan *p = &v->plans[i];
		const tender *t = &p->h->t;
		fprintf(o, "\n  %s  %s\n", t->code, t->name);
		if (t->cancelled_by)
			fprintf(o, "    Status: DIBATALKAN (keputusan Pokja atas gangguan #%lld)\n", (long long)t->cancelled_by);
		if (t->revision != t->latest_revision) {
			char was[40];
			snprintf(was, sizeof was, t->revision ? "Perubahan %d" : "jadwal semula", t->revision);
			fprintf(o, "    Jadwal: yang terdampak %s; kini Perubahan %d (gangguan tender show %s)\n", was,
			        t->latest_revision, t->code);
		}
		if (p->h->confirmed)
			fprintf(o, "    Terdampak: dikonfirmasi %s oleh %s\n", cli_time(ctx, p->h->confirmed_at, a, sizeof a),
			        p->h->confirmed_by);
		else
			fprintf(o, "    Terdampak: diusulkan, belum dikonfirmasi (gangguan hit %lld %s)\n",
			        (long long)d->inc.id, t->code);
		if (!p->h->proposed)
			fprintf(o, "    Catatan: %s\n", v->provisional ? "belum ada tahapnya yang berjalan sejak gangguan mulai"
			                                               : "tidak ada lagi tahap dalam rentang gangguan (jadwal berubah?)");
		if (p->transitional)
			fprintf(o, "    Peraturan tender: %s, bukan %s: tender berjalan sebelum %s berlaku (%s)\n",
			        p->regime->number, v->regime->number, v->regime->number, v->regime->transition_source);
		const decision *dec = remedy_case_decision(d, t->id);
		if (dec)
			fprintf(o, "    Keputusan: %s, BA %s, %s (revisi %d)%s%s\n",
			        regime_remedy_label(p->regime, dec->remedy), dec->ref,
			        cli_time(ctx, dec->decided, a, sizeof a), dec->revision, *dec->note ? ": " : "", dec->note);
		else
			fprintf(o, "    Keputusan: belum ada\n");
		if (!p->proposed) {
			if (t->stages.n)
				fprintf(o, "    (ada tahap tersimpan yang selesai sebelum mulai: usulan tidak dapat dihitung)\n");
			continue;
		}
		stage_table(ctx, v, p);
	}
	if (v->missing_year)
		fprintf(o, "\nPERHATIAN: tidak ada kalender hari libur %d (data/holidays/%d.ini): hanya akhir pekan "
		        "yang dihitung untuk tahun itu.\n", v->missing_year, v->missing_year);
}

/* A stage's number (index + 1), or null for none (-1). */
static void key_stage_no(strbuf *sb, const char *key, int index)
{
	if (index >= 0)
		json_key_int(sb, key, index + 1);
	else
		json_key_null(sb, key);
}

static void remedy_json(cli_ctx *ctx, const remedy_case *d)
{
	const remedy_view *v = &d->view;
	char a[40];
	strbuf sb = STRBUF_INIT;
	sb_putc(&sb, '{');
	json_key_int(&sb, "incident", d->inc.id);
	json_key_string(&sb, "start", out_iso_time(ctx, d->inc.t.started, a, sizeof a));
	if (d->inc.t.restored)
		json_key_string(&sb, "restored", out_iso_time(ctx, d->inc.t.restored, a, sizeof a));
	else
		json_key_null(&sb, "restored");
	json_key_int(&sb, "days", v->days);
	json_key_bool(&sb, "provisional", v->provisional);
	json_key_bool(&sb, "void", v->void_incident);
	json_key(&sb, "regime");
	if (v->regime) {
		sb_putc(&sb, '{');
		json_key_string(&sb, "id", v->regime->id);
		json_key_string(&sb, "number", v->regime->number);
		json_key_string(&sb, "title", v->regime->title);
		json_key_string(&sb, "committee", v->regime->committee);
		json_key_string(&sb, "why", v->why);
		json_key_string(&sb, "basis", v->regime->basis);
		sb_putc(&sb, '}');
	} else {
		sb_append(&sb, "null");
	}
	json_key_string(&sb, "why", v->why);
	json_key(&sb, "provisions");
	sb_putc(&sb, '[');
	for (size_t i = 0; i < v->nprovs; i++) {
		const provision *p = v->provs[i];
		json_sep(&sb);
		sb_putc(&sb, '{');
		json_key_string(&sb, "name", p->name);
		json_key_bool(&sb, "quoted", p->quoted);
		json_key_string(&sb, "text", p->text);
		json_key(&sb, "items");
		sb_putc(&sb, '[');
		for (size_t k = 0; k < p->nitems; k++) {
			json_sep(&sb);
			json_string(&sb, p->items[k]);
		}
		sb_putc(&sb, ']');
		json_key(&sb, "remedies");
		sb_putc(&sb, '[');
		for (int r = 0; r < REMEDY__COUNT; r++)
			if (p->remedies & (1u << r)) {
				json_sep(&sb);
				json_string(&sb, remedy_table[r].name);
			}
		sb_append(&sb, "]}");
	}
	sb_putc(&sb, ']');
	json_key(&sb, "remedies");
	sb_putc(&sb, '[');
	for (int r = 0; r < REMEDY__COUNT; r++) {
		json_sep(&sb);
		sb_putc(&sb, '{');
		json_key_string(&sb, "name", remedy_table[r].name);
		json_key_string(&sb, "label", regime_remedy_label(v->regime, (remedy_code)r));
		if (v->regime && v->regime->remedy_condition[r])
			json_key_string(&sb, "condition", v->regime->remedy_condition[r]);
		else
			json_key_null(&sb, "condition");
		sb_putc(&sb, '}');
	}
	sb_putc(&sb, ']');
	json_key(&sb, "tenders");
	sb_putc(&sb, '[');
	for (size_t i = 0; i < v->nplans; i++) {
		const tender_plan *p = &v->plans[i];
		const tender *t = &p->h->t;
		json_sep(&sb);
		sb_putc(&sb, '{');
		json_key_string(&sb, "code", t->code);
		json_key_string(&sb, "name", t->name);
		json_key_string(&sb, "committee", t->committee);
		json_key_bool(&sb, "proposed", p->h->proposed);
		json_key_bool(&sb, "confirmed", p->h->confirmed);
		json_key_int(&sb, "revision", t->revision);
		json_key_int(&sb, "latest_revision", t->latest_revision);
		json_key_bool(&sb, "cancelled", t->cancelled_by != 0);
		if (p->regime)
			json_key_string(&sb, "regime", p->regime->id);
		else
			json_key_null(&sb, "regime");
		json_key_bool(&sb, "transitional", p->transitional);
		json_key_int(&sb, "hit_stages", p->hit);
		json_key(&sb, "stages");
		sb_putc(&sb, '[');
		for (size_t k = 0; k < t->stages.n; k++) {
			const stage *s = &t->stages.v[k];
			json_sep(&sb);
			sb_putc(&sb, '{');
			json_key_string(&sb, "name", s->name);
			json_key_string(&sb, "start", out_iso_time(ctx, s->start, a, sizeof a));
			json_key_string(&sb, "end", out_iso_time(ctx, s->end, a, sizeof a));
			if (p->proposed) {
				const sched_out *so = &p->proposed[k];
				char note[600];
				remedy_stage_note(so, &ctx->s.cal, zone_utc_offset(ctx->s.cfg->tz), v->year, note, sizeof note);
				json_key_bool(&sb, "hit", so->hit);
				json_key_bool(&sb, "waiting", so->fate == SCHED_WAITING);
				if (so->fate == SCHED_WAITING) {
					json_key_null(&sb, "new_start");
					json_key_null(&sb, "new_end");
				} else {
					json_key_string(&sb, "new_start", out_iso_time(ctx, so->start, a, sizeof a));
					json_key_string(&sb, "new_end", out_iso_time(ctx, so->end, a, sizeof a));
				}
				json_key_bool(&sb, "shifted", so->shifted);
				json_key_bool(&sb, "start_kept", so->start_kept);
				json_key_string(&sb, "end_landed_on", day_kind_label(so->landed));
				json_key_int(&sb, "moved_days", so->moved);
				json_key_int(&sb, "pushed_days", so->pushed);
				key_stage_no(&sb, "pushed_after", so->after);
				json_key_int(&sb, "pokja_moved_days", so->pokja_moved);
				json_key_int(&sb, "joined_days", so->joined);
				key_stage_no(&sb, "ends_with", so->with);
				if (so->sanggah_days)
					json_key_int(&sb, "sanggah_days", so->sanggah_days);
				else
					json_key_null(&sb, "sanggah_days");
				json_key_string(&sb, "reason", note);
			}
			sb_putc(&sb, '}');
		}
		sb_putc(&sb, ']');
		const decision *dec = remedy_case_decision(d, t->id);
		json_key(&sb, "decision");
		if (dec) {
			sb_putc(&sb, '{');
			json_key_string(&sb, "remedy", remedy_table[dec->remedy].name);
			json_key_string(&sb, "ref", dec->ref);
			json_key_string(&sb, "date", out_iso_time(ctx, dec->decided, a, sizeof a));
			json_key_string(&sb, "note", dec->note);
			json_key_int(&sb, "revision", dec->revision);
			json_key_int(&sb, "days", dec->days);
			json_key_string(&sb, "regime", dec->regime);
			json_key_string(&sb, "recorded_by", dec->recorded_by);
			sb_putc(&sb, '}');
		} else {
			sb_append(&sb, "null");
		}
		sb_putc(&sb, '}');
	}
	sb_putc(&sb, ']');
	if (v->missing_year)
		json_key_int(&sb, "missing_holidays_year", v->missing_year);
	else
		json_key_null(&sb, "missing_holidays_year");
	sb_append(&sb, "}\n");
	fputs(sb_str(&sb), ctx->out);
	sb_free(&sb);
}

static const cli_arg incident_arg[] = {
	{ "ID", "nomor gangguan", CLI_INCIDENT },
	{ NULL, NULL, 0 }
};

static int cmd_remedy(cli_ctx *ctx, const cli_args *a)
{
	int64_t id;
	int json = cli_choice(a, VIEW_FORMAT, 0) == 1, code = cli_parse_id(ctx, "remedy", a->pos[0], &id);
	if (code)
		return code;
	remedy_case d;
	if (!(code = data_load(ctx, "remedy", id, &d))) {
		if (json)
			remedy_json(ctx, &d);
		else
			remedy_text(ctx, &d);
	}
	remedy_case_free(&d);
	return code;
}

/* hit ID: the proposals; hit ID TENDER [--remove]: confirm or withdraw. */
static const char *const hit_formats[] = { "table", "json", NULL };
enum { H_REMOVE, H_FORMAT };
static const cli_option hit_opts[] = {
	[H_REMOVE] = { "remove", 0, NULL, "tarik konfirmasi TENDER (selama belum ada keputusan)", 0, NULL },
	[H_FORMAT] = { "format", 0, "FORMAT", "bentuk daftar (bawaan: table)", 0, hit_formats },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static const cli_arg hit_args[] = {
	{ "ID", "nomor gangguan", CLI_INCIDENT },
	{ "TENDER", "kode tender yang dikonfirmasi terdampak", CLI_OPTIONAL | CLI_TENDER },
	{ NULL, NULL, 0 }
};

static const char *const hit_forms[] = {
	"ID [--format table|json]",
	"ID TENDER [--remove]",
	NULL
};

static int cmd_hit(cli_ctx *ctx, const cli_args *a)
{
	const char *const *pos = a->pos;
	int remove = cli_given(a, H_REMOVE), code;
	int64_t id;
	gg_err err;
	if (remove && a->npos != 2)
		return cli_usage_error(ctx, a->name, a->cmd);
	int fmt = cli_choice(a, H_FORMAT, 0);
	if ((code = cli_parse_id(ctx, "hit", pos[0], &id)))
		return code;
	if (a->npos == 2) {
		code = remove ? store_hit_remove(ctx->s.st, id, pos[1], &err) : store_hit_confirm(ctx->s.st, id, pos[1], &err);
		return code ? cli_fail(ctx, code, "hit: %s", err.msg) : GG_OK;
	}
	hit_list h;
	if ((code = remedy_hits_load(&ctx->s, id, &h, &err)))
		return cli_fail(ctx, code, "hit: %s", err.msg);
	if (fmt == 1) {
		char when[40];
		strbuf sb = STRBUF_INIT;
		sb_putc(&sb, '[');
		for (size_t i = 0; i < h.n; i++) {
			json_sep(&sb);
			out_tender_json(ctx, &sb, &h.v[i].t);
			sb.len--;   /* reopen the object */
			json_key_bool(&sb, "proposed", h.v[i].proposed);
			json_key_bool(&sb, "confirmed", h.v[i].confirmed);
			if (h.v[i].confirmed) {
				json_key_string(&sb, "confirmed_at", out_iso_time(ctx, h.v[i].confirmed_at, when, sizeof when));
				json_key_string(&sb, "confirmed_by", h.v[i].confirmed_by);
			}
			sb_putc(&sb, '}');
		}
		sb_append(&sb, "]\n");
		fputs(sb_str(&sb), ctx->out);
		sb_free(&sb);
		hit_list_free(&h);
		return GG_OK;
	}
	fprintf(ctx->out, "%-12s %-12s %s\n", "KODE", "STATUS", "NAMA PAKET");
	for (size_t i = 0; i < h.n; i++) {
		char code_cell[64], cell[300];
		cli_cell_padded(code_cell, sizeof code_cell, h.v[i].t.code, 12);
		out_cell(cell, sizeof cell, h.v[i].t.name, 60);
		fprintf(ctx->out, "%s %-12s %s\n", code_cell,
		        h.v[i].confirmed ? "dikonfirmasi" : "diusulkan", cell);
	}
	hit_list_free(&h);
	return GG_OK;
}

enum { D_REMEDY, D_REF, D_DATE, D_NOTE };
static const cli_option decide_opts[] = {
	[D_REMEDY] = { "remedy", 0, "REMEDY", "upaya: cancel, reschedule, alternative atau lkpp", CLI_REQUIRED, NULL },
	[D_REF] = { "ref", 0, "BA", "nomor berita acara keputusan Pokja", CLI_REQUIRED, NULL },
	[D_DATE] = { "date", 0, "WHEN", "tanggal keputusan", CLI_REQUIRED, NULL },
	[D_NOTE] = { "note", 0, "TEXT", "catatan; wajib untuk upaya bersyarat (Pasal 51 ayat (2))", 0, NULL },
	{ NULL, 0, NULL, NULL, 0, NULL }
};

static const cli_arg decide_args[] = {
	{ "ID", "nomor gangguan", CLI_INCIDENT },
	{ "TENDER", "kode tender yang terdampak", CLI_TENDER },
	{ NULL, NULL, 0 }
};

static int cmd_decide(cli_ctx *ctx, const cli_args *a)
{
	const char *const *pos = a->pos;
	const char *remedy = a->val[D_REMEDY], *ref = a->val[D_REF], *date = a->val[D_DATE], *note = a->val[D_NOTE];
	int code;
	int64_t id, decided;
	if ((code = cli_parse_id(ctx, "decide", pos[0], &id)))
		return code;
	if (!remedy_find(remedy))
		return cli_fail(ctx, GG_EUSAGE, "decide: --remedy %s tidak dikenal; pilih %s", remedy, remedy_names());
	if ((code = cli_parse_when(ctx, "decide", "--date", date, &decided)))
		return code;
	if ((code = cli_catalogues(ctx, "decide")))
		return code;
	gg_err err;
	int rev;
	char warn[1200];
	decide_request rq = { id, pos[1], remedy, ref, decided, note, -1 };
	code = remedy_case_decide(&ctx->s, &rq, &rev, warn, sizeof warn, &err);
	if (*warn && !code)
		fprintf(ctx->err, "gangguan: decide: perhatian: %s\n", warn);
	if (code)
		return cli_fail(ctx, code, "decide: %s", err.msg);
	fprintf(ctx->out, "revisi %d\n", rev);
	return code;
}

const cli_command cli_cmd_remedy = {
	.name = "remedy",
	.needs = NEEDS_RO,
	.summary = "peraturan, hari gangguan, tender, jadwal usulan",
	.args = incident_arg,
	.opts = cli_view_opts,
	.run = cmd_remedy,
};

const cli_command cli_cmd_hit = {
	.name = "hit",
	.needs = NEEDS_RW,
	.summary = "tender terdampak: usulan, konfirmasi, tarik",
	.args = hit_args,
	.opts = hit_opts,
	.forms = hit_forms,
	.run = cmd_hit,
};

const cli_command cli_cmd_decide = {
	.name = "decide",
	.needs = NEEDS_RW,
	.summary = "catat (atau revisi) keputusan Pokja",
	.args = decide_args,
	.opts = decide_opts,
	.run = cmd_decide,
};
