/* Audit rows in words (auditview.h). */
#include "auditview.h"

#include <stdlib.h>
#include <string.h>

#include "cause.h"
#include "jsonread.h"
#include "lifecycle.h"

/* What each action did, for rows that need no detail. */
static const struct {
	const char *action;
	const char *words;
} verbs[] = {
	{ "init", "membuat basis data" },
	{ "migrate", "memperbarui skema basis data" },
	{ "report", "mencatat laporan gangguan" },
	{ "open", "membuka gangguan" },
	{ "restore", "menandai layanan pulih" },
	{ "close", "menutup gangguan" },
	{ "void", "membatalkan laporan" },
	{ "number-set", "mengatur nomor surat berikutnya" },
	{ "tender-add", "mencatat tender" },
	{ "tender-stage", "mencatat tahap tender" },
	{ "tender-import", "mengimpor jadwal tender" },
	{ "tender-edit", "mengubah data tender" },
	{ "tender-delete", "menghapus tender" },
	{ "tender-stage-delete", "menghapus tahap tender" },
	{ "tender-revision", "mencatat perubahan jadwal tender" },
	{ "hit-confirm", "mengonfirmasi tender terdampak" },
	{ "hit-remove", "menarik tender dari yang terdampak" },
	{ "decide", "mencatat keputusan Pokja" },
};

/* The fields of an incident a correction may change, as people name them. */
static const struct {
	const char *key;
	const char *label;
} incident_fields[] = {
	{ "summary", "ringkasan" }, { "cause", "penyebab" }, { "impact", "dampak" }, { "reporter", "pelapor" },
	{ "channel", "saluran laporan" }, { "started", "mulai" }, { "opened", "dibuka" }, { "restored", "pulih" },
	{ "closed", "ditutup" },
};

static void put_time(strbuf *out, int64_t t, zone z)
{
	char buf[40];
	civil c;
	civil_from_utc(t, z, &c);
	fmt_iso_local(buf, sizeof buf, &c);
	sb_appendf(out, "%s %s", buf, zone_name(z));
}

/* 'value' as people read it: a time in the unit's zone, a cause by name. */
static void put_value(strbuf *out, const char *key, const jv *v, zone z)
{
	sb_putc(out, '\'');
	if (!v || v->type == JV_NULL)
		sb_append(out, "-");
	else if (v->type == JV_INT)   /* the only numbers described are times */
		put_time(out, v->i, z);
	else if (v->type == JV_STR && key && strcmp(key, "cause") == 0 && cause_find(v->s))
		sb_append(out, cause_find(v->s)->label);
	else if (v->type == JV_STR) {
		for (const char *c = v->s; *c; c++) {   /* one line per row: a line break shows as " / " */
			if (*c == '\n')
				sb_append(out, " / ");
			else if (*c != '\r')
				sb_putc(out, *c);
		}
	}
	else if (v->type == JV_BOOL)
		sb_append(out, v->i ? "ya" : "tidak");
	sb_putc(out, '\'');
}

static int same(const jv *a, const jv *b)
{
	if (!a || !b)
		return a == b;
	if (a->type != b->type)
		return 0;
	if (a->type == JV_STR)
		return strcmp(a->s, b->s) == 0;
	return a->i == b->i;
}

/* "mengubah ringkasan: 'a' -> 'b'; mulai: '...' -> '...'" */
static void describe_edit(strbuf *out, const jv *before, const jv *after, zone z)
{
	int n = 0;
	sb_append(out, "mengubah ");
	for (size_t i = 0; i < sizeof incident_fields / sizeof incident_fields[0]; i++) {
		const jv *b = jv_get(before, incident_fields[i].key), *a = jv_get(after, incident_fields[i].key);
		if (same(a, b))
			continue;
		sb_appendf(out, "%s%s: ", n++ ? "; " : "", incident_fields[i].label);
		put_value(out, incident_fields[i].key, b, z);
		sb_append(out, " -> ");
		put_value(out, incident_fields[i].key, a, z);
	}
	if (!n)
		sb_append(out, "data gangguan");
}

/* "kronologi 2018-02-03 14:30 WIB" */
static void event_name(strbuf *out, const jv *e, zone z)
{
	const jv *at = jv_get(e, "at");
	sb_append(out, "kronologi");
	if (at && at->type == JV_INT) {
		sb_putc(out, ' ');
		put_time(out, at->i, z);
	}
}

