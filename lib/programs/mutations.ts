// Every write to a program goes through the one listing write path (lib/listings/mutations.ts).
import 'server-only';
import { listingMutations } from '../listings/mutations';
import { programKind } from './kind';

export const { create: createProgram, update: updateProgram, verify: markProgramVerified, remove: deleteProgram } = listingMutations(programKind);
