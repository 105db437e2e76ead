/* Who is at the keyboard when operators share one Unix account: the name
 * is chosen from [operators] names before anything can be written, and
 * every audit row carries it (session_choose_operator: the same rule as
 * the CLI's --operator). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "tui_app.h"
#include "tui_screens.h"

/* Up to nine names are one key each; more are typed (and checked). */
#define PICK_BY_KEY 9

static int pick_by_key(app *a, int *chosen)
{
	const gg_config *c = a->ses->cfg;
	char q[1000], retry[1200];
	size_t len = (size_t)snprintf(q, sizeof q, "%s", _("Operator:"));
	for (size_t i = 0; i < c->operators_n && len < sizeof q; i++)
		len += (size_t)snprintf(q + len, sizeof q - len, " %zu %s", i + 1, c->operators[i]);
	/* the question holds the status line: a wrong key's hint goes in it */
	snprintf(retry, sizeof retry, _("Pilih nomor operator (1-%zu), atau q untuk keluar. %s"),
	         c->operators_n, q);
	const char *ask = q;
	for (;;) {
		int k = app_ask(a, ask);
		if (k < 0)
			return -1;
		if (k >= '1' && k < '1' + (int)c->operators_n) {
			*chosen = k - '1';
			return 0;
		}
		if (k == 'q')
			return -1;
		ask = retry;
	}
}

int operator_choose(app *a)
{
	session *s = a->ses;
	gg_err err;
	if (!s->cfg->operators_n || s->operator_name[0])
		return 0;
	if (s->cfg->operators_n <= PICK_BY_KEY) {
		int i;
		if (pick_by_key(a, &i) < 0)
			return -1;
		if (session_choose_operator(s, s->cfg->operators[i], &err) == GG_OK) {
			app_status(a, _("Operator: %s (tercatat di audit)."), s->operator_name);
			return 0;
		}
		app_error(a, "%s", err.msg);
		return -1;
	}
	for (;;) {
		char *name = NULL;
		int r = app_prompt(a, _("Nama operator: "), "", &name);
		if (r <= 0) {
			free(name);
			return -1;
		}
		int code = session_choose_operator(s, name, &err);
		free(name);
		if (code == GG_OK) {
			app_status(a, _("Operator: %s (tercatat di audit)."), s->operator_name);
			return 0;
		}
		app_error(a, "%s", err.msg);
	}
}
