// Realistic demo data for a fresh installation: eight weeks of orders, ratings, escalations
// and call tasks, created through the services (on a clock that walks through those weeks)
// so every SOP rule and audit event applies exactly as in real use. Loads only into a
// database with no orders.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ManualClock } from '../common/clock.js';
import { CancellationReason, CaseStatus, CaseType, Channel, DeviceCategory, EscalationCategory, MoneyKind, OrderStatus, ReviewSource, Role, Team, Touchpoint } from '../common/enums.js';
import { FeedbackRequest } from '../modules/feedback/feedback-request.entity.js';
import type { Principal } from '../modules/access/principal.js';
import { User } from '../modules/access/user.entity.js';
import { Escalation } from '../modules/escalations/escalation.entity.js';
import { Order } from '../modules/orders/order.entity.js';
import { defaultDisplayName } from '../modules/reviews/review.policy.js';
import { VENDOR_COMPLAINT_CATEGORIES } from '../modules/vendors/vendor.policy.js';
import type { Services } from '../services.js';

const VENDORS: [string, string][] = [
  ['QuickCash Mobiles', 'Bengaluru'], ['Sai Ram Electronics', 'Hyderabad'], ['GadgetKart Buyback', 'Mumbai'],
  ['Delhi Device Hub', 'New Delhi'], ['Chennai Phone Point', 'Chennai'], ['Pune Recommerce Co.', 'Pune'],
  ['Kolkata Kart Exchange', 'Kolkata'], ['Ahmedabad Mobile Mart', 'Ahmedabad'], ['Jaipur Tech Traders', 'Jaipur'],
  ['Lucknow Gadget Care', 'Lucknow'],
];

const FIRST = ['Rahul', 'Priya', 'Amit', 'Sneha', 'Vikram', 'Ananya', 'Arjun', 'Kavya', 'Rohan', 'Meera', 'Karthik', 'Divya', 'Suresh', 'Pooja', 'Aditya', 'Neha', 'Manish', 'Lakshmi', 'Farhan', 'Simran'];
const LAST = ['Sharma', 'Iyer', 'Patel', 'Reddy', 'Singh', 'Nair', 'Gupta', 'Menon', 'Khan', 'Das', 'Joshi', 'Kulkarni', 'Banerjee', 'Chowdhury', 'Rao'];

const DEVICES: [DeviceCategory, string, number][] = [
  [DeviceCategory.PHONE, 'Apple iPhone 13 128GB', 32000], [DeviceCategory.PHONE, 'Samsung Galaxy S22 Ultra', 41000],
  [DeviceCategory.PHONE, 'OnePlus 11R 5G', 17500], [DeviceCategory.PHONE, 'Redmi Note 12 Pro', 8200],
  [DeviceCategory.PHONE, 'Apple iPhone 14 Pro 256GB', 61000], [DeviceCategory.LAPTOP, 'Dell Inspiron 15 3520', 21000],
  [DeviceCategory.LAPTOP, 'HP Pavilion x360', 24500], [DeviceCategory.MACBOOK, 'MacBook Air M1 2020', 43000],
  [DeviceCategory.MACBOOK, 'MacBook Pro 14 M2 Pro', 98000], [DeviceCategory.TABLET, 'Apple iPad 9th Gen', 14500],
  [DeviceCategory.TABLET, 'Samsung Galaxy Tab S8', 26000], [DeviceCategory.PHONE, 'Vivo V27 Pro', 12800],
];

// Where each demo order ends up; every status appears, most orders complete.
const PATHS: OrderStatus[][] = [
  [],
  [OrderStatus.PICKUP_SCHEDULED],
  [OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP],
  [OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP, OrderStatus.INSPECTED],
  [OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP, OrderStatus.INSPECTED, OrderStatus.COMPLETED],
  [OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP, OrderStatus.INSPECTED, OrderStatus.COMPLETED],
  [OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP, OrderStatus.INSPECTED, OrderStatus.COMPLETED],
  [OrderStatus.CANCELLED],
  [OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP, OrderStatus.INSPECTED, OrderStatus.COMPLETED],
  [OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP, OrderStatus.INSPECTED, OrderStatus.RETURNED],
];

