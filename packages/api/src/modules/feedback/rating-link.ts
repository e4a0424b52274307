// The customer's rating link (S1): a signed token for one feedback request is the only
// credential the rating page needs, and it expires with the request.
import { jwtVerify, SignJWT } from 'jose';
import type { Clock } from '../../common/clock.js';
import type { SigningKey } from '../access/signing-key.js';
import type { RatingLinks } from './feedback-request.service.js';

export class RatingLinkSigner implements RatingLinks {
  constructor(
    private readonly clock: Clock,
    private readonly key: SigningKey,
    /** Where customers reach the server. */
    private readonly publicUrl: string,
  ) {}

  async ratingLink(requestId: string, expiresAt: Date): Promise<string> {
    const token = await new SignJWT({ typ: 'rating' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(requestId)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key.bytes);
    return `${this.publicUrl.replace(/\/$/, '')}/r/${token}`;
  }

  /** The request id a rating-page token stands for, or null when it is forged or expired. */
  async requestIdOf(token: string): Promise<string | null> {
    try {
      const { payload } = await jwtVerify(token, this.key.bytes, { algorithms: ['HS256'], currentDate: this.clock.now() });
      return payload.typ === 'rating' && payload.sub ? payload.sub : null;
    } catch {
      return null;
    }
  }
}
