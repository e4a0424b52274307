// The shortlist checks as the API reports them (Review.checkDetails): whether each passed, what it
// asks (with the policy numbers in force) and whether MARKETING may override it all come from the
// API; the panel only names them (cx.reviews.checks.<check>).
import type { TranslateFunction } from 'react-admin';

export interface CheckDetail {
  check: string;
  passed: boolean;
  overridable: boolean;
  hint: string;
  /** Why it came out as it did (genuine: "Verified order CK-…", which platform vouches, or what is missing). */
  explanation?: string | null;
}

/** The sparse field to ask for where checks are shown. */
export const CHECK_DETAILS = { checkDetails: ['check', 'passed', 'overridable', 'hint', 'explanation'] };

const LABEL: Record<string, string> = {
  genuine: 'cx.reviews.checks.genuine',
  positiveSentiment: 'cx.reviews.checks.positiveSentiment',
  clearValue: 'cx.reviews.checks.clearValue',
  mentionsBrand: 'cx.reviews.checks.mentionsBrand',
  relevantDevice: 'cx.reviews.checks.relevantDevice',
};

/** A check's short name; one the panel does not know yet goes by the API's id. */
export const checkLabel = (check: string, translate: TranslateFunction): string => (Object.hasOwn(LABEL, check) ? translate(LABEL[check]) : check);

type AnyRecord = { [field: string]: unknown } | undefined;

export const checkDetailsOf = (record: AnyRecord): CheckDetail[] => (record?.checkDetails as CheckDetail[] | undefined) ?? [];

/** Passed; failed but overridden when the review was shortlisted (Review.overriddenChecks); or failed. */
export type CheckState = 'passed' | 'overridden' | 'failed';

export const checkState = (c: CheckDetail, record: AnyRecord): CheckState =>
  c.passed ? 'passed' : ((record?.overriddenChecks as string[] | undefined) ?? []).includes(c.check) ? 'overridden' : 'failed';

/** Each state's colour, the same in the inbox's icons and the drawer's table. */
export const CHECK_COLOR: Record<CheckState, string> = { passed: 'success.main', overridden: 'warning.main', failed: 'error.main' };

/** Failed checks MARKETING may override: shortlisting them needs an override reason. */
export const overridableFailures = (record: AnyRecord): CheckDetail[] =>
  checkDetailsOf(record).filter((c) => !c.passed && c.overridable);
