#include "docfields.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "idtime.h"
#include "nip.h"
#include "schedule.h"
#include "remedy.h"
#include "sanitize.h"
#include "strbuf.h"
#include "textfield.h"

/* Every typed field a letter prints fits the letter's own limit. */
_Static_assert(TF_MAX_SUMMARY <= DOC_VALUE_MAX && TF_MAX_IMPACT <= DOC_VALUE_MAX &&
               TF_MAX_REPORTER <= DOC_VALUE_MAX && TF_MAX_CHANNEL <= DOC_VALUE_MAX &&
               TF_MAX_EVENT <= DOC_VALUE_MAX, "a field accepts what no letter would print");

#define CO KIND_CLOSING
#define ALL KIND_ALL

/* One table: the schema check, the builder's names and the man page. */
static const doc_field fields[] = {
	{ "doc.number", NULL, 0, ALL, "nomor surat ini, dari [documents] number_format" },
	{ "doc.day", NULL, 0, ALL, "hari terbit: Senin ... Minggu" },
	{ "doc.date", NULL, 0, ALL, "tanggal terbit: 4 Februari 2018" },
	{ "doc.time", NULL, 0, ALL, "jam terbit: 10.00 WIB" },
	{ "unit.name", NULL, 0, ALL, "[unit] name" },
	{ "unit.code", NULL, 0, ALL, "[unit] code" },
	{ "unit.ip", NULL, 0, ALL, "[unit] ip" },
	{ "unit.domain", NULL, 0, ALL, "[unit] domain" },
	{ "unit.zone", NULL, 0, ALL, "[unit] timezone: WIB, WITA atau WIT" },
	{ "incident.id", NULL, 0, ALL, "nomor gangguan di basis data" },
	{ "incident.summary", NULL, 0, ALL, "apa yang terganggu (report --summary)" },
	{ "incident.cause", NULL, 0, ALL, "penyebab: Listrik, Jaringan, ..." },
	{ "incident.impact", NULL, 0, ALL, "dampak (report --impact); kosong: pakai {{#if}}" },
	{ "incident.reporter", NULL, 0, ALL, "pelapor (report --reporter)" },
	{ "incident.channel", NULL, 0, ALL, "saluran laporan: nota laporan, telepon, ..." },
	{ "incident.start_day", NULL, 0, ALL, "hari mulai gangguan" },
	{ "incident.start_date", NULL, 0, ALL, "tanggal mulai gangguan" },
	{ "incident.start_time", NULL, 0, ALL, "jam mulai gangguan: 14.30 WIB" },
	{ "incident.restored", NULL, 0, ALL, "\"1\" bila layanan sudah pulih, kosong bila belum" },
	{ "incident.restore_day", NULL, 0, ALL, "hari layanan pulih (hanya bila sudah pulih)" },
	{ "incident.restore_date", NULL, 0, ALL, "tanggal layanan pulih" },
	{ "incident.restore_time", NULL, 0, ALL, "jam layanan pulih" },
	{ "incident.duration", NULL, 0, ALL, "lama gangguan dari mulai sampai pulih: 40 menit, 1 jam 20 menit, 2 hari" },
	{ "opening.number", NULL, 0, CO, "nomor BA Pembukaan yang dicabut (hanya BA Penutupan)" },
	{ "opening.day", NULL, 0, CO, "hari terbit BA Pembukaan" },
	{ "opening.date", NULL, 0, CO, "tanggal terbit BA Pembukaan" },
	{ "opening.time", NULL, 0, CO, "jam terbit BA Pembukaan" },
	{ "signatory.position", NULL, 0, ALL, "[signatory] position: KETUA" },
	{ "signatory.name", NULL, 0, ALL, "[signatory] name" },
	{ "signatory.nip", NULL, 0, ALL, "[signatory] nip dalam empat kelompok: 19810629 200901 1 014, atau -" },
	{ "signatory.org", NULL, 1, ALL, "daftar baris [signatory] org; tiap butir: {{text}}" },
	{ "copies", NULL, 1, ALL, "daftar tembusan [documents] copies; tiap butir: {{text}}" },
	{ "chronology", NULL, 1, ALL, "daftar kronologi yang bukan tindakan, urut waktu" },
	{ "actions", NULL, 1, ALL, "daftar tindakan (event --action), urut waktu" },
	{ "events", NULL, 1, ALL, "seluruh kronologi termasuk tindakan, urut waktu" },
	{ "regulation.title", NULL, 0, ALL, "judul peraturan yang berlaku pada tanggal mulai gangguan, dengan perubahannya" },
	{ "regulation.number", NULL, 0, ALL, "[regulation] number: nama singkat peraturan" },
	{ "regulation.committee", NULL, 0, ALL, "[regulation] committee: Pokja ULP, Pokja Pemilihan" },
	{ "regulation.result_report", NULL, 0, ALL, "[regulation] result_report: Berita Acara Hasil Pemilihan (BAHP)" },
	{ "regulation.quoted", NULL, 0, ALL, "\"1\" bila semua ketentuan untuk penyebab ini kutipan kata demi kata; kosong bila ada ringkasan" },
	{ "provisions", NULL, 1, ALL, "ketentuan yang dikutip kata demi kata (quoted = yes) untuk penyebab ini, urut berkas; tiap butir: {{text}}, {{name}}, {{#each items}}" },
	{ "remedies", NULL, 1, ALL, "upaya yang dimungkinkan peraturan untuk penyebab ini, dalam kalimat unit; tiap butir: {{text}}, {{name}}" },
	{ "text", "remedies", 0, ALL, "[remedy:UPAYA] letter (atau label) peraturan yang berlaku" },
	{ "name", "remedies", 0, ALL, "cancel, reschedule, alternative, lkpp" },
	{ "text", "signatory.org", 0, ALL, "satu baris di bawah jabatan" },
	{ "text", "copies", 0, ALL, "satu penerima tembusan" },
	{ "text", "provisions", 0, ALL, "teks ketentuan, kata demi kata" },
	{ "name", "provisions", 0, ALL, "nama bagian [provision:NAMA]" },
	{ "items", "provisions", 1, ALL, "sub-butir ketentuan (a., b., ...); tiap butir: {{text}}" },
	{ "text", "items", 0, ALL, "teks sub-butir" },
};

