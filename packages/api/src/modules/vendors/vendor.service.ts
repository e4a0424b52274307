// Vendors: onboarding, manual hold and reinstatement (V3) with their history, and the lists
// ops work from.
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { AvailableAction } from '../../common/actions.js';
import type { Clock } from '../../common/clock.js';
import { orThrow } from '../../common/decision.js';
import { VendorActionKind, VendorStatus } from '../../common/enums.js';
import { badInput } from '../../common/errors.js';
import type { EventPublisher } from '../../common/events.js';
import { findOrFail } from '../../common/find.js';
import { pageOptions, type ListArgs } from '../../common/list-args.js';
import { checkVersionAudited, recordAudit } from '../../common/audit.js';
import { User } from '../access/user.entity.js';
import { actorOf, rolesOf, type Principal } from '../access/principal.js';
import { VendorAction } from './vendor-action.entity.js';
import type { VendorFilter } from './vendor.inputs.js';
import { availableActions, decideAutomaticAction, decideManualAction, type VendorActionName } from './vendor.policy.js';
import { countScorecards, queryScorecards, SCORECARD_SORT, vendorTrend, type ScorecardQuery, type VendorScorecard } from './scorecard.js';
import { VENDOR_COMPLAINT_CATEGORIES } from './vendor.policy.js';
import { weeksOverlapping } from '../../common/weeks.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { SYSTEM_ACTOR } from '../access/principal.js';
import { Vendor } from './vendor.entity.js';
import { defineVendorList } from './vendor.list.js';
import type { VendorEvents } from './vendor.events.js';

function checkName(name: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  if (!n || n.length > 200) throw badInput('name', 'Enter the vendor\'s name (at most 200 characters).');
  return n;
}

export class VendorService {
  constructor(
    private readonly clock: Clock,
    private readonly policy: PolicySettings,
    private readonly events: EventPublisher<VendorEvents>,
  ) {}

  /** allVendors and its count; the scorecards filter the vendors' own columns with it too. */
  readonly vendorList = defineVendorList(this.clock);

