import { Migration } from '@mikro-orm/migrations';

export class Migration20261201135632_user_version extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "version";`);
  }

}
