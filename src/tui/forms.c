/* The forms of the lifecycle, as data for the form engine, and what each
 * one does on submit (through store.h only).  Open and close show the
 * number they will use, preview the document in the pager and issue it
 * only on an explicit 'y'. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "docnum.h"
#include "letters.h"
#include "remedycase.h"
#include "i18n.h"
#include "store.h"
#include "store_tender.h"
#include "strbuf.h"
#include "tenders.h"
#include "textfield.h"
#include "tui_detail.h"
#include "tui_form.h"
#include "tui_screens.h"
#include "tui_tender.h"

/* ---- choices ---- */

static size_t cause_choices(const form_choice **out)
{
	static form_choice v[32];
	static size_t n;
	if (!n)
		for (; n < cause_count && n < 32; n++)
			v[n] = (form_choice){ cause_table[n].code, cause_table[n].label };
	*out = v;
	return n;
}

static size_t yesno_choices(const form_choice **out)
{
	static const form_choice v[] = { { "tidak", N_("tidak") }, { "ya", N_("ya") } };
	*out = v;
	return 2;
}

/* ---- validators ---- */

static int not_future(form *f, const form_field_def *fd, const char *value, char *why, size_t n)
{
	(void)fd;
	app *a = form_app(f);
	int64_t t = 0;
	char e[200];
	if (when_parse_rel(value, a->ses->cfg->tz, store_now(a->ses->st), &t, e, sizeof e) == 0 &&
	    t > store_now(a->ses->st)) {
		snprintf(why, n, "%s", _("waktu tidak boleh di masa depan"));
		return -1;
	}
	return 0;
}

/* A step's time, checked by the lifecycle's own rule (lifecycle.h), the
 * one the store applies: the form refuses exactly what the step would. */
static int step_time(form *f, const form_field_def *fd, const char *value, char *why, size_t n)
{
	(void)fd;
	const incident *inc = form_incident(f);
	app *a = form_app(f);
	int64_t t = 0;
	char e[200];
	incident_state to;
	const char *w;
	if (!inc || form_step(f) < 0 ||
	    when_parse_rel(value, a->ses->cfg->tz, store_now(a->ses->st), &t, e, sizeof e) < 0)
		return 0;   /* an unreadable time is the field's own message */
	if (lifecycle_step(inc->state, (incident_step)form_step(f), &inc->t, t, store_now(a->ses->st), &to, &w) < 0) {
		snprintf(why, n, "%s", _(w));
		return -1;
	}
	return 0;
}

/* A decision's date: not in the future, not before the incident began. */
static int decision_time(form *f, const form_field_def *fd, const char *value, char *why, size_t n)
{
	if (not_future(f, fd, value, why, n) < 0)
		return -1;
	const incident *inc = form_incident(f);
	app *a = form_app(f);
	int64_t t = 0;
	char e[200];
	if (inc && when_parse_rel(value, a->ses->cfg->tz, store_now(a->ses->st), &t, e, sizeof e) == 0 &&
	    t < inc->t.started) {
		snprintf(why, n, "%s", _("sebelum awal gangguan"));
		return -1;
	}
	return 0;
}

/* A typed field checked by the record's own rule (textfield.h), the one
 * the store applies, so the form refuses what the CLI refuses, with the
 * same words, beside the field.  The field's key names its rule. */
static int typed_text(form *f, const form_field_def *fd, const char *value, char *why, size_t n)
{
	static const struct {
		const char *key;
		text_field tf;
	} rules[] = {
		{ "summary", TF_SUMMARY }, { "impact", TF_IMPACT }, { "reporter", TF_REPORTER },
		{ "channel", TF_CHANNEL }, { "text", TF_EVENT }, { "reason", TF_REASON },
	};
	text_field tf = TF__COUNT;
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
		if (strcmp(fd->key, rules[i].key) == 0)
			tf = rules[i].tf;
	if (tf == TF_REASON && form_step(f) == STEP_VOID)
		tf = TF_VOID_REASON;
	gg_err err;
	if (tf == TF__COUNT || text_field_check(tf, value, &err) == GG_OK)
		return 0;
	snprintf(why, n, "%s", err.msg);
	return -1;
}

#define AREA_HINT N_("Enter: baris baru · F2: simpan")
#define WHEN_HINT N_("2018-02-03 14:30, 03/02/2018 14.30, 07.15 (hari ini), kemarin 22.10")

static void now_text(app *a, char *buf, size_t n)
{
	app_time(a, store_now(a->ses->st), buf, n);
}

/* ---- report ---- */

static const form_field_def report_fields[] = {
	{ "start", N_("Mulai gangguan"), 20, FF_WHEN, 1, 40, not_future, NULL, WHEN_HINT },
	{ "cause", N_("Penyebab"), 24, FF_CHOICE, 1, 0, NULL, cause_choices, N_("Kiri/Kanan/Spasi atau huruf awal") },
	{ "summary", N_("Ringkasan"), 50, FF_TEXT, 1, TF_MAX_SUMMARY, typed_text, NULL, N_("apa yang terganggu, satu baris") },
	{ "impact", N_("Dampak layanan"), 50, FF_AREA, 0, TF_MAX_IMPACT, typed_text, NULL, AREA_HINT },
	{ "reporter", N_("Pelapor"), 50, FF_TEXT, 0, TF_MAX_REPORTER, typed_text, NULL, NULL },
	{ "channel", N_("Saluran laporan"), 30, FF_TEXT, 0, TF_MAX_CHANNEL, typed_text, NULL, N_("nota laporan, telepon, ...") },
};

static void report_init(form *f)
{
	app *a = form_app(f);
	char t[64];
	now_text(a, t, sizeof t);
	form_set(f, "start", t);
	form_set(f, "cause", "listrik");
	form_set(f, "reporter", a->ses->cfg->reporter ? a->ses->cfg->reporter : "");
	form_set(f, "channel", "nota laporan");
	form_note(f, _("Waktu dalam %s. Isian bertanda * wajib."), zone_name(a->ses->cfg->tz));
}