const RATINGS = [5, 4, 5, 2, 4, 5, 3, 1, 5, 4, 4, 5];
const COMPLAINTS = [EscalationCategory.MISSED_PICKUP, EscalationCategory.PAYMENT, EscalationCategory.PRICING, EscalationCategory.VENDOR_BEHAVIOUR, EscalationCategory.DELAY];
const COMMENTS: Record<number, string> = {
  5: 'Smooth pickup and the payment reached my account before the executive left. Great service!',
  4: 'Good price and quick pickup, the executive was a little late.',
  3: 'Okay experience, the inspection took longer than expected.',
  2: 'The final price was cut after inspection without a clear reason.',
  1: 'Pickup was missed twice and nobody called me back.',
};

const MIN = 60_000;
const HOUR = 60 * MIN;

export async function loadDemoData(em: EntityManager, makeServices: (clock: ManualClock) => Services, adminEmail: string): Promise<string | null> {
  if ((await em.count(Order, {})) > 0) return null;
  const admin = await em.findOneOrFail(User, { email: adminEmail });
  const actor: Principal = { kind: 'USER', id: admin.id, email: admin.email, name: admin.name, roles: [Role.ADMIN] };
  const orders = 80;
  // Walk from eight weeks ago to a few minutes ago, so charts have history and the queue has live SLAs.
  const end = Date.now() - 5 * MIN;
  const clock = new ManualClock(new Date(end - 8 * 7 * 24 * HOUR));
  const step = (8 * 7 * 24 * HOUR) / orders;
  const services = makeServices(clock);
  await services.keys.init(em.fork());

  const vendors = [];
  for (const [name, city] of VENDORS) vendors.push(await services.vendors.createVendor(em.fork(), actor, name, city));

  let completed = 0;
  let escalations = 0;
  for (let i = 0; i < orders; i++) {
    clock.set(new Date(end - 8 * 7 * 24 * HOUR + i * step));
    const [category, model, price] = DEVICES[i % DEVICES.length];
    // Some customers come back: every sixth order reuses an earlier customer.
    const customerNo = i % 6 === 5 ? i - 5 : i;
    const name = `${FIRST[customerNo % FIRST.length]} ${LAST[(customerNo * 7) % LAST.length]}`;
    const order = await services.orders.createOrder(em.fork(), actor, {
      externalRef: `CK-${240100 + i}`,
      customer: {
        name,
        phone: `98${String(45_000_000 + customerNo * 7919).padStart(8, '0')}`,
        email: customerNo % 3 === 0 ? `${name.toLowerCase().replace(' ', '.')}@example.in` : null,
        corporate: customerNo % 11 === 0,
        hasWhatsapp: customerNo % 13 !== 7,
      },
      deviceCategory: category,
      deviceModel: model,
      quotedPrice: price,
      pincode: String(560001 + (i % 90)),
      vendorId: null,
    });
    const path = PATHS[i % PATHS.length];
    if (path.length && path[0] !== OrderStatus.CANCELLED) {
      await services.orders.assignVendor(em.fork(), actor, order.id, vendors[(i * 7) % 9].id);
    }
    for (const s of path) {
      clock.advance(2 * HOUR);
      if (s === OrderStatus.COMPLETED) {
        await services.orders.completeOrder(em.fork(), actor, order.id, `PAY-${order.externalRef}`);
        completed++;
      } else {
        // Inspection sometimes finds the device worse than described: a lower final price.
        const finalPrice = s === OrderStatus.INSPECTED ? Math.round((price * (i % 4 === 0 ? 0.9 : 1)) / 100) * 100 : null;
        await services.orders.advanceOrder(em.fork(), actor, order.id, s, finalPrice);
      }
    }
    // F6: about half the customers answer the pickup question too, a little after the pickup.
    if (path.includes(OrderStatus.PICKED_UP) && i % 2 === 0) {
      await services.feedback.submit(em.fork(), actor, {
        orderId: order.id, touchpoint: Touchpoint.AFTER_PICKUP, rating: i % 10 === 4 ? 3 : 5, vendorTimeliness: i % 10 === 4 ? 2 : 5, pickupExperience: i % 10 === 4 ? 3 : 5,
        channel: Channel.WHATSAPP,
      });
    }
    if (path.at(-1) !== OrderStatus.COMPLETED) continue;

    // The customer answers within the hour; low ratings go through the escalation loop.
    clock.advance(40 * MIN);
    const rating = RATINGS[completed % RATINGS.length];
    const sub = Math.max(1, Math.min(5, rating + ((i % 3) - 1)));
    const feedback = await services.feedback.submit(em.fork(), actor, {
      orderId: order.id, touchpoint: Touchpoint.ORDER_COMPLETED, rating, comment: COMMENTS[rating],
      vendorBehaviour: sub, pickupExperience: rating, paymentSpeed: Math.min(5, rating + 1), vendorTimeliness: sub, vendorProfessionalism: rating,
      channel: Channel.WHATSAPP,
    });
    // R2: most 3-star customers say what could have been better when asked.
    if (rating === 3 && i % 4 !== 3) {
      clock.advance(20 * MIN);
      await services.feedback.addDetails(em.fork(), actor, { feedbackId: feedback.id }, 'The executive came an hour after the slot and the inspection took long; the payment itself was quick.');
    }
    if (rating > 2) continue;
    escalations++;
    const esc = await em.fork().findOneOrFail(Escalation, { feedback: feedback.id });
    // The newest escalations stay open, so the queue shows live SLA countdowns.
    if (i >= orders - 12) continue;
    clock.advance((escalations % 4 === 0 ? 25 : 9) * MIN);
    await services.escalations.logContact(em.fork(), actor, esc.id, Channel.CALL, 'Called the customer, apologised and agreed next steps.');
    await services.escalations.categorize(em.fork(), actor, esc.id, COMPLAINTS[escalations % COMPLAINTS.length]);
    clock.advance(3 * HOUR);
    await services.escalations.resolve(em.fork(), actor, esc.id, 'Issue fixed with the vendor and the customer informed.');
    clock.advance(2 * HOUR);
    await services.feedback.submit(em.fork(), actor, { orderId: order.id, touchpoint: Touchpoint.AFTER_RESOLUTION, rating: escalations % 3 === 0 ? 2 : 4, channel: Channel.WHATSAPP });
  }
  await loadNearHoldVendor(em, services, actor, clock, vendors, end);
  const cases = await loadDemoCases(em, services, actor, clock, end);
  const money = await loadDemoMoney(em, services, actor, clock, end);
  const reviews = await loadDemoReviews(em, services, actor, clock);
  return `${vendors.length} vendors, ${orders} orders (${completed} completed, ${escalations} escalated) over eight weeks, ${cases} support cases, ${money} money requests, ${reviews} public reviews`;
}

