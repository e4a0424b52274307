// Test data through the API itself, as packages/api/test/setup/flows.ts does: an order taken to
// payment, then feedback, so escalations and reviews have something real to point at.
import type { ApiServer } from './api-server';

let seq = 0;

export async function ok<T>(api: ApiServer, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const r = await api.gql<T>(query, variables, token);
  if (r.errors?.length || !r.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export async function login(api: ApiServer, email: string, password: string): Promise<string> {
  const d = await ok<{ login: { token: string } }>(api, '', 'mutation($e:String!,$p:String!){login(email:$e,password:$p){token}}', { e: email, p: password });
  return d.login.token;
}

export interface OrderOptions {
  deviceModel?: string;
  quotedPrice?: number;
  /** Starts the externalRef, so a test's orders are easy to find in a list. */
  refPrefix?: string;
  /** The customer's phone: the same phone is the same customer (a repeat order). Default: a new one. */
  phone?: string;
}

export async function completedOrder(api: ApiServer, token: string, customerName = 'Rahul Sharma', o: OrderOptions = {}): Promise<{ id: string; externalRef: string }> {
  const n = ++seq;
  const externalRef = `${o.refPrefix ?? 'E2E'}-${Date.now().toString(36)}-${n}`;
  const created = await ok<{ createOrder: { id: string } }>(
    api,
    token,
    'mutation($i:CreateOrderInput!){createOrder(input:$i){id}}',
    {
      i: {
        externalRef,
        customer: { name: customerName, phone: o.phone ?? `97${String(30_000_000 + n * 7919 + Math.floor(Math.random() * 5000)).padStart(8, '0')}` },
        deviceCategory: 'PHONE',
        deviceModel: o.deviceModel ?? 'Apple iPhone 13 128GB',
        quotedPrice: o.quotedPrice ?? 25000,
      },
    },
  );
  const id = created.createOrder.id;
  const vendors = await ok<{ allVendors: { id: string }[] }>(api, token, '{allVendors(filter:{status:[ACTIVE]},perPage:1){id}}', {});
  await ok(api, token, 'mutation($o:ID!,$v:ID!){assignVendor(orderId:$o,vendorId:$v){id}}', { o: id, v: vendors.allVendors[0].id });
  for (const s of ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']) {
    await ok(api, token, 'mutation($o:ID!,$s:OrderStatus!){advanceOrder(orderId:$o,status:$s){id}}', { o: id, s });
  }
  await ok(api, token, 'mutation($o:ID!,$r:String!){completeOrder(orderId:$o,paymentReference:$r){id}}', { o: id, r: `PAY-${externalRef}` });
  return { id, externalRef };
}

/** An order inspected with no vendor assigned yet: payment waits for one (ORDER_NEEDS_VENDOR). */
export async function inspectedOrderWithoutVendor(api: ApiServer, token: string): Promise<{ id: string; externalRef: string }> {
  const n = ++seq;
  const externalRef = `E2E-NV-${Date.now().toString(36)}-${n}`;
  const created = await ok<{ createOrder: { id: string } }>(api, token, 'mutation($i:CreateOrderInput!){createOrder(input:$i){id}}', {
    i: {
      externalRef,
      customer: { name: 'Neha Kapoor', phone: `96${String(40_000_000 + n * 7919 + Math.floor(Math.random() * 5000)).padStart(8, '0')}` },
      deviceCategory: 'LAPTOP',
      deviceModel: 'Dell XPS 13',
      quotedPrice: 38000,
    },
  });
  const id = created.createOrder.id;
  for (const s of ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']) {
    await ok(api, token, 'mutation($o:ID!,$s:OrderStatus!){advanceOrder(orderId:$o,status:$s){id}}', { o: id, s });
  }
  return { id, externalRef };
}

/** A 1-star answer: SOP R1 opens an escalation, due for first contact in 15 minutes. */
export async function escalation(api: ApiServer, token: string): Promise<{ escalationId: string; externalRef: string }> {
  const order = await completedOrder(api, token, 'Meera Kulkarni');
  const d = await ok<{ submitFeedback: { escalation: { id: string } | null } }>(
    api,
    token,
    'mutation($i:SubmitFeedbackInput!){submitFeedback(input:$i){escalation{id}}}',
    { i: { orderId: order.id, rating: 1, comment: 'The pickup agent came three hours late.' } },
  );
  if (!d.submitFeedback.escalation) throw new Error('A 1-star answer opened no escalation.');
  return { escalationId: d.submitFeedback.escalation.id, externalRef: order.externalRef };
}

/** A review that passes all five checks: linked to a completed order, positive, brand and device named. */
export async function goodReview(api: ApiServer, token: string): Promise<{ id: string; authorName: string; text: string }> {
  const order = await completedOrder(api, token, 'Nikhil Bose');
  const authorName = 'Nikhil Bose';
  const text = `Sold my old iPhone through Cashkr, the pickup was on time and the payment was instant. Great experience! (${Date.now()})`;
  const d = await ok<{ importReviews: { reviews: { id: string; checks: { passed: boolean } }[] } }>(
    api,
    token,
    'mutation($r:[ReviewInput!]!){importReviews(reviews:$r){reviews{id checks{passed}}}}',
    { r: [{ source: 'GOOGLE_BUSINESS', externalId: `e2e-${Date.now()}`, authorName, rating: 5, text, postedAt: new Date(Date.now() - 3600_000).toISOString(), orderId: order.id }] },
  );
  const review = d.importReviews.reviews[0];
  if (!review.checks.passed) throw new Error('The test review does not pass the shortlist checks.');
  return { id: review.id, authorName, text };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
}

/** A panel account with these roles (the API's Role enum), made by an admin; a unique e-mail unless given one. */
export async function createUser(
  api: ApiServer,
  adminToken: string,
  name: string,
  roles: string[],
  { password = 'persona-pass-123', email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now().toString(36)}${++seq}@cxloop.test` } = {},
): Promise<TestUser> {
  const d = await ok<{ createUser: { id: string } }>(
    api,
    adminToken,
    'mutation($e:String!,$n:String!,$r:[Role!]!,$p:String!){createUser(email:$e,name:$n,roles:$r,password:$p){id}}',
    { e: email, n: name, r: roles, p: password },
  );
  return { id: d.createUser.id, email, password, name };
}
