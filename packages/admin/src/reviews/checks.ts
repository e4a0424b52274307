// The shortlist checks as the API reports them (Review.checkDetails): whether each passed, what it
// asks (with the policy numbers in force) and whether MARKETING may override it all come from the
// API; the panel only names them.
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
  genuine: 'Genuine',
  positiveSentiment: 'Positive',
  clearValue: 'Clear value',
  mentionsBrand: 'Brand',
  relevantDevice: 'Device',
};

export const checkLabel = (check: string): string => LABEL[check] ?? check;

type AnyRecord = { [field: string]: unknown } | undefined;

export const checkDetailsOf = (record: AnyRecord): CheckDetail[] => (record?.checkDetails as CheckDetail[] | undefined) ?? [];

/** Failed checks MARKETING may override: shortlisting them needs an override reason. */
export const overridableFailures = (record: AnyRecord): CheckDetail[] =>
  checkDetailsOf(record).filter((c) => !c.passed && c.overridable);
