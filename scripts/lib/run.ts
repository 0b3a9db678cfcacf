// Runs a command with inherited output; throws with the command line when it fails.
import { spawnSync } from 'node:child_process';

export function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1', ...env },
  });
  if (result.status !== 0) throw new Error(`failed (${result.status ?? result.signal}): ${command} ${args.join(' ')}`);
}

export function capture(command: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1', ...env },
  });
  if (result.status !== 0) {
    throw new Error(`failed (${result.status}): ${command} ${args.join(' ')}\n${result.stderr}`);
  }
  return result.stdout;
}

/** A PostgreSQL URL for CLI steps that need the provider (generate) or a reachable server (migrate diff). */
export const PLACEHOLDER_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