static int report_submit(form *f)
{
	app *a = form_app(f);
	gg_err err;
	int64_t id = 0;
	char *summary = strdup(form_get(f, "summary"));
	char *cause = strdup(form_get(f, "cause"));
	char *impact = strdup(form_get(f, "impact"));
	char *reporter = strdup(form_get(f, "reporter"));
	char *channel = strdup(form_get(f, "channel"));
	incident_new in = { .summary = summary, .cause = cause, .impact = impact, .reporter = reporter,
	                    .channel = channel, .started = form_when(f, "start") };
	int code = summary && cause && impact && reporter && channel
	         ? store_incident_report(a->ses->st, &in, &id, &err)
	         : gg_fail(&err, GG_ESOFTWARE, "%s", _("memori habis"));
	free(summary);
	free(cause);
	free(impact);
	free(reporter);
	free(channel);
	if (code) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	form_done(f);
	app_status(a, _("Gangguan #%lld dicatat (dilaporkan)."), (long long)id);
	app_push(a, detail_open(a, id));
	return 0;
}

/* ---- event ---- */

static const form_field_def event_fields[] = {
	{ "at", N_("Waktu"), 20, FF_WHEN, 1, 40, step_time, NULL, WHEN_HINT },
	{ "about", N_("Waktu perkiraan (±)"), 10, FF_CHOICE, 1, 0, NULL, yesno_choices, N_("ya: \"sekitar pukul\"") },
	{ "action", N_("Tindakan perbaikan"), 10, FF_CHOICE, 1, 0, NULL, yesno_choices, N_("ya: langkah perbaikan") },
	{ "text", N_("Uraian"), 50, FF_AREA, 1, TF_MAX_EVENT, typed_text, NULL, AREA_HINT },
};

static void event_init_common(form *f, const char *action)
{
	char t[64];
	now_text(form_app(f), t, sizeof t);
	form_set(f, "at", t);
	form_set(f, "about", "tidak");
	form_set(f, "action", action);
}

static void event_init(form *f)
{
	event_init_common(f, "tidak");
}

static void action_init(form *f)
{
	event_init_common(f, "ya");
}

static int event_submit(form *f)
{
	app *a = form_app(f);
	gg_err err;
	char *text = strdup(form_get(f, "text"));
	event_new ev = { .at = form_when(f, "at"), .about = strcmp(form_get(f, "about"), "ya") == 0,
	                 .action = strcmp(form_get(f, "action"), "ya") == 0, .text = text };
	int code = text ? store_event_add(a->ses->st, form_incident(f)->id, &ev, NULL, &err)
	                : gg_fail(&err, GG_ESOFTWARE, "%s", _("memori habis"));
	free(text);
	if (code) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	int action = ev.action;
	form_done(f);
	app_status(a, action ? _("Tindakan dicatat di kronologi.") : _("Kronologi dicatat."));
	return 0;
}

/* ---- open / close: preview, then issue on 'y' ---- */

static const form_field_def open_fields[] = {
	{ "at", N_("Waktu pembukaan"), 20, FF_WHEN, 1, 40, step_time, NULL, WHEN_HINT },
};
static const form_field_def close_fields[] = {
	{ "at", N_("Waktu penutupan"), 20, FF_WHEN, 1, 40, step_time, NULL, WHEN_HINT },
};

/* The step's time: 0 while the field holds the "now" the form filled in,
 * so that the store reads the time once its write transaction has begun
 * (the minute shown would be older than a letter issued meanwhile). */
static int64_t step_at(form *f)
{
	return form_as_filled(f, "at") ? 0 : form_when(f, "at");
}

static void note_number(form *f, doc_kind kind, int64_t at)
{
	app *a = form_app(f);
	char *number = NULL, *text = NULL;
	gg_err err;
	if (!letters_step_has_letter(a->ses, kind)) {
		form_note(f, "%s", _("Gaya satu berita acara: tidak ada dokumen saat dibuka."));
		return;
	}
	if (letters_preview(a->ses, form_incident(f)->id, kind, at, &number, &text, &err) == GG_OK)
		form_note(f, _("Nomor yang akan dipakai: %s"), number);
	else
		form_note(f, _("Nomor belum dapat ditentukan: %s"), err.msg);
	free(number);
	free(text);
}

static void open_init(form *f)
{
	char t[64];
	now_text(form_app(f), t, sizeof t);
	form_set(f, "at", t);
	note_number(f, DOC_OPENING, 0);
}

static void open_left(form *f, const char *key)
{
	(void)key;
	note_number(f, DOC_OPENING, step_at(f));
}

static void close_left(form *f, const char *key)
{
	(void)key;
	note_number(f, DOC_CLOSING, step_at(f));
}

static void close_init(form *f)
{
	char t[64];
	now_text(form_app(f), t, sizeof t);
	form_set(f, "at", t);
	note_number(f, DOC_CLOSING, 0);
}

static int preview_then_issue(form *f, doc_kind kind);

/* The letter as it would be issued now, for a new confirmation, and on
 * one status row (the pager's question stays in view) why it is shown:
 * the number was taken, or the text changed; else the store's reason. */
static void repreview(form *f, doc_kind kind, const doc_seen *seen, const char *why)
{
	app *a = form_app(f);
	char *was_number = seen && seen->number ? strdup(seen->number) : NULL;
	char *was_text = seen && seen->text ? strdup(seen->text) : NULL;
	const char *number, *text;
	if (preview_then_issue(f, kind) == 0 && form_preview(f, &number, &text)) {
		if (was_number && strcmp(was_number, number) != 0)
			app_error(a, _("No. %s sudah diterbitkan operator lain: periksa pratinjau baru ini."), was_number);
		else if (was_text && strcmp(was_text, text) != 0)
			app_error(a, "%s", _("Isi berubah sejak pratinjau (operator lain): periksa pratinjau baru ini."));
		else
			app_error(a, "%s", why);
	}   /* else the preview's own reason is shown */
	free(was_number);
	free(was_text);
}

/* What the pager's 'y' runs: the step itself, with the row version the
 * form saw and the letter the operator confirmed, so that a change by
 * another operator meanwhile is refused.  Refused as "try again" (a
 * number taken, the text changed, the incident changed), the letter as
 * it would be issued now is previewed for a new confirmation. */
static int issue(form *f, doc_kind kind)
{
	app *a = form_app(f);
	gg_err err;
	document d;
	doc_seen seen;
	const incident *inc = form_incident(f);
	int64_t id = inc->id;
	int has_seen = form_preview(f, &seen.number, &seen.text);
	int with = letters_step_has_letter(a->ses, kind);
	int code = letters_issue_step(a->ses, kind == DOC_OPENING ? STEP_OPEN : STEP_CLOSE, id, inc->version,
	                              step_at(f), with && has_seen ? &seen : NULL, &d, &err);
	if (code) {
		app_pop_to(a, form_screen(f));   /* back to the form, the message shown */
		if (code == GG_EBUSY && with) {
			form_reload(f);   /* the row version as it is now */
			repreview(f, kind, has_seen ? &seen : NULL, err.msg);
			return -1;
		}
		app_error(a, "%s", err.msg);
		return -1;
	}
	char msg[300];
	if (d.number)
		snprintf(msg, sizeof msg, _("%s No. %s diterbitkan."), doc_kind_title(kind), d.number);
	else
		snprintf(msg, sizeof msg, "%s", _("Gangguan dibuka."));
	document_free(&d);
	form_done(f);
	app_status(a, "%s", msg);
	return 0;
}

