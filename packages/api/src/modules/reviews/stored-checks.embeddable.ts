// RV2: the five shortlist checks as a review stores them (columns check_genuine, …), one
// property per check of the policy: what evaluateChecks returns is what is stored and read back.
import { Embeddable, Property } from '@mikro-orm/core';
import { CHECK_NAMES, type ShortlistChecks } from './shortlist.policy.js';

@Embeddable()
export class StoredChecks implements ShortlistChecks {
  @Property({ type: 'boolean' })
  genuine: boolean = false;

  @Property({ type: 'boolean' })
  positiveSentiment: boolean = false;

  @Property({ type: 'boolean' })
  clearValue: boolean = false;

  @Property({ type: 'boolean' })
  mentionsBrand: boolean = false;

  @Property({ type: 'boolean' })
  relevantDevice: boolean = false;

  /** The policy's checks to store (only the five: nothing else of the value is kept). */
  static of(checks: ShortlistChecks): StoredChecks {
    const stored = new StoredChecks();
    for (const name of CHECK_NAMES) stored[name] = checks[name];
    return stored;
  }
}
