// AuditEvent.actorName: timelines name people as the rest of the panel does. A user's events read
// with their name (the label keeps the e-mail), the system's and an API key's with their label.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { completedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
});
afterAll(() => t.close());

it("names the user who did it, and keeps the system's and an API key's label", async () => {
  const lead = await t.userWith(Role.CX_LEAD);
  const orderId = await completedOrder(t, { quotedPrice: 30000, name: 'Meera Iyer', phone: '9812345671' });
  const key = await t.gql('mutation{createApiKey(name:"actor-name", scopes:[ORDERS_WRITE]){secret}}', {}, t.adminToken);
  expect(key.errors).toBeUndefined();
  const created = await t.gql(
    'mutation($i:CreateOrderInput!){createOrder(input:$i){id}}',
    { i: { externalRef: `ACTOR-${Date.now()}`, customer: { name: 'Ravi Menon', phone: '9812345672' }, deviceCategory: 'PHONE', deviceModel: 'Pixel 8', quotedPrice: 21000 } },
    key.data.createApiKey.secret,
  );
  expect(created.errors).toBeUndefined();

  const q = 'query($id:ID!){order(id:$id){timeline{action actorType actorLabel actorName}}}';
  const mine = (await t.gql(q, { id: orderId }, lead.token)).data.order.timeline as { action: string; actorType: string; actorLabel: string; actorName: string }[];
  const admin = (await t.gql('query{allUsers(filter:{role:ADMIN}){email name}}', {}, t.adminToken)).data.allUsers[0] as { email: string; name: string };
  const assigned = mine.find((e) => e.action === 'VENDOR_ASSIGNED')!;
  // A colleague's e-mail is a staff card's to a lead (staff-cards.e2e): masked; their name is whole.
  expect(assigned).toMatchObject({ actorType: 'USER', actorLabel: `${admin.email[0]}***@${admin.email.split('@')[1]}`, actorName: admin.name });
  expect(admin.name).not.toBe(admin.email);
  const full = (await t.gql(q, { id: orderId }, t.adminToken)).data.order.timeline as { action: string; actorLabel: string }[];
  expect(full.find((e) => e.action === 'VENDOR_ASSIGNED')!.actorLabel).toBe(admin.email);
  const system = mine.filter((x) => x.actorType === 'SYSTEM');
  expect(system.length).toBeGreaterThan(0);
  for (const e of system) expect(e.actorName).toBe(e.actorLabel);

  const byKey = (await t.gql(q, { id: created.data.createOrder.id }, lead.token)).data.order.timeline as { actorType: string; actorLabel: string; actorName: string }[];
  expect(byKey[0]).toMatchObject({ actorType: 'API_KEY', actorLabel: 'API key actor-name', actorName: 'API key actor-name' });
});
