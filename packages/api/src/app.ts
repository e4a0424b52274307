// The HTTP application, composed: GraphQL at /graphql, health at /healthz and /readyz, CSV
// exports, the customer's rating page at /r, the admin panel at /. Each middleware and plugin
// lives in its own file under http/; this file only puts them in order.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from './common/clock.js';
import { Loaders } from './common/loaders.js';
import { MAX_TOKENS } from './common/operation.js';
import type { PolicySettings } from './common/policy-settings.js';
import { panelContentSecurityPolicy, securityHeaders } from './common/security-headers.js';
import type { GraphQLContext } from './context.js';
import { exportsRouter } from './exports/exports.router.js';
import { EXPORTS } from './exports/specs.js';
import { accessGuard } from './http/access-guard.js';
import { formatError } from './http/format-error.js';
import { DEFAULT_LIMITS, documentBounds, queryLimitsPlugin, type QueryLimits } from './http/graphql-limits.js';
import { idempotency } from './http/idempotency.js';
import { inputLimitsPlugin } from './http/input-limits.js';
import { loginRateLimit } from './http/login-rate-limit.js';
import { panelAssets } from './http/panel-assets.js';
import { authenticateRequest, readOperation, requestAuthError, requestOperation, requestPrincipal } from './http/request-facts.js';
import { httpErrors, refuseNullBytes } from './http/request-errors.js';
import { guardFields } from './modules/access/field-access.js';
import { ratingPageRouter } from './modules/feedback/rating-page.js';
import { receiptRouter } from './modules/money/receipt.router.js';
import { payoutsWebhookRouter } from './modules/money/payouts-webhook.js';
import { helpPageRouter } from './modules/support-cases/help-page.js';
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
  /** M6: the payouts provider's webhook secret (PAYOUTS_WEBHOOK_SECRET); without it /webhooks/payouts answers 404. */
  payoutsWebhookSecret?: string;
  log?: (line: string) => void;
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
    authenticateRequest((em, header) => deps.services.access.authenticate(em, header), () => deps.orm.em.fork()),
    idempotency({ orm: deps.orm, clock: deps.clock, operation: requestOperation, authenticated: (res) => requestPrincipal(res) != null }),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const em = deps.orm.em.fork();
        return {
          requestId: randomUUID(),
          em,
          principal: requestPrincipal(res),
          authError: requestAuthError(res),
          loaders: new Loaders(em),
          services: deps.services,
          clock: deps.clock,
          policy: deps.policy,
        } as GraphQLContext;
      },
    }),
  );

  // M6: the payouts provider's status webhooks, signed over the raw body (no JSON parser before it).
  app.use('/webhooks/payouts', payoutsWebhookRouter({ orm: deps.orm, money: deps.services.money, secret: deps.payoutsWebhookSecret, log }));
  app.use('/exports', exportsRouter({ orm: deps.orm, services: deps.services, specs: EXPORTS, schema, hideSchemaDetails: deps.production ?? false }));
  // The rating page's "Need help?" (support cases), before the rating page's own catch-all.
  app.use('/r', helpPageRouter({ orm: deps.orm, clock: deps.clock, cases: deps.services.cases, ratingLinks: deps.services.ratingLinks, policy: deps.policy, links: deps.links ?? DEFAULT_LINKS }));
  // M7: a receipt's PDF behind its signed link (no login, as the rating page).
  app.use('/receipts', receiptRouter({ orm: deps.orm, receipts: deps.services.receipts, links: deps.links ?? DEFAULT_LINKS }));
  app.use('/r', ratingPageRouter({ orm: deps.orm, services: deps.services, policy: deps.policy, links: deps.links ?? DEFAULT_LINKS }));

  app.use(httpErrors(log));

  const dist = deps.adminDist;
  if (dist && existsSync(path.join(dist, 'index.html'))) {
    app.use(panelContentSecurityPolicy(), panelAssets(dist));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('CX Loop API. GraphQL at /graphql. The admin panel is not built (pnpm --filter @cx-loop/admin build).');
    });
  }
  return { app, apollo };
}
