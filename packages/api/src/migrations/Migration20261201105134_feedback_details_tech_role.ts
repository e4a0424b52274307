import { Migration } from '@mikro-orm/migrations';

export class Migration20261201105134_feedback_details_tech_role extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "alert" drop constraint if exists "alert_for_role_check";`);

    this.addSql(`alter table "feedback" add column "details" text null, add column "details_at" timestamptz null, add column "sentiment_score" double precision null;`);

    this.addSql(`alter table "alert" add constraint "alert_for_role_check" check("for_role" in ('ADMIN', 'CX_AGENT', 'CX_LEAD', 'MARKETING', 'VENDOR_OPS', 'FINANCE', 'TECH'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "alert" drop constraint if exists "alert_for_role_check";`);

    this.addSql(`alter table "alert" add constraint "alert_for_role_check" check("for_role" in ('ADMIN', 'CX_AGENT', 'CX_LEAD', 'MARKETING', 'VENDOR_OPS', 'FINANCE'));`);

    this.addSql(`alter table "feedback" drop column "details", drop column "details_at", drop column "sentiment_score";`);
  }

}
