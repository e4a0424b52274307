import { Migration } from '@mikro-orm/migrations';

export class Migration20261201085329_outbox_claims extends Migration {

  override async up(): Promise<void> {
    // The outbox claims messages with a lease instead of holding a row lock across the send.
    this.addSql(`alter table "message" add column "claim_token" uuid null, add column "claimed_until" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "message" drop column "claim_token", drop column "claimed_until";`);
  }

}
