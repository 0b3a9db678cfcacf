// What the import form shows: an error, a preview (with what confirm needs, signed), or the applied counts.
// Pure types shared by the server action and the client form.
import type { ImportCounts } from './plan';

export type PreviewChange = { field: string; label: string; before: string; after: string };
export type PreviewRow = {
  line: number;
  slug: string;
  outcome: 'new' | 'changed' | 'unchanged' | 'invalid';
  reason?: string;
  changes?: PreviewChange[];
};

/** Everything the confirm step needs, carried by the browser and verified by the server. */
export type ImportCarry = { entity: string; fileName: string; content: string; sha256: string; digest: string; issuedAt: string; signature: string };

export type ImportState =
  | { stage: 'error'; message: string }
  | {
      stage: 'preview';
      message: string;
      entity: string;
      fileName: string;
      counts: ImportCounts;
      rows: PreviewRow[];
      ignoredColumns: string[];
      /** Absent when the import cannot be applied (invalid rows, or nothing to change). */
      carry: ImportCarry | null;
    }
  | { stage: 'done'; message: string; entity: string; counts: ImportCounts };

export const CARRY_FIELDS = ['entity', 'fileName', 'content', 'sha256', 'digest', 'issuedAt', 'signature'] as const;
