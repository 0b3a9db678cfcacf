// npm run db:restore -- <file> [--force] — restores a db:backup file into DATABASE_URL's database.
// Refuses a target that holds any row unless --force. Stop the app first: a restore replaces everything.
import { restoreDatabase } from './lib/backup';

const args = process.argv.slice(2);
const force = args.includes('--force');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('Usage: npm run db:restore -- <backup file> [--force]');
  process.exit(2);
}
try {
  await restoreDatabase(process.env.DATABASE_URL, file, { force });
  console.log(`Restored ${file} into ${process.env.DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}.`);
} catch (error) {
  console.error(`Restore refused or failed: ${(error as Error).message}`);
  process.exit(1);
}
