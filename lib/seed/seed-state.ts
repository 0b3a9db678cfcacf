// Remembers which version of the seed data a database last loaded (a hash of prisma/seed-data), so that
// `npm start` re-applies new research (corrections, new schools, evidence) to an existing database once, and
// does nothing on the starts after that.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db-client';

const KEY = 'seed-data-hash';

export function hashSeedData(dir: string): string {
  const hash = createHash('sha256');
  const visit = (p: string) => {
    if (statSync(p).isDirectory()) for (const entry of readdirSync(p).sort()) visit(path.join(p, entry));
    else hash.update(path.relative(dir, p)).update('\0').update(readFileSync(p)).update('\0');
  };
  visit(dir);
  return hash.digest('hex');
}

export async function loadedSeedHash(db: Db): Promise<string | null> {
  return (await db.seedState.findUnique({ where: { key: KEY } }))?.value ?? null;
}

export async function recordSeedHash(db: Db, value: string): Promise<void> {
  await db.seedState.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } });
}