  /**
   * V2, in the transaction of the complaint that may cross a threshold (VendorComplaint): counts
   * the vendor's complaints (V1) in both windows and holds or deactivates it automatically, then
   * publishes VendorThresholdCrossed.
   */
  async applyComplaintThresholds(
    em: EntityManager,
    { vendorId, escalationId, orderId, at: now }: { vendorId: string; escalationId: string; orderId: string; at: Date },
  ): Promise<void> {
    const vendor = await em.findOneOrFail(Vendor, { id: vendorId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const [counts] = await em.execute(
      `select count(*) filter (where created_at > ?)::int as hold, count(*) filter (where created_at > ?)::int as deactivate
       from escalation where vendor_id = ? and category in (?) and created_at <= ?`,
      [new Date(now.getTime() - this.policy.vendorHoldWindowMs), new Date(now.getTime() - this.policy.vendorDeactivateWindowMs), vendorId, [...VENDOR_COMPLAINT_CATEGORIES], now],
    );
    const decision = decideAutomaticAction(vendor.status, { inHoldWindow: counts.hold, inDeactivateWindow: counts.deactivate }, this.policy);
    if (decision.kind === 'NONE') return;
    const from = vendor.status;
    vendor.status = decision.to;
    vendor.statusReason = decision.reason;
    em.create(VendorAction, { vendor, kind: decision.kind, reason: decision.reason, automatic: true, rule: decision.rule, at: now, by: null });
    recordAudit(em, SYSTEM_ACTOR, now, {
      action: `VENDOR_${decision.kind}`, entityType: 'Vendor', entityId: vendor.id, orderId, rule: decision.rule,
      data: { from, to: decision.to, complaintsInHoldWindow: counts.hold, complaintsInDeactivateWindow: counts.deactivate, escalationId },
    });
    await this.events.publish(em, {
      type: 'VendorThresholdCrossed', vendor, kind: decision.kind, escalationId, orderId, at: now,
      notice: `${vendor.name}: ${decision.reason} Review the complaints and reinstate with a reason when fixed.`,
    });
  }

  async createVendor(em: EntityManager, principal: Principal, name: string, city?: string | null): Promise<Vendor> {
    const cleanName = checkName(name);
    const cleanCity = city?.trim() || null;
    if (cleanCity && cleanCity.length > 100) throw badInput('city', 'The city can be at most 100 characters.');
    return em.transactional(async (tem) => {
      const now = this.clock.now();
      const vendor = tem.create(Vendor, { name: cleanName, city: cleanCity, status: VendorStatus.ACTIVE, createdAt: now });
      recordAudit(tem, actorOf(principal), now, { action: 'VENDOR_CREATED', entityType: 'Vendor', entityId: vendor.id, data: { name: cleanName, city: cleanCity } });
      return vendor;
    });
  }

  /** Edits the vendor's details; its status changes only through hold / reinstate. */
  async updateVendor(
    em: EntityManager,
    principal: Principal,
    id: string,
    input: { name?: string | null; city?: string | null },
    expectedVersion?: number | null,
  ): Promise<Vendor> {
    return em.transactional(async (tem) => {
      const vendor = await findOrFail(tem, Vendor, id, 'Vendor', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      await checkVersionAudited(tem, 'Vendor', vendor, expectedVersion);
      if (input.name != null) vendor.name = checkName(input.name);
      if (input.city !== undefined) vendor.city = input.city?.trim() || null;
      recordAudit(tem, actorOf(principal), this.clock.now(), { action: 'VENDOR_UPDATED', entityType: 'Vendor', entityId: id, data: { name: vendor.name, city: vendor.city } });
      return vendor;
    });
  }

  /** What the caller can do with this vendor now (the admin's buttons). */
  availableActions(vendor: Vendor, principal: Principal | null): AvailableAction<VendorActionName>[] {
    return availableActions(vendor, principal, this.policy);
  }

  holdVendor(em: EntityManager, principal: Principal, id: string, reason: string, expectedVersion?: number | null): Promise<Vendor> {
    return this.manualAction(em, principal, id, VendorActionKind.HOLD, reason, expectedVersion);
  }

  reinstateVendor(em: EntityManager, principal: Principal, id: string, reason: string, expectedVersion?: number | null): Promise<Vendor> {
    return this.manualAction(em, principal, id, VendorActionKind.REINSTATE, reason, expectedVersion);
  }

  private async manualAction(
    em: EntityManager,
    principal: Principal,
    id: string,
    kind: VendorActionKind.HOLD | VendorActionKind.REINSTATE,
    reason: string,
    expectedVersion?: number | null,
  ): Promise<Vendor> {
    return em.transactional(async (tem) => {
      const vendor = await findOrFail(tem, Vendor, id, 'Vendor', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      await checkVersionAudited(tem, 'Vendor', vendor, expectedVersion);
      const decision = orThrow(decideManualAction(vendor, kind, reason, rolesOf(principal)));
      const now = this.clock.now();
      const from = vendor.status;
      vendor.status = decision.to;
      vendor.statusReason = decision.reason;
      tem.create(VendorAction, {
        vendor,
        kind: decision.kind,
        reason: decision.reason,
        automatic: false,
        at: now,
        by: principal.kind === 'USER' ? tem.getReference(User, principal.id) : null,
      });
      recordAudit(tem, actorOf(principal), now, {
        action: `VENDOR_${decision.kind}`,
        entityType: 'Vendor',
        entityId: vendor.id,
        data: { from, to: decision.to, reason: decision.reason },
      });
      return vendor;
    });
  }

  /** V4: vendors with their scorecards, sorted and filtered by any figure, computed in SQL. */
  async scorecards(em: EntityManager, principal: Principal | null, args: ListArgs, filter?: VendorFilter | null): Promise<{ vendor: Vendor; card: VendorScorecard }[]> {
    const opts = pageOptions(args, SCORECARD_SORT, { field: 'compositeScore', order: 'DESC' });
    const [[field, dir]] = Object.entries(opts.orderBy);
    // The vendors' own columns come with their figures: one statement for the page.
    return queryScorecards(em, { ...this.scorecardFilter(em, principal, filter), sort: { column: field, desc: dir === 'desc' }, limit: opts.limit, offset: opts.offset }, this.clock.now());
  }

  countScorecards(em: EntityManager, principal: Principal | null, filter?: VendorFilter | null): Promise<number> {
    return countScorecards(em, this.scorecardFilter(em, principal, filter), this.clock.now());
  }

  /**
   * The scorecards of a batch of the vendor list's rows (the CSV export, which read them in
   * (createdAt, id) order): in that order, only those the figures' filters keep.
   */
  async scorecardsOf(em: EntityManager, vendorIds: readonly string[], filter?: VendorFilter | null): Promise<{ vendor: Vendor; card: VendorScorecard }[]> {
    if (vendorIds.length === 0) return [];
    const q: ScorecardQuery = { ids: vendorIds, topPerformer: filter?.topPerformer, minComposite: filter?.minComposite, sort: { column: 'created_at', desc: false } };
    return queryScorecards(em, q, this.clock.now());
  }

  /** The vendor list's conditions as a subquery of vendor ids, and the figures' own filters. */
  private scorecardFilter(em: EntityManager, principal: Principal | null, filter?: VendorFilter | null): ScorecardQuery {
    const where = this.vendorList.where(principal, filter);
    // With `?` placeholders, as the scorecards' SQL has (getQuery() would number them $1 …).
    const { sql, bindings } = em.createQueryBuilder(Vendor, 'v').select('id').where(where).getKnexQuery().toSQL();
    const vendors = Object.keys(where).length ? { sql, params: bindings } : undefined;
    return { vendors, topPerformer: filter?.topPerformer, minComposite: filter?.minComposite };
  }

  /** Weekly ratings and complaints for the vendor's chart. */
  async trend(em: EntityManager, vendorId: string, weeks: number) {
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) throw badInput('weeks', 'weeks must be between 1 and 104.');
    await findOrFail(em, Vendor, vendorId, 'Vendor');
    const now = this.clock.now();
    const list = weeksOverlapping(new Date(now.getTime() - (weeks - 1) * 7 * 86_400_000), new Date(now.getTime() + 1));
    return vendorTrend(em, vendorId, list.slice(-weeks));
  }
}
