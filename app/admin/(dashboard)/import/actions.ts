'use server';
// The spreadsheet import's one server action: `intent=preview` parses and plans an uploaded file (nothing is
// written), `intent=confirm` verifies the signed preview and applies it in one transaction. The session and
// role are checked here; lib/import checks the actor again.
import { authorize } from '@/lib/auth/require';
import { AuthError } from '@/lib/auth/roles';
import { revalidateAfterSave } from '@/lib/admin/revalidate';
import { confirmImport, previewImport } from '@/lib/import/run';
import { CARRY_FIELDS, type ImportCarry, type ImportState } from '@/lib/import/state';
import { MAX_UPLOAD_BYTES } from '@/lib/import/parse-upload';

export async function importAction(_previous: ImportState | null, formData: FormData): Promise<ImportState> {
  let user;
  try {
    user = await authorize('editor');
  } catch (error) {
    if (error instanceof AuthError) return { stage: 'error', message: error.message };
    throw error;
  }
  if (formData.get('intent') === 'confirm') {
    const carry: Partial<Record<keyof ImportCarry, string>> = {};
    for (const name of CARRY_FIELDS) {
      const value = formData.get(name);
      if (typeof value === 'string') carry[name] = value;
    }
    const state = await confirmImport(user, carry);
    if (state.stage === 'done') revalidateAfterSave();
    return state;
  }
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return previewImport(user, formData.get('entity'), null);
  // Refuse by the declared size before reading the bytes into memory.
  if (file.size > MAX_UPLOAD_BYTES) return { stage: 'error', message: 'The file is larger than 5 MB. Split it into smaller files. Nothing was changed.' };
  return previewImport(user, formData.get('entity'), { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
}