static int issue_opening(void *ctx)
{
	return issue(ctx, DOC_OPENING);
}

static int issue_closing(void *ctx)
{
	return issue(ctx, DOC_CLOSING);
}

/* The letter as it would be issued, in the pager; 'y' issues exactly it. */
static int preview_then_issue(form *f, doc_kind kind)
{
	app *a = form_app(f);
	gg_err err;
	char *number = NULL, *text = NULL, q[400], title[200];
	if (!letters_step_has_letter(a->ses, kind)) {
		if (app_confirm(a, _("Buka gangguan ini? (y/T)")) == 1)
			return issue(f, kind);
		return -1;
	}
	if (letters_preview(a->ses, form_incident(f)->id, kind, step_at(f), &number, &text, &err)) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	if (form_set_preview(f, number, text) < 0) {
		free(number);
		free(text);
		app_error(a, "%s", _("memori habis"));
		return -1;
	}
	snprintf(q, sizeof q, _(" Terbitkan No. %s?  y = ya · Enter/n/Esc = tidak"), number);
	snprintf(title, sizeof title, _("Pratinjau %s No. %s"), doc_kind_title(kind), number);
	pager_confirm pc = { q, kind == DOC_OPENING ? issue_opening : issue_closing, f };
	app_push(a, pager_open(a, title, text, NULL, PAGER_MARKUP, &pc));
	free(number);
	free(text);
	return 0;
}

static int open_submit(form *f)
{
	return preview_then_issue(f, DOC_OPENING);
}

static int close_submit(form *f)
{
	return preview_then_issue(f, DOC_CLOSING);
}

/* ---- restore ---- */

static const form_field_def restore_fields[] = {
	{ "at", N_("Waktu pulih"), 20, FF_WHEN, 1, 40, step_time, NULL, WHEN_HINT },
};

static void restore_init(form *f)
{
	char t[64];
	now_text(form_app(f), t, sizeof t);
	form_set(f, "at", t);
	form_note(f, "%s", _("Layanan SPSE kembali berjalan pada waktu ini."));
}

static int restore_submit(form *f)
{
	app *a = form_app(f);
	gg_err err;
	const incident *inc = form_incident(f);
	if (store_incident_restore(a->ses->st, inc->id, inc->version, step_at(f), &err)) {
		app_error(a, "%s", err.msg);
		form_reload(f);
		return -1;
	}
	form_done(f);
	app_status(a, "%s", _("Gangguan ditandai pulih."));
	return 0;
}

/* ---- void ---- */

static const form_field_def void_fields[] = {
	{ "reason", N_("Alasan pembatalan"), 50, FF_TEXT, 1, TF_MAX_VOID_REASON, typed_text, NULL, N_("mis. laporan palsu") },
};

static void void_init(form *f)
{
	form_note(f, "%s", _("Laporan yang dibatalkan tidak dapat dibuka lagi."));
}

static int void_submit(form *f)
{
	app *a = form_app(f);
	gg_err err;
	const incident *inc = form_incident(f);
	char q[200];
	snprintf(q, sizeof q, _("Batalkan gangguan #%lld? Tidak dapat diurungkan. (y/T)"), (long long)inc->id);
	if (app_confirm(a, q) != 1) {
		app_status(a, "%s", _("Tidak jadi dibatalkan."));
		return -1;
	}
	char *reason = strdup(form_get(f, "reason"));
	int code = reason ? store_incident_void(a->ses->st, inc->id, inc->version, reason, &err)
	                  : gg_fail(&err, GG_ESOFTWARE, "%s", _("memori habis"));
	free(reason);
	if (code) {
		app_error(a, "%s", err.msg);
		form_reload(f);
		return -1;
	}
	form_done(f);
	app_status(a, "%s", _("Gangguan dibatalkan."));
	return 0;
}

/* ---- corrections: audited, with a reason; letters issued stay as issued ---- */

#define REASON_FIELD { "reason", N_("Alasan koreksi"), 50, FF_TEXT, 1, TF_MAX_REASON, typed_text, NULL, \
	               N_("wajib: tercatat di audit") }

static const form_field_def edit_fields[] = {
	{ "summary", N_("Ringkasan"), 50, FF_TEXT, 1, TF_MAX_SUMMARY, typed_text, NULL, N_("satu baris") },
	{ "cause", N_("Penyebab"), 24, FF_CHOICE, 1, 0, NULL, cause_choices, N_("Kiri/Kanan/Spasi atau huruf awal") },
	{ "impact", N_("Dampak layanan"), 50, FF_AREA, 0, TF_MAX_IMPACT, typed_text, NULL, AREA_HINT },
	{ "reporter", N_("Pelapor"), 50, FF_TEXT, 0, TF_MAX_REPORTER, typed_text, NULL, NULL },
	{ "channel", N_("Saluran laporan"), 30, FF_TEXT, 0, TF_MAX_CHANNEL, typed_text, NULL, NULL },
	{ "start", N_("Mulai gangguan"), 20, FF_WHEN, 1, 40, not_future, NULL, WHEN_HINT },
	REASON_FIELD,
};

static void edit_init(form *f)
{
	const incident *inc = form_incident(f);
	char t[64];
	form_set(f, "summary", inc->summary);
	form_set(f, "cause", inc->cause);
	form_set(f, "impact", inc->impact);
	form_set(f, "reporter", inc->reporter);
	form_set(f, "channel", inc->channel);
	form_set(f, "start", app_time(form_app(f), inc->t.started, t, sizeof t));
	form_note(f, "%s", _("Ubah yang keliru lalu tulis alasannya. BA yang sudah terbit tidak berubah; "
	                     "BA berikutnya memakai data yang dikoreksi."));
}

/* a equals b when b's line breaks and tabs count as the blanks a form
 * field shows them as (a field is one line) */
