// The CX desk's inbox: open cases and open escalations in one queue, in the caller's teams
// (S2, K5), with the views the desk works from (Mine, Unassigned, Due soon, Breached, Pending
// customer) and one "next due" time per item: the clock that is running now. One SQL query
// (a UNION of the two tables) so that paging and sorting hold across both kinds.
import type { EntityManager } from '@mikro-orm/postgresql';
import { CasePriority, CaseStatus, EscalationStatus, InboxView, Team, WorkKind } from '../../common/enums.js';
import { pageOptions, likePattern, type ListArgs } from '../../common/list-args.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { badInput } from '../../common/errors.js';
import { uuidsOnly } from '../../common/find.js';
import type { Principal } from '../access/principal.js';
import type { EscalationService } from '../escalations/escalation.service.js';
import type { SupportCaseService } from './support-case.service.js';
import { visibleTeams } from '../access/team-scope.policy.js';
import { ACTIVE_CASE } from './case-state.js';
import { parseCaseNumber } from './support-case.policy.js';


export interface InboxFilterValue {
  view?: InboxView | null;
  kind?: WorkKind[] | null;
  team?: Team | null;
  q?: string | null;
  /** Only these cases and escalations (the items assignWork answers with). */
  workIds?: string[] | null;
}

export interface InboxRow {
  id: string;
  kind: WorkKind;
  workId: string;
  title: string;
  customerName: string;
  team: Team;
  status: string;
  priority: CasePriority | null;
  assigneeId: string | null;
  createdAt: Date;
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date | null;
  nextDueAt: Date | null;
  nextDueKind: 'FIRST_RESPONSE' | 'RESOLUTION' | null;
  slaBreached: boolean;
  slaPausedAt: Date | null;
}

/** Open escalations: still waiting on CX or the team they were routed to (E1–E3). */
const ACTIVE_ESCALATION = [EscalationStatus.OPEN, EscalationStatus.CONTACTED, EscalationStatus.ROUTED];

const SORTABLE = { nextDueAt: 'next_due_at', createdAt: 'created_at', team: 'team', status: 'status', kind: 'kind', id: 'work_id' };

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Both kinds as one row shape. A case's next due time is its first response while none was sent,
 * then its resolution; a paused case has none. An escalation's is its first contact (E1).
 */
const PARAMS = `with p as (select ?::timestamptz as now, ?::text[] as teams, ?::uuid as me, ?::timestamptz as case_soon,
  ?::timestamptz as escalation_soon, ?::text[] as kinds, ?::text as team_filter, ?::text as pattern, ?::text as seq_filter, ?::uuid[] as work_ids)`;

/**
 * The sort keys and filter columns only: names and titles are joined to the page's rows alone
 * (a queue of thousands is sorted without joining thousands of customers).
 */
const ITEMS = `
  select 'CASE' as kind, c.id as work_id, c.created_at, c.team, c.status, c.priority, c.assignee_id, c.customer_id,
    c.seq, c.subject, null::text as order_ref, null::uuid as feedback_id,
    c.first_response_due_at, c.first_responded_at, c.resolution_due_at, c.sla_paused_at,
    case when c.sla_paused_at is not null then null
         when c.first_responded_at is null then least(c.first_response_due_at, c.resolution_due_at)
         else c.resolution_due_at end as next_due_at,
    case when c.sla_paused_at is not null then null
         when c.first_responded_at is null and c.first_response_due_at <= c.resolution_due_at then 'FIRST_RESPONSE'
         else 'RESOLUTION' end as next_due_kind,
    (c.sla_breached_at is not null or (c.sla_paused_at is null and ((c.first_responded_at is null and c.first_response_due_at < p.now) or c.resolution_due_at < p.now))) as sla_breached
  from support_case c cross join p
  where c.status in (${list(ACTIVE_CASE)}) and (p.teams is null or c.team = any(p.teams))
  union all
  select 'ESCALATION', e.id, e.created_at, e.team, e.status, null, e.assignee_id, o.customer_id,
    null, null, o.external_ref, e.feedback_id,
    e.first_contact_due_at, e.first_contact_at, null, null,
    case when e.first_contact_at is null then e.first_contact_due_at end,
    case when e.first_contact_at is null then 'FIRST_RESPONSE' end,
    (e.sla_breached_at is not null or (e.first_contact_at is null and e.first_contact_due_at < p.now))
  from escalation e join customer_order o on o.id = e.order_id cross join p
  where e.status in (${list(ACTIVE_ESCALATION)}) and (p.teams is null or e.team = any(p.teams))`;

/** The page's rows with their customer's name and their title. */
const DECORATE = (page: string, order: string) => `select page.*, cu.name as customer_name,
    case when page.kind = 'CASE' then 'CX-' || page.seq || ' · ' || page.subject
         else coalesce(f.rating || '★ ', '') || 'escalation · ' || page.order_ref end as title
  from (${page}) page join customer cu on cu.id = page.customer_id left join feedback f on f.id = page.feedback_id
  order by ${order}`;

export class Inbox {
  constructor(
    private readonly policy: Pick<PolicySettings, 'caseDueSoonMs' | 'escalationDueSoonMs'>,
    private readonly cases: SupportCaseService,
    private readonly escalations: EscalationService,
  ) {}

