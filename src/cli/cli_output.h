/* Printing records for the CLI in its formats: an aligned table for
 * people, TSV and JSON for scripts. */
#ifndef CLI_OUTPUT_H
#define CLI_OUTPUT_H

#include "cli.h"
#include "model.h"
#include "strbuf.h"

enum list_format { FMT_TABLE = 0, FMT_TSV, FMT_JSON, FMT_CSV };
extern const char *const list_format_names[];   /* "table", "tsv", "json", "csv", NULL */

/* CSV as RFC 4180 has it: a field holding the separator, a quote or a
 * line break is quoted (quotes doubled), records end in CRLF.  The
 * separator is ',' or, for a spreadsheet under Indonesian settings, ';'. */
typedef struct csv_out {
	FILE *f;
	char sep;
	int col;
} csv_out;
void csv_field(csv_out *c, const char *s);
void csv_end(csv_out *c);
/* Parses --sep: "," (default, for NULL) or ";".  GG_EUSAGE after saying why. */
int cli_parse_sep(cli_ctx *ctx, const char *cmd, const char *s, char *sep);
/* "2018-02-03T07:30:00Z" (empty for 0). */
const char *out_utc_time(int64_t utc, char *buf, size_t n);

void out_incidents(cli_ctx *ctx, const incident_list *l, int format, char sep);
/* The same, one row at a time as the store reads them: out_incident_row
 * is a store incident_row_fn (ctx an out_stream); out_incident_end closes
 * the list (the header of an empty one, JSON's "]"). */
typedef struct out_stream {
	cli_ctx *ctx;
	int format;
	char sep;
	int begun;
	size_t rows;
} out_stream;
int out_incident_row(void *ctx, const incident *x);
void out_incident_end(out_stream *o);
/* One incident as a JSON object (times in ISO 8601 with the zone offset). */
void out_incident_json(const cli_ctx *ctx, strbuf *sb, const incident *inc);
void out_event_json(const cli_ctx *ctx, strbuf *sb, const event *e);
/* A TSV field: tab, newline, carriage return and backslash escaped, as
 * every other control character (sanitize.h text_escape). */
void out_tsv_field(FILE *f, const char *s);
/* "2018-02-03T14:30:00+07:00"; "" for 0. */
const char *out_iso_time(const cli_ctx *ctx, int64_t utc, char *buf, size_t n);
/* "40 menit" from start to restore, "masih berlangsung", or "-". */
const char *out_duration(const incident *inc, char *buf, size_t n);
/* Copies s for one table cell: newline and tab as spaces, other control
 * characters as visible escapes ("\x1b"), cut to
 * `width` columns with "…" (UTF-8 aware, one column per character). */
void out_cell(char *dst, size_t n, const char *s, int width);

#endif
