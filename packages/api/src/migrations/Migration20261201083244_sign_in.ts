import { Migration } from '@mikro-orm/migrations';

export class Migration20261201083244_sign_in extends Migration {

  override async up(): Promise<void> {
    // Failed sign-ins are counted per attempted address (known or not), no longer per account.
    this.addSql(`create table "login_throttle" ("key" varchar(255) not null, "failures" int not null default 0, "locked_until" timestamptz null, "updated_at" timestamptz not null, constraint "login_throttle_pkey" primary key ("key"));`);
    this.addSql(`create index "login_throttle_updated_at_index" on "login_throttle" ("updated_at");`);
    this.addSql(`alter table "app_user" drop column "locked_until", drop column "failed_logins";`);
    this.addSql(`alter table "app_user" add column "credential_version" int not null default 0;`);
    // Responses are now stored encrypted; the plain ones kept so far go (they expire within 24 h anyway).
    this.addSql(`delete from "idempotency_record";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_throttle" cascade;`);
    this.addSql(`alter table "app_user" drop column "credential_version";`);
    this.addSql(`alter table "app_user" add column "failed_logins" int not null default 0, add column "locked_until" timestamptz null;`);
  }

}
