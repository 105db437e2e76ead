/* A database several operators share (gangguan(1), SHARED DATABASE).
 *
 * The setup: a directory owned by the unit's group, setgid and group
 * writable (2770), holding the database 0660.  SQLite gives the -wal and
 * -shm files the database's mode whatever the umask, and the setgid bit
 * gives them the directory's group, so every operator of the group can
 * write whatever another one created.  What can still lock an operator
 * out is a file made outside that rule: this file keeps the rule when the
 * program creates files, and names the fix when someone else broke it. */
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store_internal.h"

#define SHARED_DIR_MODE 02770
#define SHARED_FILE_MODE 0660

static const char *const sidecars[] = { "-wal", "-shm" };

static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return strdup(".");
	if (slash == path)
		return strdup("/");
	return strndup(path, (size_t)(slash - path));
}

static char *with_suffix(const char *path, const char *suffix)
{
	size_t n = strlen(path) + strlen(suffix) + 1;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s%s", path, suffix);
	return p;
}

static const char *user_name(uid_t uid, char *buf, size_t n)
{
	struct passwd *pw = getpwuid(uid);
	if (pw)
		snprintf(buf, n, "%s", pw->pw_name);
	else
		snprintf(buf, n, "uid %ld", (long)uid);
	return buf;
}

static const char *group_name(gid_t gid, char *buf, size_t n)
{
	struct group *gr = getgrgid(gid);
	if (gr)
		snprintf(buf, n, "%s", gr->gr_name);
	else
		snprintf(buf, n, "%ld", (long)gid);
	return buf;
}

int store_group_lookup(const char *name, long *gid, gg_err *err)
{
	char *end;
	struct group *gr = getgrnam(name);
	if (gr) {
		*gid = (long)gr->gr_gid;
		return GG_OK;
	}
	long v = strtol(name, &end, 10);
	if (*name && !*end && v >= 0) {
		*gid = v;
		return GG_OK;
	}
	return gg_fail(err, GG_EUSAGE, "grup '%s' tidak ada; buat dulu: addgroup --system %s, lalu "
	               "adduser OPERATOR %s untuk tiap operator", name, name, name);
}

/* chgrp and chmod one file or directory we own; its current state is
 * left alone (and named) when it belongs to someone else. */
static int share_one(const char *path, gid_t gid, mode_t mode, int is_dir, gg_err *err)
{
	struct stat sb;
	if (lstat(path, &sb) < 0)
		return gg_fail(err, GG_ECANTCREAT, "%s: %s", path, strerror(errno));
	if (S_ISLNK(sb.st_mode))
		return gg_fail(err, GG_ECANTCREAT, "%s adalah tautan simbolik; beri jalur sebenarnya", path);
	if (is_dir != !!S_ISDIR(sb.st_mode))
		return gg_fail(err, GG_ECANTCREAT, "%s %s", path, is_dir ? "bukan direktori" : "adalah direktori");
	if (sb.st_gid == gid && (sb.st_mode & mode) == mode)
		return GG_OK;
	if (chown(path, (uid_t)-1, gid) < 0 || chmod(path, (sb.st_mode & 07777) | mode) < 0) {
		char u[64], g[64];
		return gg_fail(err, GG_ENOPERM,
		               "%s milik %s tidak dapat diubah ke grup %s mode %o (%s); jalankan sebagai %s "
		               "atau root: chgrp %s %s && chmod %s %s",
		               path, user_name(sb.st_uid, u, sizeof u), group_name(gid, g, sizeof g),
		               (unsigned)mode, strerror(errno), u, g, path, is_dir ? "2770" : "g+rw", path);
	}
	return GG_OK;
}