static int same_folded(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (*a != *b && !(*a == ' ' && (*b == '\n' || *b == '\t' || *b == '\r')))
			return 0;
	return !*a && !*b;
}

/* A value of the form, or NULL when it is the record's as the form showed
 * it: a multi-line value the operator did not touch stays as it was, and
 * so does one recorded before the field had its limit (the editor shows
 * only its first `max` characters). */
static int differs(const char *v, const char *old, size_t max)
{
	old = old ? old : "";
	if (same_folded(v, old))
		return 0;
	if (max && utf8_chars(old) > max) {
		size_t bytes = 0, chars = 0;
		while (old[bytes] && chars < max)
			chars += ((unsigned char)old[++bytes] & 0xC0) != 0x80;
		char *head = strndup(old, bytes);
		int same = head && same_folded(v, head);
		free(head);
		if (same)
			return 0;
	}
	return 1;
}

static const char *changed(form *f, const char *key, const char *old, size_t max)
{
	const char *v = form_get(f, key);
	return differs(v, old, max) ? v : NULL;
}

static int edit_submit(form *f)
{
	app *a = form_app(f);
	gg_err err;
	const incident *inc = form_incident(f);
	char *reason = strdup(form_get(f, "reason"));
	/* form_get's strings live until the next form call: copy them first */
	char *v[5] = { 0 };
	static const char *const keys[5] = { "summary", "cause", "impact", "reporter", "channel" };
	const char *const old[5] = { inc->summary, inc->cause, inc->impact, inc->reporter, inc->channel };
	static const size_t max[5] = { TF_MAX_SUMMARY, 0, TF_MAX_IMPACT, TF_MAX_REPORTER, TF_MAX_CHANNEL };
	for (int i = 0; i < 5; i++) {
		const char *c = changed(f, keys[i], old[i], max[i]);
		v[i] = c ? strdup(c) : NULL;
	}
	int64_t start = form_when(f, "start");
	incident_edit e = { v[0], v[1], v[2], v[3], v[4], start != inc->t.started ? start : 0 };
	int code = reason ? store_incident_edit(a->ses->st, inc->id, inc->version, &e, reason, &err)
	                  : gg_fail(&err, GG_ESOFTWARE, "%s", _("memori habis"));
	for (int i = 0; i < 5; i++)
		free(v[i]);
	free(reason);
	if (code) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	form_done(f);
	app_status(a, "%s", _("Koreksi dicatat di audit."));
	return 0;
}

static const form_field_def event_edit_fields[] = {
	{ "event", N_("No. catatan"), 10, FF_TEXT, 1, 20, NULL, NULL, N_("catatan kronologi yang dikoreksi") },
	{ "at", N_("Waktu"), 20, FF_WHEN, 1, 40, NULL, NULL, WHEN_HINT },
	{ "about", N_("Waktu perkiraan (±)"), 10, FF_CHOICE, 1, 0, NULL, yesno_choices, NULL },
	{ "action", N_("Tindakan perbaikan"), 10, FF_CHOICE, 1, 0, NULL, yesno_choices, NULL },
	{ "text", N_("Uraian"), 50, FF_AREA, 1, TF_MAX_EVENT, typed_text, NULL, AREA_HINT },
	REASON_FIELD,
};

/* The chronology event `id` of the incident, and its line (1-based). */
static int event_by_id(app *a, int64_t incident_id, int64_t id, event *out, size_t *line, gg_err *err)
{
	event_list ev;
	int code = store_events(a->ses->st, incident_id, &ev, err);
	if (code)
		return code;
	code = gg_fail(err, GG_ENOTFOUND, "%s", _("baris kronologi itu sudah tidak ada (dihapus operator lain?)"));
	for (size_t i = 0; i < ev.n; i++)
		if (ev.v[i].id == id) {
			*out = ev.v[i];
			*line = i + 1;
			ev.v[i] = ev.v[ev.n - 1];
			ev.n--;
			code = GG_OK;
			break;
		}
	event_list_free(&ev);
	return code;
}

static void event_edit_init(form *f)
{
	app *a = form_app(f);
	event e;
	gg_err err;
	char t[64];
	size_t line;
	int64_t id = form_target(f);
	if (!id)
		return;   /* a draft: its values follow, the event's id among them */
	snprintf(t, sizeof t, "%lld", (long long)id);
	form_set(f, "event", t);
	if (event_by_id(a, form_incident(f)->id, id, &e, &line, &err)) {
		form_note(f, "%s", err.msg);
		return;
	}
	form_set(f, "at", app_time(a, e.at, t, sizeof t));
	form_set(f, "about", e.about ? "ya" : "tidak");
	form_set(f, "action", e.action ? "ya" : "tidak");
	form_set(f, "text", e.text);
	event_free(&e);
	form_note(f, _("Koreksi baris kronologi %zu; alasannya tercatat di audit."), line);
}

static int event_edit_submit(form *f)
{
	app *a = form_app(f);
	gg_err err;
	event e;
	const incident *inc = form_incident(f);
	size_t line;
	int code = event_by_id(a, inc->id, strtoll(form_get(f, "event"), NULL, 10), &e, &line, &err);
	if (code) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	char *text = strdup(form_get(f, "text")), *reason = strdup(form_get(f, "reason"));
	event_edit ed = { .text = text && differs(text, e.text, TF_MAX_EVENT) ? text : NULL,
	                  .at = form_when(f, "at") != e.at ? form_when(f, "at") : 0,
	                  .about = strcmp(form_get(f, "about"), "ya") == 0,
	                  .action = strcmp(form_get(f, "action"), "ya") == 0 };
	code = text && reason ? store_event_edit(a->ses->st, inc->id, e.id, &ed, reason, &err)
	                      : gg_fail(&err, GG_ESOFTWARE, "%s", _("memori habis"));
	free(text);
	free(reason);
	event_free(&e);
	if (code) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	form_done(f);
	app_status(a, _("Baris kronologi %zu dikoreksi; tercatat di audit."), line);
	return 0;
}

/* ---- the register: the next number of a year, as `number --set` ---- */

static int valid_year(form *f, const form_field_def *fd, const char *value, char *why, size_t n)
{
	(void)f;
	(void)fd;
	char *end;
	long y = strtol(value, &end, 10);
	if (!*value || *end || y < 1970 || y > 9999) {
		snprintf(why, n, "%s", _("tahun empat angka"));
		return -1;
	}
	return 0;
}

int form_valid_next_number(form *f, const form_field_def *fd, const char *value, char *why, size_t n)
{
	(void)f;
	(void)fd;
	int next;
	return docnum_parse_next(value, &next, why, n);
}