/** What customers asked about (SOP 002, 003, 004), and how the demo desk handled it. */
const CASES: { type: CaseType; subject: string; description: string; team?: Team; park?: boolean; serial?: string }[] = [
  { type: CaseType.ORDER_STATUS, subject: 'Where is my pickup?', description: 'The pickup was scheduled for this morning and nobody has come yet.' },
  { type: CaseType.PAYMENT_ISSUE, subject: 'Payment came in short', description: 'I was paid ₹1,500 less than the final price shown in the app.', team: Team.FINANCE },
  { type: CaseType.REFUND_STATUS, subject: 'When will my refund arrive?', description: 'The order was cancelled three days ago and the booking fee is not back yet.', team: Team.FINANCE },
  { type: CaseType.INVOICE, subject: 'Invoice has the wrong name', description: 'My company name is missing on the invoice; I need it for reimbursement.', park: true },
  { type: CaseType.RESCHEDULE, subject: 'Reschedule my pickup to Saturday', description: 'I will be travelling on Friday; please move the pickup to Saturday morning.' },
  { type: CaseType.CHANGE_DETAILS, subject: 'Pickup address changed', description: 'I have moved; can the executive come to my new flat in Koramangala?', team: Team.VENDOR_OPS },
  { type: CaseType.UNABLE_TO_ORDER, subject: 'App crashes at checkout', description: 'The app closes when I tap "Sell now" after the price.', team: Team.TECH },
  { type: CaseType.PRODUCT_SUPPORT, subject: 'Is my device still under warranty?', description: 'I want to know if the phone I am selling is still under warranty.', serial: '490154203237518' },
  { type: CaseType.PRICING, subject: 'Why was the price reduced?', description: 'The quote was ₹32,000 but the executive offered ₹28,800 after inspection.' },
  { type: CaseType.RECEIPT, subject: 'Need the payment receipt again', description: 'Please send the receipt for my last sale to my e-mail.', park: true },
];

