// Idempotency-Key for partner writes: the first response to a mutation is kept for 24 h and
// replayed for a retry with the same key, so a retried createOrder, submitFeedback or
// importReviews never runs twice. Keys are scoped to the credential that sent them.
import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from './clock.js';

const TTL_MS = 24 * 3_600_000;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function error(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code, field: 'Idempotency-Key' } }] });
}

export function idempotency(orm: MikroORM, clock: Clock) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = req.header('idempotency-key');
    const query = typeof req.body?.query === 'string' ? req.body.query : '';
    // Only mutations are remembered; a query is safe to repeat.
    if (!key || req.method !== 'POST' || !/^\s*mutation\b/.test(query.replace(/#[^\n]*\n/g, ''))) return next();
    if (key.length > 200) return error(res, 400, 'BAD_USER_INPUT', 'The Idempotency-Key can be at most 200 characters.');
    const id = sha(`${req.header('authorization') ?? ''}\n${key}`);
    const requestHash = sha(JSON.stringify({ query, variables: req.body?.variables ?? null, operationName: req.body?.operationName ?? null }));
    const conn = orm.em.getConnection();
    const now = clock.now();
    await conn.execute('delete from idempotency_record where id = ? and expires_at <= ?', [id, now]);
    const claimed = await conn.execute(
      `insert into idempotency_record (id, request_hash, created_at, expires_at) values (?, ?, ?, ?) on conflict (id) do nothing returning id`,
      [id, requestHash, now, new Date(now.getTime() + TTL_MS)],
    );
    if (claimed.length === 0) {
      const [row] = await conn.execute('select request_hash, status, response from idempotency_record where id = ?', [id]);
      if (!row) return error(res, 409, 'CONFLICT', 'The first request with this Idempotency-Key is still being processed; retry shortly.');
      if (row.request_hash !== requestHash) return error(res, 422, 'CONFLICT', 'This Idempotency-Key was already used for a different request; use a new key for a new request.');
      if (row.status == null) return error(res, 409, 'CONFLICT', 'The first request with this Idempotency-Key is still being processed; retry shortly.');
      res.setHeader('idempotent-replayed', 'true');
      return void res.status(row.status).type('application/json').send(row.response);
    }
    // Keep what the first attempt answered; a failure on our side is not kept, so a retry can succeed.
    const send = res.send.bind(res);
    res.send = ((body: unknown) => {
      const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : JSON.stringify(body);
      const internal = res.statusCode >= 500 || text.includes('"INTERNAL_SERVER_ERROR"');
      const store = internal
        ? conn.execute('delete from idempotency_record where id = ?', [id])
        : conn.execute('update idempotency_record set status = ?, response = ? where id = ?', [res.statusCode, text, id]);
      store.catch(() => {}).finally(() => send(body as never));
      return res;
    }) as Response['send'];
    next();
  };
}
