// EXPLAIN (ANALYZE, BUFFERS) of the statements behind each read workload, on the benchmark's
// data, appended to BENCHMARKS.md: the evidence that an index or rollup carries each of them.
// The list statements are the ones the server sends (same tables, filters, order and limit);
// the scorecard statement is the server's own (scorecardSql).
import type { MikroORM } from '@mikro-orm/postgresql';
import { istDay } from '../src/common/weeks.js';
import { scorecardSql } from '../src/modules/vendors/scorecard.js';


export async function explainAll(orm: MikroORM): Promise<string> {
  const em = orm.em.fork();
  const now = new Date();
  const yearAgo = istDay(new Date(now.getTime() - 364 * 86_400_000));
  const today = istDay(new Date(now.getTime() + 86_400_000));
  const first = async (sql: string) => ((await em.execute(sql)) as { id: string }[]).map((r) => r.id);
  const orderIds = await first(`select id from customer_order order by created_at desc, id desc limit 50`);
  const queueOrderIds = await first(`select order_id as id from escalation where status = 'OPEN' order by first_contact_due_at, id limit 50`);
  const scorecard = scorecardSql({ sort: { column: 'composite', desc: true }, limit: 500, offset: 0 }, now, false);
  const statements: [string, string, unknown[]][] = [
    ['orders page: 50 orders with customer and vendor (one joined statement)',
      `select o.*, c.name, c.phone, v.name from customer_order o left join customer c on c.id = o.customer_id left join vendor v on v.id = o.vendor_id
       order by o.created_at desc, o.id desc limit 50`, []],
    ['orders page: their feedback (one batched statement)', `select * from feedback where order_id in (?) order by created_at`, [orderIds]],
    ['escalation queue: 50 OPEN by first-contact due time', `select * from escalation where status in ('OPEN') order by first_contact_due_at asc, id asc limit 50`, []],
    ['escalation queue: their orders (batched; customers likewise)', `select * from customer_order where id in (?)`, [queueOrderIds]],
    ['review inbox: 50 NEW, newest first', `select * from review where status in ('NEW') order by posted_at desc, id desc limit 50`, []],
    ['feedbackAnalytics: feedback per week (daily rollup)',
      `select date_trunc('week', day) as ws, sum(total), sum(positive), sum(negative), sum(rating_sum) from feedback_daily_rollup where day >= ? and day < ? group by 1`, [yearAgo, today]],
    ['feedbackAnalytics: top complaint per week (escalation rollup)',
      `select distinct on (ws) ws, category from (select date_trunc('week', day) as ws, category, sum(n) as n from escalation_daily_rollup
       where day >= ? and day < ? group by 1, 2 having sum(n) > 0) c order by ws, n desc, category`, [yearAgo, today]],
    ['feedbackAnalytics: new public reviews per week (review rollup)',
      `select date_trunc('week', day) as ws, sum(n) from review_daily_rollup where source <> 'INTERNAL' and day >= ? and day < ? group by 1`, [yearAgo, today]],
    ['vendor scorecards: all vendors, top 10%, sorted by composite (the server\'s statement)', scorecard.sql, scorecard.params],
  ];
  const parts: string[] = [];
  for (const [title, sql, params] of statements) {
    const rows = (await em.execute(`explain (analyze, buffers) ${sql}`, params)) as Record<string, string>[];
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    parts.push(`### ${title}\n\n\`\`\`\n${plan}\n\`\`\``);
  }
  return parts.join('\n\n');
}
