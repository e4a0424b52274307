// Per-request batching: a list of 50 orders asks for its customers, vendors and children in one
// query each, never one per row.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { wrap, type EntityName, type FilterQuery } from '@mikro-orm/core';
import { isUuid } from './find.js';
import { asLean, findLean, isLoaded, refId, type Lean } from './lean.js';

type Row = { id: string };

export class Loaders {
  private readonly cache = new Map<string, DataLoader<any, any>>();

  constructor(private readonly em: EntityManager) {}

  /** A request-wide loader for anything keyed (e.g. the people who work each team), made once per request. */
  keyed<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.get(`keyed:${name}`, () => new DataLoader<K, V>(batch));
  }

  private get<K, V>(key: string, make: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.cache.get(key);
    if (!loader) {
      loader = make();
      this.cache.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /**
   * Loads rows by primary key. Entities this request already holds (a mutation's result, say)
   * come from the identity map, current; the others are read as lean rows, one query a batch.
   */
  byId<T extends Row>(entity: EntityName<T> & { name: string }): DataLoader<string, Lean<T> | null> {
    return this.get(`byId:${entity.name}`, () =>
      new DataLoader<string, Lean<T> | null>(async (ids) => {
        const uow = this.em.getUnitOfWork();
        const known = new Map<string, Lean<T>>();
        for (const id of ids) {
          const e = uow.getById(entity.name, id) as T | undefined;
          if (e && wrap(e).isInitialized()) known.set(id, asLean(e));
        }
        const missing = ids.filter((id) => !known.has(id) && isUuid(id));
        const rows = missing.length ? await findLean(this.em, entity, { id: { $in: missing } } as never) : [];
        for (const r of rows) known.set(r.id, r);
        return ids.map((id) => known.get(id) ?? null);
      }),
    );
  }

  /**
   * Loads the children pointing at a parent through `fk`, in the given order; `scope` is the
   * caller's visibility filter of the child's root list (S2, from its list definition), so a
   * nested list never shows a row the root list would hide. No id tie-breaker here: rows written
   * in one transaction share their time, and a random id would shuffle them (a timeline's events,
   * a request's messages).
   */
  childrenOf<T extends object>(
    entity: EntityName<T> & { name: string },
    fk: string,
    orderBy: Record<string, 'asc' | 'desc'>,
    scope: FilterQuery<T> = {} as FilterQuery<T>,
  ): DataLoader<string, Lean<T>[]> {
    return this.get(`children:${entity.name}:${fk}:${JSON.stringify(orderBy)}:${JSON.stringify(scope)}`, () =>
      new DataLoader<string, Lean<T>[]>(async (parentIds) => {
        const byParent = { [fk]: { $in: [...parentIds] } };
        const where = Object.keys(scope).length ? { $and: [byParent, scope] } : byParent;
        const rows = await findLean(this.em, entity, where as never, { orderBy });
        const groups = new Map<string, Lean<T>[]>(parentIds.map((id) => [id, []]));
        for (const r of rows) {
          // The key is a relation or a plain id column.
          const parentId = refId((r as Record<string, unknown>)[fk]);
          if (parentId) groups.get(parentId)?.push(r);
        }
        return parentIds.map((id) => groups.get(id) ?? []);
      }),
    );
  }

  /** A to-one relation's row: as it came (joined into a list, or a loaded entity), else by id. */
  related<T extends Row>(entity: EntityName<T> & { name: string }, value: unknown): Promise<Lean<T> | null> | Lean<T> | null {
    if (value == null) return null;
    if (isLoaded(value)) return value as Lean<T>;
    const id = refId(value);
    return id ? this.byId(entity).load(id) : null;
  }

  /** Any other batch query, cached under `key` for this request. */
  custom<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.get(`custom:${key}`, () => new DataLoader<K, V>(batch));
  }
}
