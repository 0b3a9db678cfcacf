// npm run db:backup — writes a backup of DATABASE_URL's database under data/backups/ and prints its path.
// SQLite: online backup (safe while the app runs). PostgreSQL: pg_dump custom format (needs pg_dump on PATH).
import { backupDatabase, BACKUP_DIR } from './lib/backup';

const dir = process.argv[2] ?? BACKUP_DIR;
try {
  const file = await backupDatabase(process.env.DATABASE_URL, dir);
  console.log(`Backup written: ${file}`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
