// One list engine (after Vendure's ListQueryBuilder): a service declares each list once — its
// sortable fields, a typed definition for every field of the list's GraphQL filter, and the
// caller's scope — and that definition serves the root list (allX), its count (_allXMeta), the
// nested lists other types show and the CSV exports. The rules live here, once:
//   - id always ends a page's sort, in the sort's direction: pages never shuffle, and
//     (created_at, id)-style indexes serve them; the exports read in (keyset, id) order;
//   - a filter that is unset (null, '' or []) adds nothing; a given one adds its condition;
//   - a malformed id matches nothing (idIs / idIn), never everything, never a database error;
//   - the scope (e.g. S2's team scope) is part of every query the list runs.
import type DataLoader from 'dataloader';
import type { EntityClass, EntityKey, ObjectQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../modules/access/principal.js';
import type { Clock } from './clock.js';
import { idOrNoMatch, uuidsOnly } from './find.js';
import { findLean, type Lean } from './lean.js';
import { likePattern, pageOptions, type ListArgs } from './list-args.js';
import type { Loaders } from './loaders.js';

/** What a filter or a scope may depend on besides its value. */
export interface ListContext {
  principal: Principal | null;
  /** The application clock's now (tests move it), for filters such as "due within n minutes". */
  now: Date;
}

/** A condition on the list's rows (a MikroORM query object), or undefined for none. */
export type Condition<E> = ObjectQuery<E> | undefined;

/** How one field of the filter input narrows the rows; it runs only when the field is set. */
export type FilterFn<E, V> = (value: V, ctx: ListContext) => Condition<E>;

/** A definition for every field of the GraphQL filter input F: a field cannot be left out. */
export type Filters<E, F> = { [K in keyof F]-?: FilterFn<E, NonNullable<F[K]>> };

export interface ListOptions<E, F, S extends string> {
  clock: Clock;
  /** The list's GraphQL filter input type: every one of its fields needs a filter below. */
  filter: new () => F;
  /** GraphQL sortField → entity property. Only these own keys may be sorted by. */
  sort: Record<S, EntityKey<E>>;
  defaultSort: { field: NoInfer<S>; order: 'ASC' | 'DESC' };
  filters: NoInfer<Filters<E, F>>;
  /** The rows the caller may see at all (applied to the list, its count, nested lists, exports). */
  scope?: (ctx: ListContext) => Condition<E>;
  /** To-one relations joined into a page's rows (see findLean). */
  join?: string[];
  /** For batch (the CSV exports): rows in ascending (keyset, id) order, resumed after a row (`join` joined too). */
  keyset?: EntityKey<E>;
}

export interface List<E extends { id: string }, F> {
  /** The scope and the set filters as one query (for a caller that runs its own, e.g. SQL). */
  where(principal: Principal | null, filter?: F | null): ObjectQuery<E>;
  /** One page of lean rows (one statement); paging and sorting validated by pageOptions (BAD_USER_INPUT). */
  list(em: EntityManager, principal: Principal | null, args: ListArgs, filter?: F | null): Promise<Lean<E>[]>;
  count(em: EntityManager, principal: Principal | null, filter?: F | null): Promise<number>;
  /** Up to `limit` rows after `after` in ascending (keyset, id) order: the exports' keyset paging. */
  batch(em: EntityManager, principal: Principal | null, filter: F | null, after: Lean<E> | null, limit: number): Promise<Lean<E>[]>;
  /**
   * The rows under each parent (through `fk`), within the caller's scope, in `orderBy` as given:
   * no id tie-breaker, as rows of one transaction share their time and keep their written order.
   */
  children(ctx: { loaders: Loaders; principal: Principal | null }, fk: EntityKey<E>, orderBy: Record<string, 'asc' | 'desc'>): DataLoader<string, Lean<E>[]>;
}

/**
 * The one type assertion of the engine. MikroORM's ObjectQuery<E> is keyed by E's own property
 * names; a condition built from a property named by a variable (`{ [path]: value }`), or an
 * `$and` of conditions on a generic E, is one TypeScript cannot check. Every path reaching here
 * is an EntityKey<E> a definition named, so the query is one MikroORM resolves on E. The same
 * holds for a condition through a relation named by entity name (common/entity-ref.ts), whose
 * target's properties its TypeScript type does not carry.
 */
export const asQuery = <E>(query: Record<string, unknown>): ObjectQuery<E> => query as ObjectQuery<E>;

/** An id filter on a column or a to-one relation: a malformed id matches nothing. */
export const idIs = <E>(path: EntityKey<E>): FilterFn<E, string> => (id) => asQuery<E>({ [path]: idOrNoMatch(id) });

/** A list-of-ids filter (react-admin's getMany): malformed ids match nothing. */
export const idIn = <E>(path?: EntityKey<E>): FilterFn<E, string[]> => (ids) => asQuery<E>({ [path ?? 'id']: { $in: uuidsOnly(ids) } });

/** The "Mine" view on a relation to the assignee: the caller's rows (true) or everyone else's and nobody's (false); a caller that is not a person has none. */
export const assignedToMe = <E>(path: EntityKey<E>): FilterFn<E, boolean> => (mine, { principal }) => {
  const me = principal?.kind === 'USER' ? principal.id : null;
  if (mine) return asQuery<E>(me ? { [path]: me } : { id: { $in: [] } });
  return me ? asQuery<E>({ $or: [{ [path]: null }, { [path]: { $ne: me } }] }) : undefined;
};

/** The "Unassigned" view: nobody on the relation (true) or someone (false). */
export const unassigned = <E>(path: EntityKey<E>): FilterFn<E, boolean> => (none) => asQuery<E>({ [path]: none ? null : { $ne: null } });

/**
 * A text search (`q`): blank adds nothing; else a row matches when any of the conditions built
 * from the text's ILIKE pattern (its % and _ escaped) matches.
 */
export const search = <E>(anyOf: (like: string, q: string, ctx: ListContext) => ObjectQuery<E>[]): FilterFn<E, string> =>
  (q, ctx) => (q.trim() ? asQuery<E>({ $or: anyOf(likePattern(q), q, ctx) }) : undefined);

/** The start of a date range (`createdFrom`): rows at or after it. */
export const onOrAfter = <E>(path: EntityKey<E>): FilterFn<E, Date> => (at) => asQuery<E>({ [path]: { $gte: at } });

/** The end of a date range (`createdTo`, `dueBefore`): rows strictly before it. */
export const before = <E>(path: EntityKey<E>): FilterFn<E, Date> => (at) => asQuery<E>({ [path]: { $lt: at } });

/** A filter field that this list reads elsewhere (e.g. a scorecard-only figure): no condition here. */
export const notHere = (): undefined => undefined;

/** Unset: null or undefined, an empty string, an empty list. */
const given = <V>(value: V): value is NonNullable<V> =>
  value != null && value !== '' && !(Array.isArray(value) && value.length === 0);

const allOf = <E>(conditions: ObjectQuery<E>[]): ObjectQuery<E> =>
  conditions.length === 0 ? asQuery<E>({}) : conditions.length === 1 ? conditions[0] : asQuery<E>({ $and: conditions });

export function defineList<E extends { id: string }, F extends object, S extends string>(
  entity: EntityClass<E> & { name: string },
  options: ListOptions<E, F, S>,
): List<E, F> {
  const context = (principal: Principal | null): ListContext => ({ principal, now: options.clock.now() });
  const sortable: Record<string, string> = options.sort;

  function conditions(ctx: ListContext, filter: F | null | undefined): ObjectQuery<E>[] {
    const out: ObjectQuery<E>[] = [];
    const scope = options.scope?.(ctx);
    if (scope) out.push(scope);
    if (!filter) return out;
    // The definition's own keys decide what is read: nothing else of the value reaches a query.
    for (const key of Object.keys(options.filters) as (keyof F)[]) {
      const value = filter[key];
      if (!given(value)) continue;
      const condition = options.filters[key](value, ctx);
      if (condition) out.push(condition);
    }
    return out;
  }

  const where = (principal: Principal | null, filter?: F | null) => allOf(conditions(context(principal), filter));

  return {
    where,
    list(em, principal, args, filter) {
      const { limit, offset, orderBy } = pageOptions(args, sortable, options.defaultSort);
      return findLean(em, entity, where(principal, filter), { limit, offset, orderBy, join: options.join });
    },
    count: (em, principal, filter) => em.count(entity, where(principal, filter)),
    batch(em, principal, filter, after, limit) {
      const key = options.keyset;
      if (!key) throw new Error(`The ${entity.name} list declares no keyset to read it in batches.`);
      const all = conditions(context(principal), filter);
      if (after) {
        // Every timestamp is written from a JavaScript Date (millisecond precision), so the
        // cursor's value compares exactly with the stored one.
        const cursor = after as unknown as Record<string, unknown>;
        const at = cursor[key];
        all.push(asQuery<E>({ $or: [{ [key]: { $gt: at } }, { [key]: at, id: { $gt: cursor.id } }] }));
      }
      // The export's cells read the joined rows (an order's customer) as the list's page does.
      return findLean(em, entity, allOf(all), { orderBy: { [key]: 'asc', id: 'asc' }, limit, join: options.join });
    },
    children(ctx, fk, orderBy) {
      return ctx.loaders.childrenOf(entity, fk, orderBy, allOf(conditions(context(ctx.principal), null)));
    },
  };
}
