// Roles and what they may do: an admin can do everything an editor can, plus manage users.
export const ROLES = ['admin', 'editor'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in person as every mutation receives it (never a client-supplied value). */
export type Actor = { id: number; email: string; role: string };

export function hasRole(actor: Pick<Actor, 'role'> | null | undefined, required: Role): boolean {
  if (!actor) return false;
  if (required === 'editor') return actor.role === 'editor' || actor.role === 'admin';
  return actor.role === 'admin';
}

/** Thrown where a request has no valid session (401) or lacks the role (403). */
export class AuthError extends Error {
  constructor(
    readonly status: 401 | 403,
    message = status === 401 ? 'Please sign in again.' : 'You do not have permission to do that.',
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

/** Defence in depth: every mutation checks the actor it was handed, even though its caller already did. */
export function assertRole(actor: Actor | null | undefined, required: Role): asserts actor is Actor {
  if (!actor) throw new AuthError(401);
  if (!hasRole(actor, required)) throw new AuthError(403);
}
