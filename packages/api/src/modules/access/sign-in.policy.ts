// Sign-in (S3): how failed attempts slow a guesser down, per attempted address.

/** After 5 failures in a row an address locks for 30 s, doubling with each further failure, at most 1 h. */
export const LOCKOUT_AFTER = 5;
export function lockUntil(failures: number, now: Date): Date | null {
  if (failures < LOCKOUT_AFTER) return null;
  const seconds = Math.min(3600, 30 * 2 ** (failures - LOCKOUT_AFTER));
  return new Date(now.getTime() + seconds * 1000);
}

export type SignInAttempt =
  | { locked: true; retryAfterSeconds: number }
  | { locked: false; failures: number; lockedUntil: Date | null };

/**
 * A sign-in attempt against an address with `failures` in a row so far. Not locked: the
 * attempt counts as a failure (and sets the lock it would earn) until the password proves
 * right, so attempts still being checked count too.
 */
export function decideSignInAttempt(failures: number, lockedUntil: Date | null, now: Date): SignInAttempt {
  if (lockedUntil && lockedUntil.getTime() > now.getTime()) {
    return { locked: true, retryAfterSeconds: Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000) };
  }
  return { locked: false, failures: failures + 1, lockedUntil: lockUntil(failures + 1, now) };
}
