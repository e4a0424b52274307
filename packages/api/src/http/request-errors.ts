// Requests refused before GraphQL reads them, answered in GraphQL's error shape.
import type { NextFunction, Request, Response } from 'express';

/** PostgreSQL cannot store U+0000 in text: refuse it once, here, instead of failing deep inside. */
export function refuseNullBytes(req: Request, res: Response, next: NextFunction) {
  if (req.body && JSON.stringify(req.body).includes('\\u0000')) {
    return void res.status(400).json({ errors: [{ message: 'The request contains a NUL character (U+0000), which no field accepts.', extensions: { code: 'BAD_USER_INPUT' } }] });
  }
  next();
}

/** Malformed JSON bodies and anything thrown outside GraphQL: a 400 or a bare 500, never a stack trace. */
export function httpErrors(log: (line: string) => void) {
  return (err: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) log(`http error: ${err.stack ?? err}`);
    res.status(status).json({
      errors: [{ message: status === 500 ? 'Something went wrong on our side.' : `The request could not be read: ${err.type ?? 'bad request'}.`, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT' } }],
    });
  };
}
