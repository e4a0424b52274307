import { Migration } from '@mikro-orm/migrations';

const COMMIT_TIME_TRIGGERS = [
  ['feedback_rollup', 'feedback', 'insert', 'cxloop_feedback_rollup'],
  ['order_rollup', 'customer_order', 'insert or delete or update of status, vendor_id', 'cxloop_order_rollup'],
  ['escalation_rollup', 'escalation', 'insert or delete or update of category, vendor_id, created_at', 'cxloop_escalation_rollup'],
] as const;

export class Migration20261123134808_list_indexes_commit_time_rollups extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "customer_order_created_at_index";`);
    this.addSql(`drop index "customer_order_status_created_at_index";`);

    this.addSql(`create index "customer_order_created_at_id_index" on "customer_order" ("created_at", "id");`);
    this.addSql(`create index "customer_order_status_created_at_id_index" on "customer_order" ("status", "created_at", "id");`);

    this.addSql(`drop index "review_posted_at_index";`);
    this.addSql(`drop index "review_status_posted_at_index";`);

    this.addSql(`create index "review_posted_at_id_index" on "review" ("posted_at", "id");`);
    this.addSql(`create index "review_status_posted_at_id_index" on "review" ("status", "posted_at", "id");`);

    this.addSql(`drop index "escalation_status_first_contact_due_at_index";`);

    this.addSql(`create index "escalation_status_first_contact_due_at_id_index" on "escalation" ("status", "first_contact_due_at", "id");`);

    // The rollup triggers run at commit (deferred constraint triggers), not at the row's insert:
    // a rollup row (today's shard, the vendor's day) is then locked for the commit only, not for
    // the rest of a submitFeedback transaction, so concurrent answers stop queueing on it.
    for (const [name, table, events, fn] of COMMIT_TIME_TRIGGERS) {
      this.addSql(`drop trigger if exists ${name} on ${table};`);
      this.addSql(`create constraint trigger ${name} after ${events} on ${table} deferrable initially deferred for each row execute function ${fn}();`);
    }
  }

  override async down(): Promise<void> {
    for (const [name, table, events, fn] of COMMIT_TIME_TRIGGERS) {
      this.addSql(`drop trigger if exists ${name} on ${table};`);
      this.addSql(`create trigger ${name} after ${events} on ${table} for each row execute function ${fn}();`);
    }

    this.addSql(`drop index "customer_order_created_at_id_index";`);
    this.addSql(`drop index "customer_order_status_created_at_id_index";`);

    this.addSql(`create index "customer_order_created_at_index" on "customer_order" ("created_at");`);
    this.addSql(`create index "customer_order_status_created_at_index" on "customer_order" ("status", "created_at");`);

    this.addSql(`drop index "escalation_status_first_contact_due_at_id_index";`);

    this.addSql(`create index "escalation_status_first_contact_due_at_index" on "escalation" ("status", "first_contact_due_at");`);

    this.addSql(`drop index "review_posted_at_id_index";`);
    this.addSql(`drop index "review_status_posted_at_id_index";`);

    this.addSql(`create index "review_posted_at_index" on "review" ("posted_at");`);
    this.addSql(`create index "review_status_posted_at_index" on "review" ("status", "posted_at");`);
  }

}
