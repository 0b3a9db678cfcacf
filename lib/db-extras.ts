// Idempotent database objects Prisma Migrate cannot express, applied after `migrate deploy` (DESIGN §6):
// the school search index. Both index School."searchText" (name, aliases, city, state and notes, already
// normalised by lib/search/normalize.ts), so the database and the JS ranking read the same words.
//   SQLite: an FTS5 external-content table kept in sync by triggers, plus an fts5vocab view of its terms
//           (the vocabulary typo-tolerant search draws candidate spellings from).
//   PostgreSQL: a generated tsvector column with a GIN index, and school_search_words (every word of every
//           search text, kept by a trigger; words are never removed, a stale one only suggests a spelling that
//           matches nothing): the vocabulary typo-tolerant search draws candidate spellings from.
import type { Db, DbProvider } from './db-client';

const SQLITE_SEARCH = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS school_fts USING fts5("searchText", content='School', content_rowid='id', tokenize='unicode61')`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS school_fts_vocab USING fts5vocab(school_fts, 'row')`,
  `CREATE TRIGGER IF NOT EXISTS school_fts_insert AFTER INSERT ON "School" BEGIN
     INSERT INTO school_fts(rowid, "searchText") VALUES (new.id, new."searchText");
   END`,
  `CREATE TRIGGER IF NOT EXISTS school_fts_delete AFTER DELETE ON "School" BEGIN
     INSERT INTO school_fts(school_fts, rowid, "searchText") VALUES ('delete', old.id, old."searchText");
   END`,
  `CREATE TRIGGER IF NOT EXISTS school_fts_update AFTER UPDATE OF "searchText" ON "School" BEGIN
     INSERT INTO school_fts(school_fts, rowid, "searchText") VALUES ('delete', old.id, old."searchText");
     INSERT INTO school_fts(rowid, "searchText") VALUES (new.id, new."searchText");
   END`,
];

const POSTGRES_SEARCH = [
  `ALTER TABLE "School" ADD COLUMN IF NOT EXISTS "searchVector" tsvector
     GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED`,
  `CREATE INDEX IF NOT EXISTS "School_searchVector_idx" ON "School" USING GIN ("searchVector")`,
  // Replaced by the vocabulary below (trigram similarity over whole rows was too broad and too slow at scale).
  `DROP INDEX IF EXISTS "School_searchText_trgm_idx"`,
  `CREATE TABLE IF NOT EXISTS school_search_words (word text PRIMARY KEY)`,
  `CREATE OR REPLACE FUNCTION school_search_words_add() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO school_search_words (word)
       SELECT DISTINCT w FROM unnest(string_to_array(NEW."searchText", ' ')) AS w WHERE w <> ''
       ON CONFLICT DO NOTHING;
     RETURN NEW;
   END $$`,
  `DROP TRIGGER IF EXISTS school_search_words_sync ON "School"`,
  `CREATE TRIGGER school_search_words_sync AFTER INSERT OR UPDATE OF "searchText" ON "School"
     FOR EACH ROW EXECUTE FUNCTION school_search_words_add()`,
];
/** Words of rows written before the vocabulary existed. */
const POSTGRES_VOCABULARY_FILL = `INSERT INTO school_search_words (word)
  SELECT DISTINCT w FROM "School", unnest(string_to_array("searchText", ' ')) AS w WHERE w <> ''
  ON CONFLICT DO NOTHING`;

export async function applyDatabaseExtras(db: Db, provider: DbProvider): Promise<void> {
  if (provider === 'sqlite') {
    // WAL lets readers proceed while an admin writes; the setting is stored in the file.
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    const existing = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE name = 'school_fts'`);
    for (const statement of SQLITE_SEARCH) await db.$executeRawUnsafe(statement);
    // A new index over existing rows starts empty: fill it once from the content table.
    if (existing.length === 0) await db.$executeRawUnsafe(`INSERT INTO school_fts(school_fts) VALUES ('rebuild')`);
    // Fresh planner statistics: without them SQLite walks the name index over every school to avoid a sort,
    // instead of using the facet index (87 ms instead of 4 ms at 50,000 schools). PostgreSQL's autovacuum
    // keeps its own statistics.
    await db.$executeRawUnsafe('ANALYZE');
    return;
  }
  const [{ exists }] = await db.$queryRawUnsafe<{ exists: boolean }[]>(`SELECT to_regclass('school_search_words') IS NOT NULL AS exists`);
  for (const statement of POSTGRES_SEARCH) await db.$executeRawUnsafe(statement);
  if (!exists) await db.$executeRawUnsafe(POSTGRES_VOCABULARY_FILL);
}
