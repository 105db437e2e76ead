/* Drawing sanitized UTF-8 into a clipped number of columns. */
#ifndef TUI_DRAW_H
#define TUI_DRAW_H

#include <stddef.h>
#include <wchar.h>

/* What the terminal can show, decided once at start (term.c).  Every
 * character reaches the screen through draw_wide(), which draws what the
 * terminal cannot show as ASCII (ascii_fallback, sanitize.h) in the
 * columns the character takes, so that the layout is the same. */
enum draw_charset {
	DRAW_UTF8,     /* a UTF-8 locale: everything as it is */
	DRAW_LOCALE,   /* an 8-bit locale (ISO-8859-1 ...): what it encodes */
	DRAW_ASCII     /* C/POSIX: printable ASCII only */
};
void draw_set_charset(enum draw_charset cs);
enum draw_charset draw_charset(void);

/* Draws n wide characters at y,x (a line editor's view). */
void draw_wide(int y, int x, const wchar_t *w, size_t n);

/* Draws s (sanitized: no control bytes reach the terminal) at y,x in at
 * most cols columns; returns the columns used. */
int draw_text(int y, int x, int cols, const char *s);
/* Same, then pads with blanks to cols. */
int draw_cell(int y, int x, int cols, const char *s);
/* Display columns of UTF-8 text. */
int text_width(const char *s);
/* Fills a row from x to the right edge with blanks. */
void draw_clear_row(int y, int x);

/* Wraps UTF-8 text (with newlines) to cols columns: an array of malloc'd
 * sanitized lines.  Returns the count; *lines must be freed with
 * lines_free. */
size_t wrap_lines(const char *text, int cols, char ***lines);
void lines_free(char **lines, size_t n);

#endif
