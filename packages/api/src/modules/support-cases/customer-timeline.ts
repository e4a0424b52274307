// The customer 360: one timeline of everything between the company and a customer (orders,
// feedback, escalations, cases, messages, calls), the open items on top, then newest first.
// One SQL query over the tables, paged, so a customer with years of history stays one page away.
import type { EntityManager } from '@mikro-orm/postgresql';
import { CallTaskStatus, Channel, EscalationStatus, MessageKind, OrderStatus, TimelineKind, Touchpoint } from '../../common/enums.js';
import { isUuid } from '../../common/find.js';
import { badInput } from '../../common/errors.js';
import { ACTIVE_CASE } from './case-state.js';

export interface TimelineEntryRow {
  id: string;
  kind: TimelineKind;
  at: Date;
  title: string;
  detail: string | null;
  open: boolean;
  status: string | null;
  channel: string | null;
  orderId: string | null;
  escalationId: string | null;
  supportCaseId: string | null;
  feedbackId: string | null;
}

/** Staff alerts are e-mails to the desk about the customer, not messages to them: not on their timeline. */
export const STAFF_NOTICES: readonly MessageKind[] = [MessageKind.ESCALATION_ALERT, MessageKind.SLA_BREACH_ALERT, MessageKind.VENDOR_ACTION_NOTICE, MessageKind.CASE_ALERT];

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const OPEN_ORDER = [OrderStatus.CREATED, OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP, OrderStatus.INSPECTED];
const OPEN_ESCALATION = [EscalationStatus.OPEN, EscalationStatus.CONTACTED, EscalationStatus.ROUTED];

/** The titles in people's words (the entries' raw statuses stay in `status`). */
const MESSAGE_WORDS: Partial<Record<MessageKind, string>> = {
  [MessageKind.REQUEST]: 'Rating request', [MessageKind.REMINDER]: 'Reminder', [MessageKind.FINAL_FOLLOW_UP]: 'Final follow-up',
  [MessageKind.DETAILS_PROMPT]: 'Asked for details', [MessageKind.PUBLIC_REVIEW_INVITE]: 'Review invite', [MessageKind.STORE_REDIRECT]: 'Store review invite',
  [MessageKind.UPDATED_RATING_REQUEST]: 'Updated-rating request', [MessageKind.CASE_REPLY]: 'Reply', [MessageKind.CASE_UPDATE]: 'Case update',
  [MessageKind.RECEIPT]: 'Payment receipt', [MessageKind.MONEY_NOTICE]: 'Money sent',
};
const CHANNEL_WORDS: Record<Channel, string> = { [Channel.APP]: 'in the app', [Channel.WHATSAPP]: 'on WhatsApp', [Channel.SMS]: 'by SMS', [Channel.EMAIL]: 'by e-mail', [Channel.CALL]: 'by phone' };
const TOUCHPOINT_WORDS: Record<Touchpoint, string> = {
  [Touchpoint.ORDER_COMPLETED]: 'after the sale', [Touchpoint.AFTER_PICKUP]: 'after pickup', [Touchpoint.AFTER_PAYMENT]: 'after payment',
  [Touchpoint.AFTER_RESOLUTION]: 'after the resolution', [Touchpoint.AFTER_VENDOR_REPLACEMENT]: 'after the vendor change',
};

/** `case <expr> when 'A' then 'words' … else <expr> end`, from a table of constants (never user input). */
const words = (expr: string, table: Partial<Record<string, string>>) =>
  `case ${expr}::text ${Object.entries(table).map(([k, v]) => `when '${k}' then '${v!.replace(/'/g, "''")}'`).join(' ')} else ${expr}::text end`;
const lowerWords = (expr: string) => `lower(replace(${expr}, '_', ' '))`;

