'use server';
// Server actions for school editing, built from the school kind by listingActions (lib/admin/listing-actions.ts);
// each goes through action(), which checks the session and role; the write path checks the actor again.
import { action } from '@/lib/admin/action';
import { listingActions } from '@/lib/admin/listing-actions';
import { schoolKind } from '@/lib/schools/kind';

const school = listingActions(schoolKind);

export const createSchoolAction = action(...school.create);
export const updateSchoolAction = action(...school.update);
export const verifySchoolAction = action(...school.verify);
export const deleteSchoolAction = action(...school.remove);
