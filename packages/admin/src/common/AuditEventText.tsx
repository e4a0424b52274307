// An audit event (AuditEvent: action, actor, rule, data) as a sentence a person reads — "Asha
// Agent assigned vendor QuickFix Mobiles" — with the SOP rule that fired as a chip naming the
// rule on hover. The sentences are messages keyed by the API's action names (i18n events.*);
// the rules' names are keyed by the ids the server records (rules.*). An action without a
// sentence yet still reads as words: its name and its details, never JSON.
import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslate, type TranslateFunction } from 'react-admin';
import { humanize, humanizeMid } from '../schema';
import { formatDuration, formatRupees, formatWhen } from './format';

export interface AuditEventLike {
  id: string;
  at: string;
  action: string;
  actorType?: string | null;
  actorLabel: string;
  /** The person's name when the API gives it (the label is their e-mail). */
  actorName?: string | null;
  rule?: string | null;
  data?: Record<string, unknown> | null;
}

/** What the event's own data does not carry, but the page knows (the order's amount). */
export interface EventContext {
  amount?: number | null;
}

const ISO = /^\d{4}-\d\d-\d\dT/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-/i;

type Data = Record<string, unknown>;
const str = (d: Data, k: string): string | undefined => (typeof d[k] === 'string' && d[k] !== '' ? (d[k] as string) : undefined);
const num = (d: Data, k: string): number | undefined => (typeof d[k] === 'number' && Number.isFinite(d[k]) ? (d[k] as number) : undefined);
const list = (d: Data, k: string): unknown[] => (Array.isArray(d[k]) ? (d[k] as unknown[]) : []);
const enumList = (values: unknown[]) => values.map((v) => humanizeMid(String(v))).join(', ');

/** A data value as words: dates the panel's way, enums humanized, lists joined, objects by their fields. */
function valueText(v: unknown, translate: TranslateFunction): string {
  if (v === null || v === undefined) return translate('cx.none');
  if (typeof v === 'boolean') return translate(v ? 'ra.boolean.true' : 'ra.boolean.false');
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return ISO.test(v) ? formatWhen(v) : /^[A-Z][A-Z0-9_]+$/.test(v) ? humanizeMid(v) : v;
  if (Array.isArray(v)) return v.map((x) => valueText(x, translate)).join(', ');
  return Object.entries(v as Data)
    .filter(([, x]) => x !== null && x !== undefined)
    .map(([k, x]) => `${humanizeKey(k)} ${valueText(x, translate)}`)
    .join(', ');
}

/** "cancelledMessages" → "cancelled messages". */
const humanizeKey = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** The event's data, field by field, for an action the panel has no sentence for; ids left out. */
export function describeData(data: Data | null | undefined, translate: TranslateFunction): string {
  if (!data) return '';
  return Object.entries(data)
    .filter(([k, v]) => v !== null && v !== undefined && !(typeof v === 'string' && UUID.test(v)) && !/Id$/.test(k))
    .map(([k, v]) => translate('cx.timeline.field', { name: humanizeKey(k), value: valueText(v, translate) }))
    .join(' · ');
}

/** Who did it: the person's name, the API key or customer as the API labels them, or the system. */
export function actorOf(e: AuditEventLike, translate: TranslateFunction): string {
  if (e.actorType === 'SYSTEM') return translate('cx.timeline.system');
  return e.actorName || e.actorLabel || translate('cx.timeline.someone');
}

