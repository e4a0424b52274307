// M6: the payout provider over HTTP, for a payouts API shaped like Razorpay's (RazorpayX Payouts):
// `POST /v1/payouts` with Basic auth (key id : key secret), the amount in paise and the money
// request's id both as the `X-Payout-Idempotency` key and as `reference_id`. The provider keeps
// the first answer to a key and returns it to every retry, so a retry after a lost answer (or a
// crash between the provider's acceptance and our commit) gets the same payout back, never a second.
import type { PayoutOrder, PayoutProvider, PayoutResult } from './payout-provider.js';
import { readPayout, resultOfHttpError, resultOfPayout } from './payouts.policy.js';

export interface RazorpayPayoutsSettings {
  /** e.g. https://api.razorpay.com (the path /v1/payouts is added). */
  apiUrl: string;
  keyId: string;
  keySecret: string;
  /** Our business account the money leaves from (not the party's account). */
  accountNumber: string;
}

/** Razorpay accepts letters, digits and spaces in a narration, at most 30 of them. */
const narrationOf = (text: string) => text.replace(/[^A-Za-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 30) || 'Payout';

export class RazorpayPayouts implements PayoutProvider {
  readonly name = 'razorpay';
  private readonly endpoint: string;
  private readonly authorization: string;

  constructor(
    private readonly settings: RazorpayPayoutsSettings,
    private readonly timeoutMs = 10_000,
  ) {
    this.endpoint = new URL('v1/payouts', settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/`).toString();
    this.authorization = `Basic ${Buffer.from(`${settings.keyId}:${settings.keySecret}`).toString('base64')}`;
  }

  /**
   * The body is a function of the request alone, the same on every try: the provider refuses a
   * retry whose body differs from the first under the same key.
   */
  body(order: PayoutOrder): Record<string, unknown> {
    return {
      account_number: this.settings.accountNumber,
      amount: Math.round(order.amount * 100),
      currency: 'INR',
      mode: 'IMPS',
      purpose: order.purpose,
      // A payout waits for funds instead of failing when the account is short (it answers `queued`).
      queue_if_low_balance: true,
      reference_id: order.idempotencyKey,
      narration: narrationOf(order.narration),
      // CX Loop keeps no bank account or UPI id of a party, only who they are: the contact goes in
      // the composite payout's fund_account for the provider to pay to the account it holds for them.
      fund_account: {
        contact: { name: order.name.slice(0, 50), type: order.party === 'VENDOR' ? 'vendor' : 'customer', ...(order.phone ? { contact: order.phone } : {}) },
      },
      notes: { money_request: order.idempotencyKey },
    };
  }

  async pay(order: PayoutOrder): Promise<PayoutResult> {
    let res: Response;
    try {
      res = await fetch(this.endpoint, {
        method: 'POST',
        headers: { authorization: this.authorization, 'content-type': 'application/json', 'x-payout-idempotency': order.idempotencyKey },
        body: JSON.stringify(this.body(order)),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      // Sent or not, we cannot tell: retried with the same key, which is safe either way.
      return { status: 'FAILED', reference: null, reason: `The payouts provider could not be reached: ${(e as Error).message}`, retryable: true };
    }
    let body: unknown = null;
    try {
      body = await res.json();
    } catch {
      // A body that is not JSON: judged by the status alone.
    }
    if (!res.ok) return resultOfHttpError(res.status, body);
    const payout = readPayout(body);
    // 2xx without a payout in it: the provider may have made one, so the same key is asked again.
    if (!payout) return { status: 'FAILED', reference: null, reason: `The payouts provider answered ${res.status} without a payout.`, retryable: true };
    return resultOfPayout(payout);
  }
}
