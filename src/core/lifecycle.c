#include "lifecycle.h"

#include <stddef.h>
#include <string.h>

static const struct {
	const char *name;
	const char *label;
} states[ST__COUNT] = {
	[ST_REPORTED] = { "reported", "dilaporkan" },
	[ST_OPEN] = { "open", "dibuka" },
	[ST_RESTORED] = { "restored", "pulih" },
	[ST_CLOSED] = { "closed", "ditutup" },
	[ST_VOID] = { "void", "dibatalkan" },
};

/* The allowed transitions, and for every refused one the reason: a step
 * from a state not listed here is refused with the step's own reason. */
static const struct {
	const char *name;
	const char *label;
	unsigned from;          /* bit mask of states it may start from */
	incident_state to;      /* ST__COUNT: stays where it is */
	const char *refusal;    /* why, when the state does not allow it */
} steps[STEP__COUNT] = {
	[STEP_OPEN] = { "open", "buka", 1u << ST_REPORTED, ST_OPEN,
		"hanya gangguan berstatus dilaporkan yang dapat dibuka" },
	[STEP_RESTORE] = { "restore", "pulihkan", 1u << ST_OPEN, ST_RESTORED,
		"hanya gangguan yang sudah dibuka (belum pulih) yang dapat ditandai pulih" },
	[STEP_CLOSE] = { "close", "tutup", 1u << ST_RESTORED, ST_CLOSED,
		"hanya gangguan yang sudah pulih yang dapat ditutup" },
	[STEP_VOID] = { "void", "batalkan", 1u << ST_REPORTED, ST_VOID,
		"hanya laporan yang belum dibuka yang dapat dibatalkan" },
	[STEP_EVENT] = { "event", "kronologi", (1u << ST_OPEN) | (1u << ST_RESTORED), ST__COUNT,
		"kronologi hanya dapat ditambah selama gangguan dibuka atau pulih" },
};

const char *state_name(incident_state s)
{
	return (unsigned)s < ST__COUNT ? states[s].name : "?";
}

const char *state_label(incident_state s)
{
	return (unsigned)s < ST__COUNT ? states[s].label : "?";
}

int state_from_name(const char *name, incident_state *out)
{
	for (int i = 0; name && i < ST__COUNT; i++) {
		if (strcmp(name, states[i].name) == 0 || strcmp(name, states[i].label) == 0) {
			*out = (incident_state)i;
			return 0;
		}
	}
	return -1;
}

const char *step_name(incident_step s)
{
	return (unsigned)s < STEP__COUNT ? steps[s].name : "?";
}

const char *step_label(incident_step s)
{
	return (unsigned)s < STEP__COUNT ? steps[s].label : "?";
}

int lifecycle_step(incident_state from, incident_step step, const incident_times *t,
                   int64_t at, int64_t now, incident_state *to, const char **why)
{
	if ((unsigned)step >= STEP__COUNT || (unsigned)from >= ST__COUNT) {
		*why = "langkah tidak dikenal";
		return -1;
	}
	if (!(steps[step].from & (1u << from))) {
		*why = steps[step].refusal;
		return -1;
	}
	if (step != STEP_VOID) {
		if (at > now) {
			*why = "waktu tidak boleh di masa depan";
			return -1;
		}
		if (at < t->started) {
			*why = "waktu tidak boleh sebelum awal gangguan";
			return -1;
		}
	}
	/* The letters must not contradict each other: the opening report
	 * declares the disruption still going on, so the service cannot have
	 * come back before it was issued. */
	if (step == STEP_RESTORE && t->opened && at < t->opened) {
		*why = "waktu pulih tidak boleh sebelum BA Pembukaan diterbitkan";
		return -1;
	}
	if (step == STEP_CLOSE && at < t->restored) {
		*why = "waktu penutupan tidak boleh sebelum waktu pulih";
		return -1;
	}
	/* the closing report revokes the opening one: it cannot predate it */
	if (step == STEP_CLOSE && t->opened && at < t->opened) {
		*why = "waktu penutupan tidak boleh sebelum BA Pembukaan diterbitkan";
		return -1;
	}
	*to = steps[step].to == ST__COUNT ? from : steps[step].to;
	return 0;
}

int lifecycle_start_ok(const incident_times *t, int64_t start, int64_t first_event, int64_t now,
                       const char **why)
{
	static const struct {
		size_t off;
		const char *why;
	} later[] = {
		{ offsetof(incident_times, opened), "awal gangguan tidak boleh sesudah BA Pembukaan diterbitkan" },
		{ offsetof(incident_times, restored), "awal gangguan tidak boleh sesudah waktu pulih" },
		{ offsetof(incident_times, closed), "awal gangguan tidak boleh sesudah waktu penutupan" },
	};
	if (start > now) {
		*why = "waktu tidak boleh di masa depan";
		return -1;
	}
	for (size_t i = 0; i < sizeof later / sizeof later[0]; i++) {
		int64_t v = *(const int64_t *)(const void *)((const char *)t + later[i].off);
		if (v && start > v) {
			*why = later[i].why;
			return -1;
		}
	}
	if (first_event && start > first_event) {
		*why = "awal gangguan tidak boleh sesudah baris kronologi pertama";
		return -1;
	}
	return 0;
}

int lifecycle_event_time_ok(const incident_times *t, int64_t at, int64_t now, const char **why)
{
	if (at > now) {
		*why = "waktu tidak boleh di masa depan";
		return -1;
	}
	if (at < t->started) {
		*why = "waktu tidak boleh sebelum awal gangguan";
		return -1;
	}
	if (t->closed && at > t->closed) {
		*why = "waktu tidak boleh sesudah gangguan ditutup";
		return -1;
	}
	return 0;
}
