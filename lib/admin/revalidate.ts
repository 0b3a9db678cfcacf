// After an admin save, nothing public may show the old facts: drop every cached page (the site is small, and a
// save is rare compared with reads). One place to change if caching becomes tag-based.
import 'server-only';
import { revalidatePath } from 'next/cache';

export function revalidateAfterSave(): void {
  revalidatePath('/', 'layout');
}
