/* Curses keys to keymap codes (tui_keys.h). */
#include "tui_keys.h"

#include <curses.h>

#include "keymap.h"

/* Codes that curses returns for our extra sequences.  Using the standard
 * KEY_* codes lets the rest of the program see one key whatever the
 * terminal sent. */
static const struct {
	const char *seq;
	int code;
} extra[] = {
	{ "\033[1~", KEY_HOME }, { "\033[4~", KEY_END }, { "\033[7~", KEY_HOME },
	{ "\033[8~", KEY_END }, { "\033[H", KEY_HOME }, { "\033[F", KEY_END },
	{ "\033OH", KEY_HOME }, { "\033OF", KEY_END }, { "\033[2~", KEY_IC },
	{ "\033[3~", KEY_DC }, { "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE },
	{ "\033[11~", KEY_F(1) }, { "\033[12~", KEY_F(2) }, { "\033[13~", KEY_F(3) },
	{ "\033[14~", KEY_F(4) }, { "\033[15~", KEY_F(5) }, { "\033[17~", KEY_F(6) },
	{ "\033[18~", KEY_F(7) }, { "\033[19~", KEY_F(8) }, { "\033[20~", KEY_F(9) },
	{ "\033[21~", KEY_F(10) }, { "\033OP", KEY_F(1) }, { "\033OQ", KEY_F(2) },
	{ "\033OR", KEY_F(3) }, { "\033OS", KEY_F(4) }, { "\033[[A", KEY_F(1) },
	{ "\033[[B", KEY_F(2) }, { "\033[[C", KEY_F(3) }, { "\033[[D", KEY_F(4) },
	{ "\033[[E", KEY_F(5) }, { "\033[Z", KEY_BTAB }, { "\033OA", KEY_UP },
	{ "\033OB", KEY_DOWN }, { "\033OC", KEY_RIGHT }, { "\033OD", KEY_LEFT },
	{ "\033[A", KEY_UP }, { "\033[B", KEY_DOWN }, { "\033[C", KEY_RIGHT },
	{ "\033[D", KEY_LEFT },
};

/* Codes of our own for the paste markers (mode 2004): above curses' keys. */
enum { KEY_PASTE_BEGIN = KEY_MAX + 1, KEY_PASTE_END = KEY_MAX + 2 };

void keys_init(void)
{
	for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
		if (key_defined(extra[i].seq) <= 0)
			define_key(extra[i].seq, extra[i].code);
	define_key("\033[200~", KEY_PASTE_BEGIN);
	define_key("\033[201~", KEY_PASTE_END);
}

static const struct {
	int curses;
	int km;
} keymap_codes[] = {
	{ KEY_UP, KM_UP }, { KEY_DOWN, KM_DOWN }, { KEY_LEFT, KM_LEFT }, { KEY_RIGHT, KM_RIGHT },
	{ KEY_PPAGE, KM_PGUP }, { KEY_NPAGE, KM_PGDN }, { KEY_HOME, KM_HOME }, { KEY_END, KM_END },
	{ KEY_A1, KM_HOME }, { KEY_C1, KM_END }, { KEY_A3, KM_PGUP }, { KEY_C3, KM_PGDN },
	{ KEY_FIND, KM_HOME }, { KEY_SELECT, KM_END },
	{ KEY_ENTER, KM_ENTER }, { KEY_BTAB, KM_BTAB }, { KEY_BACKSPACE, KM_BACKSPACE },
	{ KEY_DC, KM_DELETE }, { KEY_IC, KM_INSERT }, { KEY_RESIZE, KM_RESIZE },
	{ KEY_PASTE_BEGIN, KM_PASTE_BEGIN }, { KEY_PASTE_END, KM_PASTE_END },
};

int keys_translate(int rc, wint_t wc)
{
	if (rc == KEY_CODE_YES) {
		int k = (int)wc;
		if (k >= KEY_F(1) && k <= KEY_F(12))
			return KM_F(k - KEY_F0);
		for (size_t i = 0; i < sizeof keymap_codes / sizeof keymap_codes[0]; i++)
			if (keymap_codes[i].curses == k)
				return keymap_codes[i].km;
		return 0;
	}
	switch (wc) {
	case L'\r':
	case L'\n':
		return KM_ENTER;
	case 033:
		return KM_ESC;
	case L'\t':
		return KM_TAB;
	case 0x7f:
	case 0x08:
		return KM_BACKSPACE;
	default:
		return (int)wc;
	}
}
