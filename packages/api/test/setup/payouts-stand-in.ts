// A local payouts provider that follows the documented shapes of Razorpay's Payouts API, for the
// payout tests: `POST /v1/payouts` with Basic auth and the X-Payout-Idempotency header (4–36
// letters, digits, hyphens, underscores, spaces), the amount in paise, the first answer to a key
// saved and returned to every retry with the same body (a different body under the same key is a
// BAD_REQUEST), errors as { error: { code, description } }; and its status webhooks, signed with
// the hex HMAC-SHA256 of the raw body in X-Razorpay-Signature. Written from the documentation, not
// from our adapter: it checks what we send instead of trusting it.
import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInPayout {
  id: string;
  entity: 'payout';
  fund_account: unknown;
  amount: number;
  currency: string;
  notes: Record<string, string>;
  fees: number;
  tax: number;
  status: string;
  utr: string | null;
  mode: string;
  purpose: string;
  reference_id: string | null;
  narration: string | null;
  status_details: { reason: string | null; description: string | null; source: string | null } | null;
  created_at: number;
}

/** What the next create call gets instead of the usual answer, in order. */
export type Scripted =
  | { kind: 'refuse'; status: number; code?: string; description: string }
  /** The payout is created, then the answer is an error: the lost acknowledgement. */
  | { kind: 'create-then-fail'; status: number }
  /** The payout is created and the answer held until `release()`; `onHold` runs on arrival. */
  | { kind: 'hold' };

export interface StandInCall {
  key: string | null;
  authorized: boolean;
  status: number;
  body: any;
}

const err = (code: string, description: string, field?: string) => ({ error: { code, description, source: 'business', step: null, reason: null, metadata: {}, ...(field ? { field } : {}) } });

