// A customer's privacy requests: stop all messages (opt-out), a copy of their data (export),
// and erasure of their personal data. Erasure keeps ratings and counts, so analytics and
// vendor scorecards do not change.
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { badInput, conflict } from '../../common/errors.js';
import { findOrFail } from '../../common/find.js';
import { recordAudit } from '../../common/audit.js';
import { messageJobKey, removeJobs } from '../../jobs/schedule.js';
import { actorOf, type Principal } from '../access/principal.js';
import { Customer } from './customer.entity.js';

/** The kinds of message a customer receives (staff alerts are not theirs to stop). */
export const CUSTOMER_MESSAGE_KINDS = ['REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP', 'DETAILS_PROMPT', 'PUBLIC_REVIEW_INVITE', 'STORE_REDIRECT', 'UPDATED_RATING_REQUEST'];

export class CustomerPrivacyService {
  constructor(private readonly clock: Clock) {}

  async setOptOut(em: EntityManager, principal: Principal, customerId: string, optOut: boolean): Promise<Customer> {
    return em.transactional(async (tem) => {
      const c = await findOrFail(tem, Customer, customerId, 'Customer', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      c.messagingOptOut = optOut;
      await tem.flush();
      let cancelled = 0;
      if (optOut) {
        const rows: { id: string }[] = await tem.execute(
          `update message m set status = 'CANCELLED', last_error = 'customer opted out'
           from customer_order o where o.id = m.order_id and o.customer_id = ? and m.status = 'SCHEDULED' and m.kind in (?)
           returning m.id`,
          [customerId, CUSTOMER_MESSAGE_KINDS],
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
    const q = (sql: string) => em.execute(sql, [customerId]);
    const data = {
      exportedAt: this.clock.now().toISOString(),
      customer: { id: c.id, name: c.name, phone: c.phone, email: c.email, corporate: c.corporate, hasWhatsapp: c.hasWhatsapp, messagingOptOut: c.messagingOptOut, createdAt: c.createdAt, erasedAt: c.erasedAt ?? null },
      orders: await q(`select id, external_ref, status, device_category, device_model, quoted_price, final_price, pincode, completed_at, created_at from customer_order where customer_id = ? order by created_at`),
      feedback: await q(`select f.id, f.order_id, f.touchpoint, f.rating, f.comment, f.vendor_behaviour, f.pickup_experience, f.payment_speed, f.vendor_timeliness, f.vendor_professionalism, f.created_at from feedback f join customer_order o on o.id = f.order_id where o.customer_id = ? order by f.created_at`),
      messages: await q(`select m.id, m.kind, m.channel, m.recipient, m.body, m.status, m.scheduled_for, m.sent_at from message m join customer_order o on o.id = m.order_id where o.customer_id = ? and m.kind in ('REQUEST','REMINDER','FINAL_FOLLOW_UP','DETAILS_PROMPT','PUBLIC_REVIEW_INVITE','STORE_REDIRECT','UPDATED_RATING_REQUEST') order by m.scheduled_for`),
      escalations: await q(`select e.id, e.order_id, e.status, e.category, e.created_at, e.resolution, e.resolved_at from escalation e join customer_order o on o.id = e.order_id where o.customer_id = ? order by e.created_at`),
      reviews: await q(`select r.id, r.source, r.author_name, r.rating, r.text, r.posted_at from review r join customer_order o on o.id = r.order_id where o.customer_id = ?`),
    };
    await em.transactional(async (tem) => {
      recordAudit(tem, actorOf(principal), this.clock.now(), { action: 'CUSTOMER_DATA_EXPORTED', entityType: 'Customer', entityId: customerId });
    });
    return JSON.stringify(data);
  }

  async erase(em: EntityManager, principal: Principal, customerId: string, reason: string): Promise<Customer> {
    const why = reason.trim();
    if (!why) throw badInput('reason', 'Say why the data is erased (e.g. the customer\'s request and its date).');
    return em.transactional(async (tem) => {
      const c = await findOrFail(tem, Customer, customerId, 'Customer', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (c.erasedAt) throw conflict('This customer\'s personal data was already erased.');
      const now = this.clock.now();
      c.name = 'Erased customer';
      c.phone = `erased:${c.id}`;
      c.email = null;
      c.erasedAt = now;
      c.messagingOptOut = true;
      await tem.flush();
      const orders = `select id from customer_order where customer_id = ?`;
      await tem.execute(`update feedback set comment = null where order_id in (${orders})`, [customerId]);
      await tem.execute(`update message set recipient = '[erased]', body = '[erased]', status = case when status = 'SCHEDULED' then 'CANCELLED' else status end where order_id in (${orders}) and kind in (?)`, [customerId, CUSTOMER_MESSAGE_KINDS]);
      await tem.execute(`update interaction set summary = '[erased]' where escalation_id in (select id from escalation where order_id in (${orders}))`, [customerId]);
      await tem.execute(`update review set author_name = 'Erased customer', reply = null where order_id in (${orders})`, [customerId]);
      await tem.execute(`update publication set display_name = 'Customer', unpublished_at = coalesce(unpublished_at, ?), unpublish_reason = coalesce(unpublish_reason, 'customer data erased')
        where review_id in (select id from review where order_id in (${orders}))`, [now, customerId]);
      recordAudit(tem, actorOf(principal), now, { action: 'CUSTOMER_ERASED', entityType: 'Customer', entityId: customerId, data: { reason: why } });
      return c;
    });
  }
}
