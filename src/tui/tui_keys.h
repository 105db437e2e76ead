/* Keys from curses to keymap codes, with the sequences PuTTY and Xshell
 * send that terminfo may not know (ESC [1~ Home, ESC [4~ End, ESC [11~
 * F1, ESC OP F1 ...). */
#ifndef TUI_KEYS_H
#define TUI_KEYS_H

#include <wchar.h>

/* define_key for the extra sequences; call after initscr/keypad. */
void keys_init(void);
/* rc and wc as get_wch returned them; a KM_* code or the character. */
int keys_translate(int rc, wint_t wc);

#endif
