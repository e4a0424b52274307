// Idempotency-Key for partner writes: the first response to a mutation is kept for 24 h and
// replayed for a retry with the same key, so a retried createOrder, submitFeedback or
// importReviews never runs twice.
//
// A record is bound to the credential that sent it and is only looked at after that credential
// has been verified: a revoked key or a token from before a password change gets no replay.
// The stored response is encrypted with a key derived from that credential and the
// Idempotency-Key, neither of which is stored, so the table holds no personal data or secret
// anyone could read. Mutations whose answer is a secret (a sign-in token, an API key's secret)
// take no Idempotency-Key at all.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock.js';
import type { OperationFacts } from '../common/operation.js';

const TTL_MS = 24 * 3_600_000;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Their answers carry secrets, which are never stored, so there is nothing to replay. */
const SECRET_ANSWERS = new Set(['login', 'createApiKey']);

function error(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code, field: 'Idempotency-Key' } }] });
}

/** AES-256-GCM: iv (12) | tag (16) | ciphertext, base64. */
function seal(key: Buffer, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function open(key: Buffer, sealed: string): string | null {
  try {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

export interface IdempotencyDeps {
  orm: MikroORM;
  clock: Clock;
  /** The parsed operation (readOperation) and whether the request's credential verified. */
  operation: (res: Response) => OperationFacts | null;
  authenticated: (res: Response) => boolean;
}

export function idempotency({ orm, clock, operation, authenticated }: IdempotencyDeps) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = req.header('idempotency-key');
    const op = operation(res);
    // Only mutations are remembered; a query is safe to repeat.
    if (key == null || req.method !== 'POST' || op?.kind !== 'mutation') return next();
    const secretAnswers = op.rootFields.filter((f) => SECRET_ANSWERS.has(f));
    if (secretAnswers.length) {
      return error(res, 400, 'BAD_USER_INPUT', `${secretAnswers.join(', ')} takes no Idempotency-Key: its answer carries a secret, which is never stored.`);
    }
    if (key.length === 0 || key.length > 200) return error(res, 400, 'BAD_USER_INPUT', 'The Idempotency-Key must be 1 to 200 characters.');
    // Without a verified credential there is nothing to bind a record to: Apollo refuses the request.
    const credential = req.header('authorization') ?? '';
    if (!authenticated(res)) return next();
    const id = sha(`${credential}\n${key}`);
    const secret = createHash('sha256').update(`seal\n${credential}\n${key}`).digest();
    const requestHash = sha(JSON.stringify({ query: req.body?.query ?? null, variables: req.body?.variables ?? null, operationName: req.body?.operationName ?? null }));
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
      const body = open(secret, row.response);
      if (body == null) return error(res, 409, 'CONFLICT', 'The first response to this Idempotency-Key can no longer be read; use a new key.');
      res.setHeader('idempotent-replayed', 'true');
      return void res.status(row.status).type('application/json').send(body);
    }
    // Keep what the first attempt answered; a failure on our side is not kept, so a retry can succeed.
    const send = res.send.bind(res);
    res.send = ((body: unknown) => {
      const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : JSON.stringify(body);
      const internal = res.statusCode >= 500 || text.includes('"INTERNAL_SERVER_ERROR"');
      const store = internal
        ? conn.execute('delete from idempotency_record where id = ?', [id])
        : conn.execute('update idempotency_record set status = ?, response = ? where id = ?', [res.statusCode, seal(secret, text), id]);
      store.catch(() => {}).finally(() => send(body as never));
      return res;
    }) as Response['send'];
    next();
  };
}
