// What the middlewares before Apollo learn about a request, once: its parsed operation and its
// verified caller (res.locals). Everything after them decides on these, never on raw text or an
// unverified header.
import type { NextFunction, Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../common/errors.js';
import { operationFacts, type OperationFacts } from '../common/operation.js';
import type { Principal } from '../modules/access/principal.js';

/** What readOperation found in this request's document (null: none, or it does not parse). */
export const requestOperation = (res: Response): OperationFacts | null => res.locals.operation ?? null;

/** The verified caller (null: none, or the credential did not verify: see requestAuthError). */
export const requestPrincipal = (res: Response): Principal | null => res.locals.principal ?? null;
export const requestAuthError = (res: Response): DomainError | undefined => res.locals.authError;

/** Parses the document once for the middlewares before Apollo. */
export function readOperation(req: Request, res: Response, next: NextFunction) {
  res.locals.operation = operationFacts(req.body);
  next();
}

/** Verifies the request's credential once, before anything that depends on who is asking. */
export function authenticateRequest(authenticate: (em: EntityManager, header: string | undefined) => Promise<Principal | null>, em: () => EntityManager) {
  return async (req: Request, res: Response, next: NextFunction) => {
    res.locals.principal = null;
    try {
      res.locals.principal = await authenticate(em(), req.headers.authorization);
    } catch (e) {
      if (!(e instanceof DomainError)) return next(e);
      res.locals.authError = e;
    }
    next();
  };
}
