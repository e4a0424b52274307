// The list convention the admin panel (ra-data-graphql-simple) speaks: allX(page, perPage,
// sortField, sortOrder, filter) and _allXMeta(filter) { count }; page is 0-based.
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors.js';

@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true })
  page?: number | null;

  @Field(() => Int, { nullable: true })
  perPage?: number | null;

  @Field(() => String, { nullable: true })
  sortField?: string | null;

  @Field(() => String, { nullable: true })
  sortOrder?: string | null;
}

@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}

export const MAX_PER_PAGE = 500;

export interface PageOptions {
  limit: number;
  offset: number;
  orderBy: Record<string, 'asc' | 'desc'>;
}

/**
 * Validated paging and sorting. `sortable` maps the GraphQL field name a client sorts by to
 * the entity property; the id is always the tie-breaker so pages are stable.
 */
export function pageOptions(
  args: ListArgs,
  sortable: Record<string, string>,
  defaultSort: { field: string; order: 'ASC' | 'DESC' },
): PageOptions {
  const perPage = args.perPage ?? 25;
  const page = args.page ?? 0;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw badInput('perPage', `perPage must be between 1 and ${MAX_PER_PAGE}.`);
  }
  if (!Number.isInteger(page) || page < 0) throw badInput('page', 'page must be 0 or more (pages count from 0).');
  const field = args.sortField ?? defaultSort.field;
  // Own keys only: `sortable.__proto__` or `.constructor` is found on any plain object, and an
  // object or a function as the sort property was an internal error (or SQL text) further down.
  const property = Object.hasOwn(sortable, field) ? sortable[field] : undefined;
  if (typeof property !== 'string' || !property) {
    throw badInput('sortField', `Cannot sort by "${field}". Sort by one of: ${Object.keys(sortable).join(', ')}.`);
  }
  const order = (args.sortOrder ?? defaultSort.order).toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') throw badInput('sortOrder', 'sortOrder must be ASC or DESC.');
  const dir = order === 'ASC' ? 'asc' : 'desc';
  const orderBy: Record<string, 'asc' | 'desc'> = { [property]: dir };
  if (property !== 'id') orderBy.id = dir;
  return { limit: perPage, offset: page * perPage, orderBy };
}

/** A user's text as ILIKE matches it literally: their % and _ are characters, not wildcards. */
export const likeLiteral = (q: string) => q.trim().replace(/[\\%_]/g, (c) => `\\${c}`);

/** Escapes a user's search text for ILIKE, matching anywhere. */
export const likePattern = (q: string) => `%${likeLiteral(q)}%`;
