#include "remedy.h"

#include <strings.h>

const remedy_info remedy_table[REMEDY__COUNT] = {
	{ REMEDY_CANCEL, "cancel", 0 },
	{ REMEDY_RESCHEDULE, "reschedule", 1 },
	{ REMEDY_ALTERNATIVE, "alternative", 0 },
	{ REMEDY_LKPP, "lkpp", 0 },
};

/* Indonesian words an operator may type instead of the names. */
static const struct {
	const char *word;
	remedy_code code;
} aliases[] = {
	{ "batal", REMEDY_CANCEL },       { "gagal", REMEDY_CANCEL },
	{ "jadwal", REMEDY_RESCHEDULE },  { "alternatif", REMEDY_ALTERNATIVE },
	{ "fasilitasi", REMEDY_LKPP },
};

const remedy_info *remedy_find(const char *name)
{
	if (!name)
		return NULL;
	for (size_t i = 0; i < REMEDY__COUNT; i++)
		if (strcasecmp(name, remedy_table[i].name) == 0)
			return &remedy_table[i];
	for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (strcasecmp(name, aliases[i].word) == 0)
			return &remedy_table[aliases[i].code];
	return NULL;
}

const char *remedy_names(void)
{
	return "cancel|reschedule|alternative|lkpp";
}