  /**
   * Bulk assign from the inbox: every item to the same person (or to nobody), in one transaction:
   * all of them or, on the first refusal (a team the person cannot work, a closed case), none.
   */
  async assign(em: EntityManager, principal: Principal, items: { kind: WorkKind; id: string }[], userId: string | null): Promise<{ kind: WorkKind; id: string }[]> {
    if (items.length === 0) throw badInput('items', 'Choose at least one case or escalation.');
    if (items.length > 100) throw badInput('items', 'Assign at most 100 items at once.');
    await em.transactional(async (tem) => {
      for (const item of items) {
        if (item.kind === WorkKind.CASE) await this.cases.assign(tem, principal, item.id, userId);
        else await this.escalations.assign(tem, principal, item.id, userId);
      }
    });
    return items;
  }

  /** The query's parameters as one row (p), so each is bound once, and the view's conditions on the items. */
  private where(principal: Principal | null, filter: InboxFilterValue | null | undefined, now: Date): { sql: string; params: unknown[] } {
    const teams = visibleTeams(principal);
    const me = principal?.kind === 'USER' ? principal.id : null;
    const q = filter?.q?.trim() ? filter.q : null;
    const seq = q ? parseCaseNumber(q) : null;
    const kinds = filter?.kind?.length ? filter.kind.filter((k) => Object.values(WorkKind).includes(k)) : null;
    const params = [
      now, teams === 'ALL' ? null : `{${teams.join(',')}}`, me,
      new Date(now.getTime() + this.policy.caseDueSoonMs), new Date(now.getTime() + this.policy.escalationDueSoonMs),
      kinds ? `{${kinds.join(',')}}` : null, filter?.team ?? null, q ? likePattern(q) : null, seq === null ? null : String(seq),
      filter?.workIds ? `{${uuidsOnly(filter.workIds).join(',')}}` : null,
    ];
    const conditions: string[] = [];
    switch (filter?.view ?? InboxView.ALL) {
      case InboxView.MINE: conditions.push('assignee_id = p.me'); break;
      case InboxView.UNASSIGNED: conditions.push('assignee_id is null'); break;
      case InboxView.BREACHED: conditions.push('sla_breached'); break;
      case InboxView.PENDING_CUSTOMER: conditions.push(`kind = 'CASE' and status = '${CaseStatus.PENDING_CUSTOMER}'`); break;
      // The policy's windows: POLICY_CASE_DUE_SOON for cases, POLICY_ESCALATION_DUE_SOON for escalations.
      case InboxView.DUE_SOON:
        conditions.push(`not sla_breached and next_due_at >= p.now and next_due_at <= case when kind = 'CASE' then p.case_soon else p.escalation_soon end`);
        break;
      default: break;
    }
    if (kinds) conditions.push('kind = any(p.kinds)');
    if (filter?.workIds) conditions.push('work_id = any(p.work_ids)');
    if (filter?.team) conditions.push('team = p.team_filter');
    if (q) {
      conditions.push(`(items.subject ilike p.pattern or items.order_ref ilike p.pattern or (items.kind = 'CASE' and items.seq::text = p.seq_filter)
        or exists (select 1 from customer cu where cu.id = items.customer_id and cu.name ilike p.pattern))`);
    }
    return { sql: `select items.* from (${ITEMS}) items cross join p ${conditions.length ? `where ${conditions.join(' and ')}` : ''}`, params };
  }

  async page(em: EntityManager, principal: Principal | null, args: ListArgs, filter: InboxFilterValue | null | undefined, now: Date): Promise<InboxRow[]> {
    const page = pageOptions(args, SORTABLE, { field: 'nextDueAt', order: 'ASC' });
    const order = Object.entries(page.orderBy).map(([col, dir]) => `${col === 'id' ? 'work_id' : col} ${dir} nulls last`).join(', ');
    const { sql, params } = this.where(principal, filter, now);
    const rows: Record<string, unknown>[] = await em.execute(`${PARAMS} ${DECORATE(`${sql} order by ${order} limit ? offset ?`, order)}`, [...params, page.limit, page.offset]);
    return rows.map(toRow);
  }

  async count(em: EntityManager, principal: Principal | null, filter: InboxFilterValue | null | undefined, now: Date): Promise<number> {
    const { sql, params } = this.where(principal, filter, now);
    const [row]: { n: string }[] = await em.execute(`${PARAMS} select count(*) as n from (${sql}) counted`, params);
    return Number(row.n);
  }
}

const date = (v: unknown): Date | null => (v == null ? null : new Date(v as string));

function toRow(r: Record<string, unknown>): InboxRow {
  const kind = r.kind as WorkKind;
  return {
    id: `${kind}:${r.work_id as string}`,
    kind,
    workId: r.work_id as string,
    title: r.title as string,
    customerName: r.customer_name as string,
    team: r.team as Team,
    status: r.status as string,
    priority: (r.priority as CasePriority | null) ?? null,
    assigneeId: (r.assignee_id as string | null) ?? null,
    createdAt: new Date(r.created_at as string),
    firstResponseDueAt: date(r.first_response_due_at),
    firstRespondedAt: date(r.first_responded_at),
    resolutionDueAt: date(r.resolution_due_at),
    nextDueAt: date(r.next_due_at),
    nextDueKind: (r.next_due_kind as InboxRow['nextDueKind']) ?? null,
    slaBreached: Boolean(r.sla_breached),
    slaPausedAt: date(r.sla_paused_at),
  };
}
