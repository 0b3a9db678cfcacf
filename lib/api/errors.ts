// The one error mapper for route handlers (STYLE "Data flow and errors"): bad input → 400 with the issues,
// unknown resource → 404, database unreachable → 503, anything else → a generic 500 that reveals nothing.
import { ZodError } from 'zod';

export type ApiIssue = { param: string; value: string; reason: string };

/** Input the client can fix; carries per-parameter issues for the 400 body. */
export class BadRequestError extends Error {
  constructor(
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'BadRequestError';
  }
}

export class NotFoundError extends Error {
  constructor(message = 'Not found') {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The request came from another site (Origin check on POSTs). */
export class ForbiddenError extends Error {
  constructor(message = 'Forbidden') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

const UNREACHABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'DatabaseAccessDenied',
  'ConnectionClosed',
  'TlsConnectionError',
  'AuthenticationFailed',
  'TooManyConnections',
  'SocketTimeout',
  'TableDoesNotExist',
]);
const UNREACHABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1010', 'P1017', 'P2021', 'P2024']);
const UNREACHABLE_SYSTEM_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'SQLITE_CANTOPEN']);

/** True when the error (or anything in its cause chain) says the database could not be used at all. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 6; depth++) {
    const e = current as { name?: string; code?: unknown; kind?: unknown; cause?: unknown; message?: unknown };
    if (e.name === 'PrismaClientInitializationError') return true;
    if (typeof e.code === 'string' && (UNREACHABLE_PRISMA_CODES.has(e.code) || UNREACHABLE_SYSTEM_CODES.has(e.code))) return true;
    if (typeof e.kind === 'string' && UNREACHABLE_KINDS.has(e.kind)) return true;
    if (typeof e.message === 'string' && /unable to open database file|no such table/i.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

export type ApiErrorBody = { error: string; issues?: ApiIssue[] };

/** Maps a thrown error to its status and JSON body (pure, so tests can check the mapping). */
export function mapApiError(error: unknown): { status: number; body: ApiErrorBody } {
  if (error instanceof BadRequestError) return { status: 400, body: { error: error.message, issues: error.issues } };
  if (error instanceof ZodError) {
    const issues = error.issues.map((i) => ({ param: i.path.join('.') || '(body)', value: '', reason: i.message }));
    return { status: 400, body: { error: 'The request is not valid.', issues } };
  }
  if (error instanceof NotFoundError) return { status: 404, body: { error: error.message } };
  if (error instanceof ForbiddenError) return { status: 403, body: { error: error.message } };
  if (isDatabaseUnavailable(error)) {
    return { status: 503, body: { error: 'The database is unavailable. Please try again shortly.' } };
  }
  return { status: 500, body: { error: 'Something went wrong on our side.' } };
}

/** A JSON error response for a route handler; unexpected errors are logged, never echoed. */
export function apiErrorResponse(error: unknown): Response {
  const { status, body } = mapApiError(error);
  if (status === 500) console.error('[api]', error);
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (status === 503) headers['Retry-After'] = '30';
  return Response.json(body, { status, headers });
}

/** Runs a handler body and turns whatever it throws into the mapped response. */
export async function withApiErrors(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return apiErrorResponse(error);
  }
}
