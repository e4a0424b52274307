import { Migration } from '@mikro-orm/migrations';

// M1–M7: money requests, the append-only ledger, and the messages that tell the customer (MONEY_NOTICE) and resend receipts (RECEIPT).
export class Migration20261201180000_money extends Migration {

  override async up(): Promise<void> {
    // The ledger is append-only: a movement is corrected by another entry, never rewritten.
    this.addSql(`create or replace function ledger_entry_append_only() returns trigger language plpgsql as $$
      begin raise exception 'ledger entries are append-only (% refused)', tg_op; end $$;`);
    this.addSql(`create table "money_request" ("id" uuid not null, "kind" text check ("kind" in ('GOODWILL', 'REFUND', 'PAYMENT_REVERSAL', 'VENDOR_RECOVERY', 'VENDOR_EXTRA')) not null, "status" text check ("status" in ('PROPOSED', 'APPROVED', 'REJECTED', 'PAID', 'FAILED', 'CANCELLED')) not null default 'PROPOSED', "amount" int not null, "reason" text not null, "order_id" uuid not null, "support_case_id" uuid null, "escalation_id" uuid null, "vendor_id" uuid null, "rule" varchar(255) null, "fraud_score" int null, "fraud_factors" jsonb null, "recover_from_vendor" boolean not null default false, "recovers_id" uuid null, "proposed_by_id" uuid null, "proposed_by_label" varchar(255) not null, "proposed_at" timestamptz not null, "decided_by_id" uuid null, "decided_at" timestamptz null, "decision_note" text null, "provider_reference" varchar(255) null, "paid_at" timestamptz null, "failure_reason" text null, "payee_name" varchar(255) null, "payee_phone" varchar(255) null, "attempts" int not null default 0, "version" int not null default 1, constraint "money_request_pkey" primary key ("id"));`);
    this.addSql(`create index "money_request_order_id_index" on "money_request" ("order_id");`);
    this.addSql(`create index "money_request_support_case_id_index" on "money_request" ("support_case_id");`);
    this.addSql(`create index "money_request_vendor_id_index" on "money_request" ("vendor_id");`);
    this.addSql(`create index "money_request_order_id_kind_index" on "money_request" ("order_id", "kind");`);
    this.addSql(`create index "money_request_status_proposed_at_id_index" on "money_request" ("status", "proposed_at", "id");`);

    this.addSql(`create table "ledger_entry" ("id" uuid not null, "money_request_id" uuid not null, "order_id" uuid not null, "customer_id" uuid not null, "vendor_id" uuid null, "party" varchar(255) not null, "kind" text check ("kind" in ('GOODWILL', 'REFUND', 'PAYMENT_REVERSAL', 'VENDOR_RECOVERY', 'VENDOR_EXTRA')) not null, "amount" int not null, "at" timestamptz not null, "reference" varchar(255) null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "ledger_entry_customer_id_index" on "ledger_entry" ("customer_id");`);
    this.addSql(`create index "ledger_entry_vendor_id_at_index" on "ledger_entry" ("vendor_id", "at");`);
    this.addSql(`create index "ledger_entry_order_id_at_index" on "ledger_entry" ("order_id", "at");`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_money_request_id_unique" unique ("money_request_id");`);

    this.addSql(`alter table "money_request" add constraint "money_request_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade;`);
    this.addSql(`alter table "money_request" add constraint "money_request_support_case_id_foreign" foreign key ("support_case_id") references "support_case" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "money_request" add constraint "money_request_escalation_id_foreign" foreign key ("escalation_id") references "escalation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "money_request" add constraint "money_request_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "money_request" add constraint "money_request_recovers_id_foreign" foreign key ("recovers_id") references "money_request" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "money_request" add constraint "money_request_proposed_by_id_foreign" foreign key ("proposed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "money_request" add constraint "money_request_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_money_request_id_foreign" foreign key ("money_request_id") references "money_request" ("id") on update cascade;`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade;`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade;`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "message" drop constraint if exists "message_kind_check";`);

    this.addSql(`alter table "message" add constraint "message_kind_check" check("kind" in ('REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP', 'DETAILS_PROMPT', 'PUBLIC_REVIEW_INVITE', 'STORE_REDIRECT', 'UPDATED_RATING_REQUEST', 'ESCALATION_ALERT', 'SLA_BREACH_ALERT', 'VENDOR_ACTION_NOTICE', 'CASE_REPLY', 'CASE_UPDATE', 'CASE_ALERT', 'MONEY_NOTICE', 'RECEIPT'));`);
    this.addSql(`create trigger ledger_entry_append_only before update or delete on "ledger_entry" for each row execute function ledger_entry_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists ledger_entry_append_only() cascade;`);
    this.addSql(`alter table "money_request" drop constraint "money_request_recovers_id_foreign";`);

    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_money_request_id_foreign";`);

    this.addSql(`drop table if exists "money_request" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`alter table "message" drop constraint if exists "message_kind_check";`);

    this.addSql(`alter table "message" add constraint "message_kind_check" check("kind" in ('REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP', 'DETAILS_PROMPT', 'PUBLIC_REVIEW_INVITE', 'STORE_REDIRECT', 'UPDATED_RATING_REQUEST', 'ESCALATION_ALERT', 'SLA_BREACH_ALERT', 'VENDOR_ACTION_NOTICE', 'CASE_REPLY', 'CASE_UPDATE', 'CASE_ALERT'));`);
  }

}