/* The fields of a chronology item, for the three event lists. */
static const struct {
	const char *name;
	const char *help;
} event_fields[] = {
	{ "text", "teks kronologi" },
	{ "day", "hari kejadian" },
	{ "date", "tanggal kejadian: 3 Februari 2018" },
	{ "time", "jam kejadian: 14.30 WIB" },
	{ "about", "\"1\" bila jamnya perkiraan (event --about): tulis sekitar" },
	{ "new_day", "\"1\" bila butir pertama pada tanggal itu dalam daftar ini" },
	{ "action", "\"1\" bila tindakan" },
};
static const char *const event_lists[] = { "chronology", "actions", "events" };

const doc_field *doc_fields(size_t *n)
{
	*n = sizeof fields / sizeof fields[0];
	return fields;
}

enum tpl_kind doc_field_kind(void *ctx, const char *list, const char *name)
{
	doc_kind kind = *(const doc_kind *)ctx;
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		const doc_field *f = &fields[i];
		if ((list == NULL) != (f->list == NULL) || (list && strcmp(list, f->list) != 0))
			continue;
		if (strcmp(name, f->name) == 0 && (f->kinds & (1u << kind)))
			return f->is_list ? TPL_LIST : TPL_SCALAR;
	}
	for (size_t l = 0; list && l < sizeof event_lists / sizeof event_lists[0]; l++)
		if (strcmp(list, event_lists[l]) == 0)
			for (size_t i = 0; i < sizeof event_fields / sizeof event_fields[0]; i++)
				if (strcmp(name, event_fields[i].name) == 0)
					return TPL_SCALAR;
	return TPL_UNKNOWN;
}

