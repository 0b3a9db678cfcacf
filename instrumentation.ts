// Runs once when a Next server process starts, before it answers requests: stamps each request with its
// socket's address (lib/security/peer-stamp.ts), and refuses to start without the settings production needs,
// naming the variable (Next would otherwise log the error and keep running a server that cannot serve).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installPeerStamp } = await import('./lib/security/peer-stamp');
  installPeerStamp();
  const { checkStartupEnv } = await import('./lib/startup-env');
  try {
    checkStartupEnv();
  } catch (error) {
    console.error(`\n✗ Not starting: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