/**
 * Support cases across the eight weeks: the older ones replied to, escalated where the SOP says,
 * resolved and rated (K3–K6); the newest still open, some parked, so the inbox shows live clocks.
 */
async function loadDemoCases(em: EntityManager, services: Services, actor: Principal, clock: ManualClock, end: number): Promise<number> {
  const orders = await em.fork().find(Order, {}, { orderBy: { createdAt: 'asc' }, populate: ['customer'] });
  const count = 24;
  for (let i = 0; i < count; i++) {
    const spec = CASES[i % CASES.length];
    const order = orders[(i * 13) % orders.length];
    const recent = i >= count - 8;
    clock.set(new Date(end - (recent ? (count - i) * 40 * MIN : (count - i) * 2 * 24 * HOUR)));
    const c = await services.cases.open(em.fork(), actor, {
      type: spec.type, channel: i % 3 === 0 ? Channel.CALL : i % 3 === 1 ? Channel.WHATSAPP : Channel.EMAIL, subject: spec.subject,
      description: spec.description, customerId: order.customer.id, orderId: spec.type === CaseType.UNABLE_TO_ORDER ? null : order.id,
      deviceSerial: spec.serial ?? null,
    });
    if (recent && i % 2 === 0) continue;
    clock.advance((i % 4 === 0 ? 5 * HOUR : 35 * MIN));
    const channel = order.customer.hasWhatsapp ? Channel.WHATSAPP : Channel.SMS;
    await services.cases.reply(em.fork(), actor, c.id, channel, `Hi ${order.customer.name.split(' ')[0]}, thank you for reaching out: I am looking into "${spec.subject}" and will update you shortly.`);
    if (spec.park) {
      clock.advance(20 * MIN);
      await services.cases.park(em.fork(), actor, c.id, CaseStatus.PENDING_CUSTOMER, 'Waiting for the customer to confirm their e-mail address (OB form).', recent ? new Date(end + 24 * HOUR) : null);
    }
    if (spec.team) {
      clock.advance(30 * MIN);
      await services.cases.escalate(em.fork(), actor, c.id, spec.team, `Needs ${spec.team} to act: ${spec.subject.toLowerCase()}.`);
    }
    if (recent) continue;
    clock.advance((i % 5 === 0 ? 30 : 6) * HOUR);
    await services.cases.resolve(em.fork(), actor, c.id, 'Sorted out with the team concerned and confirmed with the customer.');
    // Most customers rate the resolution (K6) through the request's link.
    const request = await em.fork().findOne(FeedbackRequest, { supportCase: c.id });
    if (request && i % 4 !== 3) {
      clock.advance(HOUR);
      await services.feedback.submitFromRequest(em.fork(), request.id, { rating: i % 6 === 0 ? 2 : i % 3 === 0 ? 3 : 5 }, Channel.WHATSAPP);
    }
    if (i % 7 === 2) {
      clock.advance(24 * HOUR);
      await services.cases.customerMessage(em.fork(), null, c.id, 'It happened again today, please check.', channel);
    }
  }
  return count;
}

