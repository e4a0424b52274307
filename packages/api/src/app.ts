// The HTTP application: GraphQL at /graphql, health at /healthz and /readyz, the admin panel at /.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  GraphQLError, Kind, print, type DocumentNode, type FragmentDefinitionNode, type GraphQLFormattedError, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { decideAccess } from './modules/access/access.policy.js';
import { DEFAULT_LIMITS, queryLimitsRule, type QueryLimits } from './common/graphql-limits.js';
import { ArgumentValidationError } from 'type-graphql';
import type { Clock } from './common/clock.js';
import { DomainError } from './common/errors.js';
import { idempotency } from './common/idempotency.js';
import { Loaders } from './common/loaders.js';
import type { PolicySettings } from './common/policy-settings.js';
import type { GraphQLContext } from './context.js';
import { exportsRouter } from './exports/exports.router.js';
import { EXPORTS } from './exports/specs.js';
import { ratingPageRouter } from './modules/feedback/rating-page.js';
import { DEFAULT_LINKS, type MessageLinks } from './modules/messaging/templates.js';
import { buildAppSchema } from './schema.js';
import type { Services } from './services.js';

export interface AppDeps {
  orm: MikroORM;
  clock: Clock;
  policy: PolicySettings;
  services: Services;
  adminDist?: string;
  links?: MessageLinks;
  /** In production the schema is shown (introspection) only to signed-in callers. */
  production?: boolean;
  queryLimits?: QueryLimits;
  /** Sign-in attempts per client address and minute. */
  loginsPerMinute?: number;
  log?: (line: string) => void;
}

const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND']);

/** The field a GraphQL coercion message points at: 'Variable "$input" got invalid value … at "input.rating"'. */
function fieldFromMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message)?.[1];
  if (at) return at.split('.').slice(1).join('.') || at;
  const field = /field "(?:[A-Za-z]+\.)?([A-Za-z0-9_]+)"/.exec(message)?.[1];
  if (field) return field;
  return /Variable "\$([A-Za-z0-9_]+)"/.exec(message)?.[1];
}

/** PostgreSQL cannot store U+0000 in text: refuse it once, here, instead of failing deep inside. */
function refuseNullBytes(req: express.Request, res: express.Response, next: express.NextFunction) {
  if (req.body && JSON.stringify(req.body).includes('\\u0000')) {
    return void res.status(400).json({ errors: [{ message: 'The request contains a NUL character (U+0000), which no field accepts.', extensions: { code: 'BAD_USER_INPUT' } }] });
  }
  next();
}

/**
 * Sign-in attempts per client address: 30 a minute. Lockout per account (access.service) stops
 * guessing one password; this stops spraying many accounts from one place.
 */
function loginRateLimit(limit = 30, windowMs = 60_000) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return (req: express.Request, res: express.Response, next: express.NextFunction) => {
    const query = typeof req.body?.query === 'string' ? req.body.query : '';
    if (!/\blogin\s*\(/.test(query)) return next();
    const now = Date.now();
    if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
    const ip = req.ip ?? 'unknown';
    const h = hits.get(ip);
    if (!h || h.resetAt <= now) hits.set(ip, { count: 1, resetAt: now + windowMs });
    else if (++h.count > limit) {
      const retry = Math.ceil((h.resetAt - now) / 1000);
      res.setHeader('retry-after', String(retry));
      return void res.status(429).json({ errors: [{ message: `Too many sign-in attempts: try again in ${retry} s.`, extensions: { code: 'UNAUTHENTICATED', retryAfterSeconds: retry } }] });
    }
    next();
  };
}

/** The root fields an operation selects, through fragments (what the access table rules on). */
function rootFields(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const names = new Set<string>();
  const walk = (set: SelectionSetNode, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (!sel.name.value.startsWith('__')) names.add(sel.name.value);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet, seen);
      else {
        const frag = fragments.get(sel.name.value);
        if (frag && !seen.has(frag.name.value)) walk(frag.selectionSet, new Set([...seen, frag.name.value]));
      }
    }
  };
  walk(operation.selectionSet, new Set());
  return [...names];
}

/**
 * S1, S2: every root field of the operation passes the access table before anything runs.
 * Checked once per operation (not per resolved field), so a refusal changes nothing.
 */
function accessGuard(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (!operation) return;
          for (const field of rootFields(operation, document)) {
            const decision = decideAccess(field, contextValue.principal);
            if (decision.allowed) continue;
            // A caller who sent a bad or expired credential learns that, rather than "forbidden".
            const error = contextValue.authError ?? new DomainError(decision.code, decision.message, { details: { operation: field } });
            throw new GraphQLError(error.message, { originalError: error, path: [field], extensions: { http: { status: 200 } } });
          }
        },
      };
    },
  };
}

/** Introspection reveals the whole API: in production only to callers with credentials. */
function introspectionGuard(production: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document }) {
          if (!production || contextValue.principal) return;
          const asksSchema = /\b__(schema|type)\b/.test(print(document));
          if (asksSchema) throw new DomainError('UNAUTHENTICATED', 'Sign in to read the schema.');
        },
      };
    },
  };
}

/** The one place errors become responses: codes and rules kept, nothing internal leaked. */
export function formatError(log: (line: string) => void) {
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
      return { ...base, extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } };
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

export async function createApp(deps: AppDeps): Promise<{ app: express.Express; apollo: ApolloServer<GraphQLContext> }> {
  const log = deps.log ?? ((l: string) => console.error(l));
  const schema = await buildAppSchema();
  // No HTTP caching hints: the default cache-control plugin wraps every field resolver (a cost
  // paid on each of a 50-row list's hundreds of fields) for a header no client here reads.
  const plugins: ApolloServerPlugin<GraphQLContext>[] = [accessGuard(), introspectionGuard(deps.production ?? false), ApolloServerPluginCacheControlDisabled()];
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError: formatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // No automatic persisted queries: partners send their documents (one less cache to fill).
    persistedQueries: false,
    validationRules: [queryLimitsRule(deps.queryLimits ?? DEFAULT_LIMITS)],
    plugins,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    refuseNullBytes,
    loginRateLimit(deps.loginsPerMinute ?? 30),
    idempotency(deps.orm, deps.clock),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = deps.orm.em.fork();
        let principal = null;
        let authError: DomainError | undefined;
        try {
          principal = await deps.services.access.authenticate(em, req.headers.authorization);
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          authError = e;
        }
        return {
          requestId: randomUUID(),
          em,
          principal,
          authError,
          loaders: new Loaders(em),
          services: deps.services,
          clock: deps.clock,
          policy: deps.policy,
        } as GraphQLContext;
      },
    }),
  );

  app.use('/exports', exportsRouter({ orm: deps.orm, services: deps.services, specs: EXPORTS }));
  app.use('/r', ratingPageRouter({ orm: deps.orm, services: deps.services, policy: deps.policy, links: deps.links ?? DEFAULT_LINKS }));

  // Malformed JSON bodies: a 400 with a GraphQL-shaped error, never a stack trace.
  app.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) log(`http error: ${err.stack ?? err}`);
    res.status(status).json({
      errors: [{ message: status === 500 ? 'Something went wrong on our side.' : `The request could not be read: ${err.type ?? 'bad request'}.`, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT' } }],
    });
  });

  const dist = deps.adminDist;
  if (dist && existsSync(path.join(dist, 'index.html'))) {
    app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('CX Loop API. GraphQL at /graphql. The admin panel is not built (pnpm --filter @cx-loop/admin build).');
    });
  }
  return { app, apollo };
}
