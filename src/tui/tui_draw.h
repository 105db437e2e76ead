/* Drawing sanitized UTF-8 into a clipped number of columns. */
#ifndef TUI_DRAW_H
#define TUI_DRAW_H

#include <stddef.h>

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
