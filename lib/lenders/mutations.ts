// Every write to a lender goes through the one listing write path (lib/listings/mutations.ts).
import 'server-only';
import { listingMutations } from '../listings/mutations';
import { lenderKind } from './kind';

export const { create: createLender, update: updateLender, verify: markLenderVerified, remove: deleteLender } = listingMutations(lenderKind);