/**
 * Finance's queue (M1–M5): refunds the policy approved and paid, one waiting for FINANCE with its
 * fraud factors, one FINANCE rejected, a refund recovered from the vendor, and goodwill after a
 * no-show — proposed by CX, decided by a FINANCE person, through the services.
 */
async function loadDemoMoney(em: EntityManager, services: Services, actor: Principal, clock: ManualClock, end: number): Promise<number> {
  // A FINANCE person decides when the installation has one (never the proposer: M3).
  const finance = await em.fork().findOne(User, { roles: { $overlap: [Role.FINANCE] }, active: true });
  const completed = await em.fork().find(Order, { status: OrderStatus.COMPLETED }, { orderBy: { completedAt: 'asc' }, limit: 12 });
  let made = 0;
  const propose = async (i: number, kind: MoneyKind, amount: number | null, reason: string, recoverFromVendor = false) => {
    clock.set(new Date(end - (12 - i) * 20 * HOUR));
    const r = await services.money.propose(em.fork(), actor, { orderId: completed[i].id, kind, amount, reason, recoverFromVendor });
    made++;
    return r;
  };
  if (completed.length >= 6) {
    await propose(0, MoneyKind.REFUND, 1200, 'Duplicate charge on the payout: the customer was charged the pickup fee twice.');
    await propose(1, MoneyKind.REFUND, 2500, 'Wrong job: the executive started the job on the wrong device.', true);
    const waiting = await propose(2, MoneyKind.REFUND, 6500, 'Overcharge: the inspection price cut was not agreed with the customer.');
    const rejected = await propose(3, MoneyKind.REFUND, 4800, 'Customer says the price was lowered after pickup.');
    if (finance) {
      clock.advance(2 * HOUR);
      const checker: Principal = { kind: 'USER', id: finance.id, email: finance.email, name: finance.name, roles: finance.roles };
      await services.money.reject(em.fork(), checker, rejected.id, 'The customer accepted the inspected price in the app; no overcharge.');
    }
    await propose(4, MoneyKind.VENDOR_EXTRA, null, 'The customer moved: the vendor goes to the new address (SOP 002, ₹100 extra).');
    // `waiting` (₹6,500, above the policy's ₹3,000) stays PROPOSED for FINANCE to decide.
    void waiting;
  }
  const noShow = await em.fork().findOne(Order, { status: OrderStatus.CREATED }, { orderBy: { createdAt: 'desc' } });
  if (noShow) {
    clock.set(new Date(end - 3 * HOUR));
    await services.orders.cancelOrder(em.fork(), actor, noShow.id, { reason: CancellationReason.VENDOR_NO_SHOW, note: 'The executive did not come for the slot.' });
    await services.money.propose(em.fork(), actor, { orderId: noShow.id, kind: MoneyKind.GOODWILL, reason: 'Vendor no-show: goodwill as the SOP allows.' });
    made++;
  }
  return made;
}

/**
 * V2 for Vendor Ops to watch: an active vendor with no complaint in two months gets two in the last
 * ten days (one short of the automatic hold), both routed to VENDOR_OPS and not yet resolved.
 */
