import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../config.js';
import { readPayoutEvent, resultOfHttpError, resultOfPayout, webhookSignatureValid } from './payouts.policy.js';

describe('resultOfPayout (M6)', () => {
  it('processed is paid; queued, pending, processing and unknown states wait; the unpaid ends fail for good', () => {
    expect(resultOfPayout({ id: 'pout_1', status: 'processed' })).toEqual({ status: 'PROCESSED', reference: 'pout_1' });
    for (const s of ['queued', 'pending', 'processing', 'something_new']) expect(resultOfPayout({ id: 'pout_1', status: s })).toEqual({ status: 'PROCESSING', reference: 'pout_1' });
    for (const s of ['reversed', 'cancelled', 'rejected', 'failed']) expect(resultOfPayout({ id: 'pout_1', status: s })).toMatchObject({ status: 'FAILED', reference: 'pout_1', retryable: false });
    expect(resultOfPayout({ id: 'p', status: 'failed', status_details: { description: 'IMPS is down at the bank.' } })).toMatchObject({ reason: 'Payout failed: IMPS is down at the bank.' });
  });

  it('429 and 5xx are retried, other 4xx fail at once with the description', () => {
    expect(resultOfHttpError(429, null)).toMatchObject({ status: 'FAILED', retryable: true });
    expect(resultOfHttpError(503, { error: { description: 'Down' } })).toMatchObject({ retryable: true, reason: expect.stringContaining('Down') });
    expect(resultOfHttpError(400, { error: { code: 'BAD_REQUEST_ERROR', description: 'The fund account is not active.' } })).toMatchObject({ retryable: false, reason: expect.stringContaining('The fund account is not active.') });
  });
});

describe('webhook signatures', () => {
  const body = Buffer.from('{"event":"payout.processed"}');
  const sig = createHmac('sha256', 'whsec').update(body).digest('hex');
  it('match the hex HMAC-SHA256 of the raw body only', () => {
    expect(webhookSignatureValid(body, sig, 'whsec')).toBe(true);
    expect(webhookSignatureValid(body, sig.toUpperCase(), 'whsec')).toBe(true);
    expect(webhookSignatureValid(body, sig, 'other')).toBe(false);
    expect(webhookSignatureValid(Buffer.from(`${body} `), sig, 'whsec')).toBe(false);
    for (const bad of [undefined, '', sig.slice(1), `${sig}00`, 'z'.repeat(64)]) expect(webhookSignatureValid(body, bad, 'whsec')).toBe(false);
  });

  it('events: a payout event carries its payout and outcome; others are named; junk is null', () => {
    const ev = readPayoutEvent(Buffer.from(JSON.stringify({ event: 'payout.updated', payload: { payout: { entity: { id: 'pout_9', status: 'processed', reference_id: 'r' } } } })));
    expect(ev).toMatchObject({ kind: 'payout', payout: { id: 'pout_9', reference_id: 'r' }, result: { status: 'PROCESSED' } });
    expect(readPayoutEvent(Buffer.from('{"event":"transaction.created"}'))).toEqual({ kind: 'other', event: 'transaction.created' });
    for (const junk of ['', 'nope', '[]', '{"event":"payout.failed"}', '{"event":"payout.failed","payload":{"payout":{"entity":{"id":5}}}}']) expect(readPayoutEvent(Buffer.from(junk))).toBeNull();
  });
});

describe('PAYOUTS_* settings', () => {
  const all = { PAYOUTS_API_URL: 'https://api.razorpay.com', PAYOUTS_KEY_ID: 'rzp_live_x', PAYOUTS_KEY_SECRET: 's3cret', PAYOUTS_ACCOUNT_NUMBER: '7878780080316316', PAYOUTS_WEBHOOK_SECRET: 'whsec' };
  it('none: the recording provider; all five: the HTTP one', () => {
    expect(loadConfig({}).payouts).toBeNull();
    expect(loadConfig(all).payouts).toMatchObject({ apiUrl: 'https://api.razorpay.com', accountNumber: '7878780080316316', webhookSecret: 'whsec' });
  });

  it('a partial or malformed set stops start-up, naming the variable', () => {
    const { PAYOUTS_WEBHOOK_SECRET: _w, ...four } = all;
    expect(() => loadConfig(four)).toThrow(ConfigError);
    expect(() => loadConfig(four)).toThrow(/PAYOUTS_WEBHOOK_SECRET is missing/);
    expect(() => loadConfig({ ...all, PAYOUTS_API_URL: 'api.razorpay.com' })).toThrow(/PAYOUTS_API_URL/);
    expect(() => loadConfig({ ...all, PAYOUTS_ACCOUNT_NUMBER: '12-34' })).toThrow(/PAYOUTS_ACCOUNT_NUMBER/);
    expect(() => loadConfig({ ...all, PAYOUTS_KEY_ID: 'a:b' })).toThrow(/PAYOUTS_KEY_ID/);
    expect(() => loadConfig({ ...all, PAYOUTS_KEY_SECRET: 'abc\n' })).toThrow(/PAYOUTS_KEY_SECRET/);
    expect(() => loadConfig({ PAYOUTS_JOB_LEASE: 'soon' })).toThrow(/PAYOUTS_JOB_LEASE/);
  });
});
