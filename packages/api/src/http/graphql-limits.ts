// GraphQL hardening (OWASP GraphQL Cheat Sheet): bounded selections, depth, aliases and total
// cost per operation, all checked before anything executes.
//
// Two stages. Parsing (MAX_TOKENS, common/operation.ts) and validation bound the document itself
// (documentBounds): a few hundred bytes of fragments spreading fragments expand to millions of
// selections, and nothing that walks a document after validation (this judgement, the access
// guard, graphql-js's execution) may ever meet one. The plugin then judges the operation with
// the request's variables, so a page size sent as $n counts as the literal would; it runs in
// didResolveOperation because Apollo caches validation per document, and variables change with
// every request.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  GraphQLError, Kind, getNamedType, getNullableType, isInterfaceType, isListType, isObjectType, valueFromASTUntyped,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType,
  type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';

export interface QueryLimits {
  /** Fields, inline fragments and spreads once fragments are expanded (checked in validation). */
  maxSelections: number;
  maxDepth: number;
  maxAliases: number;
  /** Each field costs 1; under a list it counts once per expected item: perPage for pages
   * (default 25), a few for the child lists of one record (an order's messages). */
  maxCost: number;
}

// 50,000 expanded selections cost the walks after validation a few milliseconds, and no document
// within the cost budget comes near them (every field costs at least 1).
export const DEFAULT_LIMITS: QueryLimits = { maxSelections: 50_000, maxDepth: 12, maxAliases: 30, maxCost: 50_000 };

/**
 * ApolloServer options that bound the document before any plugin walks it: Apollo's
 * recursive-selections rule (each fragment counted once, then multiplied) refuses a fan-out in
 * the same validation pass as graphql-js's own rules, which handle fragments without expanding them.
 */
export const documentBounds = (limits: QueryLimits) => ({ maxRecursiveSelections: limits.maxSelections });

const LIST_DEFAULT = 25;
const CHILD_LIST = 5;

export interface QueryFigures {
  /** Nested selection sets, the operation's own counting 1. */
  depth: number;
  aliases: number;
  cost: number;
}

/** `visits`: the selections looked at, never more than the document holds however fragments multiply. */
export type QueryJudgement = { ok: true; figures: QueryFigures; visits: number } | { ok: false; message: string; visits: number };

/** Figures of one selection set: `depth` counts the sets nested below it. */
interface Figures {
  depth: number;
  aliases: number;
  cost: number;
}

class OverBudget {
  constructor(readonly message: string) {}
}

/** The values the operation's variables will have: as sent, else their declared default. */
function variableValues(operation: OperationDefinitionNode, sent: Record<string, unknown>): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (Object.hasOwn(sent, name)) values.set(name, sent[name]);
    else if (def.defaultValue) values.set(name, valueFromASTUntyped(def.defaultValue));
  }
  return values;
}

/** The items a list field is expected to return. */
function pageSize(field: FieldNode, def: GraphQLField<unknown, unknown>, variables: Map<string, unknown>): number {
  const arg = field.arguments?.find((a) => a.name.value === 'perPage');
  const n = !arg ? NaN : arg.value.kind === Kind.INT ? Number(arg.value.value) : arg.value.kind === Kind.VARIABLE ? Number(variables.get(arg.value.name.value)) : NaN;
  // Past the Int range coercion refuses the value anyway: cost it as the largest Int.
  if (n >= 1) return Math.min(n, 2_147_483_647);
  // A page left out, or one the resolver will refuse (0, negative, null), costs the default page:
  // a multiplier below 1 would let one field pay for another's work.
  return def.args.some((a) => a.name === 'perPage') || field.arguments?.length ? LIST_DEFAULT : CHILD_LIST;
}

/**
 * Depth, aliases and cost of one operation, with its variables. Each fragment's figures are
 * computed once (its type condition fixes the types of its fields, so they do not depend on where
 * it is spread) and then multiplied, so the walk is linear in the document; and it stops as soon
 * as a running figure passes its limit, figures only ever growing as the walk goes on.
 */
export function judgeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  sentVariables: Record<string, unknown>,
  limits: QueryLimits,
): QueryJudgement {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const variables = variableValues(operation, sentVariables);
  // null while a fragment is being measured: a cycle (validation refuses those) then adds nothing.
  const measured = new Map<string, Figures | null>();
  let visits = 0;

  // `level` is the set's own depth and `scale` the product of the list sizes above it: the
  // operation's figures are at least these partial ones times that.
  const check = (f: Figures, level: number, scale: number) => {
    if (level + f.depth > limits.maxDepth) throw new OverBudget(`The query is at least ${level + f.depth} levels deep; at most ${limits.maxDepth} are allowed.`);
    if (f.aliases > limits.maxAliases) throw new OverBudget(`The query uses at least ${f.aliases} aliases; at most ${limits.maxAliases} are allowed.`);
    if (f.cost * scale > limits.maxCost) {
      throw new OverBudget(`The query would cost at least ${f.cost * scale} (fields × page sizes); at most ${limits.maxCost} is allowed. Ask for smaller pages or fewer fields.`);
    }
  };

  const add = (into: Figures, child: Figures, times: number, deeper: number) => {
    into.depth = Math.max(into.depth, child.depth + deeper);
    into.aliases += child.aliases;
    into.cost += times * child.cost;
  };

  const fragment = (name: string, level: number, scale: number): Figures => {
    const known = measured.get(name);
    if (known !== undefined) return known ?? { depth: 0, aliases: 0, cost: 0 };
    const frag = fragments.get(name);
    if (!frag) return { depth: 0, aliases: 0, cost: 0 };
    measured.set(name, null);
    const f = walk(frag.selectionSet, schema.getType(frag.typeCondition.name.value) ?? undefined, level, scale);
    measured.set(name, f);
    return f;
  };

  const walk = (set: SelectionSetNode, type: GraphQLNamedType | undefined, level: number, scale: number): Figures => {
    const out: Figures = { depth: 0, aliases: 0, cost: 0 };
    const fields: Record<string, GraphQLField<unknown, unknown>> | undefined = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : undefined;
    for (const sel of set.selections) {
      visits++;
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) out.aliases++;
        out.cost += 1;
        if (sel.selectionSet) {
          const def = fields?.[sel.name.value];
          const times = def && isListType(getNullableType(def.type)) ? pageSize(sel, def, variables) : 1;
          add(out, walk(sel.selectionSet, def ? getNamedType(def.type) : undefined, level + 1, scale * times), times, 1);
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const inner = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? undefined) : type;
        add(out, walk(sel.selectionSet, inner, level, scale), 1, 0);
      } else {
        add(out, fragment(sel.name.value, level, scale), 1, 0);
      }
      check(out, level, scale);
    }
    return out;
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  try {
    const f = walk(operation.selectionSet, root ?? undefined, 1, 1);
    return { ok: true, figures: { depth: 1 + f.depth, aliases: f.aliases, cost: f.cost }, visits };
  } catch (e) {
    if (e instanceof OverBudget) return { ok: false, message: e.message, visits };
    throw e;
  }
}

/** Refused like a validation error (which it is, with the variables): BAD_USER_INPUT, HTTP 400. */
const refusal = (message: string) =>
  new GraphQLError(message, { extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } } });

export function queryLimitsPlugin<T extends BaseContext>(limits: QueryLimits): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          if (operation.operation === 'subscription') throw refusal('This API offers queries and mutations only, no subscriptions.');
          const judgement = judgeOperation(schema, document, operation, request.variables ?? {}, limits);
          if (!judgement.ok) throw refusal(judgement.message);
        },
      };
    },
  };
}
