// The sign-in throttle's numbers (decision 040), apart from its code: the pruning of old attempts needs the
// window, and the throttle's rate-limit store itself triggers that pruning, so sharing throttle.ts would make
// an import cycle.
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS = 5;
export const MAX_ATTEMPTS_PER_ADDRESS = 20;
