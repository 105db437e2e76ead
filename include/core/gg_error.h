/* Error values shared by every layer: the exit codes of sysexits.h, and a
 * message buffer that names the field, line or record and what is wrong. */
#ifndef GG_ERROR_H
#define GG_ERROR_H

#include <stddef.h>

enum gg_status {
	GG_OK = 0,
	GG_EUSAGE = 64,    /* EX_USAGE: bad command line */
	GG_EDATA = 65,     /* EX_DATAERR: input refused */
	GG_ENOTFOUND = 66, /* EX_NOINPUT: no such incident, document, file */
	GG_EUNAVAILABLE = 69, /* EX_UNAVAILABLE: a needed service or library is missing */
	GG_ESOFTWARE = 70, /* EX_SOFTWARE: internal error */
	GG_ECANTCREAT = 73,/* EX_CANTCREAT: cannot create or write a file */
	GG_EIO = 74,       /* EX_IOERR: read/write failed, database corrupt */
	GG_EBUSY = 75,     /* EX_TEMPFAIL: database locked, try again */
	GG_ENOPERM = 77,   /* EX_NOPERM: the operator may not (read-only role, file permissions) */
	GG_ECONFIG = 78    /* EX_CONFIG: configuration (or database version) wrong */
};

typedef struct gg_err {
	int code;        /* one of enum gg_status */
	char msg[1024];  /* complete sentence(s), no trailing newline */
} gg_err;

/* Sets err (if not NULL) and returns code, so that callers can write
 * `return gg_fail(err, GG_EDATA, "...", ...);`. */
int gg_fail(gg_err *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Clears err to GG_OK with an empty message. */
void gg_err_clear(gg_err *err);

#endif
