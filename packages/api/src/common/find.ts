import type { EntityManager, FindOneOptions } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import { notFound } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/** Loads by id, or NOT_FOUND (a malformed id is simply not found, never a database error). */
export async function findOrFail<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  id: string,
  label: string,
  options?: FindOneOptions<T, never>,
): Promise<T> {
  const row = isUuid(id) ? await em.findOne(entity, { id } as never, options as never) : null;
  if (!row) throw notFound(label, id);
  return row as T;
}

export async function findById<T extends object>(em: EntityManager, entity: EntityName<T>, id: string): Promise<T | null> {
  return isUuid(id) ? ((await em.findOne(entity, { id } as never)) as T | null) : null;
}

/** A filter id that is not a UUID matches nothing (rather than reaching the database as bad input). */
export const NO_MATCH = '00000000-0000-0000-0000-000000000000';
export const idOrNoMatch = (id: string) => (isUuid(id) ? id : NO_MATCH);
export const uuidsOnly = (ids: readonly string[]) => {
  const valid = ids.filter((i) => typeof i === 'string' && isUuid(i));
  return valid.length ? valid : [NO_MATCH];
};
