/* The schema, as migrations compiled into the binary.  Append only: a
 * released migration is never edited, a change is a new one. */
#include "store_internal.h"

const store_migration store_migrations[] = {
	{ 1,
	  "CREATE TABLE incident ("
	  " id INTEGER PRIMARY KEY,"
	  " state TEXT NOT NULL CHECK (state IN ('reported','open','restored','closed','void')),"
	  " summary TEXT NOT NULL CHECK (length(summary) > 0),"
	  " cause TEXT NOT NULL CHECK (cause IN ('listrik','jaringan','perangkat-keras','aplikasi',"
	  "   'kapasitas','keamanan','layanan-pusat','kahar','lainnya')),"
	  " impact TEXT NOT NULL DEFAULT '',"
	  " reporter TEXT NOT NULL DEFAULT '',"
	  " channel TEXT NOT NULL DEFAULT '',"
	  " started_at INTEGER NOT NULL,"
	  " opened_at INTEGER, restored_at INTEGER, closed_at INTEGER,"
	  " void_reason TEXT,"
	  " version INTEGER NOT NULL DEFAULT 1,"
	  " created_at INTEGER NOT NULL"
	  ") STRICT;"
	  "CREATE INDEX incident_by_start ON incident(started_at);"
	  "CREATE INDEX incident_by_state ON incident(state, started_at);"
	  "CREATE TABLE event ("
	  " id INTEGER PRIMARY KEY,"
	  " incident_id INTEGER NOT NULL REFERENCES incident(id),"
	  " at INTEGER NOT NULL,"
	  " about INTEGER NOT NULL DEFAULT 0 CHECK (about IN (0,1)),"
	  " action INTEGER NOT NULL DEFAULT 0 CHECK (action IN (0,1)),"
	  " text TEXT NOT NULL CHECK (length(text) > 0),"
	  " author TEXT NOT NULL,"
	  " created_at INTEGER NOT NULL"
	  ") STRICT;"
	  "CREATE INDEX event_by_incident ON event(incident_id, at, id);"
	  "CREATE TABLE doc_counter ("
	  " year INTEGER PRIMARY KEY,"
	  " next_seq INTEGER NOT NULL CHECK (next_seq >= 1),"
	  " set_by_hand INTEGER NOT NULL DEFAULT 0"
	  ") STRICT;"
	  "CREATE TABLE document ("
	  " id INTEGER PRIMARY KEY,"
	  " incident_id INTEGER NOT NULL REFERENCES incident(id),"
	  " kind TEXT NOT NULL CHECK (kind IN ('opening','closing','single')),"
	  " year INTEGER NOT NULL, month INTEGER NOT NULL, seq INTEGER NOT NULL,"
	  " number TEXT NOT NULL,"
	  " number_canon TEXT NOT NULL UNIQUE,"
	  " issued_at INTEGER NOT NULL,"
	  " text TEXT NOT NULL,"
	  " sha256 TEXT NOT NULL,"
	  " doc_values TEXT NOT NULL,"
	  " revokes INTEGER REFERENCES document(id),"
	  " UNIQUE (year, seq), UNIQUE (incident_id, kind)"
	  ") STRICT;"
	  "CREATE TABLE audit ("
	  " id INTEGER PRIMARY KEY,"
	  " at INTEGER NOT NULL,"
	  " unix_user TEXT NOT NULL,"
	  " client TEXT NOT NULL,"
	  " action TEXT NOT NULL,"
	  " incident_id INTEGER,"
	  " before TEXT NOT NULL,"
	  " after TEXT NOT NULL"
	  ") STRICT;"
	  "CREATE INDEX audit_by_incident ON audit(incident_id, id);"
	  /* Audit rows and issued documents are the record an auditor relies on:
	   * the database itself refuses to change them. */
	  "CREATE TRIGGER audit_immutable_update BEFORE UPDATE ON audit"
	  " BEGIN SELECT RAISE(ABORT, 'audit rows cannot be changed'); END;"
	  "CREATE TRIGGER audit_immutable_delete BEFORE DELETE ON audit"
	  " BEGIN SELECT RAISE(ABORT, 'audit rows cannot be deleted'); END;"
	  "CREATE TRIGGER document_immutable_update BEFORE UPDATE ON document"
	  " BEGIN SELECT RAISE(ABORT, 'issued documents cannot be changed'); END;"
	  "CREATE TRIGGER document_immutable_delete BEFORE DELETE ON document"
	  " BEGIN SELECT RAISE(ABORT, 'issued documents cannot be deleted'); END;"
	},
	{ 2,
	  /* Full-text search over summaries and chronology, kept by triggers so
	   * that no write path can forget it. */
	  "CREATE VIRTUAL TABLE search USING fts5("
	  " body, incident_id UNINDEXED, source UNINDEXED,"
	  " tokenize = 'unicode61 remove_diacritics 2');"
	  "INSERT INTO search(rowid, body, incident_id, source)"
	  " SELECT -id, summary, id, 'incident' FROM incident;"
	  "INSERT INTO search(rowid, body, incident_id, source)"
	  " SELECT id, text, incident_id, 'event' FROM event;"
	  "CREATE TRIGGER search_incident_insert AFTER INSERT ON incident BEGIN"
	  " INSERT INTO search(rowid, body, incident_id, source) VALUES (-new.id, new.summary, new.id, 'incident');"
	  " END;"
	  "CREATE TRIGGER search_incident_update AFTER UPDATE OF summary ON incident BEGIN"
	  " DELETE FROM search WHERE rowid = -old.id;"
	  " INSERT INTO search(rowid, body, incident_id, source) VALUES (-new.id, new.summary, new.id, 'incident');"
	  " END;"
	  "CREATE TRIGGER search_event_insert AFTER INSERT ON event BEGIN"
	  " INSERT INTO search(rowid, body, incident_id, source) VALUES (new.id, new.text, new.incident_id, 'event');"
	  " END;"
	  "CREATE TRIGGER search_event_update AFTER UPDATE OF text ON event BEGIN"
	  " DELETE FROM search WHERE rowid = old.id;"
	  " INSERT INTO search(rowid, body, incident_id, source) VALUES (new.id, new.text, new.incident_id, 'event');"
	  " END;"
	},
	{ 3,
	  /* Tenders, their stages, the tenders an incident hit (confirmed by an
	   * operator; proposals are computed, not stored) and the committees'
	   * decisions.  A decision is never changed: a revision is a new row,
	   * so the history is the table itself as well as the audit log. */
	  "CREATE TABLE tender ("
	  " id INTEGER PRIMARY KEY,"
	  " code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),"
	  " name TEXT NOT NULL CHECK (length(name) > 0),"
	  " committee TEXT NOT NULL DEFAULT '',"
	  " method TEXT NOT NULL DEFAULT '',"
	  " version INTEGER NOT NULL DEFAULT 1,"
	  " created_at INTEGER NOT NULL"
	  ") STRICT;"
	  "CREATE TABLE stage ("
	  " id INTEGER PRIMARY KEY,"
	  " tender_id INTEGER NOT NULL REFERENCES tender(id),"
	  " name TEXT NOT NULL CHECK (length(name) > 0),"
	  " start_at INTEGER NOT NULL,"
	  " end_at INTEGER NOT NULL CHECK (end_at > start_at),"
	  " UNIQUE (tender_id, name)"
	  ") STRICT;"
	  "CREATE INDEX stage_by_tender ON stage(tender_id, start_at);"
	  "CREATE INDEX stage_by_end ON stage(end_at, start_at);"
	  "CREATE TABLE hit ("
	  " incident_id INTEGER NOT NULL REFERENCES incident(id),"
	  " tender_id INTEGER NOT NULL REFERENCES tender(id),"
	  " confirmed_at INTEGER NOT NULL,"
	  " confirmed_by TEXT NOT NULL,"
	  " PRIMARY KEY (incident_id, tender_id)"
	  ") STRICT;"
	  "CREATE TABLE decision ("
	  " id INTEGER PRIMARY KEY,"
	  " incident_id INTEGER NOT NULL,"
	  " tender_id INTEGER NOT NULL,"
	  " revision INTEGER NOT NULL CHECK (revision >= 1),"
	  " remedy TEXT NOT NULL CHECK (remedy IN ('cancel','reschedule','alternative','lkpp')),"
	  " ref TEXT NOT NULL CHECK (length(ref) > 0),"
	  " decided_at INTEGER NOT NULL,"
	  " note TEXT NOT NULL DEFAULT '',"
	  " days INTEGER NOT NULL DEFAULT 0,"
	  " regime TEXT NOT NULL DEFAULT '',"
	  " recorded_by TEXT NOT NULL,"
	  " recorded_at INTEGER NOT NULL,"
	  " FOREIGN KEY (incident_id, tender_id) REFERENCES hit(incident_id, tender_id),"
	  " UNIQUE (incident_id, tender_id, revision)"
	  ") STRICT;"
	  "CREATE TRIGGER decision_immutable_update BEFORE UPDATE ON decision"
	  " BEGIN SELECT RAISE(ABORT, 'decisions cannot be changed; record a revision'); END;"
	  "CREATE TRIGGER decision_immutable_delete BEFORE DELETE ON decision"
	  " BEGIN SELECT RAISE(ABORT, 'decisions cannot be deleted; record a revision'); END;"
	},
	{ 4,
	  /* Corrections and withdrawals.  A letter issued in error stays in the
	   * register, its number used, with a withdrawal row beside it; the
	   * step can then be taken again, so an incident may have more than one
	   * letter of a kind (only one that is not withdrawn: the store's
	   * rule).  SQLite cannot drop a UNIQUE constraint: the table is
	   * rebuilt, its self-reference named so that the copy does not point
	   * into the table being dropped (RENAME rewrites it). */
	  "CREATE TABLE document_v4 ("
	  " id INTEGER PRIMARY KEY,"
	  " incident_id INTEGER NOT NULL REFERENCES incident(id),"
	  " kind TEXT NOT NULL CHECK (kind IN ('opening','closing','single')),"
	  " year INTEGER NOT NULL, month INTEGER NOT NULL, seq INTEGER NOT NULL,"
	  " number TEXT NOT NULL,"
	  " number_canon TEXT NOT NULL UNIQUE,"
	  " issued_at INTEGER NOT NULL,"
	  " text TEXT NOT NULL,"
	  " sha256 TEXT NOT NULL,"
	  " doc_values TEXT NOT NULL,"
	  " revokes INTEGER REFERENCES document_v4(id),"
	  " UNIQUE (year, seq)"
	  ") STRICT;"
	  "INSERT INTO document_v4 SELECT id, incident_id, kind, year, month, seq, number, number_canon,"
	  " issued_at, text, sha256, doc_values, revokes FROM document;"
	  "DROP TABLE document;"
	  "ALTER TABLE document_v4 RENAME TO document;"
	  "CREATE INDEX document_by_incident ON document(incident_id, kind);"
	  "CREATE TRIGGER document_immutable_update BEFORE UPDATE ON document"
	  " BEGIN SELECT RAISE(ABORT, 'issued documents cannot be changed'); END;"
	  "CREATE TRIGGER document_immutable_delete BEFORE DELETE ON document"
	  " BEGIN SELECT RAISE(ABORT, 'issued documents cannot be deleted'); END;"
	  "CREATE TABLE withdrawal ("
	  " document_id INTEGER PRIMARY KEY REFERENCES document(id),"
	  " at INTEGER NOT NULL,"
	  " unix_user TEXT NOT NULL,"
	  " reason TEXT NOT NULL CHECK (length(reason) > 0)"
	  ") STRICT;"
	  "CREATE TRIGGER withdrawal_immutable_update BEFORE UPDATE ON withdrawal"
	  " BEGIN SELECT RAISE(ABORT, 'withdrawals cannot be changed'); END;"
	  "CREATE TRIGGER withdrawal_immutable_delete BEFORE DELETE ON withdrawal"
	  " BEGIN SELECT RAISE(ABORT, 'withdrawals cannot be deleted'); END;"
	  /* a deleted chronology line leaves the search index too */
	  "CREATE TRIGGER search_event_delete AFTER DELETE ON event BEGIN"
	  " DELETE FROM search WHERE rowid = old.id;"
	  " END;"
	  /* What operators type to find an incident: its impact beside its
	   * summary, the numbers of its letters, the codes and names of the
	   * tenders it hit.  Row ids: -incident, +event, 4e12 + document,
	   * 8e12 + hit (the hit table's own rowid). */
	  "DROP TRIGGER search_incident_insert;"
	  "DROP TRIGGER search_incident_update;"
	  "DELETE FROM search WHERE rowid < 0;"
	  "INSERT INTO search(rowid, body, incident_id, source)"
	  " SELECT -id, summary || ' ' || impact, id, 'incident' FROM incident;"
	  "CREATE TRIGGER search_incident_insert AFTER INSERT ON incident BEGIN"
	  " INSERT INTO search(rowid, body, incident_id, source)"
	  " VALUES (-new.id, new.summary || ' ' || new.impact, new.id, 'incident');"
	  " END;"
	  "CREATE TRIGGER search_incident_update AFTER UPDATE OF summary, impact ON incident BEGIN"
	  " DELETE FROM search WHERE rowid = -old.id;"
	  " INSERT INTO search(rowid, body, incident_id, source)"
	  " VALUES (-new.id, new.summary || ' ' || new.impact, new.id, 'incident');"
	  " END;"
	  "INSERT INTO search(rowid, body, incident_id, source)"
	  " SELECT 4000000000000 + id, number, incident_id, 'document' FROM document;"
	  "CREATE TRIGGER search_document_insert AFTER INSERT ON document BEGIN"
	  " INSERT INTO search(rowid, body, incident_id, source)"
	  " VALUES (4000000000000 + new.id, new.number, new.incident_id, 'document');"
	  " END;"
	  "INSERT INTO search(rowid, body, incident_id, source)"
	  " SELECT 8000000000000 + h.rowid, t.code || ' ' || t.name, h.incident_id, 'tender'"
	  " FROM hit h JOIN tender t ON t.id = h.tender_id;"
	  "CREATE TRIGGER search_hit_insert AFTER INSERT ON hit BEGIN"
	  " INSERT INTO search(rowid, body, incident_id, source)"
	  " SELECT 8000000000000 + new.rowid, code || ' ' || name, new.incident_id, 'tender'"
	  " FROM tender WHERE id = new.tender_id;"
	  " END;"
	  "CREATE TRIGGER search_hit_delete AFTER DELETE ON hit BEGIN"
	  " DELETE FROM search WHERE rowid = 8000000000000 + old.rowid;"
	  " END;"
	},
	{ 5,
	  /* Operators who share one Unix account are told apart by the name
	   * they chose at start ([operators] names); "" for the rows before. */
	  "ALTER TABLE audit ADD COLUMN operator TEXT NOT NULL DEFAULT '';"
	},
	{ 6,
	  /* Schedule revisions ("Perubahan", as SPSE counts them).  The stage
	   * table stays the current schedule, which every reader and the hit
	   * query use; a revision is a copy of a whole schedule, kept when it
	   * is superseded: revision 0 (as entered or imported) is copied when
	   * the first revision replaces it, each later one when it is made.
	   * A reschedule decision's revision names the decision; a revision is
	   * never changed or deleted (a tender with one has a decision, and a
	   * tender a decision refers to is never deleted). */
	  "CREATE TABLE schedule_revision ("
	  " id INTEGER PRIMARY KEY,"
	  " tender_id INTEGER NOT NULL REFERENCES tender(id),"
	  " revision INTEGER NOT NULL CHECK (revision >= 0),"
	  " source TEXT NOT NULL CHECK (source IN ('entered','decision','manual')),"
	  " decision_id INTEGER REFERENCES decision(id),"
	  " recorded_by TEXT NOT NULL DEFAULT '',"
	  " recorded_at INTEGER NOT NULL DEFAULT 0,"
	  " CHECK ((source = 'decision') = (decision_id IS NOT NULL)),"
	  " CHECK ((source = 'entered') = (revision = 0)),"
	  " UNIQUE (tender_id, revision)"
	  ") STRICT;"
	  "CREATE TABLE revision_stage ("
	  " revision_id INTEGER NOT NULL REFERENCES schedule_revision(id),"
	  " no INTEGER NOT NULL CHECK (no >= 1),"
	  " name TEXT NOT NULL CHECK (length(name) > 0),"
	  " start_at INTEGER NOT NULL,"
	  " end_at INTEGER NOT NULL CHECK (end_at >= start_at),"
	  " PRIMARY KEY (revision_id, no),"
	  " UNIQUE (revision_id, name)"
	  ") STRICT;"
	  "CREATE TRIGGER schedule_revision_immutable_update BEFORE UPDATE ON schedule_revision"
	  " BEGIN SELECT RAISE(ABORT, 'schedule revisions cannot be changed; record a new one'); END;"
	  "CREATE TRIGGER schedule_revision_immutable_delete BEFORE DELETE ON schedule_revision"
	  " BEGIN SELECT RAISE(ABORT, 'schedule revisions cannot be deleted'); END;"
	  "CREATE TRIGGER revision_stage_immutable_update BEFORE UPDATE ON revision_stage"
	  " BEGIN SELECT RAISE(ABORT, 'schedule revisions cannot be changed; record a new one'); END;"
	  "CREATE TRIGGER revision_stage_immutable_delete BEFORE DELETE ON revision_stage"
	  " BEGIN SELECT RAISE(ABORT, 'schedule revisions cannot be deleted'); END;"
	  /* Whether a decision refers to a tender, and whether its latest one
	   * cancelled it, are asked of every tender read. */
	  "CREATE INDEX decision_by_tender ON decision(tender_id, incident_id, revision);"
	  /* A tender renamed (tender edit) is found under its new name. */
	  "CREATE TRIGGER search_tender_update AFTER UPDATE OF code, name ON tender BEGIN"
	  " DELETE FROM search WHERE rowid IN (SELECT 8000000000000 + rowid FROM hit WHERE tender_id = new.id);"
	  " INSERT INTO search(rowid, body, incident_id, source)"
	  " SELECT 8000000000000 + h.rowid, new.code || ' ' || new.name, h.incident_id, 'tender'"
	  " FROM hit h WHERE h.tender_id = new.id;"
	  " END;"
	},
	{ 7,
	  /* The audit log as a hash chain (core/auditchain.h: the canonical
	   * form of a row): each row keeps the previous row's hash and its
	   * own, so that a row changed, removed or inserted breaks every
	   * hash after it.  The rows already there are chained as found, from
	   * row 1 (st_chain_existing), the update trigger lifted for that and
	   * put back; the history before this migration is as trustworthy as
	   * the file was until now, and no more. */
	  "ALTER TABLE audit ADD COLUMN prev TEXT NOT NULL DEFAULT '';"
	  "ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT '';"
	  "DROP TRIGGER audit_immutable_update;"
	},
	{ 8,
	  /* Search and the list at any size (100,000 to a million incidents).
	   * The search index holds one row per incident, all its searchable
	   * text together (summary, impact, chronology, letter numbers, the
	   * tenders it hit), under a rowid that is its place in the list:
	   * started_at * 2^26 + id.  A match is then an incident without
	   * reading anything but the index, the newest first is the index's own
	   * order (ORDER BY rowid DESC stops after one screen), and a page
	   * after a row is a rowid range.  Prefix indexes of 1 to 3 letters
	   * make the first letters typed as cheap as a word.  ids stay below
	   * 2^26 (67 million incidents) for the key to be unique.
	   * search_doc is the one definition of what is searched; every
	   * trigger rebuilds an incident's row from it, so no write path can
	   * forget the index. */
	  "DROP TRIGGER IF EXISTS search_incident_insert;"
	  "DROP TRIGGER IF EXISTS search_incident_update;"
	  "DROP TRIGGER IF EXISTS search_event_insert;"
	  "DROP TRIGGER IF EXISTS search_event_update;"
	  "DROP TRIGGER IF EXISTS search_event_delete;"
	  "DROP TRIGGER IF EXISTS search_document_insert;"
	  "DROP TRIGGER IF EXISTS search_hit_insert;"
	  "DROP TRIGGER IF EXISTS search_hit_delete;"
	  "DROP TRIGGER IF EXISTS search_tender_update;"
	  "DROP TABLE search;"
	  /* its own objects too: a register whose user_version was set back
	   * (tests/cli/tamper.sh makes a schema 6 so) is migrated again */
	  "DROP VIEW IF EXISTS search_doc;"
	  "DROP INDEX IF EXISTS incident_by_cause;"
	  "DROP TRIGGER IF EXISTS search_incident_delete;"
	  "DROP TRIGGER IF EXISTS incident_tally_insert;"
	  "DROP TRIGGER IF EXISTS incident_tally_update;"
	  "DROP TRIGGER IF EXISTS incident_tally_delete;"
	  "DROP TABLE IF EXISTS incident_tally;"
	  "CREATE VIEW search_doc AS SELECT i.id AS id, i.started_at * 67108864 + i.id AS key,"
	  " i.summary || ' ' || i.impact"
	  " || coalesce((SELECT ' ' || group_concat(e.text, ' ') FROM event e WHERE e.incident_id = i.id), '')"
	  " || coalesce((SELECT ' ' || group_concat(d.number, ' ') FROM document d WHERE d.incident_id = i.id), '')"
	  " || coalesce((SELECT ' ' || group_concat(t.code || ' ' || t.name, ' ')"
	  "              FROM hit h JOIN tender t ON t.id = h.tender_id WHERE h.incident_id = i.id), '') AS body"
	  " FROM incident i;"
	  "CREATE VIRTUAL TABLE search USING fts5(body,"
	  " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');"
	  "INSERT INTO search(rowid, body) SELECT key, body FROM search_doc;"
	  "CREATE TRIGGER search_incident_insert AFTER INSERT ON incident BEGIN"
	  " SELECT RAISE(ABORT, 'incident ids must stay below 67108864') WHERE new.id >= 67108864;"
	  " INSERT INTO search(rowid, body) SELECT key, body FROM search_doc WHERE id = new.id;"
	  " END;"
	  "CREATE TRIGGER search_incident_update AFTER UPDATE OF summary, impact, started_at ON incident BEGIN"
	  " DELETE FROM search WHERE rowid = old.started_at * 67108864 + old.id;"
	  " INSERT INTO search(rowid, body) SELECT key, body FROM search_doc WHERE id = new.id;"
	  " END;"
	  "CREATE TRIGGER search_incident_delete AFTER DELETE ON incident BEGIN"
	  " DELETE FROM search WHERE rowid = old.started_at * 67108864 + old.id;"
	  " END;"
	  "CREATE TRIGGER search_event_insert AFTER INSERT ON event BEGIN"
	  " DELETE FROM search WHERE rowid = (SELECT key FROM search_doc WHERE id = new.incident_id);"
	  " INSERT INTO search(rowid, body) SELECT key, body FROM search_doc WHERE id = new.incident_id;"
	  " END;"
	  "CREATE TRIGGER search_event_update AFTER UPDATE OF text, incident_id ON event BEGIN"
	  " DELETE FROM search WHERE rowid IN (SELECT key FROM search_doc WHERE id IN (old.incident_id, new.incident_id));"
	  " INSERT INTO search(rowid, body) SELECT key, body FROM search_doc"
	  "  WHERE id IN (old.incident_id, new.incident_id);"
	  " END;"
	  "CREATE TRIGGER search_event_delete AFTER DELETE ON event BEGIN"
	  " DELETE FROM search WHERE rowid = (SELECT key FROM search_doc WHERE id = old.incident_id);"
	  " INSERT INTO search(rowid, body) SELECT key, body FROM search_doc WHERE id = old.incident_id;"
	  " END;"
	  "CREATE TRIGGER search_document_insert AFTER INSERT ON document BEGIN"
	  " DELETE FROM search WHERE rowid = (SELECT key FROM search_doc WHERE id = new.incident_id);"
	  " INSERT INTO search(rowid, body) SELECT key, body FROM search_doc WHERE id = new.incident_id;"
	  " END;"
	  "CREATE TRIGGER search_hit_insert AFTER INSERT ON hit BEGIN"
	  " DELETE FROM search WHERE rowid = (SELECT key FROM search_doc WHERE id = new.incident_id);"
	  " INSERT INTO search(rowid, body) SELECT key, body FROM search_doc WHERE id = new.incident_id;"
	  " END;"
	  "CREATE TRIGGER search_hit_delete AFTER DELETE ON hit BEGIN"
	  " DELETE FROM search WHERE rowid = (SELECT key FROM search_doc WHERE id = old.incident_id);"
	  " INSERT INTO search(rowid, body) SELECT key, body FROM search_doc WHERE id = old.incident_id;"
	  " END;"
	  "CREATE TRIGGER search_tender_update AFTER UPDATE OF code, name ON tender BEGIN"
	  " DELETE FROM search WHERE rowid IN"
	  "  (SELECT key FROM search_doc WHERE id IN (SELECT incident_id FROM hit WHERE tender_id = new.id));"
	  " INSERT INTO search(rowid, body) SELECT key, body FROM search_doc"
	  "  WHERE id IN (SELECT incident_id FROM hit WHERE tender_id = new.id);"
	  " END;"
	  /* The list filtered by cause, in the order of the list. */
	  "CREATE INDEX incident_by_cause ON incident(cause, started_at);"
	  /* The header's counts (each state, under a cause or none) kept by
	   * triggers: read in one step at any size. */
	  "CREATE TABLE incident_tally ("
	  " state TEXT NOT NULL, cause TEXT NOT NULL, n INTEGER NOT NULL,"
	  " PRIMARY KEY (state, cause)) STRICT, WITHOUT ROWID;"
	  "INSERT INTO incident_tally SELECT state, cause, count(*) FROM incident GROUP BY state, cause;"
	  "CREATE TRIGGER incident_tally_insert AFTER INSERT ON incident BEGIN"
	  " INSERT INTO incident_tally VALUES (new.state, new.cause, 1)"
	  "  ON CONFLICT (state, cause) DO UPDATE SET n = n + 1;"
	  " END;"
	  "CREATE TRIGGER incident_tally_update AFTER UPDATE OF state, cause ON incident BEGIN"
	  " UPDATE incident_tally SET n = n - 1 WHERE state = old.state AND cause = old.cause;"
	  " INSERT INTO incident_tally VALUES (new.state, new.cause, 1)"
	  "  ON CONFLICT (state, cause) DO UPDATE SET n = n + 1;"
	  " END;"
	  "CREATE TRIGGER incident_tally_delete AFTER DELETE ON incident BEGIN"
	  " UPDATE incident_tally SET n = n - 1 WHERE state = old.state AND cause = old.cause;"
	  " END;"
	},
	{ 9,
	  /* Issuing a letter checks the latest date of its year's register
	   * (numbers follow dates): without this index each issue read the
	   * whole table, so a year of letters cost the square of its size. */
	  "CREATE INDEX IF NOT EXISTS document_by_year_issued ON document(year, issued_at);"
	},
	{ 10,
	  /* The tenders an incident may have hit, by the stages that start in
	   * its window: an index by start, and the longest stage ever recorded
	   * (kept by triggers; it only grows, so it stays an upper bound) that
	   * tells how far before the window a stage still in it can start. */
	  "CREATE INDEX IF NOT EXISTS stage_by_start ON stage(start_at, end_at, tender_id);"
	  "CREATE TABLE IF NOT EXISTS stage_span (id INTEGER PRIMARY KEY CHECK (id = 1), longest INTEGER NOT NULL)"
	  " STRICT;"
	  "INSERT OR REPLACE INTO stage_span VALUES (1, coalesce((SELECT max(end_at - start_at) FROM stage), 0));"
	  "DROP TRIGGER IF EXISTS stage_span_insert;"
	  "DROP TRIGGER IF EXISTS stage_span_update;"
	  "CREATE TRIGGER stage_span_insert AFTER INSERT ON stage BEGIN"
	  " UPDATE stage_span SET longest = max(longest, new.end_at - new.start_at);"
	  " END;"
	  "CREATE TRIGGER stage_span_update AFTER UPDATE OF start_at, end_at ON stage BEGIN"
	  " UPDATE stage_span SET longest = max(longest, new.end_at - new.start_at);"
	  " END;"
	},
	{ 11,
	  /* The incidents that may have hit a tender, by start: the longest
	   * restored incident read from an index on the length, the ones not
	   * restored yet from their own small index. */
	  "CREATE INDEX IF NOT EXISTS incident_by_length ON incident(restored_at - started_at)"
	  " WHERE restored_at IS NOT NULL AND state <> 'void';"
	  "CREATE INDEX IF NOT EXISTS incident_unrestored ON incident(started_at)"
	  " WHERE restored_at IS NULL AND state <> 'void';"
	},
	{ 12,
	  /* Prefix indexes up to 6 letters: without one, FTS5 merges the whole
	   * doclist of every term with the prefix before it can give the
	   * newest screen, so each of letters 4 to 6 of a word typed into the
	   * search cost the size of its matches (12 ms at a million incidents,
	   * against 1 ms for the first three).  The index grows by about 40%
	   * (4% of a register with letters).  The triggers name the table and
	   * find it again. */
	  "DROP TABLE search;"
	  "CREATE VIRTUAL TABLE search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2',"
	  " prefix = '1 2 3 4 5 6');"
	  "INSERT INTO search(rowid, body) SELECT key, body FROM search_doc;"
	},
};

const size_t store_migration_count = sizeof store_migrations / sizeof store_migrations[0];

/* The migrations that need C after their SQL. */
static const struct {
	int version;
	int (*run)(store *s, gg_err *err);
} migration_code[] = {
	{ 7, st_chain_existing },
};

int st_migration_code(store *s, int version, gg_err *err)
{
	for (size_t i = 0; i < sizeof migration_code / sizeof migration_code[0]; i++)
		if (migration_code[i].version == version)
			return migration_code[i].run(s, err);
	return GG_OK;
}