/** Every kind as one row shape; `cu` is the customer's id, bound once. */
const ENTRIES = `
  with p as (select ?::uuid as cu),
  orders as (select o.* from customer_order o, p where o.customer_id = p.cu)
  select 'ORDER' as kind, o.id::text as id, o.created_at as at, 'Order ' || o.external_ref || ' · ' || o.device_model as title,
    coalesce('Quoted ₹' || o.quoted_price, '') || coalesce(', final ₹' || o.final_price, '') as detail,
    o.status in (${quoted(OPEN_ORDER)}) as open, o.status::text as status, null as channel, o.id as order_id, null::uuid as escalation_id, null::uuid as support_case_id, null::uuid as feedback_id
  from orders o
  union all
  select 'FEEDBACK', f.id::text, f.created_at, f.rating || '★ feedback ' || ${words('f.touchpoint', TOUCHPOINT_WORDS)} || ' · ' || o.external_ref,
    f.comment, false, f.route::text, f.channel::text, o.id, null, f.support_case_id, f.id
  from feedback f join orders o on o.id = f.order_id
  union all
  select 'ESCALATION', e.id::text, e.created_at, 'Escalation' || coalesce(' · ' || ${lowerWords('e.category')}, '') || ' · ' || o.external_ref,
    e.resolution, e.status in (${quoted(OPEN_ESCALATION)}), e.status::text, null, o.id, e.id, null, e.feedback_id
  from escalation e join orders o on o.id = e.order_id
  union all
  select 'CASE', c.id::text, c.created_at, 'CX-' || c.seq || ' · ' || c.subject,
    coalesce(c.resolution, c.description), c.status in (${quoted(ACTIVE_CASE)}), c.status::text, c.channel::text, c.order_id, null, c.id, null
  from support_case c, p where c.customer_id = p.cu
  union all
  select 'MESSAGE', m.id::text, coalesce(m.sent_at, m.scheduled_for), ${words('m.kind', MESSAGE_WORDS)} || ' ' || ${words('m.channel', CHANNEL_WORDS)}, m.body,
    m.status = 'SCHEDULED', m.status::text, m.channel::text, m.order_id, null, m.support_case_id, null
  from message m, p
  where m.kind not in (${quoted(STAFF_NOTICES)}) and (m.order_id in (select id from orders) or m.support_case_id in (select id from support_case where customer_id = p.cu))
  union all
  select 'CALL', t.id::text, coalesce(t.completed_at, t.created_at), 'Call task: ' || ${lowerWords(`array_to_string(t.reasons, ', ')`)} || ' · ' || o.external_ref,
    t.outcome, t.status = '${CallTaskStatus.OPEN}', t.status::text, 'CALL', o.id, t.escalation_id, null, null
  from call_task t join orders o on o.id = t.order_id
  union all
  select 'CALL', i.id::text, i.at, case when i.support_case_id is null then 'Call logged on the escalation' else 'Call logged on case CX-' || c.seq end, i.summary,
    false, i.kind::text, 'CALL', coalesce(e.order_id, c.order_id), i.escalation_id, i.support_case_id, null
  from interaction i
    left join escalation e on e.id = i.escalation_id
    left join support_case c on c.id = i.support_case_id
    cross join p
  where i.channel = 'CALL' and i.kind in ('CONTACT', 'REPLY') and (e.order_id in (select id from orders) or c.customer_id = p.cu)`;

export const TIMELINE_MAX_PER_PAGE = 200;

/** kinds: only these (all when null); the paging counts the chosen kinds only, so a filtered page is full. */
export async function customerTimeline(
  em: EntityManager, customerId: string, page: number, perPage: number, kinds: readonly TimelineKind[] | null = null,
): Promise<TimelineEntryRow[]> {
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > TIMELINE_MAX_PER_PAGE) throw badInput('perPage', `perPage must be between 1 and ${TIMELINE_MAX_PER_PAGE}.`);
  if (!Number.isInteger(page) || page < 0) throw badInput('page', 'page must be 0 or more (pages count from 0).');
  if (!isUuid(customerId)) return [];
  // GraphQL has checked each against the enum; filtered again so only enum literals reach the SQL text.
  const only = kinds?.filter((k) => Object.values(TimelineKind).includes(k));
  if (only && only.length === 0) return [];
  const where = only ? `where kind in (${quoted(only)})` : '';
  const rows: Record<string, unknown>[] = await em.execute(
    `select * from (${ENTRIES}) entries ${where} order by open desc, at desc, id desc limit ? offset ?`,
    [customerId, perPage, page * perPage],
  );
  return rows.map((r) => ({
    id: `${r.kind as string}:${r.id as string}`,
    kind: r.kind as TimelineKind,
    at: new Date(r.at as string),
    title: r.title as string,
    detail: (r.detail as string | null) ?? null,
    open: Boolean(r.open),
    status: (r.status as string | null) ?? null,
    channel: (r.channel as string | null) ?? null,
    orderId: (r.order_id as string | null) ?? null,
    escalationId: (r.escalation_id as string | null) ?? null,
    supportCaseId: (r.support_case_id as string | null) ?? null,
    feedbackId: (r.feedback_id as string | null) ?? null,
  }));
}