static void describe_event_edit(strbuf *out, const jv *before, const jv *after, zone z)
{
	static const struct {
		const char *key, *label;
	} parts[] = { { "at", "waktu" }, { "about", "perkiraan" }, { "action", "tindakan" } };
	sb_append(out, "mengoreksi ");
	event_name(out, before, z);
	const jv *bt = jv_get(before, "text"), *at = jv_get(after, "text");
	if (!same(bt, at)) {
		sb_append(out, ": ");
		put_value(out, "text", bt, z);
		sb_append(out, " -> ");
		put_value(out, "text", at, z);
	}
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		const jv *b = jv_get(before, parts[i].key), *a = jv_get(after, parts[i].key);
		if (same(a, b))
			continue;
		sb_appendf(out, "; %s: ", parts[i].label);
		put_value(out, parts[i].key, b, z);
		sb_append(out, " -> ");
		put_value(out, parts[i].key, a, z);
	}
}

/* The record inside a correction's {"record": ...}, or the row itself. */
static const jv *record(const jv *v)
{
	const jv *r = jv_get(v, "record");
	return r ? r : v;
}

void audit_describe(const audit_entry *a, zone z, strbuf *out)
{
	jv *before = jv_parse(a->before), *after = jv_parse(a->after);
	const char *act = a->action;
	if (strcmp(act, "edit") == 0) {
		describe_edit(out, record(before), record(after), z);
	} else if (strcmp(act, "event-edit") == 0) {
		describe_event_edit(out, record(before), record(after), z);
	} else if (strcmp(act, "event-delete") == 0) {
		sb_append(out, "menghapus ");
		event_name(out, record(before), z);
		sb_append(out, ": ");
		put_value(out, "text", jv_get(record(before), "text"), z);
	} else if (strcmp(act, "event") == 0) {
		const jv *action = jv_get(after, "action");
		sb_append(out, action && action->i ? "menambah tindakan " : "menambah ");
		event_name(out, after, z);
		sb_append(out, ": ");
		put_value(out, "text", jv_get(after, "text"), z);
	} else if (strcmp(act, "refused") == 0) {
		sb_appendf(out, "perubahan ditolak (%s): %s",
		           jv_str(jv_get(after, "why")) ? jv_str(jv_get(after, "why")) : "?",
		           jv_str(jv_get(after, "refused")) ? jv_str(jv_get(after, "refused")) : "?");
	} else if (strcmp(act, "db-restore") == 0) {
		const char *file = jv_str(jv_get(after, "file")), *kept = jv_str(jv_get(after, "kept"));
		sb_appendf(out, "memulihkan basis data dari cadangan %s", file ? file : "?");
		if (kept)
			sb_appendf(out, "; yang sebelumnya disimpan di %s", kept);
	} else if (strcmp(act, "issue") == 0 || strcmp(act, "withdraw") == 0) {
		doc_kind k = DOC_OPENING;
		doc_kind_from_name(jv_str(jv_get(after, "kind")), &k);
		sb_appendf(out, "%s %s No. %s", act[0] == 'i' ? "menerbitkan" : "membatalkan (keliru terbit)",
		           doc_kind_title(k), jv_str(jv_get(after, "number")) ? jv_str(jv_get(after, "number")) : "?");
	} else {
		const char *w = NULL;
		for (size_t i = 0; i < sizeof verbs / sizeof verbs[0] && !w; i++)
			if (strcmp(verbs[i].action, act) == 0)
				w = verbs[i].words;
		sb_append(out, w ? w : act);
		const char *tender = jv_str(jv_get(after, "tender"));
		if (!tender)
			tender = jv_str(jv_get(after, "code"));
		if (!tender)   /* a deletion: the record is all before */
			tender = jv_str(jv_get(before, "tender")) ? jv_str(jv_get(before, "tender"))
			                                          : jv_str(jv_get(before, "code"));
		if (tender)
			sb_appendf(out, " %s", tender);
		const jv *rev = jv_get(after, "revision");
		if (rev && rev->type == JV_INT && rev->i > 0 && strcmp(act, "decide") != 0)
			sb_appendf(out, ": Perubahan %lld", (long long)rev->i);
		const char *remedy = jv_str(jv_get(after, "remedy"));
		if (remedy)
			sb_appendf(out, ": %s", remedy);
	}
	const char *reason = jv_str(jv_get(after, "reason"));
	if (!reason && strcmp(act, "void") == 0)
		reason = jv_str(jv_get(after, "void_reason"));
	if (reason)
		sb_appendf(out, " (alasan: %s)", reason);
	jv_free(before);
	jv_free(after);
}

char *audit_reason(const audit_entry *a)
{
	jv *after = jv_parse(a->after);
	const char *r = jv_str(jv_get(after, "reason"));
	char *copy = r ? strdup(r) : NULL;
	jv_free(after);
	return copy;
}

void audit_who(const audit_entry *a, strbuf *out)
{
	/* "sari (lpse@10.0.0.5)": the chosen name first, the account beside it */
	int named = a->operator_name && a->operator_name[0];
	if (named)
		sb_appendf(out, "%s (", a->operator_name);
	sb_append(out, a->user);
	if (a->client && a->client[0])
		sb_appendf(out, "@%s", a->client);
	if (named)
		sb_putc(out, ')');
}
