// Realistic demo data for a fresh installation, created through the services so every SOP rule
// and audit event applies exactly as in real use. Loads only into a database with no orders.
import type { EntityManager } from '@mikro-orm/postgresql';
import { DeviceCategory, OrderStatus, Role } from '../common/enums.js';
import type { Principal } from '../modules/access/principal.js';
import { User } from '../modules/access/user.entity.js';
import { Order } from '../modules/orders/order.entity.js';
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

// Where each demo order ends up; every status appears.
const PATHS: OrderStatus[][] = [
  [],
  [OrderStatus.PICKUP_SCHEDULED],
  [OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP],
  [OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP, OrderStatus.INSPECTED],
  [OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP, OrderStatus.INSPECTED, OrderStatus.COMPLETED],
  [OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP, OrderStatus.INSPECTED, OrderStatus.COMPLETED],
  [OrderStatus.CANCELLED],
  [OrderStatus.PICKUP_SCHEDULED, OrderStatus.PICKED_UP, OrderStatus.INSPECTED, OrderStatus.RETURNED],
];

export async function loadDemoData(em: EntityManager, services: Services, adminEmail: string): Promise<string | null> {
  if ((await em.count(Order, {})) > 0) return null;
  const admin = await em.findOneOrFail(User, { email: adminEmail });
  const actor: Principal = { kind: 'USER', id: admin.id, email: admin.email, name: admin.name, roles: [Role.ADMIN] };

  const vendors = [];
  for (const [name, city] of VENDORS) vendors.push(await services.vendors.createVendor(em.fork(), actor, name, city));
  await services.vendors.holdVendor(em.fork(), actor, vendors[9].id, 'Three missed pickups in Lucknow this month; on hold pending a review call.');

  const orders = 48;
  let completed = 0;
  for (let i = 0; i < orders; i++) {
    const [category, model, price] = DEVICES[i % DEVICES.length];
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7) % LAST.length];
    // Some customers come back: every sixth order reuses an earlier customer's phone.
    const customerNo = i % 6 === 5 ? i - 5 : i;
    const phone = `98${String(45_000_000 + customerNo * 7919).padStart(8, '0')}`;
    const order = await services.orders.createOrder(em.fork(), actor, {
      externalRef: `CK-${240100 + i}`,
      customer: {
        name: i % 6 === 5 ? `${FIRST[customerNo % FIRST.length]} ${LAST[(customerNo * 7) % LAST.length]}` : `${first} ${last}`,
        phone,
        email: i % 3 === 0 ? `${first.toLowerCase()}.${last.toLowerCase()}@example.in` : null,
        corporate: i % 11 === 0,
      },
      deviceCategory: category,
      deviceModel: model,
      quotedPrice: price,
      pincode: String(560001 + (i % 90)),
      vendorId: null,
    });
    const path = PATHS[i % PATHS.length];
    if (path.length && path[0] !== OrderStatus.CANCELLED) {
      await services.orders.assignVendor(em.fork(), actor, order.id, vendors[i % 9].id);
    }
    for (const step of path) {
      if (step === OrderStatus.COMPLETED) {
        await services.orders.completeOrder(em.fork(), actor, order.id, `PAY-${order.externalRef}`);
        completed++;
      } else {
        // Inspection sometimes finds the device worse than described: a lower final price.
        const finalPrice = step === OrderStatus.INSPECTED ? Math.round((price * (i % 4 === 0 ? 0.9 : 1)) / 100) * 100 : null;
        await services.orders.advanceOrder(em.fork(), actor, order.id, step, finalPrice);
      }
    }
  }
  return `${vendors.length} vendors, ${orders} orders (${completed} completed) in every status`;
}
