// The customer's links (S1): a signed token is the only credential the customer's pages need.
// A rating token names one feedback request and the channel its message went out on (so the
// answer records where the customer came from); a details token names one 3-star feedback
// (R2). Both expire: a rating link with its request, a details link a request's lifetime after
// the rating.
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Clock } from '../../common/clock.js';
import { Channel } from '../../common/enums.js';
import type { SigningKey } from '../access/signing-key.js';
import type { RatingLinks } from './feedback-request.service.js';

export type CustomerLink =
  | { ok: true; kind: 'rating'; requestId: string; channel: Channel | null }
  | { ok: true; kind: 'details'; feedbackId: string }
  /** EXPIRED only for a token we signed (jose checks the signature before the expiry). */
  | { ok: false; reason: 'EXPIRED' | 'INVALID' };

const CHANNELS = new Set<string>(Object.values(Channel));

/** The token of a customer link, or the token itself (partners may pass the whole link). */
export const tokenOf = (tokenOrLink: string): string => tokenOrLink.trim().replace(/^.*\/r\//, '');

export class RatingLinkSigner implements RatingLinks {
  constructor(
    private readonly clock: Clock,
    private readonly key: SigningKey,
    /** Where customers reach the server. */
    private readonly publicUrl: string,
  ) {}

  /** The rating page of a request; `channel` is the one the link is sent on (none: CX hands it out). */
  ratingLink(requestId: string, expiresAt: Date, channel?: Channel | null): Promise<string> {
    return this.sign({ typ: 'rating', ...(channel ? { ch: channel } : {}) }, requestId, expiresAt);
  }

  /** R2: the page where a 3-star customer writes what could have been better. */
  detailsLink(feedbackId: string, expiresAt: Date): Promise<string> {
    return this.sign({ typ: 'details' }, feedbackId, expiresAt);
  }

  /** What a token stands for, or why it stands for nothing. */
  async read(token: string): Promise<CustomerLink> {
    try {
      const { payload } = await jwtVerify(token, this.key.bytes, { algorithms: ['HS256'], currentDate: this.clock.now() });
      if (!payload.sub) return { ok: false, reason: 'INVALID' };
      if (payload.typ === 'rating') {
        const ch = typeof payload.ch === 'string' && CHANNELS.has(payload.ch) ? (payload.ch as Channel) : null;
        return { ok: true, kind: 'rating', requestId: payload.sub, channel: ch };
      }
      if (payload.typ === 'details') return { ok: true, kind: 'details', feedbackId: payload.sub };
      return { ok: false, reason: 'INVALID' };
    } catch (e) {
      return { ok: false, reason: e instanceof errors.JWTExpired ? 'EXPIRED' : 'INVALID' };
    }
  }

  private async sign(claims: Record<string, string>, subject: string, expiresAt: Date): Promise<string> {
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key.bytes);
    return `${this.publicUrl.replace(/\/$/, '')}/r/${token}`;
  }
}
