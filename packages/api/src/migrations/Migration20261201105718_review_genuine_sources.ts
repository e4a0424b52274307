import { Migration } from '@mikro-orm/migrations';

// RV2 corrected: genuine's note beside the flag, who confirmed a suggested order match and
// when; and the stored flag of reviews from platforms that vouch for the author, re-evaluated
// (without an order they could never pass before, so none could be shortlisted).
export class Migration20261201105718_review_genuine_sources extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "review" add column "order_matched_at" timestamptz null, add column "order_matched_by_id" uuid null, add column "check_genuine_note" text null;`);
    this.addSql(`alter table "review" add constraint "review_order_matched_by_id_foreign" foreign key ("order_matched_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    // The same rule as shortlist.policy judgeGenuine for the one case it changed: no order and a
    // vouching source, with text no other review has. Everything else keeps its stored flag
    // until it is checked again (shortlisting re-runs the checks).
    this.addSql(`update "review" r set "check_genuine" = true, "check_genuine_note" = case r."source"
        when 'GOOGLE_BUSINESS' then 'Google Business Profile vouches for the author'
        when 'PLAY_STORE' then 'Google Play vouches for the author'
        else 'The App Store vouches for the author' end
      where r."order_id" is null and r."source" in ('GOOGLE_BUSINESS', 'PLAY_STORE', 'APP_STORE') and r."check_genuine" = false
        and r."normalised_text" <> ''
        and not exists (select 1 from "review" o where o."normalised_text" = r."normalised_text" and o."id" <> r."id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "review" set "check_genuine" = false where "order_id" is null and "source" in ('GOOGLE_BUSINESS', 'PLAY_STORE', 'APP_STORE');`);
    this.addSql(`alter table "review" drop constraint "review_order_matched_by_id_foreign";`);
    this.addSql(`alter table "review" drop column "order_matched_at", drop column "order_matched_by_id", drop column "check_genuine_note";`);
  }

}
