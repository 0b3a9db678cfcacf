'use client';
// Hooks over ./store: the server (and the first client render) see an empty selection, so
// hydration matches; the real browser state arrives right after.
import { useSyncExternalStore } from 'react';
import { readCompare, readSavedSearches, readShortlist, serverCompare, serverSavedSearches, serverShortlist, subscribe } from './store';

const noSubscribe = () => () => {};

export const useShortlist = () => useSyncExternalStore(subscribe, readShortlist, serverShortlist);
export const useCompare = () => useSyncExternalStore(subscribe, readCompare, serverCompare);
export const useSavedSearches = () => useSyncExternalStore(subscribe, readSavedSearches, serverSavedSearches);
/** False on the server and during hydration: controls that need JavaScript render only once it runs. */
export const useHydrated = () => useSyncExternalStore(noSubscribe, () => true, () => false);
