import { Migration } from '@mikro-orm/migrations';

export class Migration20261123114936_reliability extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_record" ("id" varchar(255) not null, "request_hash" varchar(255) not null, "status" int null, "response" text null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`);
    this.addSql(`create index "idempotency_record_expires_at_index" on "idempotency_record" ("expires_at");`);

    this.addSql(`alter table "customer" add column "messaging_opt_out" boolean not null default false, add column "erased_at" timestamptz null;`);

    this.addSql(`alter table "app_user" add column "failed_logins" int not null default 0, add column "locked_until" timestamptz null;`);

    this.addSql(`alter table "vendor" add column "version" int not null default 1;`);

    this.addSql(`alter table "review" add column "version" int not null default 1;`);

    this.addSql(`alter table "escalation" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_record" cascade;`);

    this.addSql(`alter table "app_user" drop column "failed_logins", drop column "locked_until";`);

    this.addSql(`alter table "customer" drop column "messaging_opt_out", drop column "erased_at";`);

    this.addSql(`alter table "escalation" drop column "version";`);

    this.addSql(`alter table "review" drop column "version";`);

    this.addSql(`alter table "vendor" drop column "version";`);
  }

}
