#include "idtime.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const struct {
	const char *name;
	int offset;
} zones[] = {
	[ZONE_WIB] = { "WIB", 7 * 3600 },
	[ZONE_WITA] = { "WITA", 8 * 3600 },
	[ZONE_WIT] = { "WIT", 9 * 3600 },
};

int zone_from_name(const char *name, zone *out)
{
	for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++) {
		if (name && strcasecmp(name, zones[i].name) == 0) {
			*out = (zone)i;
			return 0;
		}
	}
	return -1;
}

zone zone_from_offset(int seconds)
{
	for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++)
		if (zone_utc_offset((zone)i) == seconds)
			return (zone)i;
	return ZONE_WIB;
}

const char *zone_name(zone z)
{
	return (unsigned)z < 3 ? zones[z].name : "?";
}

int zone_utc_offset(zone z)
{
	return (unsigned)z < 3 ? zones[z].offset : 0;
}

/* Howard Hinnant's days_from_civil / civil_from_days: exact for the
 * proleptic Gregorian calendar, no libc time zone involved. */
int64_t days_from_civil(int y, int m, int d)
{
	int64_t yy = (int64_t)y - (m <= 2);
	int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
	int64_t yoe = yy - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int *y, int *m, int *d)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int weekday_from_days(int64_t days)
{
	/* 1970-01-01 was a Thursday: index 3 when Monday is 0. */
	int64_t w = (days + 3) % 7;
	return (int)(w < 0 ? w + 7 : w);
}