static const form_field_def number_fields[] = {
	{ "year", N_("Tahun"), 6, FF_TEXT, 1, 4, valid_year, NULL, NULL },
	{ "next", N_("Nomor berikutnya"), 8, FF_TEXT, 1, 6, form_valid_next_number, NULL,
	  N_("sekali per tahun: lanjutan buku agenda kertas") },
	{ "reason", N_("Alasan lompatan"), 40, FF_TEXT, 0, 500, NULL, NULL,
	  N_("wajib bila nomor tahun itu sudah terbit; dicatat di audit") },
};

/* The last number of a year's register, keeping one row, not the year's. */
static int keep_last_number(void *ctx, const doc_row *row, gg_err *err)
{
	(void)err;
	snprintf(ctx, 128, "%s", row->number ? row->number : "");
	return 0;
}

/* The register of a year as the note: the last letter issued, the next number. */
static void number_note(form *f, int year)
{
	app *a = form_app(f);
	char last[128] = "";
	gg_err err;
	int next = 0;
	if (store_doc_rows(a->ses->st, year, 0, keep_last_number, last, &err) ||
	    store_counter_next(a->ses->st, year, &next, &err)) {
		form_note(f, "%s", err.msg);
		return;
	}
	if (last[0])
		form_note(f, _("%d: terakhir terbit No. %s; berikutnya %d."), year, last, next);
	else
		form_note(f, _("%d: belum ada BA terbit; berikutnya %d."), year, next);
}

static void number_init(form *f)
{
	app *a = form_app(f);
	civil c;
	char buf[16];
	int next = 1;
	gg_err err;
	civil_from_utc(store_now(a->ses->st), a->ses->cfg->tz, &c);
	snprintf(buf, sizeof buf, "%d", c.year);
	form_set(f, "year", buf);
	store_counter_next(a->ses->st, c.year, &next, &err);
	snprintf(buf, sizeof buf, "%d", next);
	form_set(f, "next", buf);
	number_note(f, c.year);
}

static void number_left(form *f, const char *key)
{
	if (strcmp(key, "year") == 0)
		number_note(f, (int)strtol(form_get(f, "year"), NULL, 10));
}

static int number_submit(form *f)
{
	app *a = form_app(f);
	gg_err err;
	int year = (int)strtol(form_get(f, "year"), NULL, 10), next = (int)strtol(form_get(f, "next"), NULL, 10);
	char q[200];
	snprintf(q, sizeof q, _("Nomor berikutnya tahun %d menjadi %d? Hanya sekali. (y/T)"), year, next);
	if (app_confirm(a, q) != 1) {
		app_status(a, "%s", _("Nomor tidak diubah."));
		return -1;
	}
	const char *reason = form_get(f, "reason");
	if (store_counter_jump(a->ses->st, year, next, reason && *reason ? reason : NULL, &err)) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	form_done(f);
	app_status(a, _("Nomor surat berikutnya tahun %d: %d."), year, next);
	return 0;
}

/* ---- remedies: a committee's decision on a hit tender ---- */

/* The remedies the form offers: those the regime of the tender typed
 * allows (remedy_decision_check, as remedy_case_decide applies it), by
 * their stored names with the regime's words beside them.  A choice list
 * has no form to ask, so the list of the open form is kept here. */
static form_choice decide_remedy_v[REMEDY__COUNT];
static char decide_remedy_label[REMEDY__COUNT][200];
static size_t decide_remedy_n;

static size_t remedy_choices(const form_choice **out)
{
	*out = decide_remedy_v;
	return decide_remedy_n;
}

/* Offers the remedies for tender `code` of case rc; every remedy when the
 * case does not name it (the service then says why on saving). */
static void offer_remedies(const remedy_case *rc, const char *code)
{
	const tender_plan *p = rc ? remedy_view_plan(&rc->view, code) : NULL;
	decide_remedy_n = 0;
	for (int r = 0; r < REMEDY__COUNT; r++) {
		char warn[1200];
		gg_err err;
		if (p && remedy_decision_check(&rc->view, &rc->inc, code, (remedy_code)r, "-", warn, sizeof warn, &err))
			continue;
		snprintf(decide_remedy_label[decide_remedy_n], sizeof decide_remedy_label[0], "%s (%s)",
		         remedy_table[r].name, regime_remedy_short(p ? p->regime : NULL, (remedy_code)r));
		decide_remedy_v[decide_remedy_n] = (form_choice){ remedy_table[r].name, decide_remedy_label[decide_remedy_n] };
		decide_remedy_n++;
	}
	if (!decide_remedy_n)   /* nothing allowed: show them all, saving says why */
		for (int r = 0; r < REMEDY__COUNT; r++) {
			decide_remedy_v[r] = (form_choice){ remedy_table[r].name, remedy_table[r].name };
			decide_remedy_n++;
		}
}

static const form_field_def decide_fields[] = {
	{ "tender", N_("Kode tender"), 20, FF_TEXT, 1, 60, NULL, NULL, N_("tender terdampak yang dikonfirmasi") },
	{ "remedy", N_("Upaya"), 50, FF_CHOICE, 1, 0, NULL, remedy_choices, N_("Kiri/Kanan: yang diizinkan") },
	{ "ref", N_("Nomor BA Pokja"), 40, FF_TEXT, 1, 200, NULL, NULL, N_("BA yang memuat keputusan") },
	{ "date", N_("Tanggal keputusan"), 20, FF_WHEN, 1, 40, decision_time, NULL, WHEN_HINT },
	{ "note", N_("Catatan"), 50, FF_TEXT, 0, 1000, NULL, NULL, NULL },
};

/* Fills the form for tender `code`: its remedies, the regime's words, the
 * latest revision (seen, for the conflict check) and its reference. */
