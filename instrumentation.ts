// Runs once when a Next server process starts, before it answers requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installPeerStamp } = await import('./lib/security/peer-stamp');
  installPeerStamp();
}
