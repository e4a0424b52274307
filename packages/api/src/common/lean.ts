// Read paths that only show data (lists, the rows nested under them) load plain rows instead of
// managed entities. Hydrating an entity (identity map, relation references, change-tracking
// setters) cost more CPU than the query itself on a 50-row page with its orders and customers;
// a row mapped by the ORM's own result mapper costs a fraction. Writes always use entities.
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { ReferenceKind, wrap, type Collection, type EntityMetadata, type EntityName, type FilterQuery } from '@mikro-orm/core';

type Relation = { id: string };

/** A to-one relation on a lean row: the related id, or the related lean row when joined. */
type LeanValue<V> = V extends Date ? V : V extends Collection<object> ? never : V extends Relation ? string | Lean<V> : V;

/**
 * A plain row shaped like the entity: scalar properties by name, a to-one relation as the
 * related id or (joined) the related row, no collections. Read-only: never hand it to a
 * service that changes data. Use refId() for a relation's id, isLoaded() before reading it.
 */
export type Lean<T> = { readonly [K in keyof T as T[K] extends Collection<object> ? never : K]: LeanValue<T[K]> };

/**
 * A managed entity read where lean rows are expected (the request's identity map already holds
 * it): its relations are entities, which a reader of lean rows handles like joined rows.
 */
export const asLean = <T>(entity: T): Lean<T> => entity as unknown as Lean<T>;

export interface LeanOptions {
  orderBy?: Record<string, 'asc' | 'desc'>;
  limit?: number;
  offset?: number;
  /** To-one relations to join and nest, e.g. ['order', 'order.customer']. */
  join?: string[];
}

/**
 * The columns a lean row carries: stored scalars and owned to-one keys, never lazy ones (hashes).
 * An inline embeddable's columns are among the scalars: MikroORM flattens `checks.genuine` into a
 * scalar property `checks_genuine` (its `embedded` is ['checks', 'genuine']).
 */
function leanFields(meta: EntityMetadata): string[] {
  return meta.props
    .filter((p) => p.persist !== false && !p.lazy
      && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)))
    .map((p) => p.name);
}

/**
 * The result mapper returns an inline embeddable's columns flat (`checks_genuine`); a lean row
 * has them as the entity does (`checks.genuine`). Embeddables stored as one JSON column
 * (`object: true`) are not read here (no entity has one).
 */
function nestEmbedded(meta: EntityMetadata, value: unknown): void {
  if (value == null || typeof value !== 'object') return;
  const row = value as Record<string, unknown>;
  for (const prop of meta.props) {
    if (prop.kind !== ReferenceKind.EMBEDDED || prop.object || prop.embedded) continue;
    const nested: Record<string, unknown> = {};
    for (const [name, flat] of Object.entries(prop.embeddedProps)) {
      nested[name] = row[flat.name];
      delete row[flat.name];
    }
    row[prop.name] = nested;
  }
}

const hasEmbedded = (meta: EntityMetadata) => meta.props.some((p) => p.kind === ReferenceKind.EMBEDDED);

/** A joined row by its join path ('' the row itself, 'order.customer' nested under order). */
const atPath = (row: unknown, path: string): unknown =>
  path === '' ? row : path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | null | undefined)?.[key], row);

export async function findLean<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, options: LeanOptions = {}): Promise<Lean<T>[]> {
  const meta = em.getMetadata().get(typeof entity === 'string' ? entity : (entity as { name: string }).name);
  const qb = em.createQueryBuilder(entity, 'e') as unknown as QueryBuilder<T>;
  qb.select(leanFields(meta) as never);
  const aliases = new Map<string, { alias: string; meta: EntityMetadata }>([['', { alias: 'e', meta }]]);
  for (const path of options.join ?? []) {
    const parts = path.split('.');
    const parentPath = parts.slice(0, -1).join('.');
    const parent = aliases.get(parentPath);
    if (!parent) throw new Error(`join ${path} needs ${parentPath} joined first`);
    const prop = parent.meta.properties[parts.at(-1) as never] as { targetMeta?: EntityMetadata; nullable?: boolean } | undefined;
    if (!prop?.targetMeta) throw new Error(`${path} is not a relation`);
    const alias = `j${aliases.size}`;
    qb.leftJoinAndSelect(`${parent.alias}.${parts.at(-1)}` as never, alias, {}, leanFields(prop.targetMeta) as never);
    aliases.set(path, { alias, meta: prop.targetMeta });
  }
  qb.where(where as never);
  if (options.orderBy) qb.orderBy(options.orderBy as never);
  if (options.limit != null) qb.limit(options.limit, options.offset ?? 0);
  else if (options.offset) qb.offset(options.offset);
  const rows = (await qb.execute('all', true)) as Record<string, unknown>[];
  for (const [path, { meta: joined }] of aliases) {
    if (hasEmbedded(joined)) for (const row of rows) nestEmbedded(joined, atPath(row, path));
  }
  return rows as Lean<T>[];
}

type RelationValue = string | { id: string } | null | undefined;

/** The id behind a to-one relation, whether it is an entity, a reference, a lean row or a bare id. */
export function refId(value: RelationValue | unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value;
  return (value as { id?: string }).id ?? null;
}

/** True when the relation's row is already here: a joined lean row or a loaded entity. */
export function isLoaded(value: unknown): boolean {
  if (value == null || typeof value !== 'object') return false;
  if ('__helper' in (value as object) || Object.getPrototypeOf(value) !== Object.prototype) return wrap(value as object).isInitialized();
  return Object.keys(value).length > 1;
}
