// The admin panel's list convention (ra-data-graphql-simple) for one type, declared once:
// allX(page, perPage, sortField, sortOrder, filter), _allXMeta(filter) { count } and, with
// `one`, X(id) (getOne) and its alias x(id). A resolver extends the class this returns
// (type-graphql resolver inheritance); its type's field resolvers stay in the resolver itself.
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../context.js';
import type { Principal } from '../modules/access/principal.js';
import { ListArgs, ListMetadata } from './list-args.js';

/** What the two queries need of a list: a page and a count (common/list.ts's List has both). */
export interface Listable<T, F> {
  list(em: EntityManager, principal: Principal | null, args: ListArgs, filter?: F | null): Promise<T[]>;
  count(em: EntityManager, principal: Principal | null, filter?: F | null): Promise<number>;
}

export function ListQueries<T extends { id: string }, F extends object>(o: {
  /** allOrders and _allOrdersMeta for 'Orders'. */
  name: string;
  type: new () => T;
  filter: new () => F;
  description?: string;
  list: (ctx: GraphQLContext) => Listable<T, F>;
  /** X(id), named after the type; with `alias`, x(id) too. `get` defaults to the request's loader by id. */
  one?: { alias?: string; get?: (ctx: GraphQLContext, id: string) => Promise<T | null> | T | null };
}) {
  @Resolver()
  abstract class ListQueriesOf {
    @Query(() => [o.type], { name: `all${o.name}`, description: o.description })
    all(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => o.filter, { nullable: true }) filter: F | null, @Ctx() ctx: GraphQLContext) {
      return o.list(ctx).list(ctx.em, ctx.principal, args, filter);
    }

    @Query(() => ListMetadata, { name: `_all${o.name}Meta` })
    async meta(@Args(() => ListArgs) _args: ListArgs, @Arg('filter', () => o.filter, { nullable: true }) filter: F | null, @Ctx() ctx: GraphQLContext) {
      return { count: await o.list(ctx).count(ctx.em, ctx.principal, filter) };
    }
  }
  if (!o.one) return ListQueriesOf;

  const { alias } = o.one;
  const get = o.one.get ?? ((ctx: GraphQLContext, id: string) => ctx.loaders.byId(o.type).load(id));
  @Resolver()
  abstract class WithOne extends ListQueriesOf {
    @Query(() => o.type, { nullable: true, name: o.type.name, description: alias ? `The admin panel's name for ${alias}(id).` : undefined })
    one(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
      return get(ctx, id);
    }
  }
  if (!alias) return WithOne;

  @Resolver()
  abstract class WithAlias extends WithOne {
    @Query(() => o.type, { nullable: true, name: alias })
    oneByAlias(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
      return get(ctx, id);
    }
  }
  return WithAlias;
}