static void decide_for(form *f, const char *code)
{
	app *a = form_app(f);
	remedy_case rc;
	gg_err err;
	if (remedy_case_load(a->ses, form_incident(f)->id, &rc, &err) != GG_OK) {
		offer_remedies(NULL, code);
		form_note(f, "%s", err.msg);
		return;
	}
	offer_remedies(&rc, code);
	const tender_plan *p = remedy_view_plan(&rc.view, code);
	const decision *last = p ? remedy_case_decision(&rc, p->h->t.id) : NULL;
	form_set_seen(f, last ? last->revision : 0);
	if (last && !*form_get(f, "ref"))
		form_set(f, "ref", last->ref);
	const regime *rg = p ? p->regime : rc.view.regime;
	strbuf sb = STRBUF_INIT;
	/* the note is one row: what this decision becomes comes first */
	if (last)
		sb_appendf(&sb, _("Terakhir revisi %d (%s); ini menjadi revisi %d. "), last->revision,
		           regime_remedy_short(rg, last->remedy), last->revision + 1);
	if (rg)
		sb_appendf(&sb, _("%s, %s: cancel = %s; reschedule = %s; alternative = %s; lkpp = %s."),
		           rg->committee, rg->number, regime_remedy_short(rg, REMEDY_CANCEL),
		           regime_remedy_short(rg, REMEDY_RESCHEDULE), regime_remedy_short(rg, REMEDY_ALTERNATIVE),
		           regime_remedy_short(rg, REMEDY_LKPP));
	else
		sb_appendf(&sb, "%s.", rc.view.why);
	if (!last)
		sb_append(&sb, _(" Perubahan menjadi revisi baru."));
	form_note(f, "%s", sb_failed(&sb) ? "" : sb_str(&sb));
	sb_free(&sb);
	remedy_case_free(&rc);
}

static void decide_init(form *f)
{
	app *a = form_app(f);
	remedy_case rc;
	gg_err err;
	char t[64];
	now_text(a, t, sizeof t);
	form_set(f, "date", t);
	form_set(f, "remedy", "reschedule");
	if (remedy_case_load(a->ses, form_incident(f)->id, &rc, &err) != GG_OK) {
		offer_remedies(NULL, NULL);
		form_note(f, "%s", err.msg);
		return;
	}
	char *first = NULL;
	for (size_t i = 0; i < rc.hits.n && !first; i++)
		if (rc.hits.v[i].confirmed)
			first = strdup(rc.hits.v[i].t.code);
	remedy_case_free(&rc);
	form_set(f, "tender", first ? first : "");
	decide_for(f, first ? first : "");
	free(first);
}

/* Another tender typed: its remedies and its latest revision. */
static void decide_left(form *f, const char *key)
{
	if (strcmp(key, "tender") != 0)
		return;
	char *code = strdup(form_get(f, "tender"));
	if (code)
		decide_for(f, code);
	free(code);
}

screen *form_open_decide(app *a, int64_t incident_id, const char *tender_code, const char *remedy)
{
	screen *s = form_open(a, "decide", incident_id);
	form *f = form_of(s);
	if (!f)
		return s;
	form_set(f, "tender", tender_code);
	decide_for(f, tender_code);
	form_set(f, "remedy", remedy);
	form_focus(f, "ref");
	return s;
}

/* As `gangguan decide`: every rule is the service's (remedycase.h). */
static int decide_submit(form *f)
{
	app *a = form_app(f);
	gg_err err;
	char warn[1200];
	int rev = 0;
	int64_t seen;
	int expect = form_seen(f, &seen) ? (int)seen : -1;
	char *code_t = strdup(form_get(f, "tender")), *ref = strdup(form_get(f, "ref"));
	char *note = strdup(form_get(f, "note")), *remedy = strdup(form_get(f, "remedy"));
	decide_request rq = { form_incident(f)->id, code_t, remedy, ref, form_when(f, "date"), note, expect };
	int code = code_t && ref && note && remedy
	         ? remedy_case_decide(a->ses, &rq, &rev, warn, sizeof warn, &err)
	         : gg_fail(&err, GG_ESOFTWARE, "%s", _("memori habis"));
	free(code_t);
	free(ref);
	free(note);
	free(remedy);
	if (code) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	form_done(f);
	if (*warn)
		app_status(a, _("Keputusan dicatat (revisi %d). Perhatian: %s"), rev, warn);
	else
		app_status(a, _("Keputusan dicatat (revisi %d)."), rev);
	return 0;
}

/* ---- tenders and their stages (not tied to one incident) ---- */

/* The stage lists a tender's schedule can be made from (data/stages),
 * kept for the open form as the remedies are. */
enum { MAX_METHODS = 64 };
static form_choice method_v[MAX_METHODS + 1];
static char **method_names;
static size_t method_n, method_count;
static char *method_extra;   /* a tender's own method that no list names */

static size_t method_choices(const form_choice **out)
{
	*out = method_v;
	return method_count;
}

static void load_methods(form *f, const char *current)
{
	app *a = form_app(f);
	gg_err err;
	tender_methods_free(method_names, method_n);
	method_names = NULL;
	method_n = 0;
	free(method_extra);
	method_extra = NULL;
	method_v[0] = (form_choice){ "", N_("(tanpa daftar tahap)") };
	method_count = 1;
	if (tender_methods(a->ses, &method_names, &method_n, &err) != GG_OK)
		form_note(f, "%s", err.msg);
	int found = !current || !*current;
	for (size_t i = 0; i < method_n && method_count < MAX_METHODS; i++) {
		method_v[method_count++] = (form_choice){ method_names[i], method_names[i] };
		found |= current && strcmp(current, method_names[i]) == 0;
	}
	if (!found && (method_extra = strdup(current)))
		method_v[method_count++] = (form_choice){ method_extra, method_extra };
}

/* A first day as `tender add --from` reads it. */
static int valid_day(form *f, const form_field_def *fd, const char *value, char *why, size_t n)
{
	(void)fd;
	int64_t day;
	gg_err err;
	if (tender_parse_day(form_app(f)->ses, value, &day, &err) == GG_OK)
		return 0;
	snprintf(why, n, "%s", err.msg);
	return -1;
}

#define DAY_HINT N_("hari H+0: 2018-02-05 atau 05/02/2018")
#define JADWAL_HINT N_("tempel tabel jadwal dari SPSE (No, Tahap, Mulai, Sampai); F2: simpan")
enum { MAX_JADWAL = 20000 };

static const form_field_def tender_fields[] = {
	{ "code", N_("Kode tender"), 20, FF_TEXT, 1, 60, NULL, NULL, N_("kode dari SPSE") },
	{ "name", N_("Nama paket"), 50, FF_TEXT, 1, 300, NULL, NULL, NULL },
	{ "committee", N_("Pokja"), 30, FF_TEXT, 0, 100, NULL, NULL, N_("mis. Pokja ULP I") },
	{ "method", N_("Metode"), 34, FF_CHOICE, 0, 0, NULL, method_choices, N_("daftar tahap di data/stages") },
	{ "from", N_("Hari pertama"), 20, FF_TEXT, 0, 40, valid_day, NULL, DAY_HINT },
	{ "jadwal", N_("Atau jadwal SPSE"), 60, FF_TABLE, 0, MAX_JADWAL, NULL, NULL, JADWAL_HINT },
};

