import { Migration } from '@mikro-orm/migrations';

export class Migration20261201160100_order_cancellation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "customer_order" add column "cancellation_reason" text check ("cancellation_reason" in ('CUSTOMER_CHANGED_MIND', 'PRICE_NOT_ACCEPTED', 'VENDOR_NO_SHOW', 'VENDOR_NO_RESPONSE', 'NOT_SERVICEABLE', 'DUPLICATE_ORDER', 'OTHER')) null, add column "cancellation_note" text null, add column "cancelled_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "customer_order" drop column "cancellation_reason", drop column "cancellation_note", drop column "cancelled_at";`);
  }

}
