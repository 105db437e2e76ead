/* The unit's configuration: one INI file, read with iniparser through one
 * option table (src/config/options.c) that drives parsing, defaults,
 * validation and the key list of gangguan.ini(5). */
#ifndef CONFIG_H
#define CONFIG_H

#include <stddef.h>

#include "gg_error.h"
#include "idtime.h"

typedef struct gg_config {
	char *path;            /* the file it came from */

	/* [unit] */
	char *unit_name;       /* "LPSE Kabupaten Lebong" */
	char *unit_code;       /* "LPSE.Lebongkab" ({code} of the number format) */
	char *ip;              /* "118.97.128.173" (IPv4 or IPv6) */
	char *domain;          /* "http://lpse.lebongkab.go.id/" */
	zone tz;               /* timezone = WIB|WITA|WIT */
	char *reporter;        /* default reporter: "Admin-PPE LPSE Kabupaten Lebong" */

	/* [signatory] */
	char *sign_position;   /* "KETUA" */
	char **sign_org;       /* lines under it: "LPSE", "Layanan Pengadaan ...", "KABUPATEN LEBONG" */
	size_t sign_org_n;
	char *sign_name;       /* "JONI PRAWINATA, MM" */
	char *sign_nip;        /* 18 digits or "-" */

	/* [documents] */
	char *number_format;   /* see docnum.h */
	char **copies;         /* tembusan, in order; "Arsip" last by custom */
	size_t copies_n;
	char *style;           /* "pair" (opening + closing) or "single" */
	char *template_opening;  /* paths; relative ones are looked up in the data dir */
	char *template_closing;
	char *template_single;
	char *regulations;       /* the regulation catalogue (a directory; a file names its directory) */
	char *regime;            /* "" : the regime in force on the incident's start; else a pinned regime id */

	/* [letterhead] the kop surat of the PDF letters */
	char **letterhead;       /* its lines; none: the unit's name */
	size_t letterhead_n;
	char *logo;              /* a PNG beside the lines, "" for none */
	char *font;              /* the letters' font family */

	/* [remedies] */
	char *holidays;          /* holiday calendar dir (one file per year) */
	int count_cuti_bersama;  /* 1: cuti bersama days are not working days */

	/* [theme] colours as "FG,BG" (ncurses colour names); the TUI uses
	 * none of them when NO_COLOR is set or the terminal has no colours */
	char *theme_header;
	char *theme_selected;
	char *theme_status;
	char *theme_error;

	/* [paths] */
	char **operators;        /* [operators] names: who may be chosen at start, or none */
	size_t operators_n;
	char **readonly_users;   /* Unix users or operator names in a read-only role */
	size_t readonly_users_n;
	char **readonly_groups;  /* Unix groups whose members are read-only */
	size_t readonly_groups_n;

	char *database;        /* default database file */
	char *datadir;         /* templates, regulations, holidays */
} gg_config;

/* Resolves a data file name from the config (datapath.c, the one search
 * path; datapath.h lists whole directories): absolute paths as they are,
 * relative ones against the directory of the config file (a unit's own
 * copy), then $GANGGUAN_DATADIR, then cfg->datadir, then the installed data
 * dir.  Returns a malloc'd path of the first that exists, or of the last
 * candidate when none does (so the caller can name it). */
char *config_data_path(const gg_config *c, const char *name);

/* One problem found in a config file: "FILE:LINE: key: what is wrong". */
typedef struct config_problem {
	char *file;
	int line;              /* 0 when the key is missing from the file */
	char *key;             /* "section:key" */
	char *what;
} config_problem;

typedef struct config_problems {
	config_problem *v;
	size_t n, cap;
} config_problems;

void config_problems_free(config_problems *p);
/* Writes every problem as "FILE:LINE: key: what" lines into buf. */
void config_problems_print(const config_problems *p, void (*emit)(void *ctx, const char *line), void *ctx);

/* Which file to load: `explicit` (-c), $GANGGUAN_CONFIG,
 * $XDG_CONFIG_HOME/gangguan/gangguan.ini (or ~/.config/...), /etc/gangguan.ini.
 * Returns a malloc'd path of the first that exists (explicit and
 * $GANGGUAN_CONFIG are returned even if missing, so that the caller can say
 * so), or NULL if none exists. */
char *config_find(const char *explicit_path);

/* Loads and validates path.  GG_OK and *out on success.  On failure *out is
 * NULL, every problem found is in probs (not only the first), and the
 * return is GG_ECONFIG (or GG_ENOTFOUND if the file cannot be read, with
 * err set). */
int config_load(const char *path, gg_config **out, config_problems *probs, gg_err *err);

void config_free(gg_config *c);

/* Writes c as a complete INI file (for the first-run setup form), via a
 * temporary file and rename; refuses to write an invalid config. */
int config_write(const gg_config *c, const char *path, gg_err *err);

/* c as a complete INI text, every key with its help line (malloc'd;
 * NULL with err set on failure).  `gangguan config` prints it. */
char *config_format(const gg_config *c, gg_err *err);

/* The option table (src/config/options.c): one row per key drives parsing,
 * defaults, validation, config_write() and the key list of gangguan.ini(5). */
typedef enum config_type {
	CT_TEXT,      /* one line of text */
	CT_LIST,      /* items separated by "|" */
	CT_ZONE,      /* WIB, WITA, WIT */
	CT_IP,        /* IPv4 or IPv6 address */
	CT_NIP,       /* 18 digits or "-" */
	CT_NUMFMT,    /* document number format (docnum.h) */
	CT_STYLE,     /* pair or single */
	CT_BOOL,      /* ya/tidak, yes/no, true/false, 1/0 */
	CT_COLOR,     /* "FG,BG" colour names */
	CT_PATH,      /* a file or directory name; "~/" is the home directory */
	CT_REGIME,    /* a regime id of the catalogue, or empty */
	CT_OPTPATH    /* a file name, or empty for none */
} config_type;

typedef struct config_option {
	const char *key;       /* "unit:name" */
	config_type type;
	size_t off;            /* offset of the field in gg_config */
	size_t off_n;          /* CT_LIST: offset of its count */
	const char *def;       /* default, NULL if required */
	const char *help;      /* one line, Indonesian */
	size_t max_chars;      /* 0: 512 bytes; else the typed field's limit it feeds (textfield.h) */
} config_option;

const config_option *config_options(size_t *n);
const config_option *config_option_find(const char *key);

/* 0 if value is acceptable for key; -1 with the reason in why (the same
 * checks as config_load, for the setup form's fields). */
int config_check_value(const config_option *o, const char *value, char *why, size_t n);

/* The value of option o in c, as written in the INI file (malloc'd). */
char *config_value_string(const gg_config *c, const config_option *o);

/* Sets option o of c from its INI text; -1 with the reason in why. */
int config_set_value(gg_config *c, const config_option *o, const char *value, char *why,
                     size_t n);

/* A config holding every default (required fields empty). */
gg_config *config_defaults(void);

#endif