async function loadNearHoldVendor(em: EntityManager, services: Services, actor: Principal, clock: ManualClock, vendors: { id: string }[], end: number): Promise<void> {
  // No complaint in the longest window (deactivation's), so the two below are all V2 counts.
  const since = new Date(end - 60 * 24 * HOUR);
  const complained = new Set(
    (await em.fork().find(Escalation, { createdAt: { $gte: since }, category: { $in: [...VENDOR_COMPLAINT_CATEGORIES] } }, { fields: ['vendor'] })).map((e) => e.vendor?.id),
  );
  const vendor = vendors.find((v) => !complained.has(v.id));
  if (!vendor) return;
  const cases: [string, EscalationCategory, string][] = [
    ['Ishaan Verma', EscalationCategory.MISSED_PICKUP, 'Nobody came in the slot and the phone was switched off.'],
    ['Ritika Bose', EscalationCategory.VENDOR_BEHAVIOUR, 'The executive was rude and pushed me to accept a lower price.'],
  ];
  for (const [n, [name, category, comment]] of cases.entries()) {
    clock.set(new Date(end - (10 - n * 4) * 24 * HOUR));
    const order = await services.orders.createOrder(em.fork(), actor, {
      externalRef: `CK-${240300 + n}`,
      customer: { name, phone: `98${String(47_000_000 + n * 7919).padStart(8, '0')}`, email: null, corporate: false, hasWhatsapp: true },
      deviceCategory: DeviceCategory.PHONE, deviceModel: 'Samsung Galaxy S21 FE', quotedPrice: 16000, pincode: '560034', vendorId: vendor.id,
    });
    for (const s of [OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP, OrderStatus.INSPECTED]) {
      clock.advance(2 * HOUR);
      await services.orders.advanceOrder(em.fork(), actor, order.id, s, s === OrderStatus.INSPECTED ? 15000 : null);
    }
    clock.advance(HOUR);
    await services.orders.completeOrder(em.fork(), actor, order.id, `PAY-${order.externalRef}`);
    clock.advance(30 * MIN);
    const feedback = await services.feedback.submit(em.fork(), actor, { orderId: order.id, touchpoint: Touchpoint.ORDER_COMPLETED, rating: 1, comment, channel: Channel.WHATSAPP });
    const esc = await em.fork().findOneOrFail(Escalation, { feedback: feedback.id });
    clock.advance(8 * MIN);
    await services.escalations.logContact(em.fork(), actor, esc.id, Channel.CALL, 'Called the customer and apologised; passed to Vendor Ops.');
    await services.escalations.categorize(em.fork(), actor, esc.id, category);
  }
}

/**
 * Public reviews as the Google and Play sync would import them (RV2): a Google review with no
 * order, genuine because Google vouches for its author (ready to shortlist); and two by
 * customers of recent completed orders, posted without an order, for which the review page
 * suggests the order to confirm by hand (the website one is not genuine until then).
 */
async function loadDemoReviews(em: EntityManager, services: Services, actor: Principal, clock: ManualClock): Promise<number> {
  const now = clock.now().getTime();
  const recent = await em.fork().find(
    Order,
    // Completed 3 to 20 days ago: the reviews below are posted a few days after, still in the past.
    { status: OrderStatus.COMPLETED, completedAt: { $gte: new Date(now - 20 * 24 * HOUR), $lte: new Date(now - 3 * 24 * HOUR) } },
    { populate: ['customer'], orderBy: { completedAt: 'desc' } },
  );
  // Two different customers, each with a device a review would name as customers write it.
  const picked = recent.filter((o, i) => recent.findIndex((p) => p.customer.id === o.customer.id) === i).slice(0, 2);
  const spoken = (model: string) => model.replace(/^Apple /, '').replace(/ \d+(GB|TB)$/, '').replace(/ 5G$/, '');
  const rows = [
    {
      source: ReviewSource.GOOGLE_BUSINESS, externalId: 'demo-google-1', authorName: 'Sanjana Mehta', rating: 5,
      text: 'Sold my old Pixel 6 on Cashkr. The pickup executive came on time, checked the phone in minutes and the payment reached my account before he left. Smooth and honest!',
      postedAt: new Date(now - 3 * 24 * HOUR),
    },
    ...picked.map((o, i) => ({
      source: i === 0 ? ReviewSource.PLAY_STORE : ReviewSource.WEBSITE,
      externalId: `demo-match-${i + 1}`,
      authorName: i === 0 ? defaultDisplayName(o.customer.name) : o.customer.name,
      rating: 5,
      text: i === 0
        ? `Sold my ${spoken(o.deviceModel)} through the Cashkr app. Fair quote, the executive was polite and the money came instantly.`
        : `Great experience selling my ${spoken(o.deviceModel)} to Cashkr: doorstep pickup, no haggling at inspection and the payment was instant.`,
      postedAt: new Date(o.completedAt!.getTime() + (i + 1) * 24 * HOUR),
    })),
  ];
  const out = await services.reviews.imports.importReviews(em.fork(), actor, rows);
  return out.created;
}
