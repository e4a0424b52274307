// Every string a resolver receives has a maximum length (and is well-formed text), checked for the whole operation before
// anything runs: a megabyte where an e-mail belongs costs a regex, a hash or a statement its
// time, and a value longer than its column fails as a 500 with the SQL in the log. One ceiling
// per argument or input-object field: its type's default unless CEILINGS says otherwise. Where a
// domain rule limits a field, its ceiling is that limit, so the refusal keeps the rule's code and
// field (and a stricter rule, e.g. a vendor's city, keeps its own message). Ceilings count
// characters (code points), never more than the UTF-16 units some rules count, so a ceiling
// refuses nothing a rule takes, but for spaces past it that a rule would have trimmed.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError, Kind, getNamedType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLInputType, type GraphQLNamedType,
  type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';
import { badInput } from '../common/errors.js';

/** For String and ID positions the table does not name. */
export const DEFAULT_CEILINGS: Readonly<Record<string, number>> = { ID: 100, String: 2_000 };

/** By schema coordinate: `Type.field(argument)` for arguments, `Input.field` for input fields. */
export const CEILINGS: Readonly<Record<string, number>> = {
  'ReviewInput.text': 5_000, // RV1
  'SubmitFeedbackInput.comment': 2_000, // F5
  'Mutation.logEscalationContact(summary)': 5_000,
  'Mutation.resolveEscalation(resolution)': 5_000,
  'Mutation.completeCallTask(outcome)': 5_000,
  // K1, K3, K6 (support-case.policy): a case's description, notes, resolution and the customer's
  // messages; a reply up to its channel's longest (an e-mail's).
  'OpenCaseInput.description': 5_000,
  'Mutation.addCaseNote(body)': 5_000,
  'Mutation.resolveCase(resolution)': 5_000,
  'Mutation.addCaseMessage(body)': 5_000,
  'Mutation.replyToCase(body)': 20_000,
  // Up to 1,000 reviews of 5,000 characters: the 2 MB body limit binds first.
  'Mutation.importReviewsCsv(csv)': 2_000_000,
  // No deliverable address is longer (RFC 5321).
  'Mutation.login(email)': 254,
  'Mutation.createUser(email)': 254,
  'CustomerInput.email': 254,
  'Mutation.createUser(name)': 200,
  'Mutation.updateUser(name)': 200,
  'Mutation.createVendor(name)': 200,
  'Mutation.updateVendor(name)': 200,
  'CustomerInput.name': 200,
  'ReviewInput.authorName': 200,
  'Mutation.createApiKey(name)': 100,
  'Mutation.createVendor(city)': 100,
  'Mutation.updateVendor(city)': 100,
  'VendorFilter.city': 100,
  'Mutation.completeOrder(paymentReference)': 200,
  // A search is a few words; each one is matched against several columns.
  'CustomerFilter.q': 200,
  'OrderFilter.q': 200,
  'ReviewFilter.q': 200,
  'UserFilter.q': 200,
  'VendorFilter.q': 200,
};

export interface OverlongString {
  /** As the domain rules name fields: `reviews[3].text`, `filter.q`; the fields of `input` bare. */
  field: string;
  max: number;
  /**
   * Not text at all: a lone UTF-16 surrogate (`"\udfff"` is valid JSON) cannot be stored in a
   * text or JSON column, so PostgreSQL would refuse it deep inside a transaction, as a 500.
   */
  malformed?: true;
  /** The response path of the field given the argument. */
  path: string[];
}

/** Half of a character: a high surrogate without its low one, or a low one without its high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** More than `max` characters (code points)? Without counting a long string through. */
function tooLong(s: string, max: number): boolean {
  if (s.length <= max) return false;
  if (s.length > 2 * max) return true;
  let n = 0;
  for (const _ of s) if (++n > max) return true;
  return false;
}

/** Every coordinate the table names exists, so a renamed argument cannot silently lose its ceiling. */
export function unknownCeilings(schema: GraphQLSchema, ceilings: Readonly<Record<string, number>> = CEILINGS): string[] {
  return Object.keys(ceilings).filter((coordinate) => {
    const m = /^(\w+)\.(\w+)(?:\((\w+)\))?$/.exec(coordinate);
    const type = m && schema.getType(m[1]);
    if (!m || !type) return true;
    if (m[3]) return !((isObjectType(type) || isInterfaceType(type)) && type.getFields()[m[2]]?.args.some((a) => a.name === m[3]));
    return !(isInputObjectType(type) && type.getFields()[m[2]]);
  });
}

/**
 * The first String or ID value of the operation longer than its ceiling, from literals and from
 * the request's variables (as sent, before coercion, or a variable's default), inside lists and
 * input objects at any depth. Each fragment is looked at once: its arguments are the same
 * wherever it is spread.
 */
