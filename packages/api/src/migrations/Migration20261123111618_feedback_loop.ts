import { Migration } from '@mikro-orm/migrations';

export class Migration20261123111618_feedback_loop extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "alert" ("id" uuid not null, "kind" text check ("kind" in ('ESCALATION_OPENED', 'SLA_BREACHED')) not null, "escalation_id" uuid not null, "team" text check ("team" in ('CX', 'VENDOR_OPS', 'FINANCE', 'TECH')) not null, "for_role" text check ("for_role" in ('ADMIN', 'CX_AGENT', 'CX_LEAD', 'MARKETING', 'VENDOR_OPS', 'FINANCE')) not null, "text" text not null, "created_at" timestamptz not null, "acknowledged_at" timestamptz null, "acknowledged_by_id" uuid null, constraint "alert_pkey" primary key ("id"));`);
    this.addSql(`create index "alert_escalation_id_index" on "alert" ("escalation_id");`);
    this.addSql(`create index "alert_acknowledged_at_created_at_index" on "alert" ("acknowledged_at", "created_at");`);

    this.addSql(`alter table "alert" add constraint "alert_escalation_id_foreign" foreign key ("escalation_id") references "escalation" ("id") on update cascade;`);
    this.addSql(`alter table "alert" add constraint "alert_acknowledged_by_id_foreign" foreign key ("acknowledged_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "message" drop constraint if exists "message_kind_check";`);

    this.addSql(`alter table "message" add column "next_attempt_at" timestamptz null;`);
    this.addSql(`alter table "message" add constraint "message_kind_check" check("kind" in ('REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP', 'DETAILS_PROMPT', 'PUBLIC_REVIEW_INVITE', 'STORE_REDIRECT', 'UPDATED_RATING_REQUEST', 'ESCALATION_ALERT', 'SLA_BREACH_ALERT'));`);

    this.addSql(`alter table "feedback" add column "re_rated_escalation_id" uuid null;`);
    this.addSql(`alter table "feedback" add constraint "feedback_re_rated_escalation_id_foreign" foreign key ("re_rated_escalation_id") references "escalation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "feedback" add constraint "feedback_re_rated_escalation_id_unique" unique ("re_rated_escalation_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "alert" cascade;`);

    this.addSql(`alter table "feedback" drop constraint "feedback_re_rated_escalation_id_foreign";`);

    this.addSql(`alter table "message" drop constraint if exists "message_kind_check";`);

    this.addSql(`alter table "feedback" drop constraint "feedback_re_rated_escalation_id_unique";`);
    this.addSql(`alter table "feedback" drop column "re_rated_escalation_id";`);

    this.addSql(`alter table "message" drop column "next_attempt_at";`);

    this.addSql(`alter table "message" add constraint "message_kind_check" check("kind" in ('REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP', 'DETAILS_PROMPT', 'PUBLIC_REVIEW_INVITE', 'STORE_REDIRECT', 'UPDATED_RATING_REQUEST'));`);
  }

}
