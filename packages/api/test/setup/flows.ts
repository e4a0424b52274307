// Shared steps for the feedback-loop tests: an order taken through to payment.
import { expect } from 'vitest';
import { ADVANCE_ORDER, ASSIGN_VENDOR, COMPLETE_ORDER, CREATE_ORDER, CREATE_VENDOR } from '../graphql/documents.js';
import type { TestApp } from './test-app.js';

let seq = 0;

export async function createVendor(t: TestApp, name = `Vendor ${++seq}`): Promise<string> {
  const r = await t.gql(CREATE_VENDOR, { name, city: 'Bengaluru' }, t.adminToken);
  expect(r.errors).toBeUndefined();
  return r.data.createVendor.id;
}

export interface OrderOptions {
  vendorId?: string;
  quotedPrice?: number;
  finalPrice?: number;
  corporate?: boolean;
  hasWhatsapp?: boolean;
  phone?: string;
  name?: string;
  email?: string;
  deviceModel?: string;
}

export async function createOrder(t: TestApp, o: OrderOptions = {}): Promise<string> {
  const n = ++seq;
  const r = await t.gql(CREATE_ORDER, {
    input: {
      externalRef: `LOOP-${n}-${Math.random().toString(36).slice(2, 8)}`,
      customer: {
        name: o.name ?? 'Rahul Sharma',
        phone: o.phone ?? `97${String(10_000_000 + n * 37 + Math.floor(Math.random() * 30)).padStart(8, '0')}`,
        corporate: o.corporate ?? false,
        ...(o.hasWhatsapp === undefined ? {} : { hasWhatsapp: o.hasWhatsapp }),
        ...(o.email ? { email: o.email } : {}),
      },
      deviceCategory: 'PHONE',
      deviceModel: o.deviceModel ?? 'Samsung Galaxy S22',
      quotedPrice: o.quotedPrice ?? 20000,
      ...(o.vendorId ? { vendorId: o.vendorId } : {}),
    },
  }, t.adminToken);
  expect(r.errors).toBeUndefined();
  return r.data.createOrder.id;
}

/** CREATED → … → INSPECTED with a vendor, ready for payment. */
export async function inspectedOrder(t: TestApp, o: OrderOptions = {}): Promise<string> {
  const id = await createOrder(t, o);
  if (!o.vendorId) {
    const v = await createVendor(t);
    await t.gql(ASSIGN_VENDOR, { o: id, v }, t.adminToken);
  }
  for (const s of ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']) {
    const r = await t.gql(ADVANCE_ORDER, { o: id, s, p: s === 'INSPECTED' ? (o.finalPrice ?? null) : null }, t.adminToken);
    expect(r.errors).toBeUndefined();
  }
  return id;
}

export async function completedOrder(t: TestApp, o: OrderOptions = {}): Promise<string> {
  const id = await inspectedOrder(t, o);
  const r = await t.gql(COMPLETE_ORDER, { o: id, ref: `PAY-${id.slice(0, 8)}` }, t.adminToken);
  expect(r.errors).toBeUndefined();
  return id;
}