int store_share_setup(const char *db_path, long gid_l, gg_err *err)
{
	gid_t gid = (gid_t)gid_l;
	char *dir = dir_of(db_path);
	if (!dir)
		return gg_fail(err, GG_ESOFTWARE, "memori habis");
	int code = GG_OK;
	/* the directories above it are ordinary ones (0755) */
	for (char *p = dir + 1; *p; p++)
		if (*p == '/') {
			*p = '\0';
			mkdir(dir, 0755);
			*p = '/';
		}
	if (mkdir(dir, SHARED_DIR_MODE) == 0) {
		/* made here: exactly 2770, whatever the umask took away */
		if (chown(dir, (uid_t)-1, gid) < 0 || chmod(dir, SHARED_DIR_MODE) < 0)
			code = gg_fail(err, GG_ENOPERM, "direktori %s: grup tidak dapat diatur: %s", dir,
			               strerror(errno));
	} else if (errno != EEXIST) {
		code = gg_fail(err, GG_ECANTCREAT, "direktori %s tidak dapat dibuat: %s", dir, strerror(errno));
	}
	if (!code)
		code = share_one(dir, gid, SHARED_DIR_MODE, 1, err);
	if (!code) {
		/* created 0660 before SQLite opens it: SQLite's own default is 0644 */
		int fd = open(db_path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, SHARED_FILE_MODE);
		if (fd >= 0) {
			if (fchown(fd, (uid_t)-1, gid) < 0 || fchmod(fd, SHARED_FILE_MODE) < 0)
				code = gg_fail(err, GG_ENOPERM, "%s: grup tidak dapat diatur: %s", db_path,
				               strerror(errno));
			close(fd);
		} else if (errno != EEXIST) {
			code = gg_fail(err, GG_ECANTCREAT, "%s tidak dapat dibuat: %s", db_path, strerror(errno));
		}
	}
	if (!code)
		code = share_one(db_path, gid, SHARED_FILE_MODE, 0, err);
	for (size_t i = 0; !code && i < sizeof sidecars / sizeof sidecars[0]; i++) {
		char *p = with_suffix(db_path, sidecars[i]);
		if (!p)
			code = gg_fail(err, GG_ESOFTWARE, "memori habis");
		else if (access(p, F_OK) == 0)
			code = share_one(p, gid, SHARED_FILE_MODE, 0, err);
		free(p);
	}
	free(dir);
	return code;
}

int st_dir_is_shared(const char *db_path, long *gid)
{
	struct stat sb;
	char *dir = dir_of(db_path);
	int shared = dir && stat(dir, &sb) == 0 && (sb.st_mode & S_ISGID);
	if (shared && gid)
		*gid = (long)sb.st_gid;
	free(dir);
	return shared;
}

int st_create_shared(const char *db_path, gg_err *err)
{
	long gid;
	if (!st_dir_is_shared(db_path, &gid))
		return GG_OK;
	int fd = open(db_path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, SHARED_FILE_MODE);
	if (fd < 0)
		return errno == EEXIST ? GG_OK
		                       : gg_fail(err, GG_ECANTCREAT, "%s tidak dapat dibuat: %s", db_path,
		                                 strerror(errno));
	/* the umask must not take the group's write bit away */
	int rc = fchmod(fd, SHARED_FILE_MODE);
	close(fd);
	return rc < 0 ? gg_fail(err, GG_ECANTCREAT, "%s: %s", db_path, strerror(errno)) : GG_OK;
}

int st_would_lock_out(const char *db_path, gg_err *err)
{
	if (access(db_path, W_OK) == 0)
		return GG_OK;
	char *shm = with_suffix(db_path, "-shm"), *wal = with_suffix(db_path, "-wal");
	int makes_files = !shm || !wal || access(shm, F_OK) != 0 || access(wal, F_OK) != 0;
	free(shm);
	free(wal);
	if (!makes_files)
		return GG_OK;
	struct stat sb;
	char u[64], owner[64], g[64];
	if (stat(db_path, &sb) < 0)
		return GG_OK; /* the open names what is wrong */
	return gg_fail(err, GG_ENOPERM,
	               "%s tidak dapat ditulis oleh %s (milik %s, grup %s, mode %04o); membukanya akan "
	               "meninggalkan berkas -wal dan -shm milik %s yang mengunci pemiliknya. Untuk basis "
	               "data bersama: 'gangguan init --group GRUP' oleh pemiliknya atau root (lihat "
	               "gangguan(1), BASIS DATA BERSAMA)",
	               db_path, user_name(geteuid(), u, sizeof u), user_name(sb.st_uid, owner, sizeof owner),
	               group_name(sb.st_gid, g, sizeof g), (unsigned)(sb.st_mode & 07777), u);
}

