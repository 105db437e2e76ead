/* The operator's terminal (tui_term.h): checks before curses starts, the
 * characters the screen may draw, Esc timing, bracketed paste. */
#include "tui_term.h"

#include <curses.h>
#include <errno.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "i18n.h"
#include "tui_draw.h"
/* Last: it defines capability names (lines, columns ...) as macros. */
#include <term.h>

/* Esc alone acts after this many milliseconds unless ESCDELAY says
 * otherwise: quick at the keyboard, and an operator on a slow link sets
 * ESCDELAY so that an arrow split by the network stays one key. */
enum { DEFAULT_ESCDELAY_MS = 25 };

static SCREEN *screen_of_term;

/* The advice every TERM problem ends with. */
#define TERM_HINT N_("jalankan dengan TERM=xterm-256color, atau pakai perintah (lihat gangguan --help)")

int term_check(gg_err *err)
{
	int in = isatty(STDIN_FILENO), out = isatty(STDOUT_FILENO);
	if (!in || !out)
		return gg_fail(err, GG_EUSAGE,
		               _("tampilan layar penuh perlu terminal, tetapi %s bukan terminal; untuk skrip pakai "
		                 "perintah, lihat gangguan --help"),
		               !in && !out ? _("masukan dan keluaran") : !in ? _("masukan") : _("keluaran"));

	const char *name = getenv("TERM");
	if (!name || !*name)
		return gg_fail(err, GG_ECONFIG, _("variabel TERM tidak diisi: tampilan layar penuh perlu tahu jenis terminal; %s."),
		               _(TERM_HINT));
	int why = 0;
	if (setupterm(NULL, STDOUT_FILENO, &why) != OK) {
		if (why == 1)
			return gg_fail(err, GG_ECONFIG, _("TERM=%s adalah terminal cetak (hardcopy), bukan layar; %s."), name,
			               _(TERM_HINT));
		if (why == -1)
			return gg_fail(err, GG_ECONFIG,
			               _("basis data terminfo tidak ditemukan (TERM=%s); pasang: apt-get install ncurses-base "
			                 "ncurses-term, atau %s."),
			               name, _(TERM_HINT));
		return gg_fail(err, GG_ECONFIG,
		               _("jenis terminal TERM=%s tidak dikenal (tidak ada di terminfo); pasang entri terminal "
		                 "tambahan: apt-get install ncurses-term, atau %s."),
		               name, _(TERM_HINT));
	}
	/* A terminal that cannot move the cursor (TERM=dumb, an editor's
	 * shell buffer) would get the screen as a stream of blanks. */
	const char *cup = tigetstr("cup");
	int addressable = cup && cup != (char *)-1;
	del_curterm(cur_term);
	if (!addressable)
		return gg_fail(err, GG_ECONFIG, _("terminal TERM=%s tidak dapat memindahkan kursor, tampilan layar penuh tidak "
		                                  "dapat dipakai; %s."),
		               name, _(TERM_HINT));
	return GG_OK;
}

/* The variable that decides LC_CTYPE (POSIX order), or NULL. */
static const char *ctype_variable(const char **var)
{
	static const char *const vars[] = { "LC_ALL", "LC_CTYPE", "LANG" };
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v) {
			*var = vars[i];
			return v;
		}
	}
	*var = "LANG";
	return NULL;
}

static int names_utf8(const char *s)
{
	for (; s && *s; s++)
		if (strncasecmp(s, "utf-8", 5) == 0 || strncasecmp(s, "utf8", 4) == 0)
			return 1;
	return 0;
}

static int is_ascii_codeset(const char *cs)
{
	static const char *const ascii[] = { "ANSI_X3.4-1968", "US-ASCII", "ASCII", "646" };
	for (size_t i = 0; i < sizeof ascii / sizeof ascii[0]; i++)
		if (strcasecmp(cs, ascii[i]) == 0)
			return 1;
	return 0;
}

/* The locale describes the terminal; the data is UTF-8 whatever it says.
 * Never raw UTF-8 bytes on a terminal that did not ask for them:
 *  - a UTF-8 locale: everything is drawn as it is;
 *  - an 8-bit one (ISO-8859-1 ...): kept, so that keys decode in its
 *    charset; what it cannot encode is drawn as ASCII;
 *  - ASCII (C, POSIX, or the locale asked for is not installed): keys are
 *    read as UTF-8 (LC_CTYPE C.UTF-8), what terminals send today, so that
 *    a typed é is kept as é where the C locale would swallow it and the
 *    keys after it; the screen is drawn in ASCII, unless the variable
 *    asked for UTF-8 and only its locale is missing. */
static void choose_charset(char *note, size_t size)
{
	const char *var, *val = ctype_variable(&var);
	const char *codeset = nl_langinfo(CODESET);
	note[0] = '\0';
	if (names_utf8(codeset)) {
		draw_set_charset(DRAW_UTF8);
		return;
	}
	if (!is_ascii_codeset(codeset)) {
		draw_set_charset(DRAW_LOCALE);
		snprintf(note, size,
		         _("%s=%s (%s): huruf yang tidak ada di %s tampil sebagai ASCII terdekat atau ?; data tidak berubah."),
		         var, val ? val : "", codeset, codeset);
		return;
	}
	int utf8_keys = setlocale(LC_CTYPE, "C.UTF-8") != NULL;
	if (utf8_keys && names_utf8(val)) {
		draw_set_charset(DRAW_UTF8);
		snprintf(note, size, _("Locale %s=%s tidak terpasang; memakai C.UTF-8 (pasang: dpkg-reconfigure locales)."),
		         var, val);
		return;
	}
	draw_set_charset(DRAW_ASCII);
	char asked[160];
	if (val)
		snprintf(asked, sizeof asked, "%s=%s", var, val);
	else
		snprintf(asked, sizeof asked, "%s", _("LANG tidak diisi"));
	snprintf(note, size,
	         _("%s: terminal bukan UTF-8; huruf non-ASCII tampil sebagai ASCII terdekat atau ?, data tidak berubah "
	           "(terminal UTF-8: LANG=C.UTF-8)."),
	         asked);
}

/* ESCDELAY as ncurses reads it, a whole number of milliseconds; unset or
 * not a number: our default (ncurses' own, a second, is too slow). */
static int escdelay_ms(void)
{
	const char *v = getenv("ESCDELAY");
	char *end;
	if (!v || !*v)
		return DEFAULT_ESCDELAY_MS;
	errno = 0;
	long ms = strtol(v, &end, 10);
	if (errno || *end || ms < 0 || ms > INT_MAX)
		return DEFAULT_ESCDELAY_MS;
	return (int)ms;
}

int term_open(int tick_ms, char *note, size_t note_size, gg_err *err)
{
	choose_charset(note, note_size);
	screen_of_term = newterm(NULL, stdout, stdin);
	if (!screen_of_term) {
		const char *name = getenv("TERM");
		return gg_fail(err, GG_ECONFIG, _("terminal TERM=%s tidak dapat dipakai; %s."), name ? name : "",
		               _(TERM_HINT));
	}
	/* Bracketed paste (mode 2004): a paste arrives marked, as text. */
	fputs("\033[?2004h", stdout);
	fflush(stdout);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(escdelay_ms());
	timeout(tick_ms);
	return GG_OK;
}

void term_close(void)
{
	if (!screen_of_term)
		return;
	fputs("\033[?2004l", stdout);
	fflush(stdout);
	endwin();
	delscreen(screen_of_term);
	screen_of_term = NULL;
}
