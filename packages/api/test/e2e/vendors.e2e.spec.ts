// V3: manual hold and reinstatement with reasons; vendors not ACTIVE get no new orders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { CREATE_VENDOR, HOLD_VENDOR, REINSTATE_VENDOR, VENDOR } from '../graphql/documents.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
let ops: { token: string; email: string };
beforeAll(async () => {
  t = await initTestApp();
  ops = await t.userWith(Role.VENDOR_OPS);
});
afterAll(() => t.close());

const newVendor = async (name = `Vendor ${Math.random().toString(36).slice(2, 7)}`) =>
  (await t.gql(CREATE_VENDOR, { name, city: 'Pune' }, ops.token)).data.createVendor;

describe('holdVendor / reinstateVendor', () => {
  it('VENDOR_OPS holds and reinstates with reasons, newest action first', async () => {
    const v = await newVendor();
    expect(v.status).toBe('ACTIVE');
    const held = await t.gql(HOLD_VENDOR, { v: v.id, r: 'Two missed pickups this week' }, ops.token);
    expect(held.data.holdVendor).toMatchObject({ status: 'ON_HOLD', statusReason: 'Two missed pickups this week' });
    t.clock.advance(60_000);
    const back = await t.gql(REINSTATE_VENDOR, { v: v.id, r: 'Retrained the pickup team' }, ops.token);
    expect(back.data.reinstateVendor.status).toBe('ACTIVE');
    expect(back.data.reinstateVendor.actions).toEqual([
      { kind: 'REINSTATE', reason: 'Retrained the pickup team', automatic: false, by: { email: ops.email } },
      { kind: 'HOLD', reason: 'Two missed pickups this week', automatic: false, by: { email: ops.email } },
    ]);
  });

  it('needs a reason (BAD_USER_INPUT naming reason) and changes nothing without one', async () => {
    const v = await newVendor();
    const r = await t.gql(HOLD_VENDOR, { v: v.id, r: '   ' }, ops.token);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('reason');
    expect((await t.gql(VENDOR, { id: v.id }, ops.token)).data.vendor.status).toBe('ACTIVE');
  });

  it.each([[Role.CX_AGENT], [Role.MARKETING], [Role.FINANCE]])('refuses %s (FORBIDDEN)', async (role) => {
    const v = await newVendor();
    const { token } = await t.userWith(role);
    expectRefusal(await t.gql(HOLD_VENDOR, { v: v.id, r: 'x' }, token), 'FORBIDDEN');
    expectRefusal(await t.gql(REINSTATE_VENDOR, { v: v.id, r: 'x' }, token), 'FORBIDDEN');
  });

  it('reinstating a DEACTIVATED vendor needs ADMIN', async () => {
    const v = await newVendor();
    await t.sql(`update vendor set status = 'DEACTIVATED' where id = ?`, [v.id]);
    expectRefusal(await t.gql(REINSTATE_VENDOR, { v: v.id, r: 'Appeal accepted' }, ops.token), 'FORBIDDEN');
    expect((await t.gql(VENDOR, { id: v.id }, ops.token)).data.vendor.status).toBe('DEACTIVATED');
    const r = await t.gql(REINSTATE_VENDOR, { v: v.id, r: 'Appeal accepted' }, t.adminToken);
    expect(r.data.reinstateVendor.status).toBe('ACTIVE');
  });

  it('refuses holding a vendor already on hold, and reinstating an active one (CONFLICT)', async () => {
    const v = await newVendor();
    expectRefusal(await t.gql(REINSTATE_VENDOR, { v: v.id, r: 'x' }, ops.token), 'CONFLICT');
    await t.gql(HOLD_VENDOR, { v: v.id, r: 'first' }, ops.token);
    expectRefusal(await t.gql(HOLD_VENDOR, { v: v.id, r: 'second' }, ops.token), 'CONFLICT');
    expect((await t.gql(VENDOR, { id: v.id }, ops.token)).data.vendor.actions).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown vendor', async () => {
    expectRefusal(await t.gql(HOLD_VENDOR, { v: '00000000-0000-4000-8000-000000000000', r: 'x' }, ops.token), 'NOT_FOUND');
  });
});

describe('createVendor and the vendor list', () => {
  it('refuses an empty name', async () => {
    const r = await t.gql(CREATE_VENDOR, { name: ' ' }, ops.token);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('name');
  });

  it('starts with an empty scorecard', async () => {
    const v = await newVendor();
    const r = await t.gql(VENDOR, { id: v.id }, ops.token);
    expect(r.data.vendor.scorecard).toEqual({
      ordersCompleted: 0, ratingsCount: 0, avgOverall: null, complaintsLast30Days: 0, slaViolationsLast30Days: 0, compositeScore: null, topPerformer: false,
    });
  });

  it('pages, sorts and filters by status and search', async () => {
    const tag = `Zeta${Date.now()}`;
    const a = await newVendor(`${tag} Alpha`);
    await newVendor(`${tag} Beta`);
    await t.gql(HOLD_VENDOR, { v: a.id, r: 'x' }, ops.token);
    const r = await t.gql(
      `query($f: VendorFilter) { allVendors(sortField: "name", sortOrder: "DESC", perPage: 10, filter: $f) { name status } _allVendorsMeta(filter: $f) { count } }`,
      { f: { q: tag } },
      ops.token,
    );
    expect(r.data.allVendors.map((v: any) => v.name)).toEqual([`${tag} Beta`, `${tag} Alpha`]);
    expect(r.data._allVendorsMeta.count).toBe(2);
    const held = await t.gql(`query($f: VendorFilter) { allVendors(filter: $f) { name } }`, { f: { q: tag, status: ['ON_HOLD'] } }, ops.token);
    expect(held.data.allVendors).toEqual([{ name: `${tag} Alpha` }]);
  });
});

describe('scorecard filters', () => {
  it('a malformed vendor id matches nothing, as in every other list (no internal error)', async () => {
    const before = t.internalErrors.length;
    const r = await t.gql(`{ allVendorScorecards(filter: { ids: ["not-a-uuid"] }) { id } _allVendorScorecardsMeta(filter: { ids: ["x"] }) { count } }`, {}, t.adminToken);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ allVendorScorecards: [], _allVendorScorecardsMeta: { count: 0 } });
    expect(t.internalErrors.slice(before)).toEqual([]);
  });
});

describe('vendor filters', () => {
  it('city matches the city literally: a % or _ in it is a character, not a wildcard', async () => {
    const all = (await t.gql(`{ _allVendorsMeta { count } }`, {}, t.adminToken)).data._allVendorsMeta.count;
    expect(all).toBeGreaterThan(0);
    for (const city of ['%', '_%', 'P%']) {
      expect((await t.gql(`query($c: String) { _allVendorsMeta(filter: { city: $c }) { count } }`, { c: city }, t.adminToken)).data._allVendorsMeta.count, city).toBe(0);
    }
    expect((await t.gql(`{ _allVendorsMeta(filter: { city: "pune" }) { count } }`, {}, t.adminToken)).data._allVendorsMeta.count).toBeGreaterThan(0);
  });
});
