/* The command table: dispatch, what each command needs, and the usage
 * lines printed by `gangguan --help`. */
#include "cli.h"
#include "cli_commands.h"

#define CFG NEED_CONFIG
#define RW (NEED_CONFIG | NEED_STORE)
#define RO (NEED_CONFIG | NEED_STORE_READ)

const cli_command cli_commands[] = {
	{ "init", CFG, "init [--group GRUP]",
	  "buat (atau perbarui) basis data; --group: basis data bersama beberapa operator", cmd_init },
	{ "demo", CFG | NEED_STORE_CREATE, "demo", "isi basis data kosong dengan contoh Lebong 2018", cmd_demo },
	{ "config", CFG, "config", "tampilkan konfigurasi yang berlaku, lengkap dengan nilai bawaan",
	  cmd_config },
	{ "check", 0, "check", "periksa konfigurasi, skema, integritas, penomoran", cmd_check },
	{ "report", RW, "report --start WHEN --cause CAUSE --summary TEXT [--reporter WHO]",
	  "catat laporan gangguan baru; cetak nomornya", cmd_report },
	{ "event", RW, "event ID --at WHEN --text TEXT [--action] [--about]",
	  "tambah kronologi atau tindakan; --edit N / --delete N --reason: koreksi baris N", cmd_event },
	{ "edit", RW, "edit ID [--summary T] [--cause C] [--impact T] [--start WHEN] ... --reason T",
	  "koreksi data gangguan (tercatat di audit)", cmd_edit },
	{ "open", RW, "open ID [--at WHEN]", "buka gangguan, terbitkan BA Pembukaan", cmd_open },
	/* restore opens the store itself: an incident's step, or a backup
	 * put back (cmd_steps.c, cmd_backup.c) */
	{ "restore", CFG, "restore ID --at WHEN | restore BERKAS",
	  "tandai layanan pulih; dengan BERKAS: pulihkan basis data dari cadangan", cmd_restore },
	{ "close", RW, "close ID [--at WHEN]", "tutup gangguan, terbitkan BA Penutupan", cmd_close },
	{ "void", RW, "void ID --reason TEXT", "batalkan laporan yang keliru", cmd_void },
	{ "withdraw", RW, "withdraw NOMOR --reason TEXT", "batalkan berita acara yang terbit keliru", cmd_withdraw },
	{ "list", RO, "list [--state S|aktif] [--year Y] [--month M] [--cause C] [--format F]",
	  "daftar gangguan", cmd_list },
	{ "show", RO, "show ID [--format text|json]", "rincian satu gangguan", cmd_show },
	{ "search", RO, "search QUERY [--format table|tsv|json|csv] [--sep ;]",
	  "cari di ringkasan, dampak, kronologi, nomor BA, kode tender",
	  cmd_search },
	{ "rekap", RO, "rekap [--year Y] [--month M] [--by month|cause] [--format table|csv|json|pdf] [-o FILE]",
	  "rekap gangguan: jumlah, waktu mati, ketersediaan, per bulan atau penyebab", cmd_rekap },
	{ "backup", RO, "backup BERKAS|DIREKTORI [--force]",
	  "salin basis data, terperiksa, selagi operator lain menulis", cmd_backup },
	{ "audit", RO, "audit [ID] [--format table|json]", "jejak audit", cmd_audit },
	{ "doc", RO, "doc NUMBER|ID [--kind K] [--format text|markdown|pdf] [-o FILE]",
	  "cetak berita acara seperti saat terbit; doc list [--year Y] [--format F]: buku register",
	  cmd_doc },
	{ "number", RO, "number [--year Y] [--set N]", "lihat atau atur sekali nomor surat berikutnya",
	  cmd_number },
	{ "tender", RW, "tender add|stage|import|list|show ...",
	  "paket tender dan tahapannya (lihat gangguan-remedies(7))", cmd_tender },
	{ "hit", RW, "hit ID [TENDER [--remove]] [--format table|json]", "tender terdampak: usulan, konfirmasi, tarik", cmd_hit },
	{ "remedy", RO, "remedy ID [--format text|json]",
	  "peraturan, hari gangguan, tender terdampak, usulan jadwal", cmd_remedy },
	{ "decide", RW, "decide ID TENDER --remedy cancel|reschedule|alternative|lkpp --ref BA --date WHEN [--note TEXT]",
	  "catat (atau revisi) keputusan Pokja", cmd_decide },
};

const size_t cli_command_count = sizeof cli_commands / sizeof cli_commands[0];
