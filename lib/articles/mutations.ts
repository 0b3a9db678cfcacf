// Every write to a guide article goes through the one listing write path (lib/listings/mutations.ts).
import 'server-only';
import { listingMutations } from '../listings/mutations';
import { articleKind } from './kind';

export const { create: createArticle, update: updateArticle, remove: deleteArticle } = listingMutations(articleKind);
