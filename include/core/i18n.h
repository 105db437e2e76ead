/* gettext for the UI text: _() marks every Indonesian string shown on the
 * screen, so that another language can follow without touching screens.
 * Built without ENABLE_NLS, _() is the identity. */
#ifndef I18N_H
#define I18N_H

#ifdef ENABLE_NLS
#include <libintl.h>
#define _(s) gettext(s)
#else
#define _(s) (s)
#endif
#define N_(s) (s)

#endif
