// A customer's privacy requests: stop all messages (opt-out), a copy of their data (export),
// and erasure of their personal data. Erasure keeps ratings and counts, so analytics and
// vendor scorecards do not change.
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { badInput } from '../../common/errors.js';
import { refusalError } from '../../common/decision.js';
import { findOrFail } from '../../common/find.js';
import { recordAudit } from '../../common/audit.js';
import { normaliseText } from '../../common/text.js';
import { messageJobKey, removeJobs } from '../../jobs/schedule.js';
import { actorOf, type Principal } from '../access/principal.js';
import { Customer } from './customer.entity.js';
import { eraseRefusal, optInRefusal } from './customer.policy.js';
import { ERASED, distinctiveVariants, identifierVariants, scrubPatterns } from './erasure.policy.js';

/** The kinds of message a customer receives (staff alerts are not theirs to stop). */
export const CUSTOMER_MESSAGE_KINDS = ['REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP', 'DETAILS_PROMPT', 'PUBLIC_REVIEW_INVITE', 'STORE_REDIRECT', 'UPDATED_RATING_REQUEST', 'CASE_REPLY', 'CASE_UPDATE', 'MONEY_NOTICE', 'RECEIPT'];

export class CustomerPrivacyService {
  constructor(private readonly clock: Clock) {}

