/* What the rescheduling rules need to know of a stage from its name as
 * SPSE shows it: whether the Pokja holds it at a set time on a working day
 * (a one-day Pokja stage that moves must start on a working day), and
 * whether it is a Masa Sanggah (the participants' objection period, which
 * keeps at least its calendar length).  One table in stagekind.c, listed in
 * gangguan-remedies(7); a name not in it is neither.  Pure. */
#ifndef STAGEKIND_H
#define STAGEKIND_H

enum {
	STAGE_POKJA = 1u << 0,     /* held by the Pokja at a set time */
	STAGE_SANGGAH = 1u << 1,   /* a Masa Sanggah */
};

/* The kind of a stage by its name: case is ignored, and so are blanks at
 * either end and how many blanks separate the words.  0 for a name the
 * table does not have, or NULL. */
unsigned stage_kind(const char *name);

/* The table's rows, for gangguan check and the tests: the name of row i,
 * NULL past the end, and its kind in *kind. */
const char *stage_kind_row(unsigned i, unsigned *kind);

#endif
