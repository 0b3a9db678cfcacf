// Pure helpers about DATABASE_URL, shared by the app, the Prisma CLI config and scripts (no server-only:
// prisma.config.ts and scripts import it outside Next).
import path from 'node:path';

export const DEFAULT_SQLITE_FILE = 'data/app.db';

export function isPostgresUrl(url: string | undefined): boolean {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

/** Absolute path of the SQLite file for a `file:` URL (relative paths resolve from the project root). */
export function sqliteFileFromUrl(url: string | undefined): string {
  const raw = url && url.startsWith('file:') ? url.slice('file:'.length) : DEFAULT_SQLITE_FILE;
  const withoutQuery = raw.split('?')[0] || DEFAULT_SQLITE_FILE;
  return path.isAbsolute(withoutQuery) ? withoutQuery : path.resolve(/*turbopackIgnore: true*/ process.cwd(), withoutQuery);
}

/** The schema a PostgreSQL URL asks for (`?schema=`), defaulting to public. */
export function postgresSchemaFromUrl(url: string): string {
  try {
    return new URL(url).searchParams.get('schema') || 'public';
  } catch {
    return 'public';
  }
}
