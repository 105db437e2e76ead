/* Cause categories of a disruption (REFERENCE.md section 3), one table for
 * the CLI, the forms, the store's CHECK and the documents. */
#ifndef CAUSE_H
#define CAUSE_H

#include <stddef.h>

typedef struct cause_info {
	const char *code;    /* stored and typed: "listrik", "perangkat-keras" */
	const char *label;   /* shown: "Listrik", "Perangkat keras" */
	const char *hint;    /* examples, shown in forms and help */
} cause_info;

extern const cause_info cause_table[];
extern const size_t cause_count;

/* Finds a cause by code or label, case-insensitive, ' ' and '_' read as
 * '-'.  NULL if unknown. */
const cause_info *cause_find(const char *name);

#endif
