'use server';
// Server actions for events, built from the event kind by listingActions (lib/admin/listing-actions.ts); each
// goes through action(), which checks the session and role; the write path checks the actor again.
import { action } from '@/lib/admin/action';
import { listingActions } from '@/lib/admin/listing-actions';
import { eventKind } from '@/lib/events/kind';

const event = listingActions(eventKind);

export const createEventAction = action(...event.create);
export const updateEventAction = action(...event.update);
export const deleteEventAction = action(...event.remove);
