// npm run admin:create — creates (or promotes) an admin interactively: asks for the email and a password.
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { createPrismaClient } from '../lib/db-client';
import { hashPassword, passwordSchema } from '../lib/auth/password';

const rl = createInterface({ input: process.stdin, output: process.stdout });
const email = (await rl.question('Admin email: ')).trim().toLowerCase();
if (!z.email().safeParse(email).success) {
  console.error('That is not a valid email address.');
  process.exit(2);
}
const password = await rl.question('Password (at least 12 characters): ');
rl.close();
const checked = passwordSchema.safeParse(password);
if (!checked.success) {
  console.error(checked.error.issues[0].message);
  process.exit(2);
}
const db = createPrismaClient(process.env.DATABASE_URL);
try {
  const passwordHash = await hashPassword(password);
  const user = await db.user.upsert({
    where: { email },
    create: { email, role: 'admin', passwordHash, name: 'Administrator' },
    update: { role: 'admin', passwordHash, disabledAt: null, version: { increment: 1 } },
  });
  await db.auditLog.create({ data: { action: 'user.create', entityType: 'user', entityId: user.id, entitySlug: email, note: 'admin:create (command line)' } });
  console.log(`Admin ready: ${email}`);
} finally {
  await db.$disconnect();
}
