// Shared by `npm start` and `npm test`: plain JavaScript, because it must run before dependencies exist.
// Installs dependencies when missing or stale, and regenerates the Prisma clients when the schema changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export const ROOT = process.cwd();
export const BASE_ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };

export function say(message) {
  console.log(`\x1b[36m▸\x1b[0m ${message}`);
}

export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...BASE_ENV, ...env } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
  }
}

/** Hash of the given files and directories (recursively), for "changed since last time?" checks. */
export function hashPaths(paths, ignore = []) {
  const hash = createHash('sha256');
  const visit = (p) => {
    if (!existsSync(p) || ignore.some((i) => p.startsWith(i))) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p).sort()) visit(path.join(p, entry));
    } else {
      hash.update(p);
      hash.update(readFileSync(p));
    }
  };
  for (const p of paths) visit(p);
  return hash.digest('hex');
}

function stampMatches(file, value) {
  return existsSync(file) && readFileSync(file, 'utf8') === value;
}

function writeStamp(file, value) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, value);
}

export function ensureDependencies() {
  // The lock file changes whenever dependencies do; editing package.json scripts must not trigger a reinstall.
  const lockHash = hashPaths(['package-lock.json']);
  const stamp = 'node_modules/.img-pathways-install';
  if (existsSync('node_modules') && stampMatches(stamp, lockHash)) return;
  say('Installing dependencies (npm ci) — the first time this compiles better-sqlite3 and takes a few minutes');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeStamp(stamp, lockHash);
}

export function ensurePrismaClients() {
  const schemaHash = hashPaths(['prisma/schema.prisma', 'package-lock.json']);
  const stamp = 'lib/generated/.schema-hash';
  if (stampMatches(stamp, schemaHash) && existsSync('lib/generated/postgres/client.ts')) return;
  say('Generating the Prisma clients (SQLite and PostgreSQL)');
  run('npx', ['tsx', 'scripts/prisma-generate.ts']);
  writeStamp(stamp, schemaHash);
}

/** Everything a production build depends on. */
export const BUILD_INPUTS = [
  'app', 'components', 'lib', 'public', 'proxy.ts', 'next.config.ts', 'tsconfig.json', 'postcss.config.mjs',
  'package-lock.json', 'prisma/seed-data/glossary.json',
];

export function buildHash() {
  return hashPaths(BUILD_INPUTS.filter((p) => existsSync(p)), ['lib/generated/.schema-hash']);
}

export function ensureBuild(env = {}) {
  const stamp = '.next/.img-pathways-build';
  const hash = buildHash();
  if (stampMatches(stamp, hash) && existsSync('.next/BUILD_ID')) {
    say('Build is up to date');
    return;
  }
  say('Building the production site (next build)');
  run('npx', ['next', 'build'], env);
  writeStamp(stamp, hash);
}