int days_in_month(int y, int m)
{
	static const int dim[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dim[m - 1];
}

int civil_date_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

static int64_t floor_div(int64_t a, int64_t b)
{
	return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

void civil_from_utc(int64_t utc, zone z, civil *out)
{
	int64_t local = utc + zone_utc_offset(z);
	int64_t days = floor_div(local, 86400);
	int64_t secs = local - days * 86400;
	civil_from_days(days, &out->year, &out->month, &out->day);
	out->hour = (int)(secs / 3600);
	out->minute = (int)(secs / 60 % 60);
	out->second = (int)(secs % 60);
	out->weekday = weekday_from_days(days);
}

int64_t utc_from_civil(const civil *c, zone z)
{
	return days_from_civil(c->year, c->month, c->day) * 86400 + c->hour * 3600 +
	       c->minute * 60 + c->second - zone_utc_offset(z);
}

static const char *const day_names[] = {
	"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"
};
static const char *const month_names[] = {
	"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
	"Agustus", "September", "Oktober", "November", "Desember"
};
static const char *const romans[] = {
	"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
};

const char *id_day_name(int weekday)
{
	return weekday >= 0 && weekday < 7 ? day_names[weekday] : "?";
}

const char *id_month_name(int month)
{
	return month >= 1 && month <= 12 ? month_names[month - 1] : "?";
}

int id_month_from_name(const char *name)
{
	if (!name)
		return 0;
	for (int i = 0; i < 12; i++)
		if (strcasecmp(name, month_names[i]) == 0)
			return i + 1;
	/* Old spellings still found in real letters. */
	if (strcasecmp(name, "Pebruari") == 0)
		return 2;
	if (strcasecmp(name, "Nopember") == 0)
		return 11;
	return 0;
}

const char *roman_month(int month)
{
	return month >= 1 && month <= 12 ? romans[month - 1] : "?";
}

/* Reads 1..maxd digits; returns the count read, 0 if none. */
static int read_num(const char **p, int maxd, int *out)
{
	int n = 0, v = 0;
	while (n < maxd && isdigit((unsigned char)**p)) {
		v = v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	if (isdigit((unsigned char)**p))
		return 0;   /* too many digits */
	*out = v;
	return n;
}

int when_parse(const char *s, zone z, int64_t *utc, char *err, size_t errlen)
{
	civil c = { 0 };
	const char *p = s;
	char sep;

	if (!s) {
		snprintf(err, errlen, "waktu kosong");
		return -1;
	}
	while (isspace((unsigned char)*p))
		p++;
	if (!*p) {
		snprintf(err, errlen, "waktu kosong; tulis misalnya 2018-02-03 14:30 atau 03/02/2018 14.30");
		return -1;
	}
	const char *start = p;
	int a, b, y;
	int na = read_num(&p, 4, &a);
	if (na == 4 && *p == '-') {                  /* YYYY-MM-DD */
		p++;
		if (!read_num(&p, 2, &b) || *p != '-')
			goto bad_format;
		p++;
		if (!read_num(&p, 2, &c.day))
			goto bad_format;
		c.year = a;
		c.month = b;
	} else if (na >= 1 && na <= 2 && *p == '/') {  /* DD/MM/YYYY */
		p++;
		if (!read_num(&p, 2, &b) || *p != '/')
			goto bad_format;
		p++;
		if (read_num(&p, 4, &y) != 4)
			goto bad_format;
		c.day = a;
		c.month = b;
		c.year = y;
	} else {
		goto bad_format;
	}
	if (!isspace((unsigned char)*p))
		goto bad_time;
	while (isspace((unsigned char)*p))
		p++;
	if (!read_num(&p, 2, &c.hour) || (*p != ':' && *p != '.'))
		goto bad_time;
	sep = *p++;
	if (read_num(&p, 2, &c.minute) != 2)
		goto bad_time;
	if (*p == sep) {
		p++;
		if (read_num(&p, 2, &c.second) != 2)
			goto bad_time;
	}
	while (isspace((unsigned char)*p))
		p++;
	if (*p)
		goto bad_time;
	if (c.year < 1970 || !civil_date_valid(c.year, c.month, c.day)) {
		snprintf(err, errlen, "%.*s: tanggal tidak ada", (int)(strcspn(start, " \t")), start);
		return -1;
	}
	if (c.hour > 23 || c.minute > 59 || c.second > 59) {
		snprintf(err, errlen, "%s: jam harus 00.00 sampai 23.59", start);
		return -1;
	}
	*utc = utc_from_civil(&c, z);
	return 0;
bad_format:
	snprintf(err, errlen, "%s: format tanggal tidak dikenal; tulis 2018-02-03 14:30 atau 03/02/2018 14.30", start);
	return -1;
bad_time:
	snprintf(err, errlen, "%s: jam tidak terbaca; tulis misalnya 14:30 atau 14.30 setelah tanggal", start);
	return -1;
}

/* "HH.MM" or "HH:MM" (seconds optional) and nothing else; 0 on success. */
static int parse_clock(const char *p, civil *c)
{
	char sep;
	if (!read_num(&p, 2, &c->hour) || (*p != ':' && *p != '.'))
		return -1;
	sep = *p++;
	if (read_num(&p, 2, &c->minute) != 2)
		return -1;
	c->second = 0;
	if (*p == sep) {
		p++;
		if (read_num(&p, 2, &c->second) != 2)
			return -1;
	}
	while (isspace((unsigned char)*p))
		p++;
	return *p || c->hour > 23 || c->minute > 59 || c->second > 59 ? -1 : 0;
}

int when_parse_rel(const char *s, zone z, int64_t now, int64_t *utc, char *err, size_t errlen)
{
	static const struct {
		const char *word;
		int days_back;
	} days[] = { { "hari ini", 0 }, { "kemarin", 1 } };
	const char *p = s ? s : "";
	while (isspace((unsigned char)*p))
		p++;
	int back = -1;
	for (size_t i = 0; i < sizeof days / sizeof days[0]; i++) {
		size_t n = strlen(days[i].word);
		if (strncasecmp(p, days[i].word, n) == 0 && (isspace((unsigned char)p[n]) || !p[n])) {
			back = days[i].days_back;
			p += n;
			while (isspace((unsigned char)*p))
				p++;
			break;
		}
	}
	/* A time alone has no '-' or '/' of a date. */
	if (back < 0 && (strchr(p, '-') || strchr(p, '/')))
		return when_parse(s, z, utc, err, errlen);
	civil c;
	if (parse_clock(p, &c) < 0) {
		if (back < 0)
			return when_parse(s, z, utc, err, errlen);
		snprintf(err, errlen, "%s: jam tidak terbaca; tulis misalnya kemarin 22.10", s);
		return -1;
	}
	civil today;
	civil_from_utc(now, z, &today);
	int64_t day = days_from_civil(today.year, today.month, today.day) - (back > 0 ? back : 0);
	civil_from_days(day, &c.year, &c.month, &c.day);
	*utc = utc_from_civil(&c, z);
	return 0;
}

size_t fmt_id_date(char *buf, size_t n, const civil *c)
{
	int r = snprintf(buf, n, "%d %s %d", c->day, id_month_name(c->month), c->year);
	return r < 0 ? 0 : (size_t)r;
}

size_t fmt_id_time(char *buf, size_t n, const civil *c, zone z)
{
	int r = snprintf(buf, n, "%02d.%02d %s", c->hour, c->minute, zone_name(z));
	return r < 0 ? 0 : (size_t)r;
}

size_t fmt_iso_local(char *buf, size_t n, const civil *c)
{
	int r = snprintf(buf, n, "%04d-%02d-%02d %02d:%02d", c->year, c->month, c->day, c->hour,
	                 c->minute);
	return r < 0 ? 0 : (size_t)r;
}

size_t fmt_duration(char *buf, size_t n, int64_t seconds)
{
	int64_t mins = seconds / 60;
	int64_t d = mins / 1440, h = mins / 60 % 24, m = mins % 60;
	size_t len = 0;
	int r;

	if (n)
		buf[0] = '\0';
	if (mins <= 0) {
		r = snprintf(buf, n, "kurang dari 1 menit");
		return r < 0 ? 0 : (size_t)r;
	}
	const struct { int64_t v; const char *unit; } parts[] = {
		{ d, "hari" }, { h, "jam" }, { m, "menit" }
	};
	for (size_t i = 0; i < 3; i++) {
		if (!parts[i].v)
			continue;
		r = snprintf(buf + (len < n ? len : n), len < n ? n - len : 0, "%s%lld %s",
		             len ? " " : "", (long long)parts[i].v, parts[i].unit);
		if (r > 0)
			len += (size_t)r;
	}
	return len;
}
