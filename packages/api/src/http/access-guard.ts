// S1, S2 before anything runs: every root field of the operation passes the access table, and
// every nested field the principal may never read is refused (field-access.ts). Checked once
// per operation (not per resolved field), so a refusal changes nothing.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DomainError } from '../common/errors.js';
import { rootFieldsOf } from '../common/operation.js';
import type { GraphQLContext } from '../context.js';
import { decideAccess } from '../modules/access/access.policy.js';
import { fieldAccessViolations } from '../modules/access/field-access.js';

export function accessGuard(production: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, schema }) {
          if (!operation) return;
          const refuse = (error: DomainError, path: string[]) => {
            throw new GraphQLError(error.message, { originalError: error, path, extensions: { http: { status: 200 } } });
          };
          for (const field of rootFieldsOf(operation, document)) {
            // Introspection reveals the whole API: in production only to callers with credentials.
            if (field === '__schema' || field === '__type') {
              if (production && !contextValue.principal) refuse(contextValue.authError ?? new DomainError('UNAUTHENTICATED', 'Sign in to read the schema.'), [field]);
              continue;
            }
            const decision = decideAccess(field, contextValue.principal);
            if (decision.allowed) continue;
            // A caller who sent a bad or expired credential learns that, rather than "forbidden".
            refuse(contextValue.authError ?? new DomainError(decision.code, decision.message, { details: { operation: field } }), [field]);
          }
          const denied = fieldAccessViolations(schema, document, operation, contextValue.principal);
          if (denied) refuse(new DomainError('FORBIDDEN', denied.message, { details: { field: denied.field } }), denied.path);
        },
      };
    },
  };
}
