import { Migration } from '@mikro-orm/migrations';

export class Migration20261123114750_vendor_notices extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "message" drop constraint if exists "message_kind_check";`);

    this.addSql(`alter table "alert" drop constraint if exists "alert_kind_check";`);

    this.addSql(`create index "customer_order_created_at_index" on "customer_order" ("created_at");`);

    this.addSql(`alter table "message" add constraint "message_kind_check" check("kind" in ('REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP', 'DETAILS_PROMPT', 'PUBLIC_REVIEW_INVITE', 'STORE_REDIRECT', 'UPDATED_RATING_REQUEST', 'ESCALATION_ALERT', 'SLA_BREACH_ALERT', 'VENDOR_ACTION_NOTICE'));`);

    this.addSql(`alter table "alert" add constraint "alert_kind_check" check("kind" in ('ESCALATION_OPENED', 'SLA_BREACHED', 'VENDOR_ACTION'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "alert" drop constraint if exists "alert_kind_check";`);

    this.addSql(`alter table "message" drop constraint if exists "message_kind_check";`);

    this.addSql(`alter table "alert" add constraint "alert_kind_check" check("kind" in ('ESCALATION_OPENED', 'SLA_BREACHED'));`);

    this.addSql(`drop index "customer_order_created_at_index";`);

    this.addSql(`alter table "message" add constraint "message_kind_check" check("kind" in ('REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP', 'DETAILS_PROMPT', 'PUBLIC_REVIEW_INVITE', 'STORE_REDIRECT', 'UPDATED_RATING_REQUEST', 'ESCALATION_ALERT', 'SLA_BREACH_ALERT'));`);
  }

}
