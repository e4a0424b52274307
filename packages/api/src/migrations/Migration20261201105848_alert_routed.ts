import { Migration } from '@mikro-orm/migrations';

export class Migration20261201105848_alert_routed extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "alert" drop constraint if exists "alert_kind_check";`);

    this.addSql(`alter table "alert" add constraint "alert_kind_check" check("kind" in ('ESCALATION_OPENED', 'ESCALATION_ROUTED', 'SLA_BREACHED', 'VENDOR_ACTION'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "alert" drop constraint if exists "alert_kind_check";`);

    this.addSql(`alter table "alert" add constraint "alert_kind_check" check("kind" in ('ESCALATION_OPENED', 'SLA_BREACHED', 'VENDOR_ACTION'));`);
  }

}
