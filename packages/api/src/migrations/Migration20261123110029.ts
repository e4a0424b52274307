import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110029 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "app_setting" ("key" varchar(255) not null, "value" text not null, constraint "app_setting_pkey" primary key ("key"));`);

    this.addSql(`create table "audit_event" ("id" uuid not null, "at" timestamptz not null, "actor_type" varchar(255) not null, "actor_id" uuid null, "actor_label" varchar(255) not null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" uuid not null, "order_id" uuid null, "rule" varchar(255) null, "data" jsonb null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
    this.addSql(`create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`);
    this.addSql(`create index "audit_event_order_id_at_index" on "audit_event" ("order_id", "at");`);

    this.addSql(`create table "customer" ("id" uuid not null, "name" varchar(255) not null, "phone" varchar(255) not null, "email" varchar(255) null, "corporate" boolean not null default false, "has_whatsapp" boolean not null default true, "created_at" timestamptz not null, constraint "customer_pkey" primary key ("id"));`);
    this.addSql(`alter table "customer" add constraint "customer_phone_unique" unique ("phone");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" varchar(255) not null, "name" varchar(255) not null, "roles" text[] not null, "password_hash" varchar(255) not null, "active" boolean not null default true, "created_at" timestamptz not null, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "api_key" ("id" uuid not null, "name" varchar(255) not null, "scopes" text[] not null, "secret_hash" varchar(255) not null, "created_by_id" uuid null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`);

    this.addSql(`create table "vendor" ("id" uuid not null, "name" varchar(255) not null, "city" varchar(255) null, "status" text check ("status" in ('ACTIVE', 'ON_HOLD', 'DEACTIVATED')) not null default 'ACTIVE', "status_reason" text null, "created_at" timestamptz not null, constraint "vendor_pkey" primary key ("id"));`);
    this.addSql(`create index "vendor_status_index" on "vendor" ("status");`);

    this.addSql(`create table "customer_order" ("id" uuid not null, "external_ref" varchar(255) not null, "input_fingerprint" varchar(255) not null, "status" text check ("status" in ('CREATED', 'PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED', 'COMPLETED', 'CANCELLED', 'RETURNED')) not null default 'CREATED', "customer_id" uuid not null, "vendor_id" uuid null, "device_category" text check ("device_category" in ('PHONE', 'LAPTOP', 'TABLET', 'MACBOOK', 'OTHER')) not null, "device_model" varchar(255) not null, "quoted_price" int not null, "final_price" int null, "pincode" varchar(255) null, "payment_reference" varchar(255) null, "completed_at" timestamptz null, "vendor_replaced_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "customer_order_pkey" primary key ("id"));`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_external_ref_unique" unique ("external_ref");`);
    this.addSql(`create index "customer_order_customer_id_index" on "customer_order" ("customer_id");`);
    this.addSql(`create index "customer_order_vendor_id_index" on "customer_order" ("vendor_id");`);
    this.addSql(`create index "customer_order_status_created_at_index" on "customer_order" ("status", "created_at");`);

    this.addSql(`create table "review" ("id" uuid not null, "source" text check ("source" in ('GOOGLE_BUSINESS', 'PLAY_STORE', 'APP_STORE', 'WEBSITE', 'SOCIAL', 'INTERNAL')) not null, "external_id" varchar(255) not null, "author_name" varchar(255) not null, "rating" smallint not null, "text" text not null, "normalised_text" text not null, "posted_at" timestamptz not null, "sentiment_score" double precision not null, "order_id" uuid null, "check_genuine" boolean not null default false, "check_positive_sentiment" boolean not null default false, "check_clear_value" boolean not null default false, "check_mentions_brand" boolean not null default false, "check_relevant_device" boolean not null default false, "status" text check ("status" in ('NEW', 'SHORTLISTED', 'PUBLISHED', 'REJECTED')) not null default 'NEW', "status_reason" text null, "status_changed_at" timestamptz null, "status_changed_by_id" uuid null, "reply" text null, "replied_at" timestamptz null, "imported_at" timestamptz not null, constraint "review_pkey" primary key ("id"));`);
    this.addSql(`create index "review_normalised_text_index" on "review" ("normalised_text");`);
    this.addSql(`create index "review_status_posted_at_index" on "review" ("status", "posted_at");`);
    this.addSql(`alter table "review" add constraint "review_source_external_id_unique" unique ("source", "external_id");`);

    this.addSql(`create table "publication" ("id" uuid not null, "review_id" uuid not null, "platform" text check ("platform" in ('INSTAGRAM_STORY', 'INSTAGRAM_FEED', 'WEBSITE_TESTIMONIAL', 'CAROUSEL_AD', 'HOMEPAGE_TRUST_BADGE')) not null, "display_name" varchar(255) not null, "excerpt" varchar(280) not null, "rating" smallint not null, "published_at" timestamptz not null, "published_by_id" uuid null, "unpublished_at" timestamptz null, "unpublish_reason" text null, constraint "publication_pkey" primary key ("id"));`);
    this.addSql(`create index "publication_review_id_index" on "publication" ("review_id");`);
    this.addSql(`create index "publication_platform_published_at_index" on "publication" ("platform", "published_at");`);

    this.addSql(`create table "escalation" ("id" uuid not null, "order_id" uuid not null, "feedback_id" uuid null, "vendor_id" uuid null, "status" text check ("status" in ('OPEN', 'CONTACTED', 'ROUTED', 'RESOLVED', 'CLOSED')) not null default 'OPEN', "category" text check ("category" in ('VENDOR_BEHAVIOUR', 'PRICING', 'PAYMENT', 'DELAY', 'WRONG_INSPECTION', 'MISCOMMUNICATION', 'MISSED_PICKUP', 'TECH')) null, "team" text check ("team" in ('CX', 'VENDOR_OPS', 'FINANCE', 'TECH')) not null default 'CX', "created_at" timestamptz not null, "first_contact_due_at" timestamptz not null, "first_contact_at" timestamptz null, "sla_breached_at" timestamptz null, "assignee_id" uuid null, "resolution" text null, "resolved_at" timestamptz null, "closed_at" timestamptz null, constraint "escalation_pkey" primary key ("id"));`);
    this.addSql(`create index "escalation_order_id_index" on "escalation" ("order_id");`);
    this.addSql(`create index "escalation_vendor_id_index" on "escalation" ("vendor_id");`);
    this.addSql(`create index "escalation_team_status_index" on "escalation" ("team", "status");`);
    this.addSql(`create index "escalation_status_first_contact_due_at_index" on "escalation" ("status", "first_contact_due_at");`);

    this.addSql(`create table "interaction" ("id" uuid not null, "escalation_id" uuid not null, "channel" text check ("channel" in ('APP', 'WHATSAPP', 'SMS', 'EMAIL', 'CALL')) not null, "summary" text not null, "at" timestamptz not null, "by_id" uuid null, constraint "interaction_pkey" primary key ("id"));`);
    this.addSql(`create index "interaction_escalation_id_index" on "interaction" ("escalation_id");`);

    this.addSql(`create table "feedback_request" ("id" uuid not null, "order_id" uuid not null, "touchpoint" text check ("touchpoint" in ('ORDER_COMPLETED', 'AFTER_PICKUP', 'AFTER_PAYMENT', 'AFTER_RESOLUTION', 'AFTER_VENDOR_REPLACEMENT')) not null, "escalation_id" uuid null, "status" text check ("status" in ('OPEN', 'RESPONDED', 'EXPIRED', 'CANCELLED')) not null default 'OPEN', "created_at" timestamptz not null, "expires_at" timestamptz not null, "closed_at" timestamptz null, constraint "feedback_request_pkey" primary key ("id"));`);
    this.addSql(`create index "feedback_request_order_id_touchpoint_index" on "feedback_request" ("order_id", "touchpoint");`);

    this.addSql(`create table "message" ("id" uuid not null, "order_id" uuid null, "request_id" uuid null, "kind" text check ("kind" in ('REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP', 'DETAILS_PROMPT', 'PUBLIC_REVIEW_INVITE', 'STORE_REDIRECT', 'UPDATED_RATING_REQUEST')) not null, "channel" text check ("channel" in ('APP', 'WHATSAPP', 'SMS', 'EMAIL', 'CALL')) not null, "recipient" varchar(255) not null, "scheduled_for" timestamptz not null, "status" text check ("status" in ('SCHEDULED', 'SENT', 'CANCELLED', 'FAILED')) not null default 'SCHEDULED', "sent_at" timestamptz null, "body" text not null, "attempts" int not null default 0, "last_error" text null, "created_at" timestamptz not null, constraint "message_pkey" primary key ("id"));`);
    this.addSql(`create index "message_order_id_index" on "message" ("order_id");`);
    this.addSql(`create index "message_request_id_index" on "message" ("request_id");`);
    this.addSql(`create index "message_status_scheduled_for_index" on "message" ("status", "scheduled_for");`);

    this.addSql(`create table "feedback" ("id" uuid not null, "order_id" uuid not null, "request_id" uuid null, "vendor_id" uuid null, "touchpoint" text check ("touchpoint" in ('ORDER_COMPLETED', 'AFTER_PICKUP', 'AFTER_PAYMENT', 'AFTER_RESOLUTION', 'AFTER_VENDOR_REPLACEMENT')) not null, "rating" smallint not null, "comment" text null, "vendor_behaviour" smallint null, "pickup_experience" smallint null, "payment_speed" smallint null, "vendor_timeliness" smallint null, "vendor_professionalism" smallint null, "route" text check ("route" in ('ESCALATE', 'ASK_DETAILS', 'ASK_PUBLIC_REVIEW', 'REDIRECT_TO_STORE')) not null, "channel" text check ("channel" in ('APP', 'WHATSAPP', 'SMS', 'EMAIL', 'CALL')) not null default 'APP', "created_at" timestamptz not null, constraint "feedback_pkey" primary key ("id"));`);
    this.addSql(`create index "feedback_order_id_index" on "feedback" ("order_id");`);
    this.addSql(`create index "feedback_vendor_id_index" on "feedback" ("vendor_id");`);
    this.addSql(`create index "feedback_created_at_index" on "feedback" ("created_at");`);

    this.addSql(`create table "call_task" ("id" uuid not null, "order_id" uuid not null, "escalation_id" uuid null, "reasons" text[] not null, "status" text check ("status" in ('OPEN', 'DONE')) not null default 'OPEN', "due_at" timestamptz not null, "created_at" timestamptz not null, "completed_at" timestamptz null, "outcome" text null, "completed_by_id" uuid null, constraint "call_task_pkey" primary key ("id"));`);
    this.addSql(`create index "call_task_order_id_index" on "call_task" ("order_id");`);
    this.addSql(`create index "call_task_status_due_at_index" on "call_task" ("status", "due_at");`);

    this.addSql(`create table "vendor_action" ("id" uuid not null, "vendor_id" uuid not null, "kind" text check ("kind" in ('HOLD', 'DEACTIVATE', 'REINSTATE')) not null, "reason" text not null, "automatic" boolean not null default false, "rule" varchar(255) null, "at" timestamptz not null, "by_id" uuid null, constraint "vendor_action_pkey" primary key ("id"));`);
    this.addSql(`create index "vendor_action_vendor_id_index" on "vendor_action" ("vendor_id");`);

    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "customer_order" add constraint "customer_order_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade;`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "review" add constraint "review_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "review" add constraint "review_status_changed_by_id_foreign" foreign key ("status_changed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "publication" add constraint "publication_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade;`);
    this.addSql(`alter table "publication" add constraint "publication_published_by_id_foreign" foreign key ("published_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "escalation" add constraint "escalation_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade;`);
    this.addSql(`alter table "escalation" add constraint "escalation_feedback_id_foreign" foreign key ("feedback_id") references "feedback" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "escalation" add constraint "escalation_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "escalation" add constraint "escalation_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "interaction" add constraint "interaction_escalation_id_foreign" foreign key ("escalation_id") references "escalation" ("id") on update cascade;`);
    this.addSql(`alter table "interaction" add constraint "interaction_by_id_foreign" foreign key ("by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "feedback_request" add constraint "feedback_request_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade;`);
    this.addSql(`alter table "feedback_request" add constraint "feedback_request_escalation_id_foreign" foreign key ("escalation_id") references "escalation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "message" add constraint "message_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "message" add constraint "message_request_id_foreign" foreign key ("request_id") references "feedback_request" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "feedback" add constraint "feedback_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade;`);
    this.addSql(`alter table "feedback" add constraint "feedback_request_id_foreign" foreign key ("request_id") references "feedback_request" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "feedback" add constraint "feedback_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "call_task" add constraint "call_task_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade;`);
    this.addSql(`alter table "call_task" add constraint "call_task_escalation_id_foreign" foreign key ("escalation_id") references "escalation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "call_task" add constraint "call_task_completed_by_id_foreign" foreign key ("completed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "vendor_action" add constraint "vendor_action_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade;`);
    this.addSql(`alter table "vendor_action" add constraint "vendor_action_by_id_foreign" foreign key ("by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "customer_order" drop constraint "customer_order_customer_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_created_by_id_foreign";`);

    this.addSql(`alter table "review" drop constraint "review_status_changed_by_id_foreign";`);

    this.addSql(`alter table "publication" drop constraint "publication_published_by_id_foreign";`);

    this.addSql(`alter table "escalation" drop constraint "escalation_assignee_id_foreign";`);

    this.addSql(`alter table "interaction" drop constraint "interaction_by_id_foreign";`);

    this.addSql(`alter table "call_task" drop constraint "call_task_completed_by_id_foreign";`);

    this.addSql(`alter table "vendor_action" drop constraint "vendor_action_by_id_foreign";`);

    this.addSql(`alter table "customer_order" drop constraint "customer_order_vendor_id_foreign";`);

    this.addSql(`alter table "escalation" drop constraint "escalation_vendor_id_foreign";`);

    this.addSql(`alter table "feedback" drop constraint "feedback_vendor_id_foreign";`);

    this.addSql(`alter table "vendor_action" drop constraint "vendor_action_vendor_id_foreign";`);

    this.addSql(`alter table "review" drop constraint "review_order_id_foreign";`);

    this.addSql(`alter table "escalation" drop constraint "escalation_order_id_foreign";`);

    this.addSql(`alter table "feedback_request" drop constraint "feedback_request_order_id_foreign";`);

    this.addSql(`alter table "message" drop constraint "message_order_id_foreign";`);

    this.addSql(`alter table "feedback" drop constraint "feedback_order_id_foreign";`);

    this.addSql(`alter table "call_task" drop constraint "call_task_order_id_foreign";`);

    this.addSql(`alter table "publication" drop constraint "publication_review_id_foreign";`);

    this.addSql(`alter table "interaction" drop constraint "interaction_escalation_id_foreign";`);

    this.addSql(`alter table "feedback_request" drop constraint "feedback_request_escalation_id_foreign";`);

    this.addSql(`alter table "call_task" drop constraint "call_task_escalation_id_foreign";`);

    this.addSql(`alter table "message" drop constraint "message_request_id_foreign";`);

    this.addSql(`alter table "feedback" drop constraint "feedback_request_id_foreign";`);

    this.addSql(`alter table "escalation" drop constraint "escalation_feedback_id_foreign";`);

    this.addSql(`drop table if exists "app_setting" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "customer" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "vendor" cascade;`);

    this.addSql(`drop table if exists "customer_order" cascade;`);

    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`drop table if exists "publication" cascade;`);

    this.addSql(`drop table if exists "escalation" cascade;`);

    this.addSql(`drop table if exists "interaction" cascade;`);

    this.addSql(`drop table if exists "feedback_request" cascade;`);

    this.addSql(`drop table if exists "message" cascade;`);

    this.addSql(`drop table if exists "feedback" cascade;`);

    this.addSql(`drop table if exists "call_task" cascade;`);

    this.addSql(`drop table if exists "vendor_action" cascade;`);
  }

}
