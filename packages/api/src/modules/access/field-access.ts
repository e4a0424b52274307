// S2 on every field, not only the root: the FIELD_ACCESS table (access.policy) applied to the
// schema. Two halves of one rule: before execution, a non-null field the principal may never
// read refuses the operation (nothing runs); during execution, a list or nullable field they
// may not read resolves to [] or null, so a page that asks for it still shows the rest.
import {
  defaultFieldResolver, getNamedType, getNullableType, isListType, isNonNullType, isObjectType, Kind,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLFieldResolver, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { DomainError } from '../../common/errors.js';
import type { GraphQLContext } from '../../context.js';
import { decideFieldAccess, FIELD_ACCESS } from './access.policy.js';
import type { Principal } from './principal.js';

/** Wraps the resolvers of the fields FIELD_ACCESS names (a dozen) in a freshly built schema, leaving every other field as it is. */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  for (const key of Object.keys(FIELD_ACCESS)) {
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`FIELD_ACCESS names ${key}, which the schema does not have.`);
    const resolve: GraphQLFieldResolver<unknown, GraphQLContext> = field.resolve ?? defaultFieldResolver;
    const isList = isListType(getNullableType(field.type));
    const required = isNonNullType(field.type) && !isList;
    field.resolve = (source, args, ctx: GraphQLContext, info) => {
      const decision = decideFieldAccess(key, ctx.principal);
      if (decision.allowed) return resolve(source, args, ctx, info);
      // Refused before execution already (fieldAccessViolations); kept so no path skips the rule.
      if (required) throw new DomainError('FORBIDDEN', decision.message, { details: { field: key } });
      return isList ? [] : null;
    };
  }
  return schema;
}

export interface FieldViolation {
  field: string;
  path: string[];
  message: string;
}

/**
 * The first non-null field of the operation that the principal may not read and would reach
 * (below a list or nullable field they may not read nothing is reached). Each fragment is
 * walked once (its type condition fixes its parent type), so the walk is linear in the document.
 */
export function fieldAccessViolations(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  principal: Principal | null,
): FieldViolation | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const walked = new Set<string>();

  const walk = (set: SelectionSetNode, typeName: string, path: string[]): FieldViolation | null => {
    const type = schema.getType(typeName);
    const fields = isObjectType(type) ? type.getFields() : {};
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const def = fields[sel.name.value];
        if (!def) continue;
        const key = `${typeName}.${sel.name.value}`;
        const here = [...path, sel.alias?.value ?? sel.name.value];
        if (FIELD_ACCESS[key]) {
          const decision = decideFieldAccess(key, principal);
          if (!decision.allowed) {
            if (isNonNullType(def.type) && !isListType(def.type.ofType)) return { field: key, path: here, message: decision.message };
            // Resolves to [] or null: nothing below it is reached.
            continue;
          }
        }
        if (sel.selectionSet) {
          const found = walk(sel.selectionSet, getNamedType(def.type).name, here);
          if (found) return found;
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const found = walk(sel.selectionSet, sel.typeCondition?.name.value ?? typeName, path);
        if (found) return found;
      } else {
        const frag = fragments.get(sel.name.value);
        if (!frag || walked.has(frag.name.value)) continue;
        walked.add(frag.name.value);
        const found = walk(frag.selectionSet, frag.typeCondition.name.value, path);
        if (found) return found;
      }
    }
    return null;
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return root ? walk(operation.selectionSet, root.name, []) : null;
}
