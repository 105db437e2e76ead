/* The "Tender & Remedi" tab of the detail screen.  The tender store
 * (branch remedies) has not landed on this branch: the tab says so and
 * reads nothing.  When store.h gains the tender calls, this file alone
 * lists the hit tenders, the days of disruption, the proposed schedule
 * beside the current one and the decision. */
#include "i18n.h"
#include "tui_detail.h"

void tab_tender_build(app *a, const incident *inc, int cols, dlines *l)
{
	(void)a;
	(void)inc;
	dl_add(l, 0, "%s", _("Belum ada tender yang tercatat untuk gangguan ini."));
	dl_add(l, 0, "%s", "");
	dl_wrap(l, cols, "",
	        _("Remedi menurut Perka LKPP No. 1/2015 (batal/gagal, penyesuaian jadwal sebanyak hari "
	          "gangguan, solusi alternatif di BAHP/BAHS, fasilitasi LKPP) ditampilkan di sini setelah "
	          "data tender tersedia."));
}