/** The event as one sentence. */
export function describeEvent(e: AuditEventLike, translate: TranslateFunction, context: EventContext = {}): string {
  const d: Data = e.data ?? {};
  const actor = actorOf(e, translate);
  const t = (key: string, options: Record<string, unknown> = {}) => translate(`events.${key}`, { actor, ...options });
  const stars = (n: number | undefined) => (n === undefined ? translate('cx.none') : translate('cx.timeline.stars', { smart_count: n }));
  const messages = (n: number) => translate('cx.timeline.messages', { smart_count: n });
  const mid = (k: string) => (str(d, k) ? humanizeMid(str(d, k)!) : translate('cx.none'));
  const when = (k: string) => formatWhen(str(d, k));

  switch (e.action) {
    case 'ORDER_CREATED': {
      const fields = list(d, 'customerDetailsNotApplied');
      const options = { ref: str(d, 'externalRef') ?? '', price: formatRupees(num(d, 'quotedPrice')) };
      return fields.length ? t('ORDER_CREATED_not_applied', { ...options, fields: fields.map((f) => humanizeKey(String(f))).join(', ') }) : t('ORDER_CREATED', options);
    }
    case 'ORDER_STATUS_CHANGED': {
      const options = { from: mid('from'), to: mid('to') };
      return num(d, 'finalPrice') !== undefined ? t('ORDER_STATUS_CHANGED_price', { ...options, price: formatRupees(num(d, 'finalPrice')) }) : t('ORDER_STATUS_CHANGED', options);
    }
    case 'ORDER_CANCELLED': {
      const reason = str(d, 'reason');
      if (!reason) return t('ORDER_CANCELLED_no_reason');
      const options = { reason: translate(`cx.orders.cancel.reasons.${reason}`, { _: humanize(reason) }) };
      return str(d, 'note') ? t('ORDER_CANCELLED_note', { ...options, note: str(d, 'note') }) : t('ORDER_CANCELLED', options);
    }
    case 'ORDER_COMPLETED': {
      const reference = str(d, 'paymentReference') ?? '';
      return typeof context.amount === 'number' ? t('ORDER_COMPLETED_amount', { reference, amount: formatRupees(context.amount) }) : t('ORDER_COMPLETED', { reference });
    }
    case 'RECEIPT_SENT':
      return t('RECEIPT_SENT', { number: str(d, 'number') ?? '', channel: translate(`cx.orders.receipt.by.${str(d, 'channel') ?? ''}`, { _: mid('channel') }) });
    case 'VENDOR_ASSIGNED':
    case 'VENDOR_REPLACED':
      return t(e.action, { vendor: str(d, 'vendorName') ?? translate('cx.none') });
    case 'FEEDBACK_REQUEST_OPENED':
      return t('FEEDBACK_REQUEST_OPENED', { touchpoint: mid('touchpoint'), messages: messages(list(d, 'messages').length), until: when('expiresAt') });
    case 'FEEDBACK_REQUEST_RESPONDED':
    case 'FEEDBACK_REQUEST_CANCELLED': {
      const cancelled = num(d, 'cancelledMessages') ?? 0;
      return cancelled > 0 ? t(`${e.action}_cancelled`, { messages: messages(cancelled) }) : t(e.action);
    }
    case 'FEEDBACK_SUBMITTED': {
      const route = str(d, 'route');
      return t('FEEDBACK_SUBMITTED', {
        rating: stars(num(d, 'rating')),
        touchpoint: mid('touchpoint'),
        route: route ? translate(`routes.${route}`, { _: humanizeMid(route) }) : translate('cx.none'),
      });
    }
    case 'FEEDBACK_DETAILS_ADDED':
      return t('FEEDBACK_DETAILS_ADDED', { smart_count: num(d, 'length') ?? 0 });
    case 'CALL_TASK_CREATED':
      return t('CALL_TASK_CREATED', { reasons: enumList(list(d, 'reasons')), due: when('dueAt') });
    case 'CALL_TASK_DONE':
      return t('CALL_TASK_DONE', { outcome: str(d, 'outcome') ?? '' });
    case 'ESCALATION_OPENED': {
      const minutes = num(d, 'slaMinutes');
      return t('ESCALATION_OPENED', { rating: stars(num(d, 'rating')), due: when('firstContactDueAt'), sla: minutes === undefined ? translate('cx.none') : formatDuration(minutes * 60) });
    }
    case 'ESCALATION_SLA_BREACHED':
      return t('ESCALATION_SLA_BREACHED', { due: when('firstContactDueAt') });
    case 'ESCALATION_CONTACT_LOGGED': {
      const channel = mid('channel');
      if (d.firstContact !== true) return t('ESCALATION_CONTACT_LOGGED', { channel });
      return t(d.withinSla === false ? 'ESCALATION_CONTACT_LOGGED_first_late' : 'ESCALATION_CONTACT_LOGGED_first_in_time', { channel });
    }
    case 'ESCALATION_CATEGORIZED':
      return t('ESCALATION_CATEGORIZED', { category: mid('category'), team: humanize(str(d, 'team') ?? '') || translate('cx.none') });
    case 'ESCALATION_RESOLVED':
      return t('ESCALATION_RESOLVED', { resolution: str(d, 'resolution') ?? '' });
    case 'ESCALATION_CLOSED':
      return t('ESCALATION_CLOSED', { rating: stars(num(d, 'updatedRating')) });
    case 'ESCALATION_ASSIGNED':
      if (d.selfAssigned === true) return t('ESCALATION_ASSIGNED_self');
      return str(d, 'assignee') ? t('ESCALATION_ASSIGNED', { assignee: str(d, 'assignee') }) : t('ESCALATION_ASSIGNED_none');
    case 'VENDOR_HOLD':
    case 'VENDOR_DEACTIVATE': {
      // Automatic (V2): the count of complaints in the window that tripped it.
      const complaints = num(d, e.action === 'VENDOR_HOLD' ? 'complaintsInHoldWindow' : 'complaintsInDeactivateWindow');
      if (complaints !== undefined) return t(`${e.action}_automatic`, { smart_count: complaints });
      return t(e.action, { reason: str(d, 'reason') ?? '' });
    }
    case 'VENDOR_REINSTATE':
      return t('VENDOR_REINSTATE', { reason: str(d, 'reason') ?? '' });
    case 'VENDOR_CREATED':
    case 'VENDOR_UPDATED':
      return t(e.action, { name: str(d, 'name') ?? '' });
    case 'REVIEW_IMPORTED':
      return t('REVIEW_IMPORTED', { rating: stars(num(d, 'rating')), source: humanize(str(d, 'source') ?? '') });
    case 'REVIEW_CHECKS_CHANGED':
      return t('REVIEW_CHECKS_CHANGED', { why: str(d, 'why') ?? describeData(d, translate) });
    case 'REVIEW_SHORTLISTED': {
      const overridden = list(d, 'overridden');
      return overridden.length
        ? t('REVIEW_SHORTLISTED_override', { checks: overridden.map((c) => humanizeKey(String(c))).join(', '), reason: str(d, 'overrideReason') ?? '' })
        : t('REVIEW_SHORTLISTED');
    }
    case 'REVIEW_REJECTED':
      return t('REVIEW_REJECTED', { reason: str(d, 'reason') ?? '' });
    case 'REVIEW_PUBLISHED':
      return t('REVIEW_PUBLISHED', { platforms: list(d, 'platforms').map((p) => humanize(String(p))).join(', '), displayName: str(d, 'displayName') ?? '' });
    case 'REVIEW_UNPUBLISHED':
      return t('REVIEW_UNPUBLISHED', { platforms: list(d, 'platforms').map((p) => humanize(String(p))).join(', '), reason: str(d, 'reason') ?? '' });
    case 'REVIEW_REPLIED':
      return t('REVIEW_REPLIED', { reply: str(d, 'reply') ?? '' });
    case 'REVIEW_ORDER_CONFIRMED':
      return t('REVIEW_ORDER_CONFIRMED', { ref: str(d, 'externalRef') ?? '' });
    case 'CUSTOMER_OPTED_OUT':
      return t('CUSTOMER_OPTED_OUT', { messages: messages(num(d, 'cancelledMessages') ?? 0) });
    case 'CUSTOMER_ERASED':
      return t('CUSTOMER_ERASED', { reason: str(d, 'reason') ?? '' });
    case 'API_KEY_CREATED':
      return t('API_KEY_CREATED', { name: str(d, 'name') ?? '', scopes: list(d, 'scopes').map((s) => humanize(String(s))).join(', ') });
    case 'USER_CREATED':
      return t('USER_CREATED', { email: str(d, 'email') ?? '', roles: enumList(list(d, 'roles')) });
    case 'FEEDBACK_REQUEST_EXPIRED':
    case 'CUSTOMER_OPTED_IN':
    case 'CUSTOMER_DATA_EXPORTED':
    case 'API_KEY_REVOKED':
    case 'USER_UPDATED':
    case 'PASSWORD_SET':
      return t(e.action);
    default: {
      const details = describeData(d, translate);
      const sentence = t('unknown', { action: humanize(e.action) });
      return details ? `${sentence} (${details})` : sentence;
    }
  }
}