static void tender_init(form *f)
{
	load_methods(f, NULL);
	form_note(f, "%s", _("Tahapan dari metode dan hari pertama, atau dari jadwal yang ditempel dari SPSE "
	                     "(yang ditempel didahulukan)."));
}

/* Every bad line of a paste (problems: "tempelan:LINE: what" lines), in
 * the pager over the form (Esc comes back to it), the count beside the
 * field. */
static void show_problems(form *f, const char *key, const strbuf *problems, const gg_err *err)
{
	app *a = form_app(f);
	int n = 0;
	for (const char *p = sb_str(problems); *p; p++)
		n += *p == '\n';
	char why[200];
	snprintf(why, sizeof why, _("%d masalah; tidak ada yang diimpor"), n);
	form_fail(f, key, why);
	strbuf text = STRBUF_INIT;
	sb_appendf(&text, "%s\n\n%s\n%s", err->msg, sb_str(problems),
	           _("Perbaiki baris itu di tempelan (atau salin ulang dari SPSE), lalu F2 lagi."));
	if (!sb_failed(&text))
		app_push(a, pager_open(a, _("Masalah jadwal"), sb_str(&text), NULL, 0, NULL));
	sb_free(&text);
	app_error(a, "%s", err->msg);
}

/* The stages a form asks for: pasted (the source "tempelan", H+N from
 * the first day when one is given), else from the method and first day;
 * none when neither.  GG_EDATA after show_problems. */
static int form_stages(form *f, const char *method, tender_stages *out, const char **why_key)
{
	app *a = form_app(f);
	gg_err err;
	int64_t day = 0;
	char *from = strdup(form_get(f, "from")), *jadwal = strdup(form_get(f, "jadwal"));
	strbuf problems = STRBUF_INIT;
	int code = from && jadwal ? GG_OK : gg_fail(&err, GG_ESOFTWARE, "%s", _("memori habis"));
	memset(out, 0, sizeof *out);
	*why_key = "jadwal";
	if (!code && *from)
		code = tender_parse_day(a->ses, from, &day, &err);
	if (!code && jadwal[strspn(jadwal, " \n")])
		code = tender_stages_parse(a->ses, jadwal, "tempelan", *from != 0, day, out, &problems, &err);
	else if (!code && method && *method && *from) {
		*why_key = "method";
		code = tender_stages_from_method(a->ses, method, day, out, &problems, &err);
	}
	if (code == GG_EDATA && problems.len)
		show_problems(f, *why_key, &problems, &err);
	else if (code)
		app_error(a, "%s", err.msg);
	sb_free(&problems);
	free(from);
	free(jadwal);
	return code;
}

static int tender_submit(form *f)
{
	app *a = form_app(f);
	gg_err err;
	int64_t id;
	const char *why_key;
	char *code = strdup(form_get(f, "code")), *name = strdup(form_get(f, "name"));
	char *committee = strdup(form_get(f, "committee")), *method = strdup(form_get(f, "method"));
	tender_stages st = { 0 };
	int rc = code && name && committee && method ? form_stages(f, method, &st, &why_key)
	                                             : gg_fail(&err, GG_ESOFTWARE, "%s", _("memori habis"));
	if (rc == GG_OK) {
		tender_new in = { code, name, committee, method };
		if ((rc = store_tender_add(a->ses->st, &in, st.v, st.n, &id, &err)))
			app_error(a, "%s", err.msg);
	}
	if (rc == GG_OK) {
		form_done(f);
		app_status(a, _("Tender %s dicatat dengan %zu tahap."), code, st.n);
		app_push(a, tender_open(a, code));
	}
	tender_stages_free(&st);
	free(code);
	free(name);
	free(committee);
	free(method);
	return rc ? -1 : 0;
}

/* The tender a form is about: form_target is its id (0 for a resumed
 * draft, whose values name it). */
static int form_tender(form *f, tender *t)
{
	gg_err err;
	int64_t id = form_target(f);
	if (!id || store_tender_get_id(form_app(f)->ses->st, id, t, &err))
		return -1;
	form_set(f, "code", t->code);
	form_set_seen(f, t->version);
	return 0;
}

static const form_field_def tender_edit_fields[] = {
	{ "code", N_("Kode tender"), 20, FF_TEXT, 1, 60, NULL, NULL, N_("tender yang diubah; kodenya tetap") },
	{ "name", N_("Nama paket"), 50, FF_TEXT, 1, 300, NULL, NULL, NULL },
	{ "committee", N_("Pokja"), 30, FF_TEXT, 0, 100, NULL, NULL, NULL },
	{ "method", N_("Metode"), 34, FF_CHOICE, 0, 0, NULL, method_choices, NULL },
};

static void tender_edit_init(form *f)
{
	tender t;
	if (form_tender(f, &t) < 0) {
		load_methods(f, NULL);
		return;
	}
	load_methods(f, t.method);
	form_set(f, "name", t.name);
	form_set(f, "committee", t.committee);
	form_set(f, "method", t.method);
	form_focus(f, "name");
	form_note(f, "%s", _("Selama belum ada keputusan Pokja atas tender ini; tercatat di audit."));
	tender_free(&t);
}

static int tender_edit_submit(form *f)
{
	app *a = form_app(f);
	gg_err err;
	int64_t seen;
	form_seen(f, &seen);
	char *code = strdup(form_get(f, "code")), *name = strdup(form_get(f, "name"));
	char *committee = strdup(form_get(f, "committee")), *method = strdup(form_get(f, "method"));
	tender_edit in = { name, committee, method };
	int rc = code && name && committee && method ? store_tender_edit(a->ses->st, code, &in, seen, &err)
	                                             : gg_fail(&err, GG_ESOFTWARE, "%s", _("memori habis"));
	if (rc)
		app_error(a, "%s", err.msg);
	else {
		form_done(f);
		app_status(a, _("Tender %s diubah; tercatat di audit."), code);
	}
	free(code);
	free(name);
	free(committee);
	free(method);
	return rc ? -1 : 0;
}

