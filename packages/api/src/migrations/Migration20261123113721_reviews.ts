import { Migration } from '@mikro-orm/migrations';

export class Migration20261123113721_reviews extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "review" add column "replied_by_id" uuid null, add column "overridden_checks" jsonb null, add column "consent_note" text null, add column "consent_recorded_at" timestamptz null;`);
    this.addSql(`alter table "review" add constraint "review_replied_by_id_foreign" foreign key ("replied_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "review_order_id_index" on "review" ("order_id");`);

    this.addSql(`alter table "publication" add column "unpublished_by_id" uuid null;`);
    this.addSql(`alter table "publication" add constraint "publication_unpublished_by_id_foreign" foreign key ("unpublished_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "publication" drop constraint "publication_unpublished_by_id_foreign";`);

    this.addSql(`alter table "review" drop constraint "review_replied_by_id_foreign";`);

    this.addSql(`alter table "publication" drop column "unpublished_by_id";`);

    this.addSql(`drop index "review_order_id_index";`);
    this.addSql(`alter table "review" drop column "replied_by_id", drop column "overridden_checks", drop column "consent_note", drop column "consent_recorded_at";`);
  }

}
