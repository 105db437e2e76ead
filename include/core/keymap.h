/* Keymaps as tables: each screen lists its actions (a name, the help
 * line, the keys that run it, the handler), and the same table drives
 * the key handling, the help screen (? and F1) and the key list of
 * gangguan(1).  Pure: keys are plain ints, characters as themselves and
 * special keys as KM_* codes the TUI translates from curses. */
#ifndef KEYMAP_H
#define KEYMAP_H

#include <stddef.h>

enum km_special {
	KM_BASE = 0x200000,   /* above every Unicode character */
	KM_UP, KM_DOWN, KM_LEFT, KM_RIGHT, KM_PGUP, KM_PGDN, KM_HOME, KM_END,
	KM_ENTER, KM_ESC, KM_TAB, KM_BTAB, KM_BACKSPACE, KM_DELETE, KM_INSERT,
	KM_RESIZE,
	KM_PASTE_BEGIN, KM_PASTE_END,   /* the terminal's bracketed-paste markers */
	KM_PASTE,                       /* a whole paste, its text in the app state: never keys */
	KM_F0 = KM_BASE + 0x100   /* KM_F(n) = KM_F0 + n, n = 1..12 */
};
#define KM_F(n) (KM_F0 + (n))
#define KM_CTRL(c) ((c) & 0x1f)

typedef struct km_action {
	int id;                   /* the screen's own action number */
	const char *name;         /* "list.search": stable, for tests and docs */
	const char *help;         /* N_("cari (ketik untuk menyaring)") */
	int keys[6];              /* 0-terminated */
	int (*run)(void *ctx);    /* handler; ctx is the screen's state */
} km_action;

typedef struct keymap {
	const char *title;        /* the screen, as the help screen names it */
	const km_action *v;
	size_t n;
} keymap;

/* The action bound to key, or NULL. */
const km_action *km_lookup(const keymap *m, int key);
/* Runs the action bound to key: its handler's return, or -1 if unbound. */
int km_dispatch(const keymap *m, int key, void *ctx);

/* "q", "Enter", "C-u", "F1", "PgDn", "Spasi": NUL-terminated, returns length. */
size_t km_key_name(int key, char *buf, size_t n);
/* All keys of an action, "j, Down". */
size_t km_keys_text(const km_action *a, char *buf, size_t n);

/* 0 if no key is bound twice in m, else the first key found twice. */
int km_duplicate(const keymap *m);

#endif
