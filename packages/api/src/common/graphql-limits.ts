// GraphQL hardening (OWASP GraphQL Cheat Sheet): bounded depth, aliases and total cost per
// operation, checked before anything executes.
import {
  GraphQLError, Kind, type ASTVisitor, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode,
  type SelectionSetNode, type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  /** Each field costs 1; under a list it counts once per expected item: perPage for pages
   * (default 25), a few for the child lists of one record (an order's messages). */
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 50_000 };

const LIST_DEFAULT = 25;
const CHILD_LIST = 5;

function pageSize(field: FieldNode, variables: Record<string, unknown>): number {
  const arg = field.arguments?.find((a) => a.name.value === 'perPage');
  if (!arg) return field.arguments?.length ? LIST_DEFAULT : CHILD_LIST;
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  if (arg.value.kind === Kind.VARIABLE) return Number(variables[arg.value.name.value] ?? LIST_DEFAULT) || LIST_DEFAULT;
  return LIST_DEFAULT;
}

export function queryLimitsRule(limits: QueryLimits, variables: () => Record<string, unknown> = () => ({})) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const schema = context.getSchema();

    const walk = (set: SelectionSetNode, depth: number, seen: Set<string>, typeName: string | undefined): { depth: number; aliases: number; cost: number } => {
      let maxDepth = depth;
      let aliases = 0;
      let cost = 0;
      const type = typeName ? schema.getType(typeName) : undefined;
      const fields = type && 'getFields' in type ? (type.getFields() as Record<string, { type: unknown }>) : {};
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.alias) aliases++;
          cost += 1;
          if (sel.selectionSet) {
            const fieldType = String(fields[sel.name.value]?.type ?? '');
            const isList = fieldType.includes('[');
            const inner = fieldType.replace(/[[\]!]/g, '') || undefined;
            const child = walk(sel.selectionSet, depth + 1, seen, inner);
            maxDepth = Math.max(maxDepth, child.depth);
            aliases += child.aliases;
            cost += (isList ? pageSize(sel, variables()) : 1) * child.cost;
          }
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const child = walk(sel.selectionSet, depth, seen, sel.typeCondition?.name.value ?? typeName);
          maxDepth = Math.max(maxDepth, child.depth);
          aliases += child.aliases;
          cost += child.cost;
        } else {
          const name = sel.name.value;
          const frag = fragments.get(name);
          if (!frag || seen.has(name)) continue;
          const child = walk(frag.selectionSet, depth, new Set([...seen, name]), frag.typeCondition.name.value);
          maxDepth = Math.max(maxDepth, child.depth);
          aliases += child.aliases;
          cost += child.cost;
        }
      }
      return { depth: maxDepth, aliases, cost };
    };

    return {
      OperationDefinition(op: OperationDefinitionNode) {
        if (op.operation === 'subscription') {
          context.reportError(new GraphQLError('This API offers queries and mutations only, no subscriptions.'));
          return;
        }
        const root = op.operation === 'query' ? schema.getQueryType() : op.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
        const r = walk(op.selectionSet, 1, new Set(), root?.name);
        if (r.depth > limits.maxDepth) context.reportError(new GraphQLError(`The query is ${r.depth} levels deep; at most ${limits.maxDepth} are allowed.`));
        if (r.aliases > limits.maxAliases) context.reportError(new GraphQLError(`The query uses ${r.aliases} aliases; at most ${limits.maxAliases} are allowed.`));
        if (r.cost > limits.maxCost) context.reportError(new GraphQLError(`The query would cost ${r.cost} (fields × page sizes); at most ${limits.maxCost} is allowed. Ask for smaller pages or fewer fields.`));
      },
    };
  };
}
