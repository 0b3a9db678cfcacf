// The admin server actions of a listing kind, built once from its description (lib/listings/kind.ts): create,
// update, verify and delete, each refusing with a message the form shows (input kept) and, on success,
// expiring the kind's cache tags and re-rendering its edit page, or redirecting.
//
// Each entry is the argument list of action() (schema, role, handler), not a finished action: the kind's
// actions.ts writes `export const createLenderAction = action(...lenderActions.create)`, so every exported
// server action visibly goes through action() (the session and role check; tests/unit/admin-guards.test.ts)
// and a 'use server' file exports only the async functions action() returns.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { Role } from '../auth/roles';
import type { SessionUser } from '../auth/session';
import type { ListingKind } from '../listings/kind';
import { listingMutations, type ListingWriteResult } from '../listings/mutations';
import { describeConflictMessage } from '../schools/conflict-message';
import { failure, type ActionResult, type FormValues } from './action';
import { revalidateTags } from './revalidate';

type Saved = Extract<ListingWriteResult, { ok: true }>;
type Handler<S extends z.ZodType> = (input: z.output<S>, user: SessionUser, values: FormValues) => Promise<ActionResult<Saved>>;
/** The arguments of action(schema, role, handler) for one server action. */
export type ActionSteps<S extends z.ZodType> = readonly [schema: S, role: Role, handler: Handler<S>];

const idSchema = z.object({ id: z.coerce.number().int().positive() });
const versionSchema = idSchema.extend({ version: z.coerce.number().int().min(1) });

export function savedMessage(changed: string[]): string {
  return changed.length ? `Saved. Changed: ${changed.join(', ')}.` : 'Saved (nothing had changed).';
}

export function listingActions<I extends { slug: string }>(kind: ListingKind<I>) {
  const writes = listingMutations(kind);
  const editSchema = z.intersection(kind.formSchema, versionSchema);

  function refused(result: Exclude<ListingWriteResult, { ok: true }>, values: FormValues): ActionResult<Saved> {
    if (result.kind === 'slug_taken') return failure(`Another ${kind.noun} already uses that slug.`, values, { slug: 'This slug is taken' });
    if (result.kind === 'not_found') return failure(`This ${kind.noun} no longer exists (it may have been deleted).`, values);
    const message = describeConflictMessage(result.conflict, kind.labels, kind.noun);
    return { ...failure(message, values), conflict: result.conflict.differences.map((d) => d.field) };
  }

  /** After the commit: public pages drop the old facts; the edit page re-renders with the new version. */
  function refreshed(result: Saved, message: string): ActionResult<Saved> {
    revalidateTags(kind.cacheTags(result.slug));
    revalidatePath(`${kind.adminPath}/${result.id}`);
    return { ok: true, data: result, message };
  }

  const create: ActionSteps<typeof kind.formSchema> = [
    kind.formSchema,
    'editor',
    async (input, user, values) => {
      const result = await writes.create(user, input);
      if (!result.ok) return refused(result, values);
      revalidateTags(kind.cacheTags(result.slug));
      redirect(`${kind.adminPath}/${result.id}?saved=created`);
    },
  ];

  const update: ActionSteps<typeof editSchema> = [
    editSchema,
    'editor',
    async ({ id, version, ...input }, user, values) => {
      const result = await writes.update(user, id, version, input as unknown as I);
      return result.ok ? refreshed(result, savedMessage(result.changed)) : refused(result, values);
    },
  ];

  const verify: ActionSteps<typeof idSchema> = [
    idSchema,
    'editor',
    async ({ id }, user, values) => {
      const result = await writes.verify(user, id);
      return result.ok ? refreshed(result, 'Marked as verified today.') : refused(result, values);
    },
  ];

  const remove: ActionSteps<typeof idSchema> = [
    idSchema,
    'editor',
    async ({ id }, user, values) => {
      const result = await writes.remove(user, id);
      if (!result.ok) return refused(result, values);
      revalidateTags(kind.cacheTags(result.slug));
      redirect(`${kind.adminPath}?deleted=${encodeURIComponent(result.slug)}`);
    },
  ];

  return { create, update, verify, remove };
}
