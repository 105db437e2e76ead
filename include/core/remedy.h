/* The remedies a committee may choose for a tender hit by a disruption:
 * one table for the CLI, the forms, the store's CHECK and the documents.
 * Their wording (labels, the sentences of a letter) belongs to each
 * regime and lives only in the catalogue (regulation.h). */
#ifndef REMEDY_H
#define REMEDY_H

#include <stddef.h>

typedef enum remedy_code {
	REMEDY_CANCEL = 0,       /* batal / gagal */
	REMEDY_RESCHEDULE,       /* penyesuaian jadwal */
	REMEDY_ALTERNATIVE,      /* solusi alternatif dalam BA */
	REMEDY_LKPP,             /* fasilitasi LKPP */
	REMEDY__COUNT
} remedy_code;

typedef struct remedy_info {
	remedy_code code;
	const char *name;        /* typed and stored: "cancel" */
	int needs_days;          /* 1: needs the days of disruption (a restored incident) */
} remedy_info;

extern const remedy_info remedy_table[REMEDY__COUNT];

/* By name, case-insensitive; also accepts the Indonesian short words
 * ("batal", "jadwal", "alternatif", "fasilitasi").  NULL if unknown. */
const remedy_info *remedy_find(const char *name);
/* "cancel|reschedule|alternative|lkpp", for usage and refusals. */
const char *remedy_names(void);

#endif
