// npm start — installs what is missing, prepares the database (migrations, seed when empty, first admin),
// builds when sources changed, and serves on $PORT (default 3000) with server.mjs: Next behind the in-process
// response cache (decision 063).
import { spawn } from 'node:child_process';
import { BASE_ENV, ensureBuild, ensureDependencies, ensurePrismaClients, run, say } from './lib/setup.mjs';

const port = process.env.PORT ?? '3000';
try {
  ensureDependencies();
  ensurePrismaClients();
  say(`Preparing the database (${process.env.DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'})`);
  run('npx', ['tsx', 'scripts/db-prepare.ts']);
  ensureBuild();
} catch (error) {
  console.error(`\n✗ ${error.message}`);
  process.exit(1);
}
say(`Serving on http://localhost:${port}`);
const server = spawn(process.execPath, ['server.mjs'], { stdio: 'inherit', env: { ...BASE_ENV, PORT: port } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
