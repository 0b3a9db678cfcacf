'use server';
// Server actions for lender editing, built from the lender kind by listingActions (lib/admin/listing-actions.ts);
// each goes through action(), which checks the session and role; the write path checks the actor again.
import { action } from '@/lib/admin/action';
import { listingActions } from '@/lib/admin/listing-actions';
import { lenderKind } from '@/lib/lenders/kind';

const lender = listingActions(lenderKind);

export const createLenderAction = action(...lender.create);
export const updateLenderAction = action(...lender.update);
export const verifyLenderAction = action(...lender.verify);
export const deleteLenderAction = action(...lender.remove);