/* Collects values, checking each; the first refusal is kept. */
typedef struct builder {
	gg_err *err;
	int refused;
	strbuf tmp;
} builder;

/* Sets name to value after checking it: tab, CR and newline become one
 * space (an operator's paste), any other control character or an
 * over-long value refuses the document, naming `what`. */
static void put(builder *b, tpl_data *d, const char *name, const char *value, const char *what)
{
	if (b->refused)
		return;
	if (!value) {
		tpl_set_missing(d, name, what);
		return;
	}
	size_t len = utf8_chars(value);
	if (len > DOC_VALUE_MAX) {
		gg_fail(b->err, GG_EDATA, "%s terlalu panjang (%zu karakter, paling banyak %d) untuk berita acara",
		        what, len, DOC_VALUE_MAX);
		b->refused = 1;
		return;
	}
	sb_reset(&b->tmp);
	for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
		if (*p == '\t' || *p == '\n' || *p == '\r') {
			if (b->tmp.len && sb_str(&b->tmp)[b->tmp.len - 1] != ' ')
				sb_putc(&b->tmp, ' ');
			continue;
		}
		if (*p < 0x20 || *p == 0x7f) {
			gg_fail(b->err, GG_EDATA, "%s berisi karakter kontrol 0x%02x; perbaiki teksnya dahulu", what, *p);
			b->refused = 1;
			return;
		}
		sb_putc(&b->tmp, (char)*p);
	}
	/* C1 controls, bidi overrides and invalid UTF-8 would reorder or
	 * garble the printed letter as surely as an escape sequence */
	size_t at;
	unsigned cp;
	int kind = text_find_unsafe(sb_str(&b->tmp), NULL, &at, &cp);
	if (kind != TEXT_SAFE) {
		char why[80];
		text_unsafe_describe(kind, cp, why, sizeof why);
		gg_fail(b->err, GG_EDATA, "%s %s; perbaiki teksnya dahulu", what, why);
		b->refused = 1;
		return;
	}
	tpl_set(d, name, sb_str(&b->tmp));
}

/* A config value: missing or empty ones stay missing, with the key to fill. */
static void put_cfg(builder *b, tpl_data *d, const char *name, const char *value, const char *key)
{
	char what[120];
	if (!value || !*value) {
		snprintf(what, sizeof what, "isi %s di konfigurasi", key);
		tpl_set_missing(d, name, what);
		return;
	}
	snprintf(what, sizeof what, "%s di konfigurasi", key);
	put(b, d, name, value, what);
}

/* day, date and time of utc as PREFIX SEP day ... ("doc" "." -> doc.day,
 * "incident.start" "_" -> incident.start_day). */
static void put_when(tpl_data *d, const char *prefix, const char *sep, int64_t utc, zone z)
{
	static const char *const parts[] = { "day", "date", "time" };
	char name[64], buf[64];
	civil c;
	civil_from_utc(utc, z, &c);
	for (size_t i = 0; i < 3; i++) {
		snprintf(name, sizeof name, "%s%s%s", prefix, sep, parts[i]);
		if (i == 0)
			snprintf(buf, sizeof buf, "%s", id_day_name(c.weekday));
		else if (i == 1)
			fmt_id_date(buf, sizeof buf, &c);
		else
			fmt_id_time(buf, sizeof buf, &c, z);
		tpl_set(d, name, buf);
	}
}

static void put_list(builder *b, tpl_data *d, const char *list, char *const *v, size_t n, const char *key)
{
	char what[120];
	tpl_list(d, list);
	for (size_t i = 0; i < n; i++) {
		snprintf(what, sizeof what, "%s butir ke-%zu di konfigurasi", key, i + 1);
		put(b, tpl_list_add(d, list), "text", v[i], what);
	}
}