/** "R1,R5" (a routing decision records every rule that applied) → ["R1", "R5"]. */
export const rulesOf = (rule?: string | null): string[] => (rule ? rule.split(',').map((r) => r.trim()).filter(Boolean) : []);

/** The rule's id, its name on hover (and to screen readers). */
export function RuleChip({ rule }: { rule: string }) {
  const translate = useTranslate();
  const key = `rules.${rule}`;
  const name = translate(key);
  // A rule the messages do not name yet comes back as its key: show the id alone.
  const title = name !== key ? translate('cx.timeline.rule', { id: rule, name }) : translate('cx.timeline.rule_unknown', { id: rule });
  return (
    <Tooltip title={title} arrow>
      <Chip size="small" variant="outlined" label={rule} component="abbr" tabIndex={0} sx={{ textDecoration: 'none', cursor: 'help' }} data-testid="rule-chip" />
    </Tooltip>
  );
}

/** The event's sentence with its rules, for a timeline row. */
export function AuditEventText({ event, context }: { event: AuditEventLike; context?: EventContext }) {
  const translate = useTranslate();
  const rules = rulesOf(event.rule);
  return (
    <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap data-testid="timeline-event">
      <Typography variant="body2" component="span">
        {describeEvent(event, translate, context)}
      </Typography>
      {rules.map((r) => (
        <RuleChip key={r} rule={r} />
      ))}
    </Stack>
  );
}
