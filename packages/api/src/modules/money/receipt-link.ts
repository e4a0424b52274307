// M7: the receipt PDF's link. The signed token is the only credential (as the customer's rating
// links, feedback/rating-link.ts): it names the order and expires; the PDF is drawn from the
// order when the link is opened, so a link never shows a receipt the order no longer has.
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Clock } from '../../common/clock.js';
import type { SigningKey } from '../access/signing-key.js';

export const DEFAULT_RECEIPT_LINK_TTL_MS = 7 * 86_400_000;

export type ReceiptLink =
  | { ok: true; orderId: string }
  /** EXPIRED only for a token we signed (jose checks the signature before the expiry). */
  | { ok: false; reason: 'EXPIRED' | 'INVALID' };

export class ReceiptLinkSigner {
  constructor(
    private readonly clock: Clock,
    private readonly key: SigningKey,
    /** Where customers reach the server. */
    private readonly publicUrl: string,
    readonly ttlMs: number = DEFAULT_RECEIPT_LINK_TTL_MS,
  ) {}

  /** /receipts/<token>.pdf, valid for the link lifetime from now. */
  async link(orderId: string): Promise<string> {
    const expiresAt = this.clock.now().getTime() + this.ttlMs;
    const token = await new SignJWT({ typ: 'receipt' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(orderId)
      .setExpirationTime(Math.floor(expiresAt / 1000))
      .sign(this.key.bytes);
    return `${this.publicUrl.replace(/\/$/, '')}/receipts/${token}.pdf`;
  }

  async read(token: string): Promise<ReceiptLink> {
    try {
      const { payload } = await jwtVerify(token, this.key.bytes, { algorithms: ['HS256'], currentDate: this.clock.now() });
      // A rating or sign-in token is signed with the same key: only a receipt token opens a receipt.
      if (payload.typ !== 'receipt' || !payload.sub) return { ok: false, reason: 'INVALID' };
      return { ok: true, orderId: payload.sub };
    } catch (e) {
      return { ok: false, reason: e instanceof errors.JWTExpired ? 'EXPIRED' : 'INVALID' };
    }
  }
}
