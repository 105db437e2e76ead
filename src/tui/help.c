/* The help screen: every key of the screen below and the global keys,
 * generated from the same keymap tables that handle them. */
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "lineedit.h"
#include "strbuf.h"
#include "tui_pick.h"
#include "tui_screens.h"
#include "tui_tender.h"

static void add_keymap(strbuf *sb, const keymap *km)
{
	char keys[120];
	sb_appendf(sb, "%s\n\n", _(km->title));
	for (size_t i = 0; i < km->n; i++) {
		km_keys_text(&km->v[i], keys, sizeof keys);
		sb_appendf(sb, "  %-22s %s\n", keys, _(km->v[i].help));
	}
	sb_putc(sb, '\n');
}

screen *help_open(app *a, const keymap *screen_keys)
{
	strbuf sb = STRBUF_INIT;
	/* who the audit will name, and on which register: the first thing to
	 * know on a shared server */
	const session *ses = a->ses;
	sb_appendf(&sb, _("Tercatat di audit sebagai: %s%s%s%s%s%s. Peran: %s. Basis data: %s "
	                  "(bersama: lihat gangguan(1), SHARED DATABASE).\n\n"),
	           ses->operator_name, ses->operator_name[0] ? " (akun " : "", ses->user,
	           ses->operator_name[0] ? ")" : "", ses->client[0] ? " dari " : "", ses->client,
	           ses->actor.read_only_role ? _("baca saja") : _("dapat mengubah"),
	           ses->db_path ? ses->db_path : "-");
	if (*store_read_only_reason(ses->st))
		sb_appendf(&sb, _("Basis data hanya dibuka untuk dibaca: %s\n\n"), store_read_only_reason(ses->st));
	if (screen_keys)
		add_keymap(&sb, screen_keys);
	/* the screens whose steps choose from a pick-list */
	if (screen_keys == detail_keys_table() || screen_keys == tender_keys_table())
		add_keymap(&sb, pick_keys_table());
	add_keymap(&sb, le_keymap());
	add_keymap(&sb, app_global_keymap());
	sb_append(&sb, _("Huruf Indonesia dan tempelan UTF-8 dapat diketik di isian. Tombol Home/End/F1-F10 "
	                 "dari PuTTY dan Xshell dikenali. Lihat juga gangguan(1).\n"));
	if (sb_failed(&sb)) {
		sb_free(&sb);
		return NULL;
	}
	screen *s = pager_open(a, _("Bantuan"), sb_str(&sb), NULL, 0, NULL);
	sb_free(&sb);
	return s;
}
