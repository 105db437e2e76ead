#include "gg_error.h"

#include <stdarg.h>
#include <stdio.h>

int gg_fail(gg_err *err, int code, const char *fmt, ...)
{
	if (err) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err->msg, sizeof err->msg, fmt, ap);
		va_end(ap);
		err->code = code;
	}
	return code;
}

void gg_err_clear(gg_err *err)
{
	if (err) {
		err->code = GG_OK;
		err->msg[0] = '\0';
	}
}
