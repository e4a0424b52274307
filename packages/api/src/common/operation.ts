// What a GraphQL request asks for, read from its parsed document (never from its text): the
// middlewares that run before Apollo (sign-in rate limit, idempotency) and the access guard
// all decide on these facts, so a comment, a comma or a leading fragment cannot disguise an
// operation.
import {
  Kind, parse, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';

export interface OperationFacts {
  kind: OperationDefinitionNode['operation'];
  /** The root fields the operation selects, through fragments, `__schema`/`__type` included. */
  rootFields: string[];
}

/** A document over this many tokens is refused before anything else reads it. */
export const MAX_TOKENS = 20_000;

/** The operation a request runs (by operationName, or the only one), or null when there is none. */
function selectedOperation(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | null {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return ops.find((o) => o.name?.value === operationName) ?? null;
  return ops.length === 1 ? ops[0] : null;
}

/**
 * The root field names of an operation. Each fragment's names are collected once and reused
 * wherever it is spread, so the walk is linear in the document however often fragments fan out.
 */
export function rootFieldsOf(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const done = new Map<string, Set<string>>();
  const inProgress = new Set<string>();

  const collect = (set: SelectionSetNode, into: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) into.add(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) collect(sel.selectionSet, into);
      else {
        const names = fragmentNames(sel.name.value);
        for (const n of names) into.add(n);
      }
    }
  };
  const fragmentNames = (name: string): Set<string> => {
    const known = done.get(name);
    if (known) return known;
    const frag = fragments.get(name);
    // A cycle is a validation error Apollo reports; it contributes nothing here.
    if (!frag || inProgress.has(name)) return new Set();
    inProgress.add(name);
    const names = new Set<string>();
    collect(frag.selectionSet, names);
    inProgress.delete(name);
    done.set(name, names);
    return names;
  };

  const names = new Set<string>();
  collect(operation.selectionSet, names);
  names.delete('__typename');
  return [...names];
}

/** Parses a request body's document once: null when there is none, or it does not parse (Apollo answers that, and nothing runs). */
export function operationFacts(body: unknown): OperationFacts | null {
  const b = body as { query?: unknown; operationName?: unknown } | undefined;
  if (!b || typeof b.query !== 'string') return null;
  let document: DocumentNode;
  try {
    document = parse(b.query, { maxTokens: MAX_TOKENS });
  } catch {
    return null;
  }
  const op = selectedOperation(document, typeof b.operationName === 'string' ? b.operationName : null);
  return op ? { kind: op.operation, rootFields: rootFieldsOf(op, document) } : null;
}
