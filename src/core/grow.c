#include "grow.h"

#include <stdint.h>
#include <stdlib.h>

void *grow_array(void *v, size_t *cap, size_t n, size_t elem)
{
	if (n < *cap)
		return v;
	if (*cap > SIZE_MAX / 2 / elem || 16 > SIZE_MAX / elem)
		return NULL;   /* doubling, or the byte count, would wrap */
	size_t grown = *cap ? *cap * 2 : 16;
	void *p = realloc(v, grown * elem);
	if (p)
		*cap = grown;
	return p;
}
