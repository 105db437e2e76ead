/* Keymap tables (keymap.h). */
#include "keymap.h"

#include <stdio.h>
#include <string.h>

const km_action *km_lookup(const keymap *m, int key)
{
	for (size_t i = 0; i < m->n; i++)
		for (int k = 0; k < 6 && m->v[i].keys[k]; k++)
			if (m->v[i].keys[k] == key)
				return &m->v[i];
	return NULL;
}

int km_dispatch(const keymap *m, int key, void *ctx)
{
	const km_action *a = km_lookup(m, key);
	if (!a || !a->run)
		return -1;
	return a->run(ctx);
}

static const struct {
	int key;
	const char *name;
} special_names[] = {
	{ KM_UP, "Up" }, { KM_DOWN, "Down" }, { KM_LEFT, "Left" }, { KM_RIGHT, "Right" },
	{ KM_PGUP, "PgUp" }, { KM_PGDN, "PgDn" }, { KM_HOME, "Home" }, { KM_END, "End" },
	{ KM_ENTER, "Enter" }, { KM_ESC, "Esc" }, { KM_TAB, "Tab" }, { KM_BTAB, "S-Tab" },
	{ KM_BACKSPACE, "Backspace" }, { KM_DELETE, "Del" }, { KM_INSERT, "Ins" },
	{ KM_RESIZE, "Resize" }, { ' ', "Spasi" },
};

size_t km_key_name(int key, char *buf, size_t n)
{
	int len;
	for (size_t i = 0; i < sizeof special_names / sizeof special_names[0]; i++)
		if (special_names[i].key == key) {
			len = snprintf(buf, n, "%s", special_names[i].name);
			return len < 0 ? 0 : (size_t)len;
		}
	if (key > KM_F0 && key <= KM_F(12))
		len = snprintf(buf, n, "F%d", key - KM_F0);
	else if (key > 0 && key < 0x20)
		len = snprintf(buf, n, "C-%c", key + 'a' - 1);
	else if (key > 0x20 && key < 0x7f)
		len = snprintf(buf, n, "%c", key);
	else
		len = snprintf(buf, n, "U+%04X", (unsigned)key);
	return len < 0 ? 0 : (size_t)len;
}

size_t km_keys_text(const km_action *a, char *buf, size_t n)
{
	size_t used = 0;
	if (n)
		buf[0] = '\0';
	for (int k = 0; k < 6 && a->keys[k]; k++) {
		char one[32];
		km_key_name(a->keys[k], one, sizeof one);
		int len = snprintf(buf + used, used < n ? n - used : 0, "%s%s", k ? ", " : "", one);
		if (len < 0)
			break;
		used += (size_t)len;
		if (used >= n)
			used = n ? n - 1 : 0;
	}
	return used;
}

int km_duplicate(const keymap *m)
{
	for (size_t i = 0; i < m->n; i++)
		for (int k = 0; k < 6 && m->v[i].keys[k]; k++)
			for (size_t j = i; j < m->n; j++)
				for (int l = (j == i ? k + 1 : 0); l < 6 && m->v[j].keys[l]; l++)
					if (m->v[j].keys[l] == m->v[i].keys[k])
						return m->v[i].keys[k];
	return 0;
}
