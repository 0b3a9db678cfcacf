// Sign-in throttling (decision 040), in shared database counters so every app instance sees the same counts.
// Within a 15-minute window: 5 attempts for one account FROM ONE ADDRESS, and 20 attempts from one address over
// any accounts. An attacker elsewhere therefore cannot lock a known admin out (the admin's address has its own
// count), while guessing stays bounded per address. A slot is taken atomically BEFORE the password is checked,
// so a parallel burst cannot pass the limit; a refused attempt takes no slot (waiting does not extend the wait).
// A success clears the account's count from that address and gives its slot back to the address.
import 'server-only';
import { clearRateLimit, rateLimitState, releaseRateLimitSlot, takeRateLimitSlot } from '../security/rate-limit';
import { MAX_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS, MAX_ATTEMPTS_PER_ADDRESS, THROTTLE_WINDOW_MS } from './throttle-limits';

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };
export type Reservation = { allowed: true; accountKey: string; addressKey: string } | { allowed: false; retryAfterSeconds: number };

const accountKeyFor = (email: string, ip: string) => `sign-in:account:${ip}:${email}`;
const addressKeyFor = (ip: string) => `sign-in:address:${ip}`;

/** Whether an attempt would be allowed now (reads only). */
export async function checkLoginThrottle(email: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  let wait = 0;
  for (const [key, limit] of [[accountKeyFor(email, ip), MAX_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS], [addressKeyFor(ip), MAX_ATTEMPTS_PER_ADDRESS]] as const) {
    const state = await rateLimitState(key, now);
    if (state.count >= limit && state.windowEnd) wait = Math.max(wait, Math.ceil((state.windowEnd.getTime() - now.getTime()) / 1000));
  }
  return wait > 0 ? { allowed: false, retryAfterSeconds: Math.max(1, wait) } : { allowed: true };
}

/** Takes a slot for one attempt, before its password is checked. */
export async function reserveLoginAttempt(email: string, ip: string, now = new Date()): Promise<Reservation> {
  const accountKey = accountKeyFor(email, ip);
  const addressKey = addressKeyFor(ip);
  const account = await takeRateLimitSlot(accountKey, MAX_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS, THROTTLE_WINDOW_MS, now);
  if (!account.ok) return { allowed: false, retryAfterSeconds: account.retryAfterSeconds };
  const address = await takeRateLimitSlot(addressKey, MAX_ATTEMPTS_PER_ADDRESS, THROTTLE_WINDOW_MS, now);
  if (!address.ok) {
    await releaseRateLimitSlot(accountKey, now);
    return { allowed: false, retryAfterSeconds: address.retryAfterSeconds };
  }
  return { allowed: true, accountKey, addressKey };
}

/** A failure keeps its slots; a success clears the account's count here and returns the address's slot. */
export async function settleLoginAttempt(reservation: { accountKey: string; addressKey: string }, success: boolean, now = new Date()): Promise<void> {
  if (!success) return;
  await clearRateLimit(reservation.accountKey);
  await releaseRateLimitSlot(reservation.addressKey, now);
}
