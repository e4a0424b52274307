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

  /**
   * RV2: which way genuine passed ("Verified order CK-…", "Google Business Profile vouches for
   * the author") or why it failed, as of the same evaluation as the flag (column
   * check_genuine_note; null on reviews checked before it was kept).
   */
  @Property({ type: 'text', nullable: true })
  genuineNote?: string | null = null;

  /** The policy's checks to store (the five, and genuine's note: nothing else of the value is kept). */
  static of(checks: ShortlistChecks, genuineNote: string | null = null): StoredChecks {
    const stored = new StoredChecks();
    for (const name of CHECK_NAMES) stored[name] = checks[name];
    stored.genuineNote = genuineNote;
    return stored;
  }
}