static const form_field_def jadwal_fields[] = {
	{ "code", N_("Kode tender"), 20, FF_TEXT, 1, 60, NULL, NULL, NULL },
	{ "from", N_("Hari pertama"), 20, FF_TEXT, 0, 40, valid_day, NULL, N_("hanya bila jadwal memakai H+N") },
	{ "jadwal", N_("Jadwal SPSE"), 60, FF_TABLE, 1, MAX_JADWAL, NULL, NULL, JADWAL_HINT },
};

static void jadwal_init(form *f)
{
	tender t;
	if (form_tender(f, &t) == 0) {
		form_note(f, _("Semua %zu tahap tender %s diganti dengan yang ditempel, atau tidak satu pun."),
		          t.stages.n, t.code);
		tender_free(&t);
	}
	form_focus(f, "jadwal");
}

static int jadwal_submit(form *f)
{
	app *a = form_app(f);
	gg_err err;
	int64_t seen;
	const char *why_key;
	form_seen(f, &seen);
	char *code = strdup(form_get(f, "code"));
	tender_stages st = { 0 };
	int rc = code ? form_stages(f, NULL, &st, &why_key) : gg_fail(&err, GG_ESOFTWARE, "%s", _("memori habis"));
	if (rc == GG_OK && (rc = store_stages_replace(a->ses->st, code, st.v, st.n, seen, &err)))
		app_error(a, "%s", err.msg);
	if (rc == GG_OK) {
		form_done(f);
		app_status(a, _("Jadwal tender %s diganti: %zu tahap."), code, st.n);
	}
	tender_stages_free(&st);
	free(code);
	return rc ? -1 : 0;
}

static int end_after_start(form *f, const form_field_def *fd, const char *value, char *why, size_t n)
{
	(void)fd;
	(void)value;
	int64_t s = form_when(f, "start"), e = form_when(f, "end");
	if (s && e && e <= s) {
		snprintf(why, n, "%s", _("selesai harus sesudah mulai"));
		return -1;
	}
	return 0;
}

static const form_field_def stage_fields[] = {
	{ "code", N_("Kode tender"), 20, FF_TEXT, 1, 60, NULL, NULL, NULL },
	{ "name", N_("Tahap"), 40, FF_TEXT, 1, 200, NULL, NULL, N_("seperti di SPSE: Upload Dokumen Penawaran") },
	{ "start", N_("Mulai"), 20, FF_WHEN, 1, 40, NULL, NULL, WHEN_HINT },
	{ "end", N_("Selesai"), 20, FF_WHEN, 1, 40, end_after_start, NULL, WHEN_HINT },
};

static void stage_init(form *f)
{
	tender t;
	if (form_tender(f, &t) == 0) {
		form_focus(f, "name");
		tender_free(&t);
	}
	form_note(f, "%s", _("Tahap dengan nama yang sama diganti jadwalnya; nama lain menjadi tahap baru."));
}

static int stage_submit(form *f)
{
	app *a = form_app(f);
	gg_err err;
	int64_t seen;
	form_seen(f, &seen);
	char *code = strdup(form_get(f, "code")), *name = strdup(form_get(f, "name"));
	stage_new st = { name, form_when(f, "start"), form_when(f, "end"), 0 };
	int rc = code && name ? store_stage_set(a->ses->st, code, &st, seen, &err)
	                      : gg_fail(&err, GG_ESOFTWARE, "%s", _("memori habis"));
	if (rc == GG_OK)
		app_status(a, _("Tahap \"%s\" tender %s dicatat."), name, code);
	free(code);
	free(name);
	if (rc) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	form_done(f);
	return 0;
}

/* ---- the table ---- */

#define FIELDS(v) v, sizeof v / sizeof v[0]

static const form_def report_form = { "report", N_("Laporan gangguan baru"), FIELDS(report_fields), 0, -1,
                                      report_init, report_submit, NULL };
static const form_def event_form = { "event", N_("Tambah kronologi"), FIELDS(event_fields), 1, STEP_EVENT,
                                     event_init, event_submit, NULL };
static const form_def action_form = { "action", N_("Tambah tindakan"), FIELDS(event_fields), 1, STEP_EVENT,
                                      action_init, event_submit, NULL };
static const form_def open_form = { "open", N_("Buka gangguan (BA Pembukaan)"), FIELDS(open_fields), 1,
                                    STEP_OPEN, open_init, open_submit, open_left };
static const form_def restore_form = { "restore", N_("Tandai pulih"), FIELDS(restore_fields), 1,
                                       STEP_RESTORE, restore_init, restore_submit, NULL };
static const form_def close_form = { "close", N_("Tutup gangguan (BA Penutupan)"), FIELDS(close_fields), 1,
                                     STEP_CLOSE, close_init, close_submit, close_left };
static const form_def void_form = { "void", N_("Batalkan laporan"), FIELDS(void_fields), 1, STEP_VOID,
                                    void_init, void_submit, NULL };

static const form_def edit_form = { "edit", N_("Koreksi data gangguan"), FIELDS(edit_fields), 1, -1, edit_init,
                                    edit_submit, NULL };
static const form_def event_edit_form = { "event-edit", N_("Koreksi baris kronologi"), FIELDS(event_edit_fields),
                                          1, -1, event_edit_init, event_edit_submit, NULL };

static const form_def number_form = { "number", N_("Buku register: nomor berikutnya"), FIELDS(number_fields), 0,
                                      -1, number_init, number_submit, number_left };

static const form_def decide_form = { "decide", N_("Keputusan Pokja (remedi)"), FIELDS(decide_fields), 1, -1,
                                      decide_init, decide_submit, decide_left };

static const form_def tender_form = { "tender", N_("Tender baru"), FIELDS(tender_fields), 0, -1, tender_init,
                                      tender_submit, NULL };
static const form_def tender_edit_form = { "tender-edit", N_("Ubah tender"), FIELDS(tender_edit_fields), 0, -1,
                                          tender_edit_init, tender_edit_submit, NULL };
static const form_def jadwal_form = { "tender-jadwal", N_("Tempel jadwal tender"), FIELDS(jadwal_fields), 0, -1,
                                      jadwal_init, jadwal_submit, NULL };
static const form_def stage_form = { "stage", N_("Tahap tender"), FIELDS(stage_fields), 0, -1, stage_init,
                                     stage_submit, NULL };

const form_def *const form_defs[] = { &report_form, &event_form, &action_form, &open_form,
                                      &restore_form, &close_form, &void_form, &edit_form, &event_edit_form,
                                      &number_form, &decide_form,
                                      &tender_form, &tender_edit_form, &jadwal_form, &stage_form };
const size_t form_def_count = sizeof form_defs / sizeof form_defs[0];
