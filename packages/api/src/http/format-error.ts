// The one place errors become responses: codes and rules kept, nothing internal leaked.
import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '../common/errors.js';

const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND']);

/** The field a GraphQL coercion message points at: 'Variable "$input" got invalid value … at "input.rating"'. */
function fieldFromMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message)?.[1];
  if (at) return at.split('.').slice(1).join('.') || at;
  const field = /field "(?:[A-Za-z]+\.)?([A-Za-z0-9_]+)"/.exec(message)?.[1];
  if (field) return field;
  return /Variable "\$([A-Za-z0-9_]+)"/.exec(message)?.[1];
}

/** graphql-js's suggestions ("Did you mean …?") name the schema's fields, types and values. */
const withoutSuggestions = (message: string) => message.replace(/ ?Did you mean .+\?$/, '');

/**
 * Domain errors keep their code, rule and field; client mistakes become BAD_USER_INPUT; anything
 * else is logged with an id and answered without detail. `hideSchemaDetails` (production) drops
 * the suggestions: they would map the schema for anyone.
 */
export function formatError(log: (line: string) => void, opts: { hideSchemaDetails?: boolean } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      const { rule, field, details } = original.extra;
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, ...(rule ? { rule } : {}), ...(field ? { field } : {}), ...(details ? { details } : {}) },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const first = original.extensions.validationErrors?.[0] as { property?: string; constraints?: Record<string, string> } | undefined;
      const message = first?.constraints ? Object.values(first.constraints)[0] : 'The input is not valid.';
      return { ...base, message, extensions: { code: 'BAD_USER_INPUT', field: first?.property } };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && CLIENT_CODES.has(code)) {
      const field = fieldFromMessage(formatted.message);
      // Validation errors lose them in Apollo (hideSchemaDetailsFromClientErrors); this catches
      // the rest, e.g. a variable's enum value, which a public operation answers anyone.
      const message = opts.hideSchemaDetails ? withoutSuggestions(base.message) : base.message;
      return { ...base, message, extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } };
    }
    const errorId = randomUUID();
    const e = original as Error;
    log(`internal error ${errorId}: ${e?.stack ?? String(original)}`);
    return {
      message: `Something went wrong on our side (error id ${errorId}). Nothing was changed; please try again.`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}
