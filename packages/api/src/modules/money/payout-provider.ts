// M6: the payment provider a payout goes through. The default records the payout and answers at
// once (no money leaves: `start` works without a provider); the HTTP adapter for a payouts API
// shaped like Razorpay's is the other implementation. Each call carries the request's id as the
// idempotency key, so a retry or a second process never pays twice.
export interface PayoutOrder {
  /** The money request's id: the provider's idempotency key. */
  idempotencyKey: string;
  amount: number;
  party: 'CUSTOMER' | 'VENDOR';
  name: string;
  phone: string | null;
  /** refund, goodwill, vendor extra: what the provider files the payout under. */
  purpose: string;
  narration: string;
}

export type PayoutResult =
  | { status: 'PROCESSED' | 'PROCESSING'; reference: string }
  | { status: 'FAILED'; reference: string | null; reason: string; retryable: boolean };

export interface PayoutProvider {
  readonly name: string;
  pay(order: PayoutOrder): Promise<PayoutResult>;
}

/** The default: the payout is recorded as processed, under a reference derived from the key (the same on a retry). */
export class RecordingPayoutProvider implements PayoutProvider {
  readonly name = 'record';
  readonly sent: PayoutOrder[] = [];

  async pay(order: PayoutOrder): Promise<PayoutResult> {
    this.sent.push(order);
    return { status: 'PROCESSED', reference: `rec_${order.idempotencyKey.replace(/-/g, '').slice(0, 20)}` };
  }
}
