// The HTTP application: GraphQL at /graphql, health at /healthz and /readyz, the admin panel at /.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { panelContentSecurityPolicy, securityHeaders } from './common/security-headers.js';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  GraphQLError, type GraphQLFormattedError,
} from 'graphql';
import { decideAccess } from './modules/access/access.policy.js';
import { fieldAccessViolations, guardFields } from './modules/access/field-access.js';
import { MAX_TOKENS, operationFacts, rootFieldsOf, type OperationFacts } from './common/operation.js';
import { DEFAULT_LIMITS, documentBounds, queryLimitsPlugin, type QueryLimits } from './common/graphql-limits.js';
import { inputLimitsPlugin } from './common/input-limits.js';
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
 * guessing one password; this stops spraying many accounts from one place. Decided on the
 * parsed operation's root fields, so no spelling of the document slips past it.
 */
function loginRateLimit(limit = 30, windowMs = 60_000) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return (req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!requestOperation(res)?.rootFields.includes('login')) return next();
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

/**
 * Verifies the request's credential once, before anything that depends on who is asking (the
 * idempotency record, the access guard): res.locals.principal, or res.locals.authError.
 */
function authenticateRequest(deps: AppDeps) {
  return async (req: express.Request, res: express.Response, next: express.NextFunction) => {
    res.locals.principal = null;
    try {
      res.locals.principal = await deps.services.access.authenticate(deps.orm.em.fork(), req.headers.authorization);
    } catch (e) {
      if (!(e instanceof DomainError)) return next(e);
      res.locals.authError = e;
    }
    next();
  };
}

/** What readOperation found in this request's document (null: none, or it does not parse). */
export const requestOperation = (res: express.Response): OperationFacts | null => res.locals.operation ?? null;

/** Parses the document once for the middlewares before Apollo (res.locals.operation). */
function readOperation(req: express.Request, res: express.Response, next: express.NextFunction) {
  res.locals.operation = operationFacts(req.body)?.facts ?? null;
  next();
}

/**
 * S1, S2: every root field of the operation passes the access table before anything runs, and
 * every nested field the principal may never read is refused (fieldAccessViolations). Checked
 * once per operation (not per resolved field), so a refusal changes nothing.
 */
function accessGuard(production: boolean): ApolloServerPlugin<GraphQLContext> {
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

/** graphql-js's suggestions ("Did you mean …?") name the schema's fields, types and values. */
const withoutSuggestions = (message: string) => message.replace(/ ?Did you mean .+\?$/, '');

/**
 * The one place errors become responses: codes and rules kept, nothing internal leaked.
 * `hideSchemaDetails` (production) drops the suggestions: they would map the schema for anyone.
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

export async function createApp(deps: AppDeps): Promise<{ app: express.Express; apollo: ApolloServer<GraphQLContext> }> {
  const log = deps.log ?? ((l: string) => console.error(l));
  const schema = guardFields(await buildAppSchema());
  // No HTTP caching hints: the default cache-control plugin wraps every field resolver (a cost
  // paid on each of a 50-row list's hundreds of fields) for a header no client here reads.
  // When several refuse an operation, the first one's error is answered: its shape, then access, then its strings.
  const plugins: ApolloServerPlugin<GraphQLContext>[] = [
    queryLimitsPlugin(deps.queryLimits ?? DEFAULT_LIMITS), accessGuard(deps.production ?? false), inputLimitsPlugin(), ApolloServerPluginCacheControlDisabled(),
    // No landing page at GET /graphql: Apollo's loads its scripts from Apollo's CDN, which the
    // Content-Security-Policy (rightly) refuses. The admin panel and any GraphQL client work as before.
    ApolloServerPluginLandingPageDisabled(),
  ];
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError: formatError(log, { hideSchemaDetails: deps.production ?? false }),
    hideSchemaDetailsFromClientErrors: deps.production ?? false,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // No automatic persisted queries: partners send their documents (one less cache to fill).
    persistedQueries: false,
    // The same bound readOperation parses with, so both see the same documents.
    parseOptions: { maxTokens: MAX_TOKENS },
    ...documentBounds(deps.queryLimits ?? DEFAULT_LIMITS),
    plugins,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Security headers on every answer, errors included (common/security-headers.ts).
  app.use(securityHeaders());
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
    readOperation,
    loginRateLimit(deps.loginsPerMinute ?? 30),
    authenticateRequest(deps),
    idempotency({ orm: deps.orm, clock: deps.clock, operation: requestOperation, authenticated: (res) => res.locals.principal != null }),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const em = deps.orm.em.fork();
        return {
          requestId: randomUUID(),
          em,
          principal: res.locals.principal ?? null,
          authError: res.locals.authError,
          loaders: new Loaders(em),
          services: deps.services,
          clock: deps.clock,
          policy: deps.policy,
        } as GraphQLContext;
      },
    }),
  );

  app.use('/exports', exportsRouter({ orm: deps.orm, services: deps.services, specs: EXPORTS, schema, hideSchemaDetails: deps.production ?? false }));
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
    app.use(panelContentSecurityPolicy(), express.static(dist, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('CX Loop API. GraphQL at /graphql. The admin panel is not built (pnpm --filter @cx-loop/admin build).');
    });
  }
  return { app, apollo };
}
