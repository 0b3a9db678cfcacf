'use server';
// Server actions for program editing, built from the program kind by listingActions (lib/admin/listing-actions.ts);
// each goes through action(), which checks the session and role; the write path checks the actor again.
import { action } from '@/lib/admin/action';
import { listingActions } from '@/lib/admin/listing-actions';
import { programKind } from '@/lib/programs/kind';

const program = listingActions(programKind);

export const createProgramAction = action(...program.create);
export const updateProgramAction = action(...program.update);
export const verifyProgramAction = action(...program.verify);
export const deleteProgramAction = action(...program.remove);
