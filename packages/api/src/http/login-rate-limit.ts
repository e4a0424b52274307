// Sign-in attempts per client address. The lockout per address (access.policy) stops guessing
// one password; this stops spraying many accounts from one place. Decided on the parsed
// operation's root fields, so no spelling of the document slips past it.
import type { NextFunction, Request, Response } from 'express';
import { requestOperation } from './request-facts.js';

export function loginRateLimit(limit = 30, windowMs = 60_000) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return (req: Request, res: Response, next: NextFunction) => {
    if (!requestOperation(res)?.rootFields.includes('login')) return next();
    const now = Date.now();
    if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
    const ip = req.ip ?? 'unknown';
    const h = hits.get(ip);
    if (!h || h.resetAt <= now) hits.set(ip, { count: 1, resetAt: now + windowMs });
    else if (++h.count > limit) {
      const retry = Math.ceil((h.resetAt - now) / 1000);
      res.setHeader('retry-after', String(retry));
      return void res.status(429).json({ errors: [{ message: `Too many sign-in attempts: try again in ${retry} s.`, extensions: { code: 'UNAUTHENTICATED', retryAfterSeconds: retry } }] });
    }
    next();
  };
}
