/* Records as the layers pass them around.  Plain data; every char * is
 * owned by the record and released by its *_free function. */
#ifndef MODEL_H
#define MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "lifecycle.h"

typedef struct incident {
	int64_t id;
	incident_state state;
	char *summary;      /* what failed, one line: "tidak dapat diakses secara online" */
	char *cause;        /* cause code, see cause.h */
	char *impact;       /* how the service was hit (may be "") */
	char *reporter;     /* who reported: "Admin-PPE LPSE Kabupaten Lebong" */
	char *channel;      /* report channel: "nota laporan", "telepon", ... */
	incident_times t;   /* UTC seconds; 0 = not yet */
	char *void_reason;  /* NULL unless void */
	int64_t version;    /* row version, for lost-update detection */
	int64_t created;
} incident;

typedef struct event {
	int64_t id;
	int64_t incident_id;
	int64_t at;         /* UTC seconds */
	int about;          /* 1: the time is approximate ("sekitar") */
	int action;         /* 1: a step taken to repair (tindakan) */
	char *text;
	char *author;       /* Unix user who recorded it */
	int64_t created;
} event;

typedef enum doc_kind { DOC_OPENING = 0, DOC_CLOSING, DOC_SINGLE, DOC__COUNT } doc_kind;

const char *doc_kind_name(doc_kind k);             /* "opening", "closing", "single" */
const char *doc_kind_title(doc_kind k);            /* "Berita Acara Pembukaan Gangguan" ... */
int doc_kind_from_name(const char *name, doc_kind *out);  /* 0 / -1 */

typedef struct document {
	int64_t id;
	int64_t incident_id;
	doc_kind kind;
	int year, seq, month;   /* number parts */
	char *number;       /* as printed: "023 /LPSE.Lebongkab/II/2018" */
	int64_t issued;     /* UTC seconds */
	char *text;         /* frozen at issue */
	char *sha256;       /* hex of text */
	char *values;       /* JSON of the values used (signatory, unit, ...) */
	int64_t revokes;    /* id of the document this one revokes, 0 if none */
	int64_t withdrawn;  /* UTC when withdrawn as issued in error ("dibatalkan"), 0 if not */
	char *withdrawn_by; /* NULL unless withdrawn */
	char *withdrawn_reason;
} document;

/* A line of the register: a document without its text and values, as the
 * list queries give it (a letter is read whole only when one is shown,
 * printed or verified), with the number of the one it revokes. */
typedef struct doc_row {
	int64_t id;
	int64_t incident_id;
	doc_kind kind;
	int year, seq, month;
	char *number;
	int64_t issued;
	char *sha256;
	int64_t revokes;
	char *revokes_number;  /* NULL unless revokes (or the one it names is missing) */
	int64_t withdrawn;
	char *withdrawn_by;    /* NULL unless withdrawn */
	char *withdrawn_reason;
} doc_row;

typedef struct audit_entry {
	int64_t id;
	int64_t at;
	char *user;         /* Unix user */
	char *operator_name;  /* chosen from [operators] names, "" if none */
	char *client;       /* SSH client address, "" when local */
	char *action;       /* "report", "open", "event", ... */
	int64_t incident_id;  /* 0 if not about one incident */
	char *before;       /* JSON or "" */
	char *after;        /* JSON or "" */
} audit_entry;

void incident_free(incident *x);
void event_free(event *x);
void document_free(document *x);
void doc_row_free(doc_row *x);
void audit_entry_free(audit_entry *x);

/* Growable arrays of records, as query results. */
typedef struct incident_list { incident *v; size_t n, cap; } incident_list;
typedef struct event_list { event *v; size_t n, cap; } event_list;
typedef struct doc_row_list { doc_row *v; size_t n, cap; } doc_row_list;
typedef struct audit_list { audit_entry *v; size_t n, cap; } audit_list;

void incident_list_free(incident_list *l);
void event_list_free(event_list *l);
void doc_row_list_free(doc_row_list *l);
void audit_list_free(audit_list *l);

#endif