void st_keep_shared(const char *db_path)
{
	struct stat db;
	if (stat(db_path, &db) < 0 || !(db.st_mode & S_IWGRP))
		return;
	for (size_t i = 0; i < sizeof sidecars / sizeof sidecars[0]; i++) {
		char *p = with_suffix(db_path, sidecars[i]);
		struct stat sb;
		if (p && lstat(p, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_uid == geteuid()) {
			/* without a setgid directory a new file takes our own group */
			if (sb.st_gid != db.st_gid && chown(p, (uid_t)-1, db.st_gid) < 0) {
				/* not a member of that group: the open check names it */
			}
			if ((sb.st_mode & (db.st_mode & 0660)) != (db.st_mode & 0660))
				chmod(p, (sb.st_mode & 07777) | (db.st_mode & 0660));
		}
		free(p);
	}
}

static void check_file(check_sink *k, const char *path, gid_t gid, const char *gname)
{
	struct stat sb;
	char u[64], g[64];
	if (lstat(path, &sb) < 0)
		return;
	if (sb.st_gid != gid || (sb.st_mode & 0060) != 0060)
		st_finding(k, "izin: %s (milik %s, grup %s, mode %04o) tidak dapat ditulis grup %s: "
		               "operator lain terkunci; perbaiki sebagai %s%s: chgrp %s %s && chmod g+rw %s",
		               path, user_name(sb.st_uid, u, sizeof u), group_name(sb.st_gid, g, sizeof g),
		               (unsigned)(sb.st_mode & 07777), gname, u, sb.st_uid ? " atau root" : "", gname,
		               path, path);
}

int store_check_access(const char *db_path, void (*emit)(void *ctx, const char *finding), void *ctx,
                       char *summary, size_t summary_len)
{
	check_sink k = { emit, ctx, 0 };
	struct stat db, dir_st;
	char *dir = dir_of(db_path);
	char u[64], g[64];
	snprintf(summary, summary_len, "-");
	if (!dir || stat(db_path, &db) < 0 || stat(dir, &dir_st) < 0) {
		free(dir);
		return 0; /* opening names a missing file */
	}
	int shared = (db.st_mode & S_IWGRP) || (dir_st.st_mode & (S_ISGID | S_IWGRP));
	if (!shared) {
		snprintf(summary, summary_len, "basis data pribadi milik %s (mode %04o): hanya pemiliknya yang menulis",
		         user_name(db.st_uid, u, sizeof u), (unsigned)(db.st_mode & 07777));
		if (db.st_uid != geteuid() && access(db_path, W_OK) != 0)
			st_finding(&k, "izin: %s milik %s tidak dapat ditulis oleh %s; untuk basis data "
			               "bersama: gangguan init --group GRUP (oleh pemiliknya atau root)",
			               db_path, u, user_name(geteuid(), g, sizeof g));
		free(dir);
		return k.count;
	}
	gid_t gid = db.st_gid;
	group_name(gid, g, sizeof g);
	if (!(dir_st.st_mode & S_ISGID) || dir_st.st_gid != gid || (dir_st.st_mode & 0070) != 0070)
		st_finding(&k, "izin: direktori %s (grup %s, mode %04o) harus milik grup %s, dapat "
		               "ditulis grup dan setgid, agar berkas -wal/-shm yang dibuat operator mana pun "
		               "dapat ditulis yang lain; perbaiki: chgrp %s %s && chmod 2770 %s",
		               dir, group_name(dir_st.st_gid, u, sizeof u), (unsigned)(dir_st.st_mode & 07777), g,
		               g, dir, dir);
	check_file(&k, db_path, gid, g);
	for (size_t i = 0; i < sizeof sidecars / sizeof sidecars[0]; i++) {
		char *p = with_suffix(db_path, sidecars[i]);
		if (p)
			check_file(&k, p, gid, g);
		free(p);
	}
	struct group *gr = getgrgid(gid);
	strbuf members = STRBUF_INIT;
	for (char **m = gr ? gr->gr_mem : NULL; m && *m; m++)
		sb_appendf(&members, "%s%s", members.len ? ", " : "", *m);
	snprintf(summary, summary_len, "basis data bersama grup %s (anggota: %s)", g,
	         members.len ? sb_str(&members) : "tidak ada anggota tambahan");
	sb_free(&members);
	free(dir);
	return k.count;
}