/* The events of one list (actions: 1, 0 or -1 for all). */
static void put_events(builder *b, tpl_data *d, const char *list, const event_list *ev, int actions, zone z)
{
	int64_t last_day = INT64_MIN;
	char what[160], tbuf[40];
	tpl_list(d, list);
	for (size_t i = 0; i < ev->n; i++) {
		const event *e = &ev->v[i];
		if (actions >= 0 && (e->action != 0) != actions)
			continue;
		tpl_data *it = tpl_list_add(d, list);
		if (!it)
			return;
		civil c;
		civil_from_utc(e->at, z, &c);
		int64_t day = days_from_civil(c.year, c.month, c.day);
		fmt_iso_local(tbuf, sizeof tbuf, &c);
		snprintf(what, sizeof what, "kronologi %s %s", tbuf, zone_name(z));
		put(b, it, "text", e->text, what);
		put_when(it, "", "", e->at, z);
		tpl_set(it, "about", e->about ? "1" : "");
		tpl_set(it, "action", e->action ? "1" : "");
		tpl_set(it, "new_day", day != last_day ? "1" : "");
		last_day = day;
	}
}

/* The regime's fields: its title as in force on the incident's start,
 * its terms, the provisions it lets a letter quote, the remedies. */
static void put_regime(builder *b, tpl_data *d, const regime *rg, const incident *inc, zone z)
{
	static const char *const names[] = { "regulation.title", "regulation.number", "regulation.committee",
	                                     "regulation.result_report" };
	tpl_list(d, "provisions");
	tpl_list(d, "remedies");
	if (!rg) {
		for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
			tpl_set_missing(d, names[i], "tidak ada peraturan dalam katalog untuk tanggal gangguan ini");
		tpl_set(d, "regulation.quoted", "");
		return;
	}
	strbuf title = STRBUF_INIT;
	regime_title_on(rg, local_day(inc->t.started, zone_utc_offset(z)), &title);
	put(b, d, "regulation.title", sb_str(&title), "judul peraturan");
	sb_free(&title);
	put(b, d, "regulation.number", rg->number, "nomor peraturan");
	put(b, d, "regulation.committee", rg->committee, "[regulation] committee");
	put(b, d, "regulation.result_report", rg->result_report, "[regulation] result_report");
	size_t covering = 0, quoted = 0;
	for (size_t i = 0; i < rg->nprov; i++) {
		const provision *pv = &rg->prov[i];
		if (!provision_covers(pv, inc->cause))
			continue;
		covering++;
		if (!pv->quoted)
			continue;   /* a summary is never printed as the regulation's words */
		quoted++;
		tpl_data *p = tpl_list_add(d, "provisions");
		if (!p)
			break;
		put(b, p, "name", pv->name, "nama ketentuan");
		put(b, p, "text", pv->text, "teks ketentuan");
		put_list(b, p, "items", pv->items, pv->nitems, "sub-butir ketentuan");
	}
	tpl_set(d, "regulation.quoted", covering && quoted == covering ? "1" : "");
	/* In the order the regime's file gives them: its main remedy first. */
	unsigned listed = 0;
	for (size_t i = 0; i < rg->nprov; i++) {
		if (!provision_covers(&rg->prov[i], inc->cause))
			continue;
		for (int r = 0; r < REMEDY__COUNT; r++) {
			if (!(rg->prov[i].remedies & (1u << r)) || (listed & (1u << r)))
				continue;
			listed |= 1u << r;
			tpl_data *it = tpl_list_add(d, "remedies");
			if (!it)
				return;
			tpl_set(it, "name", remedy_table[r].name);
			put(b, it, "text", regime_remedy_letter(rg, (remedy_code)r), "upaya dalam berkas peraturan");
		}
	}
}