  async setOptOut(em: EntityManager, principal: Principal, customerId: string, optOut: boolean): Promise<Customer> {
    return em.transactional(async (tem) => {
      const c = await findOrFail(tem, Customer, customerId, 'Customer', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const refusal = optOut ? null : optInRefusal(c);
      if (refusal) throw refusalError(refusal);
      c.messagingOptOut = optOut;
      await tem.flush();
      let cancelled = 0;
      if (optOut) {
        const rows: { id: string }[] = await tem.execute(
          `update message m set status = 'CANCELLED', last_error = 'customer opted out'
           where m.status = 'SCHEDULED' and m.kind in (?)
             and (m.order_id in (select id from customer_order where customer_id = ?) or m.support_case_id in (select id from support_case where customer_id = ?))
           returning m.id`,
          [CUSTOMER_MESSAGE_KINDS, customerId, customerId],
        );
        await removeJobs(tem, rows.map((r) => messageJobKey(r.id)));
        cancelled = rows.length;
      }
      recordAudit(tem, actorOf(principal), this.clock.now(), { action: optOut ? 'CUSTOMER_OPTED_OUT' : 'CUSTOMER_OPTED_IN', entityType: 'Customer', entityId: customerId, data: { cancelledMessages: cancelled } });
      return c;
    });
  }

  /** Everything CX Loop holds about the customer, as JSON. */
  async export(em: EntityManager, principal: Principal, customerId: string): Promise<string> {
    const c = await findOrFail(em, Customer, customerId, 'Customer');
    const q = (sql: string, ...more: unknown[]) => em.execute(sql, [customerId, ...more]);
    const mine = `join customer_order o on o.id = e.order_id where o.customer_id = ?`;
    const data = {
      exportedAt: this.clock.now().toISOString(),
      customer: { id: c.id, name: c.name, phone: c.phone, email: c.email, corporate: c.corporate, hasWhatsapp: c.hasWhatsapp, messagingOptOut: c.messagingOptOut, createdAt: c.createdAt, erasedAt: c.erasedAt ?? null },
      orders: await q(`select id, external_ref, status, device_category, device_model, quoted_price, final_price, pincode, payment_reference, completed_at, cancellation_reason, cancellation_note, cancelled_at, created_at from customer_order where customer_id = ? order by created_at`),
      feedback: await q(`select f.id, f.order_id, f.touchpoint, f.rating, f.comment, f.details, f.details_at, f.vendor_behaviour, f.pickup_experience, f.payment_speed, f.vendor_timeliness, f.vendor_professionalism, f.created_at from feedback f join customer_order o on o.id = f.order_id where o.customer_id = ? order by f.created_at`),
      feedbackRequests: await q(`select r.id, r.order_id, r.touchpoint, r.escalation_id, r.status, r.created_at, r.expires_at, r.closed_at from feedback_request r join customer_order o on o.id = r.order_id where o.customer_id = ? order by r.created_at, r.id`),
      messages: await q(`${CONCERNS} select m.id, m.kind, m.channel, m.recipient, m.body, m.status, m.scheduled_for, m.sent_at, m.support_case_id from message m where (m.order_id in (select id from orders) or m.support_case_id in (select id from cases)) and m.kind in (?) order by m.scheduled_for, m.id`, CUSTOMER_MESSAGE_KINDS),
      moneyRequests: await q(`select m.id, m.order_id, m.kind, m.status, m.amount, m.reason, m.proposed_at, m.decided_at, m.decision_note, m.paid_at, m.failure_reason from money_request m join customer_order o on o.id = m.order_id where o.customer_id = ? order by m.proposed_at, m.id`),
      ledger: await q(`select l.id, l.money_request_id, l.order_id, l.kind, l.amount, l.at, l.reference from ledger_entry l where l.customer_id = ? and l.party = 'CUSTOMER' order by l.at, l.id`),
      supportCases: await q(`select c.id, 'CX-' || c.seq as number, c.type, c.status, c.priority, c.channel, c.subject, c.description, c.order_id, c.device_serial, c.team, c.created_at, c.first_responded_at, c.resolved_at, c.resolution, c.closed_at from support_case c where c.customer_id = ? order by c.created_at, c.id`),
      caseInteractions: await q(`select i.id, i.support_case_id, i.kind, i.channel, i.summary, i.at from interaction i join support_case c on c.id = i.support_case_id where c.customer_id = ? and i.kind <> 'NOTE' order by i.at, i.id`),
      escalations: await q(`select e.id, e.order_id, e.status, e.category, e.created_at, e.resolution, e.resolved_at from escalation e ${mine} order by e.created_at`),
      interactions: await q(`select i.id, i.escalation_id, i.channel, i.summary, i.at from interaction i join escalation e on e.id = i.escalation_id ${mine} order by i.at, i.id`),
      alerts: await q(`select a.id, a.escalation_id, a.kind, a.team, a.text, a.created_at, a.acknowledged_at from alert a join escalation e on e.id = a.escalation_id ${mine} order by a.created_at, a.id`),
      callTasks: await q(`select t.id, t.order_id, t.escalation_id, t.reasons, t.status, t.due_at, t.created_at, t.completed_at, t.outcome from call_task t join customer_order o on o.id = t.order_id where o.customer_id = ? order by t.created_at, t.id`),
      reviews: await q(`select r.id, r.order_id, r.source, r.author_name, r.rating, r.text, r.posted_at, r.status, r.reply, r.consent_note from review r join customer_order o on o.id = r.order_id where o.customer_id = ? order by r.posted_at, r.id`),
      publications: await q(`select p.id, p.review_id, p.platform, p.display_name, p.excerpt, p.rating, p.published_at, p.unpublished_at, p.unpublish_reason from publication p join review r on r.id = p.review_id join customer_order o on o.id = r.order_id where o.customer_id = ? order by p.published_at, p.id`),
      // Who on the staff acted is their personal data, not the customer's: the kind of actor is enough.
      auditEvents: await q(`${CONCERNS} select a.id, a.at, a.actor_type, a.action, a.entity_type, a.entity_id, a.order_id, a.rule, a.data from audit_event a where a.id in (select id from audit) order by a.at, a.id`),
    };
    await em.transactional(async (tem) => {
      recordAudit(tem, actorOf(principal), this.clock.now(), { action: 'CUSTOMER_DATA_EXPORTED', entityType: 'Customer', entityId: customerId });
    });
    return JSON.stringify(data);
  }

  /**
   * Removes the customer's identifiers from everything that concerns them: their record, and
   * each occurrence of their name, phone or e-mail in the free text of their orders, feedback,
   * messages, escalations, support cases, call tasks, reviews, publications and audit entries. Ratings, counts
   * and the rows themselves stay, so analytics, scorecards and timelines still add up.
   */
  async erase(em: EntityManager, principal: Principal, customerId: string, reason: string): Promise<Customer> {
    const why = reason.trim();
    if (!why) throw badInput('reason', 'Say why the data is erased (e.g. the customer\'s request and its date).');
    return em.transactional(async (tem) => {
      const c = await findOrFail(tem, Customer, customerId, 'Customer', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const refusal = eraseRefusal({ erasedAt: c.erasedAt ?? null });
      if (refusal) throw refusalError(refusal);
      const now = this.clock.now();
      const variants = identifierVariants({ name: c.name, phone: c.phone, email: c.email });
      const all = scrubPatterns(variants);
      const distinctive = scrubPatterns(distinctiveVariants(variants));
      c.name = 'Erased customer';
      c.phone = `erased:${c.id}`;
      c.email = null;
      c.erasedAt = now;
      c.messagingOptOut = true;
      // The reason often names the customer: it is written first, so the audit scrub below covers it.
      recordAudit(tem, actorOf(principal), now, { action: 'CUSTOMER_ERASED', entityType: 'Customer', entityId: customerId, data: { reason: why } });
      await tem.flush();
      const run = (sql: string, ...params: unknown[]) => tem.execute(`${CONCERNS}, ${PATTERNS} ${sql}`, [customerId, all.text, all.json, distinctive.text, distinctive.json, ...params]);
      await run(`update feedback set comment = null, details = null where order_id in (select id from orders)`);
      // Messages to the customer are theirs entirely; staff alerts about the order only mention them.
      await run(
        `update message m set recipient = case when m.kind in (?) then '${ERASED}' else m.recipient end,
           body = case when m.kind in (?) then '${ERASED}' else ${rx('m.body')} end,
           last_error = ${rx('m.last_error')},
           status = case when m.kind in (?) and m.status = 'SCHEDULED' then 'CANCELLED' else m.status end
         where m.order_id in (select id from orders)`,
        CUSTOMER_MESSAGE_KINDS, CUSTOMER_MESSAGE_KINDS, CUSTOMER_MESSAGE_KINDS,
      );
      await run(`update message m set recipient = '${ERASED}', body = '${ERASED}', status = case when m.status = 'SCHEDULED' then 'CANCELLED' else m.status end
         where m.support_case_id in (select id from cases) and m.kind in (?)`, CUSTOMER_MESSAGE_KINDS);
      await run(`update message m set body = ${rx('m.body')} where m.support_case_id in (select id from cases) and m.kind not in (?) and ${has('m.body')}`, CUSTOMER_MESSAGE_KINDS);
      // A contact summary is a record of what the customer said: none of it stays (cases' replies, notes and messages alike).
      await run(`update interaction set summary = '${ERASED}' where escalation_id in (select id from escalations) or support_case_id in (select id from cases)`);
      // What the customer asked is theirs; how it was resolved stays, their identifiers out.
      await run(`update support_case set subject = '${ERASED}', description = '${ERASED}', device_serial = null, resolution = ${rx('resolution')},
           park_reason = ${rx('park_reason')}, version = version + 1 where id in (select id from cases)`);
      await run(`update alert set text = ${rx('text')} where support_case_id in (select id from cases) and ${has('text')}`);
      // Money moved stays (the ledger is append-only and holds no names); the words around it lose the customer's identifiers.
      await run(`update money_request set reason = ${rx('reason')}, decision_note = ${rx('decision_note')}, failure_reason = ${rx('failure_reason')}, version = version + 1
         where order_id in (select id from orders) and (${has('reason')} or ${has('decision_note')} or ${has('failure_reason')})`);
      // The payee of a payout still in flight goes too: its retry may then be refused by the provider (a changed body), never paid twice.
      await run(`update money_request set payee_name = 'Erased customer', payee_phone = null where order_id in (select id from orders) and payee_name is not null and kind in ('GOODWILL', 'REFUND')`);
      // Versions move, so an edit made on the text as it was is refused rather than written back.
      await run(`update escalation set resolution = ${rx('resolution')}, version = version + 1 where id in (select id from escalations) and ${has('resolution')}`);
      await run(`update alert set text = ${rx('text')} where escalation_id in (select id from escalations) and ${has('text')}`);
      await run(`update call_task set outcome = ${rx('outcome')} where order_id in (select id from orders) and ${has('outcome')}`);
      // A reference that spells the phone or name is replaced whole: the rest of it would not be unique.
      await run(
        `update customer_order set external_ref = case when ${has('external_ref')} then 'erased:' || id else external_ref end,
           device_model = left(${rx('device_model')}, 255), pincode = left(${rx('pincode')}, 255), payment_reference = left(${rx('payment_reference')}, 255),
           cancellation_note = ${rx('cancellation_note')}
         where id in (select id from orders) and (${['external_ref', 'device_model', 'pincode', 'payment_reference', 'cancellation_note'].map((col) => has(col)).join(' or ')})`,
      );
      const reviews = (await run(
        `update review set author_name = 'Erased customer', text = ${rx('text')}, status_reason = ${rx('status_reason')}, reply = ${rx('reply')},
           consent_note = ${rx('consent_note')}, external_id = case when ${has('external_id')} then 'erased:' || id else external_id end,
           check_genuine_note = ${rx('check_genuine_note')}, version = version + 1
         where id in (select id from reviews) returning id, text`,
      )) as { id: string; text: string }[];
      // RV2 compares normalised texts, so they follow the scrubbed text exactly.
      if (reviews.length) {
        await tem.execute(
          `update review r set normalised_text = v.normalised from json_to_recordset(?::json) as v(id uuid, normalised text) where r.id = v.id`,
          [JSON.stringify(reviews.map((r) => ({ id: r.id, normalised: normaliseText(r.text) })))],
        );
      }
      // Taken down everywhere: a testimonial with the name removed is not what the customer agreed to.
      await run(
        `update publication set display_name = 'Customer', excerpt = left(${rx('excerpt')}, 280),
           unpublished_at = coalesce(unpublished_at, ?), unpublish_reason = coalesce(${rx('unpublish_reason')}, 'customer data erased')
         where review_id in (select id from reviews)`,
        now,
      );
      await run(`update audit_event set data = ${rx('data::text', 'p_json')}::jsonb where id in (select id from audit) and ${has('data::text', 'p_json')}`);
      // Vendor notes are not tied to the customer's rows and may name others with the same first name:
      // only what identifies this customer alone is erased there.
      await run(`update vendor set status_reason = ${rx('status_reason', 'd_text')}, version = version + 1 where ${has('status_reason', 'd_text')}`);
      await run(`update vendor_action set reason = ${rx('reason', 'd_text')} where ${has('reason', 'd_text')}`);
      await run(`update audit_event set data = ${rx('data::text', 'd_json')}::jsonb where entity_type = 'Vendor' and ${has('data::text', 'd_json')}`);
      // Replayable responses are sealed under the caller's credential, so which of them concern
      // this customer cannot be read here: every live one goes. It is a day's retry cache; a
      // partner's retry afterwards meets the SOP's own idempotency (externalRef, one answer per
      // touchpoint) instead of a replay that would hand the erased data back.
      await tem.execute(`delete from idempotency_record`);
      return c;
    });
  }
}

/**
 * The rows that concern one customer (bound once, as the first parameter): their orders, and
 * what hangs off them. `audit` is every audit entry about any of it, found by the order it
 * names or by its entity.
 */
const CONCERNS = `with mine as (select ?::uuid as id),
  orders as (select o.id from customer_order o where o.customer_id = (select id from mine)),
  escalations as (select e.id from escalation e where e.order_id in (select id from orders)),
  reviews as (select r.id from review r where r.order_id in (select id from orders)),
  cases as (select c.id from support_case c where c.customer_id = (select id from mine)),
  subjects as (
    select 'Customer' as type, id from mine
    union all select 'Order', id from orders
    union all select 'Escalation', id from escalations
    union all select 'Review', id from reviews
    union all select 'Feedback', f.id from feedback f where f.order_id in (select id from orders)
    union all select 'FeedbackRequest', r.id from feedback_request r where r.order_id in (select id from orders)
    union all select 'CallTask', t.id from call_task t where t.order_id in (select id from orders)
    union all select 'SupportCase', id from cases
  ),
  audit as (
    select a.id from audit_event a where a.order_id in (select id from orders)
    union select a.id from audit_event a join subjects s on a.entity_type = s.type and a.entity_id = s.id
  )`;

/** The erasure patterns (bound after the customer): all variants, and the distinctive ones, for text and for JSON text. */
const PATTERNS = `pat as (select ?::text as p_text, ?::text as p_json, ?::text as d_text, ?::text as d_json)`;

type Pattern = 'p_text' | 'p_json' | 'd_text' | 'd_json';
const rx = (expr: string, pattern: Pattern = 'p_text') => `regexp_replace(${expr}, (select ${pattern} from pat), '${ERASED}', 'gi')`;
const has = (expr: string, pattern: Pattern = 'p_text') => `${expr} ~* (select ${pattern} from pat)`;
