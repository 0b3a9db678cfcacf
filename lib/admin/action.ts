// The one helper every admin server action goes through: it checks the session and role (re-read from the
// database), parses the FormData with Zod, and returns a result the form can show. The user's input comes back
// in `values` so a refused form keeps what was typed.
import 'server-only';
import type { z } from 'zod';
import { authorize } from '../auth/require';
import { AuthError, type Role } from '../auth/roles';
import type { SessionUser } from '../auth/session';
import { fieldErrors } from '../validation/format-issues';
import { isDatabaseUnavailable } from '../api/errors';

export const DATABASE_BUSY_MESSAGE = 'The database is busy or unavailable right now, so nothing was saved. Your input is kept: please try again in a moment.';

export type FormValues = Record<string, string>;
export type ActionResult<T = unknown> =
  | { ok: true; data: T; message?: string }
  | { ok: false; fieldErrors: Record<string, string>; message: string; values: FormValues; conflict?: string[] };
/** What action() returns and the admin forms take (useActionState's signature). */
export type FormAction<T = unknown> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

export type ActionFailure = Extract<ActionResult, { ok: false }>;

/** Fields whose values never travel back to the browser in a result (it would put secrets in the page). */
const SECRET_FIELDS = new Set(['password', 'current', 'confirm']);

export function failure(message: string, values: FormValues, errors: Record<string, string> = {}): ActionFailure {
  const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !SECRET_FIELDS.has(name)));
  return { ok: false, message, fieldErrors: errors, values: kept };
}

export function action<S extends z.ZodType, T>(
  schema: S,
  role: Role,
  fn: (input: z.output<S>, user: SessionUser, values: FormValues) => Promise<ActionResult<T>>,
) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const values = formValues(formData);
    let user: SessionUser;
    try {
      user = await authorize(role);
    } catch (error) {
      if (error instanceof AuthError) return failure(error.message, values);
      if (isDatabaseUnavailable(error)) return failure(DATABASE_BUSY_MESSAGE, values);
      throw error;
    }
    const parsed = schema.safeParse(values);
    if (!parsed.success) return failure('Please correct the highlighted fields.', values, fieldErrors(parsed.error));
    try {
      return await fn(parsed.data, user, values);
    } catch (error) {
      // A locked SQLite file or an unreachable PostgreSQL: every write runs in one transaction, so nothing
      // landed; say so instead of a 500. Anything else (including Next's redirect signal) propagates.
      if (isDatabaseUnavailable(error)) return failure(DATABASE_BUSY_MESSAGE, values);
      throw error;
    }
  };
}
