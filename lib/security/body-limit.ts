// Server actions accept bodies up to next.config's bodySizeLimit (10 MB), which only the spreadsheet import
// needs (a 5 MB file, carried base64-encoded to its confirm step: decision 010). Next has no per-action limit,
// so proxy.ts refuses larger POSTs everywhere else before Next reads them: 1 MB (Next's own default), by the
// declared Content-Length; a chunked POST with no length is refused outside the import too.
export const DEFAULT_POST_LIMIT_BYTES = 1024 * 1024;
export const IMPORT_POST_LIMIT_BYTES = 10 * 1024 * 1024;
const IMPORT_PATH = '/admin/import';

export type BodyLimitRefusal = { status: 411 | 413; message: string };

export function postBodyRefusal(method: string, pathname: string, headers: Headers): BodyLimitRefusal | null {
  if (method !== 'POST' || pathname === IMPORT_PATH) return null;
  const declared = headers.get('content-length');
  if (declared === null) {
    return headers.has('transfer-encoding') ? { status: 411, message: 'A request body needs a Content-Length here.' } : null;
  }
  const bytes = Number(declared);
  if (!Number.isFinite(bytes) || bytes < 0) return { status: 413, message: 'The request body is too large.' };
  return bytes > DEFAULT_POST_LIMIT_BYTES ? { status: 413, message: 'The request body is too large (at most 1 MB here).' } : null;
}
