// Every write to an event goes through the one listing write path (lib/listings/mutations.ts).
import 'server-only';
import { listingMutations } from '../listings/mutations';
import { eventKind } from './kind';

export const { create: createEvent, update: updateEvent, remove: deleteEvent } = listingMutations(eventKind);
