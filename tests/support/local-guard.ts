// Refuses destructive test set-up against anything but a local database.
export function assertLocalDatabaseUrl(url: string): void {
  if (url.startsWith('file:')) return;
  const host = new URL(url).hostname;
  if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(host)) {
    throw new Error(`Refusing to run destructive test set-up against non-local database host "${host}"`);
  }
}