int doc_fields_build(const doc_unit *u, const regime *rg, const doc_request *req, const char *number,
                     tpl_data **out, gg_err *err)
{
	builder b = { .err = err, .tmp = STRBUF_INIT };
	const incident *inc = req->inc;
	zone z = u->tz;
	char buf[64];
	*out = NULL;
	if ((req->kind == DOC_CLOSING || req->kind == DOC_SINGLE) && req->events->n == 0)
		return gg_fail(err, GG_EDATA, "gangguan #%lld belum mempunyai kronologi; %s menceritakannya: "
		               "tambahkan dengan `gangguan event %lld --at WAKTU --text TEKS` lalu ulangi",
		               (long long)inc->id, doc_kind_title(req->kind), (long long)inc->id);
	tpl_data *d = tpl_data_new();
	if (!d)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");

	tpl_set(d, "doc.number", number);
	put_when(d, "doc", ".", req->issued, z);
	put_cfg(&b, d, "unit.name", u->name, "[unit] name");
	put_cfg(&b, d, "unit.code", u->code, "[unit] code");
	put_cfg(&b, d, "unit.ip", u->ip, "[unit] ip");
	put_cfg(&b, d, "unit.domain", u->domain, "[unit] domain");
	tpl_set(d, "unit.zone", zone_name(z));

	snprintf(buf, sizeof buf, "%lld", (long long)inc->id);
	tpl_set(d, "incident.id", buf);
	put(&b, d, "incident.summary", inc->summary, "ringkasan gangguan");
	const cause_info *ci = cause_find(inc->cause);
	tpl_set(d, "incident.cause", ci ? ci->label : inc->cause);
	if (inc->impact && *inc->impact)
		put(&b, d, "incident.impact", inc->impact, "dampak gangguan");
	else
		tpl_set_missing(d, "incident.impact", "dampak gangguan tidak dicatat; pakai {{#if incident.impact}}");
	if (inc->reporter && *inc->reporter)
		put(&b, d, "incident.reporter", inc->reporter, "pelapor");
	else
		put_cfg(&b, d, "incident.reporter", u->reporter, "[unit] reporter");
	put(&b, d, "incident.channel", inc->channel && *inc->channel ? inc->channel : "nota laporan",
	    "saluran laporan");
	put_when(d, "incident.start", "_", inc->t.started, z);
	if (inc->t.restored) {
		tpl_set(d, "incident.restored", "1");
		put_when(d, "incident.restore", "_", inc->t.restored, z);
		fmt_duration(buf, sizeof buf, inc->t.restored - inc->t.started);
		tpl_set(d, "incident.duration", buf);
	} else {
		static const char *const unrestored[] = { "incident.restore_day", "incident.restore_date",
		                                          "incident.restore_time", "incident.duration" };
		tpl_set(d, "incident.restored", "");
		for (size_t i = 0; i < sizeof unrestored / sizeof unrestored[0]; i++)
			tpl_set_missing(d, unrestored[i], "layanan belum pulih; pakai {{#if incident.restored}}");
	}
	if (req->revokes) {
		tpl_set(d, "opening.number", req->revokes->number);
		put_when(d, "opening", ".", req->revokes->issued, z);
	}

	put_cfg(&b, d, "signatory.position", u->sign_position, "[signatory] position");
	put_cfg(&b, d, "signatory.name", u->sign_name, "[signatory] name");
	char nip[NIP_PRINTED_MAX];
	if (u->sign_nip && nip_format(u->sign_nip, nip, sizeof nip) == 0)
		tpl_set(d, "signatory.nip", nip);
	else
		tpl_set_missing(d, "signatory.nip", "isi [signatory] nip (18 digit, atau -) di konfigurasi");
	put_list(&b, d, "signatory.org", u->sign_org, u->sign_org_n, "[signatory] org");
	put_list(&b, d, "copies", u->copies, u->copies_n, "[documents] copies");

	put_events(&b, d, "chronology", req->events, 0, z);
	put_events(&b, d, "actions", req->events, 1, z);
	put_events(&b, d, "events", req->events, -1, z);

	put_regime(&b, d, rg, inc, z);
	sb_free(&b.tmp);
	if (b.refused) {
		tpl_data_free(d);
		return err->code;
	}
	if (tpl_data_failed(d)) {
		tpl_data_free(d);
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	}
	*out = d;
	return GG_OK;
}
