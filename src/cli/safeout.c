/* The CLI's streams as a terminal may safely receive them (cli_output.h):
 * every byte the CLI prints passes text_escape's rules on its way out, so
 * that no command, however it formats a stored text, can send an escape
 * sequence, a C1 control or a bidi override to the terminal. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "sanitize.h"

typedef struct safe_out {
	FILE *under;
	san_stream st;
	strbuf buf;
} safe_out;

static int put_under(safe_out *o)
{
	if (sb_failed(&o->buf)) {
		errno = ENOMEM;
		return -1;
	}
	size_t n = o->buf.len;
	int bad = n && fwrite(o->buf.buf, 1, n, o->under) != n;
	sb_reset(&o->buf);
	return bad ? -1 : 0;
}

static ssize_t safe_write(void *cookie, const char *data, size_t n)
{
	safe_out *o = cookie;
	san_feed(&o->st, data, n, &o->buf);
	if (put_under(o) < 0)
		return -1;
	/* an unbuffered stream under (stderr) shows each piece at once */
	if (fflush(o->under) != 0)
		return -1;
	return (ssize_t)n;
}

static int safe_close(void *cookie)
{
	safe_out *o = cookie;
	san_finish(&o->st, &o->buf);
	int r = put_under(o);
	if (fflush(o->under) != 0)
		r = -1;
	sb_free(&o->buf);
	free(o);
	return r;
}

FILE *cli_safe_stream(FILE *under)
{
	safe_out *o = calloc(1, sizeof *o);
	if (!o)
		return NULL;
	o->under = under;
	o->st.flags = SAN_ESC_KEEP_NL | SAN_ESC_KEEP_TAB | SAN_ESC_KEEP_CRLF;
	cookie_io_functions_t io = { .write = safe_write, .close = safe_close };
	FILE *f = fopencookie(o, "w", io);
	if (!f)
		free(o);
	return f;
}
