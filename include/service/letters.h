/* The letters (Berita Acara) of the lifecycle steps, for both faces:
 * the unit's templates read and checked once, the regime of the letter
 * chosen from the one catalogue (pinned, or in force on the incident's
 * start), and one function each to preview and to issue a step's letter,
 * so that the preview the TUI shows is the text that is issued. */
#ifndef LETTERS_H
#define LETTERS_H

#include <stdint.h>

#include "lifecycle.h"
#include "session.h"
#include "strbuf.h"

/* Reads and checks the templates the config names (all three kinds);
 * GG_ECONFIG with "FILE:LINE: what" in err for a broken one. */
int letters_open(const gg_config *cfg, letters **out, gg_err *err);
void letters_close(letters *l);

/* 1 if step `kind` issues a letter under the unit's style (a single-
 * report unit issues none when it opens). */
int letters_step_has_letter(const session *s, doc_kind kind);

/* The regime an incident's letters cite: the pinned one, else the one in
 * force on its start date.  GG_ECONFIG when the catalogue has none. */
int letters_regime(session *s, const incident *inc, const regime **out, gg_err *err);

/* The letter step `kind` would issue at `at` (0: now), with the number
 * it would get now; nothing is written.  *number and *text are malloc'd. */
int letters_preview(session *s, int64_t id, doc_kind kind, int64_t at, char **number, char **text,
                    gg_err *err);

/* Opens (STEP_OPEN) or closes (STEP_CLOSE) incident id at `at`, issuing
 * its letter.  at 0: now, read inside the write transaction.  expect:
 * the row version the caller saw (0: any).  seen: the preview the
 * operator confirmed (NULL: none); when the letter would differ (the
 * number was taken meanwhile, the text changed) nothing is issued and
 * GG_EBUSY asks to preview again.  *issued gets the document (number
 * NULL when none is issued). */
int letters_issue_step(session *s, incident_step step, int64_t id, int64_t expect, int64_t at,
                       const doc_seen *seen, document *issued, gg_err *err);

/* Document d as an A4 PDF at path (pdf.h): its frozen text, the
 * letterhead it was issued with ([letterhead] lines otherwise), the
 * [letterhead] logo and font, and a footer with its number and the first
 * 16 hex digits of its register fingerprint. */
int letters_write_pdf(session *s, const document *d, const char *path, gg_err *err);

/* A letter as printed by letters_write_pdf() (pdf bytes, len long): read
 * back with pdftotext (pdfclient.h), the document its footer's
 * fingerprint names, and whether its letterhead, words and footers are
 * that document's (pdftext.h).  out and number as store_doc_verify();
 * GG_EUNAVAILABLE without poppler-utils. */
int letters_verify_pdf(session *s, const char *pdf, size_t len, verify_outcome *out, char **number, gg_err *err);

/* What `check` asks before any number is taken: every template parses
 * and uses only known fields, the pinned regime exists, every regime of
 * the catalogue has the terms a letter needs.  Each problem is a line
 * in problems; returns their count, or -1 with err set. */
int letters_validate(session *s, strbuf *problems, gg_err *err);

#endif