export function findOverlongString(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  sentVariables: Record<string, unknown>,
  ceilings: Readonly<Record<string, number>> = CEILINGS,
): OverlongString | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const defaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  const seen = new Set<string>();
  const join = (at: string, name: string) => (at ? `${at}.${name}` : name);

  class Found {
    constructor(readonly overlong: OverlongString) {}
  }
  let responsePath: string[] = [];

  const checkString = (s: string, type: GraphQLNamedType, coordinate: string, at: string) => {
    const max = ceilings[coordinate] ?? DEFAULT_CEILINGS[type.name];
    if (max === undefined) return;
    if (tooLong(s, max)) throw new Found({ field: at, max, path: responsePath });
    if (LONE_SURROGATE.test(s)) throw new Found({ field: at, max, path: responsePath, malformed: true });
  };

  // A value as sent in the variables: plain JSON, shaped (or not) like its type.
  const sent = (value: unknown, type: GraphQLInputType, coordinate: string, at: string): void => {
    if (value == null) return;
    if (isNonNullType(type)) return sent(value, type.ofType, coordinate, at);
    if (isListType(type)) {
      if (Array.isArray(value)) value.forEach((v, i) => sent(v, type.ofType, coordinate, `${at}[${i}]`));
      else sent(value, type.ofType, coordinate, at);
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      const fields = type.getFields();
      for (const [name, v] of Object.entries(value)) {
        const f = Object.hasOwn(fields, name) ? fields[name] : undefined;
        if (f) sent(v, f.type, `${type.name}.${name}`, join(at, name));
      }
      return;
    }
    if (typeof value === 'string') checkString(value, type, coordinate, at);
  };

  const literal = (node: ValueNode, type: GraphQLInputType, coordinate: string, at: string): void => {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (Object.hasOwn(sentVariables, name)) return sent(sentVariables[name], type, coordinate, at);
      const fallback = defaults.get(name);
      return fallback ? literal(fallback, type, coordinate, at) : undefined;
    }
    if (node.kind === Kind.NULL) return;
    if (isNonNullType(type)) return literal(node, type.ofType, coordinate, at);
    if (isListType(type)) {
      if (node.kind === Kind.LIST) node.values.forEach((v, i) => literal(v, type.ofType, coordinate, `${at}[${i}]`));
      else literal(node, type.ofType, coordinate, at);
      return;
    }
    if (isInputObjectType(type)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = type.getFields();
      for (const f of node.fields) {
        const def = Object.hasOwn(fields, f.name.value) ? fields[f.name.value] : undefined;
        if (def) literal(f.value, def.type, `${type.name}.${f.name.value}`, join(at, f.name.value));
      }
      return;
    }
    if (node.kind === Kind.STRING) checkString(node.value, type, coordinate, at);
  };

  const walk = (set: SelectionSetNode, type: GraphQLNamedType | undefined, path: string[]): void => {
    const fields: Record<string, GraphQLField<unknown, unknown>> | undefined = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : undefined;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const def = fields && Object.hasOwn(fields, sel.name.value) ? fields[sel.name.value] : undefined;
        if (!def) continue; // __typename and the introspection fields
        const here = [...path, (sel.alias ?? sel.name).value];
        responsePath = here;
        for (const arg of sel.arguments ?? []) {
          const argDef = def.args.find((a) => a.name === arg.name.value);
          // `input` wraps a form: its fields go by their own names, as the domain rules name them.
          if (argDef) literal(arg.value, argDef.type, `${type!.name}.${def.name}(${argDef.name})`, argDef.name === 'input' ? '' : argDef.name);
        }
        if (sel.selectionSet) walk(sel.selectionSet, getNamedType(def.type), here);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? undefined) : type, path);
      } else {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue;
        seen.add(frag.name.value);
        walk(frag.selectionSet, schema.getType(frag.typeCondition.name.value) ?? undefined, path);
      }
    }
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  try {
    walk(operation.selectionSet, root ?? undefined, []);
    return null;
  } catch (e) {
    if (e instanceof Found) return e.overlong;
    throw e;
  }
}

export function inputLimitsPlugin<T extends BaseContext>(ceilings: Readonly<Record<string, number>> = CEILINGS): ApolloServerPlugin<T> {
  return {
    async serverWillStart({ schema }) {
      const unknown = unknownCeilings(schema, ceilings);
      if (unknown.length) throw new Error(`input-limits: no such argument or input field: ${unknown.join(', ')}`);
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const overlong = findOverlongString(schema, document, operation, request.variables ?? {}, ceilings);
          if (!overlong) return;
          const field = overlong.field || 'input';
          const error = badInput(field, overlong.malformed ? `${field} is not valid text (it holds half of a Unicode character).` : `${field} can be at most ${overlong.max.toLocaleString('en-IN')} characters.`);
          // With a path, formatError reads the DomainError inside, as it does for a resolver's.
          throw new GraphQLError(error.message, { originalError: error, path: overlong.path, extensions: { http: { status: 400 } } });
        },
      };
    },
  };
}
