// The set-up every integration file shares, as one call inside `describe.each(PROVIDERS)`: a fresh copy of the
// seeded database before the block's tests (createTestDatabase), the app's modules imported bound to it, the
// users the tests act as, and the copy dropped afterwards.
//
//   const { database, users, admin } = useTestDatabase(provider, {
//     users: () => import('@/lib/users/mutations'),
//     admin: user('boss@example.test', 'admin'),
//   });
//
// Loaders run in order in the hook's beforeAll, after vi.resetModules and DATABASE_URL point the app at the new
// copy (as importWithDatabase does for one module). Each name stands for what its loader gave from then on, so a
// test reads `users.inviteUser(...)` as if the module were imported at the top of the file; before the hook has
// run, touching one throws. A loader gives an object (a module, a row): a name cannot stand for a string or a
// number, so those stay in the file's own beforeAll, which, registered after this call, runs after it.
// useSignedInEditor adds a signed-in request.
import { afterAll, beforeAll } from 'vitest';
import { createUser } from '@/lib/factories';
import { bindAppToDatabase, createTestDatabase, type Provider, type TestDatabase } from './databases';
import { mockRequest } from './next-mocks';

type Loader = (database: TestDatabase) => unknown;
type Loaded<L extends Record<string, Loader>> = { [K in keyof L]: Awaited<ReturnType<L[K]>> };
type Options = {
  /** Environment variables the app modules read at import (set before they load). */
  env?: Record<string, string>;
};

export function useTestDatabase<L extends Record<string, Loader> = Record<never, Loader>>(
  provider: Provider,
  loaders: L = {} as L,
  options: Options = {},
): { database: TestDatabase } & Loaded<L> {
  let current: TestDatabase | undefined;
  const values = new Map<string, unknown>();
  const need = (what: string) => {
    if (!current) throw new Error(`${what} is used before useTestDatabase's beforeAll has run`);
    return current;
  };

  beforeAll(async () => {
    Object.assign(process.env, options.env);
    current = await createTestDatabase(provider);
    bindAppToDatabase(current.url);
    for (const [name, load] of Object.entries(loaders)) values.set(name, await load(current));
  });
  afterAll(async () => {
    await current?.drop();
  });

  const database: TestDatabase = {
    get url() {
      return need('database.url').url;
    },
    get db() {
      return need('database.db').db;
    },
    drop: () => need('database.drop').drop(),
  };
  const loaded = Object.fromEntries(Object.keys(loaders).map((name) => [name, lateBound(name, () => values.get(name))]));
  return { database, ...loaded } as { database: TestDatabase } & Loaded<L>;
}

/** A loader creating a user through lib/factories (an editor unless a role is given). */
export function user(email: string, role = 'editor') {
  return (database: TestDatabase) => createUser(database.db, { email, role });
}

/** Signs the mocked request (next-mocks) in as the user, with a live session from the app's createSession. */
export async function signInAs(user: { id: number }): Promise<void> {
  const { createSession } = await import('@/lib/auth/session');
  mockRequest.sessionToken = (await createSession(user.id)).token;
}

/** Creates an editor with this email (lib/factories) and signs the mocked request in as them. */
export async function signInAsNewEditor(database: TestDatabase, email: string) {
  const editor = await createUser(database.db, { email });
  await signInAs(editor);
  return editor;
}

/**
 * Signs the mocked request (next-mocks) in as a new editor for the block's tests and out after them; call it
 * after useTestDatabase. Stands for the editor, as the loaded names do.
 */
export function useSignedInEditor(database: TestDatabase, email: string): Awaited<ReturnType<typeof createUser>> {
  let editor: Awaited<ReturnType<typeof createUser>> | undefined;
  beforeAll(async () => {
    editor = await signInAsNewEditor(database, email);
  });
  afterAll(() => {
    mockRequest.sessionToken = undefined;
  });
  return lateBound('the signed-in editor', () => editor) as Awaited<ReturnType<typeof createUser>>;
}

/** An object standing for the value `read` gives once loaded: property reads, `in`, keys and spreads go through. */
function lateBound(name: string, read: () => unknown): unknown {
  const value = () => {
    const v = read();
    if (v === undefined) throw new Error(`${name} is used before useTestDatabase's beforeAll has loaded it`);
    return v as object;
  };
  return new Proxy(
    {},
    {
      get: (_, key) => (typeof key === 'symbol' && read() === undefined ? undefined : Reflect.get(value(), key)),
      has: (_, key) => Reflect.has(value(), key),
      ownKeys: () => Reflect.ownKeys(value()),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(value(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
}
