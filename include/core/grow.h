/* Growing arrays: the one doubling rule that every list in the program
 * uses.  Pure. */
#ifndef GROW_H
#define GROW_H

#include <stddef.h>

/* Room for element n of an array of *cap elements of size elem: returns
 * the array (reallocated when full, *cap then doubled, 16 at first), or
 * NULL with the array and *cap unchanged when memory runs out. */
void *grow_array(void *v, size_t *cap, size_t n, size_t elem);

#endif
