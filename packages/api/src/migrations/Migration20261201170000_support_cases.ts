import { Migration } from '@mikro-orm/migrations';

export class Migration20261201170000_support_cases extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sla_clock" ("id" uuid not null, "subject_type" text check ("subject_type" in ('ESCALATION', 'CASE')) not null, "subject_id" uuid not null, "kind" text check ("kind" in ('FIRST_RESPONSE', 'RESOLUTION')) not null, "calendar" text check ("calendar" in ('ALL_HOURS', 'BUSINESS_HOURS')) not null, "budget_ms" bigint not null, "started_at" timestamptz not null, "due_at" timestamptz not null, "paused_at" timestamptz null, "remaining_ms" bigint null, "paused_total_ms" bigint not null default 0, "met_at" timestamptz null, "breached_at" timestamptz null, "stopped_at" timestamptz null, constraint "sla_clock_pkey" primary key ("id"));`);
    this.addSql(`create index "sla_clock_due_at_index" on "sla_clock" ("due_at");`);
    this.addSql(`alter table "sla_clock" add constraint "sla_clock_subject_type_subject_id_kind_unique" unique ("subject_type", "subject_id", "kind");`);

    // K1: case numbers CX-10001, CX-10002…, handed out by the database so two agents never share one.
    this.addSql(`create sequence if not exists "support_case_seq" start 10001;`);
    // E1's clocks move to the engine: each existing escalation gets its first-contact clock as it stands
    // (the old check-escalation-sla timers still queued find it by the escalation's id).
    this.addSql(`insert into "sla_clock" ("id", "subject_type", "subject_id", "kind", "calendar", "budget_ms", "started_at", "due_at", "paused_total_ms", "met_at", "breached_at", "stopped_at")
      select gen_random_uuid(), 'ESCALATION', e.id, 'FIRST_RESPONSE', 'ALL_HOURS', greatest(0, (extract(epoch from (e.first_contact_due_at - e.created_at)) * 1000))::bigint,
        e.created_at, e.first_contact_due_at, 0, e.first_contact_at, e.sla_breached_at,
        case when e.first_contact_at is null and e.status = 'CLOSED' then coalesce(e.closed_at, e.created_at) end
      from "escalation" e;`);
    this.addSql(`create table "support_case" ("id" uuid not null, "seq" int not null, "type" text check ("type" in ('ORDER_STATUS', 'INVOICE', 'RECEIPT', 'PAYMENT_ISSUE', 'REFUND_STATUS', 'CANCELLATION', 'RESCHEDULE', 'CHANGE_REQUEST', 'CHANGE_DETAILS', 'UNABLE_TO_ORDER', 'PRODUCT_SUPPORT', 'PRICING', 'OTHER')) not null, "status" text check ("status" in ('OPEN', 'PENDING_CUSTOMER', 'PENDING_INTERNAL', 'ESCALATED', 'RESOLVED', 'CLOSED')) not null default 'OPEN', "priority" text check ("priority" in ('LOW', 'NORMAL', 'HIGH', 'URGENT')) not null, "channel" text check ("channel" in ('APP', 'WHATSAPP', 'SMS', 'EMAIL', 'CALL')) not null, "subject" text not null, "description" text not null, "customer_id" uuid not null, "order_id" uuid null, "device_serial" varchar(255) null, "team" text check ("team" in ('CX', 'VENDOR_OPS', 'FINANCE', 'TECH')) not null default 'CX', "assignee_id" uuid null, "created_at" timestamptz not null, "first_response_due_at" timestamptz not null, "first_responded_at" timestamptz null, "resolution_due_at" timestamptz not null, "resolved_at" timestamptz null, "resolution" text null, "sla_breached_at" timestamptz null, "sla_paused_at" timestamptz null, "park_reason" text null, "parked_until" timestamptz null, "closed_at" timestamptz null, "reopen_count" int not null default 0, "last_customer_message_at" timestamptz null, "version" int not null default 1, constraint "support_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "support_case" add constraint "support_case_seq_unique" unique ("seq");`);
    this.addSql(`create index "support_case_customer_id_index" on "support_case" ("customer_id");`);
    this.addSql(`create index "support_case_order_id_index" on "support_case" ("order_id");`);
    this.addSql(`create index "support_case_assignee_id_index" on "support_case" ("assignee_id");`);
    this.addSql(`create index "support_case_created_at_id_index" on "support_case" ("created_at", "id");`);
    this.addSql(`create index "support_case_team_status_index" on "support_case" ("team", "status");`);
    this.addSql(`create index "support_case_status_first_response_due_at_id_index" on "support_case" ("status", "first_response_due_at", "id");`);

    this.addSql(`alter table "support_case" add constraint "support_case_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade;`);
    this.addSql(`alter table "support_case" add constraint "support_case_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "support_case" add constraint "support_case_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "interaction" drop constraint "interaction_escalation_id_foreign";`);

    this.addSql(`alter table "message" drop constraint if exists "message_kind_check";`);

    this.addSql(`alter table "alert" drop constraint if exists "alert_kind_check";`);

    this.addSql(`alter table "alert" drop constraint "alert_escalation_id_foreign";`);

    this.addSql(`alter table "interaction" add column "support_case_id" uuid null, add column "kind" text check ("kind" in ('CONTACT', 'REPLY', 'NOTE', 'CUSTOMER_MESSAGE', 'STATUS_CHANGE')) not null default 'CONTACT';`);
    this.addSql(`alter table "interaction" alter column "escalation_id" drop default;`);
    this.addSql(`alter table "interaction" alter column "escalation_id" type uuid using ("escalation_id"::text::uuid);`);
    this.addSql(`alter table "interaction" alter column "escalation_id" drop not null;`);
    this.addSql(`alter table "interaction" add constraint "interaction_support_case_id_foreign" foreign key ("support_case_id") references "support_case" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "interaction" add constraint "interaction_escalation_id_foreign" foreign key ("escalation_id") references "escalation" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "interaction_support_case_id_at_index" on "interaction" ("support_case_id", "at");`);

    this.addSql(`alter table "feedback_request" add column "support_case_id" uuid null;`);
    this.addSql(`alter table "feedback_request" add constraint "feedback_request_support_case_id_foreign" foreign key ("support_case_id") references "support_case" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "feedback_request_support_case_id_index" on "feedback_request" ("support_case_id");`);

    this.addSql(`alter table "message" add column "support_case_id" uuid null;`);
    this.addSql(`alter table "message" add constraint "message_support_case_id_foreign" foreign key ("support_case_id") references "support_case" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "message" add constraint "message_kind_check" check("kind" in ('REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP', 'DETAILS_PROMPT', 'PUBLIC_REVIEW_INVITE', 'STORE_REDIRECT', 'UPDATED_RATING_REQUEST', 'ESCALATION_ALERT', 'SLA_BREACH_ALERT', 'VENDOR_ACTION_NOTICE', 'CASE_REPLY', 'CASE_UPDATE', 'CASE_ALERT'));`);
    this.addSql(`create index "message_support_case_id_index" on "message" ("support_case_id");`);

    this.addSql(`alter table "feedback" add column "support_case_id" uuid null;`);
    this.addSql(`alter table "feedback" add constraint "feedback_support_case_id_foreign" foreign key ("support_case_id") references "support_case" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "feedback" add constraint "feedback_support_case_id_unique" unique ("support_case_id");`);

    this.addSql(`alter table "alert" add column "support_case_id" uuid null;`);
    this.addSql(`alter table "alert" alter column "escalation_id" drop default;`);
    this.addSql(`alter table "alert" alter column "escalation_id" type uuid using ("escalation_id"::text::uuid);`);
    this.addSql(`alter table "alert" alter column "escalation_id" drop not null;`);
    this.addSql(`alter table "alert" add constraint "alert_support_case_id_foreign" foreign key ("support_case_id") references "support_case" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "alert" add constraint "alert_kind_check" check("kind" in ('ESCALATION_OPENED', 'ESCALATION_ROUTED', 'SLA_BREACHED', 'VENDOR_ACTION', 'CASE_ESCALATED', 'CASE_SLA_BREACHED', 'CASE_FOLLOW_UP'));`);
    this.addSql(`alter table "alert" add constraint "alert_escalation_id_foreign" foreign key ("escalation_id") references "escalation" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "alert_support_case_id_index" on "alert" ("support_case_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "interaction" drop constraint "interaction_support_case_id_foreign";`);

    this.addSql(`alter table "feedback_request" drop constraint "feedback_request_support_case_id_foreign";`);

    this.addSql(`alter table "message" drop constraint "message_support_case_id_foreign";`);

    this.addSql(`alter table "feedback" drop constraint "feedback_support_case_id_foreign";`);

    this.addSql(`alter table "alert" drop constraint "alert_support_case_id_foreign";`);

    this.addSql(`drop table if exists "sla_clock" cascade;`);

    this.addSql(`drop table if exists "support_case" cascade;`);
    this.addSql(`drop sequence if exists "support_case_seq";`);

    this.addSql(`alter table "alert" drop constraint if exists "alert_kind_check";`);

    this.addSql(`alter table "alert" drop constraint "alert_escalation_id_foreign";`);

    this.addSql(`alter table "interaction" drop constraint "interaction_escalation_id_foreign";`);

    this.addSql(`alter table "message" drop constraint if exists "message_kind_check";`);

    this.addSql(`drop index "alert_support_case_id_index";`);
    this.addSql(`alter table "alert" drop column "support_case_id";`);

    this.addSql(`alter table "alert" alter column "escalation_id" drop default;`);
    this.addSql(`alter table "alert" alter column "escalation_id" type uuid using ("escalation_id"::text::uuid);`);
    this.addSql(`alter table "alert" alter column "escalation_id" set not null;`);
    this.addSql(`alter table "alert" add constraint "alert_kind_check" check("kind" in ('ESCALATION_OPENED', 'ESCALATION_ROUTED', 'SLA_BREACHED', 'VENDOR_ACTION'));`);
    this.addSql(`alter table "alert" add constraint "alert_escalation_id_foreign" foreign key ("escalation_id") references "escalation" ("id") on update cascade on delete no action;`);

    this.addSql(`alter table "feedback" drop constraint "feedback_support_case_id_unique";`);
    this.addSql(`alter table "feedback" drop column "support_case_id";`);

    this.addSql(`drop index "feedback_request_support_case_id_index";`);
    this.addSql(`alter table "feedback_request" drop column "support_case_id";`);

    this.addSql(`drop index "interaction_support_case_id_at_index";`);
    this.addSql(`alter table "interaction" drop column "support_case_id", drop column "kind";`);

    this.addSql(`alter table "interaction" alter column "escalation_id" drop default;`);
    this.addSql(`alter table "interaction" alter column "escalation_id" type uuid using ("escalation_id"::text::uuid);`);
    this.addSql(`alter table "interaction" alter column "escalation_id" set not null;`);
    this.addSql(`alter table "interaction" add constraint "interaction_escalation_id_foreign" foreign key ("escalation_id") references "escalation" ("id") on update cascade on delete no action;`);

    this.addSql(`drop index "message_support_case_id_index";`);
    this.addSql(`alter table "message" drop column "support_case_id";`);

    this.addSql(`alter table "message" add constraint "message_kind_check" check("kind" in ('REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP', 'DETAILS_PROMPT', 'PUBLIC_REVIEW_INVITE', 'STORE_REDIRECT', 'UPDATED_RATING_REQUEST', 'ESCALATION_ALERT', 'SLA_BREACH_ALERT', 'VENDOR_ACTION_NOTICE'));`);
  }

}