export class PayoutsStandIn {
  readonly keyId = 'rzp_test_StandInKey01';
  readonly keySecret = `secret_${randomBytes(8).toString('hex')}`;
  readonly accountNumber = '7878780080316316';
  readonly webhookSecret = `whsec_${randomBytes(8).toString('hex')}`;
  readonly payouts = new Map<string, StandInPayout>();
  /** Idempotency key → the saved answer and the body it answered. */
  private readonly saved = new Map<string, { body: string; status: number; answer: unknown }>();
  /** How many payouts each key created (exactly once is the point). */
  readonly created = new Map<string, number>();
  readonly calls: StandInCall[] = [];
  readonly script: Scripted[] = [];
  /** The status a new payout starts in. */
  initialStatus: 'processed' | 'processing' | 'queued' = 'processed';
  onHold?: (payout: StandInPayout) => void;
  /** How long a new payout's answer takes (the payout exists from the start of it). */
  delayMs: (key: string) => number = () => 0;
  private held: (() => void)[] = [];
  private server?: http.Server;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.release();
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }

  release(): void {
    for (const r of this.held.splice(0)) r();
  }

  /** The payout created under an idempotency key. */
  payoutOf(key: string): StandInPayout | undefined {
    return [...this.payouts.values()].find((p) => p.notes.idempotency_key === key);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const key = (req.headers['x-payout-idempotency'] as string | undefined) ?? null;
    const expectedAuth = `Basic ${Buffer.from(`${this.keyId}:${this.keySecret}`).toString('base64')}`;
    const authorized = req.headers.authorization === expectedAuth;
    let body: any = null;
    try {
      body = JSON.parse(raw);
    } catch {
      // refused below
    }
    const call: StandInCall = { key, authorized, status: 0, body };
    this.calls.push(call);
    const reply = (status: number, payload: unknown) => {
      call.status = status;
      answer(status, payload);
    };
    if (req.method !== 'POST' || req.url !== '/v1/payouts') return reply(404, err('BAD_REQUEST_ERROR', 'The requested URL was not found on the server.'));
    if (!authorized) return reply(401, err('BAD_REQUEST_ERROR', 'Authentication failed'));
    if (!key) return reply(400, err('BAD_REQUEST_ERROR', 'Idempotency key is missing. Include idempotency header and key in the request.', 'X-Payout-Idempotency'));
    if (!/^[A-Za-z0-9_\- ]{4,36}$/.test(key)) return reply(400, err('BAD_REQUEST_ERROR', 'The idempotency key is invalid.', 'X-Payout-Idempotency'));
    if (!body || typeof body !== 'object') return reply(400, err('BAD_REQUEST_ERROR', 'The request body is not valid JSON.'));
    const invalid = this.invalid(body);
    if (invalid) return reply(400, err('BAD_REQUEST_ERROR', invalid));

    const next = this.script.shift();
    if (next?.kind === 'refuse') return reply(next.status, err(next.code ?? (next.status >= 500 ? 'SERVER_ERROR' : 'BAD_REQUEST_ERROR'), next.description));

    const previous = this.saved.get(key);
    if (previous) {
      if (previous.body !== JSON.stringify(body)) return reply(400, err('BAD_REQUEST_ERROR', 'Different request body sent for the same idempotency key.'));
      return reply(previous.status, previous.answer);
    }
    const payout: StandInPayout = {
      id: `pout_${randomBytes(7).toString('hex')}`, entity: 'payout', fund_account: body.fund_account ?? { id: body.fund_account_id },
      amount: body.amount, currency: body.currency, notes: { ...(body.notes ?? {}), idempotency_key: key }, fees: 0, tax: 0,
      status: this.initialStatus, utr: null, mode: body.mode, purpose: body.purpose, reference_id: body.reference_id ?? null,
      narration: body.narration ?? null, status_details: null, created_at: Math.floor(Date.now() / 1000),
    };
    this.payouts.set(payout.id, payout);
    this.created.set(key, (this.created.get(key) ?? 0) + 1);
    // The first answer to a key is what every retry with it gets back.
    this.saved.set(key, { body: JSON.stringify(body), status: 200, answer: { ...payout } });
    if (next?.kind === 'create-then-fail') return reply(next.status, err('SERVER_ERROR', 'We are facing some trouble completing your request at the moment.'));
    if (next?.kind === 'hold') {
      await new Promise<void>((resolve) => {
        this.held.push(resolve);
        this.onHold?.(payout);
      });
      if (res.destroyed) return;
    }
    const delay = this.delayMs(key);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    reply(200, { ...payout });
  }

  /** The documented rules for a payout's body; a message when one is broken. */
  private invalid(b: any): string | null {
    if (b.account_number !== this.accountNumber) return 'The account number is invalid.';
    if (!Number.isInteger(b.amount) || b.amount < 100) return 'The amount must be at least INR 1.00 (in paise).';
    if (b.currency !== 'INR') return 'Currency is not supported.';
    if (!['IMPS', 'NEFT', 'RTGS', 'UPI', 'card'].includes(b.mode)) return 'Invalid payout mode.';
    if (typeof b.purpose !== 'string' || !b.purpose) return 'The purpose field is required.';
    if (!b.fund_account_id && !b.fund_account) return 'The fund account id field is required.';
    if (b.reference_id != null && (typeof b.reference_id !== 'string' || b.reference_id.length > 40)) return 'The reference id may not be greater than 40 characters.';
    if (b.narration != null && !/^[A-Za-z0-9 ]{0,30}$/.test(b.narration)) return 'The narration format is invalid.';
    return null;
  }

  /** Moves a payout to a status, as the bank's answer would. */
  settle(id: string, status: string, description: string | null = null): StandInPayout {
    const p = this.payouts.get(id)!;
    p.status = status;
    if (description) p.status_details = { reason: 'beneficiary_bank_failure', description, source: 'beneficiary_bank' };
    if (status === 'processed') p.utr = `UTR${randomBytes(6).toString('hex')}`;
    return p;
  }

  /** A status webhook for the payout as it is now: the raw body and its headers (signed, unless a signature is given). */
  webhook(payout: StandInPayout, opts: { eventId?: string; signature?: string | null; event?: string } = {}): { body: string; headers: Record<string, string> } {
    const body = JSON.stringify({
      entity: 'event', account_id: 'acc_StandIn000001', event: opts.event ?? `payout.${payout.status}`, contains: ['payout'],
      payload: { payout: { entity: { ...payout } } }, created_at: Math.floor(Date.now() / 1000),
    });
    const signature = opts.signature === undefined ? createHmac('sha256', this.webhookSecret).update(body).digest('hex') : opts.signature;
    return {
      body,
      headers: { 'content-type': 'application/json', 'x-razorpay-event-id': opts.eventId ?? `evt_${randomBytes(7).toString('hex')}`, ...(signature === null ? {} : { 'x-razorpay-signature': signature }) },
    };
  }
}
