// The first admin comes from ADMIN_EMAIL/ADMIN_PASSWORD, only when the database has no user yet.
import type { Db } from '../db-client';
import { z } from 'zod';
import { hashPassword, passwordSchema } from './password';

export async function createFirstAdminFromEnv(db: Db, env = process.env): Promise<string | null> {
  const email = env.ADMIN_EMAIL?.trim().toLowerCase();
  const password = env.ADMIN_PASSWORD;
  if (!email || !password) return null;
  if ((await db.user.count()) > 0) return null;
  if (!z.email().safeParse(email).success) throw new Error('ADMIN_EMAIL is not a valid email address');
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) throw new Error(`ADMIN_PASSWORD: ${checked.error.issues[0].message}`);
  await db.user.create({ data: { email, role: 'admin', name: 'Administrator', passwordHash: await hashPassword(password) } });
  await db.auditLog.create({ data: { action: 'user.create', entityType: 'user', entitySlug: email, note: 'first admin from environment' } });
  return email;
}
