// Issue 14 item 12: the customer page's actions (Customer.availableActions, from customer.policy)
// and its history (orders with their feedback and escalations, as each role may read them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
});
afterAll(() => t.close());

const Q = `query($id: ID!) { Customer(id: $id) { id messagingOptOut availableActions { action enabled }
  orders { id externalRef feedback { id rating } escalations { id status } } } }`;

describe('the customer page', () => {
  it('offers each role what it may do, and changes with the customer', async () => {
    const orderId = await completedOrder(t);
    expect((await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 1, comment: 'Late pickup' } }, t.adminToken)).errors).toBeUndefined();
    const customerId = (await t.gql(`query($id: ID!) { order(id: $id) { customer { id } } }`, { id: orderId }, t.adminToken)).data.order.customer.id;
    const agent = await t.userWith(Role.CX_AGENT);
    const finance = await t.userWith(Role.FINANCE);
    const actions = async (token: string) => (await t.gql(Q, { id: customerId }, token)).data.Customer.availableActions.map((a: any) => a.action);
    expect(await actions(agent.token)).toEqual(['OPT_OUT']);
    expect(await actions(t.adminToken)).toEqual(['OPT_OUT', 'EXPORT', 'ERASE']);
    expect(await actions(finance.token)).toEqual([]);
    await t.gql(`mutation($c: ID!) { setMessagingOptOut(customerId: $c, optOut: true) { id } }`, { c: customerId }, agent.token);
    expect(await actions(agent.token)).toEqual(['OPT_IN']);

    // History: CX sees the order's feedback and escalation; FINANCE the orders only.
    const cx = (await t.gql(Q, { id: customerId }, agent.token)).data.Customer.orders.find((o: any) => o.id === orderId);
    expect(cx.feedback.map((f: any) => f.rating)).toEqual([1]);
    expect(cx.escalations).toHaveLength(1);
    const fin = await t.gql(Q, { id: customerId }, finance.token);
    expect(fin.errors).toBeUndefined();
    const finOrder = fin.data.Customer.orders.find((o: any) => o.id === orderId);
    expect(finOrder.feedback).toEqual([]);
    expect(finOrder.escalations).toEqual([]);

    await t.gql(`mutation($c: ID!) { eraseCustomer(customerId: $c, reason: "Customer asked by e-mail") { id } }`, { c: customerId }, t.adminToken);
    expect(await actions(t.adminToken)).toEqual(['EXPORT']);
    expect(await actions(agent.token)).toEqual([]);
    // Not offered, and refused when asked anyway: nobody is left to message.
    const optIn = await t.gql(`mutation($c: ID!) { setMessagingOptOut(customerId: $c, optOut: false) { id } }`, { c: customerId }, t.adminToken);
    expect(optIn.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await t.sql(`select messaging_opt_out from customer where id = ?`, [customerId]))[0].messaging_opt_out).toBe(true);
  });
});
