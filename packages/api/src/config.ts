// Start-up configuration from the environment. Anything malformed stops start-up with a message
// that names the variable.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDuration } from './common/duration.js';
import type { RetrySettings } from './modules/messaging/retry.policy.js';
import { DEFAULT_LINKS, type MessageLinks } from './modules/messaging/templates.js';
import type { RazorpayPayoutsSettings } from './modules/money/razorpay-payouts.js';
import { loadPolicySettings, PolicyConfigError, type PolicySettings } from './common/policy-settings.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface AppConfig {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  adminEmail: string;
  adminPassword?: string;
  demoData: 'auto' | 'on' | 'off';
  tokenTtlSeconds: number;
  tokenSecret?: string;
  publicUrl: string;
  /** M7: how long a receipt's link opens the PDF. */
  receiptLinkTtlMs: number;
  adminDist: string;
  policy: PolicySettings;
  /** `webhook` posts each message to MESSAGE_WEBHOOK_URL; the default records it as sent. */
  sender: { kind: 'record' } | { kind: 'webhook'; url: string; secret?: string };
  retry: RetrySettings;
  links: MessageLinks;
  /** Job runners in this process (0 = this process only serves requests). */
  workerConcurrency: number;
  /** M6: the payouts provider over HTTP (all five PAYOUTS_* settings), or null for the recording one. */
  payouts: (RazorpayPayoutsSettings & { webhookSecret: string }) | null;
  /** M6: a pay job locked longer than this belongs to a process that died; it runs again (the idempotency key makes that safe). */
  payJobLeaseMs: number;
}

export class ConfigError extends Error {}

const PAYOUT_SETTINGS = ['PAYOUTS_API_URL', 'PAYOUTS_KEY_ID', 'PAYOUTS_KEY_SECRET', 'PAYOUTS_ACCOUNT_NUMBER', 'PAYOUTS_WEBHOOK_SECRET'] as const;

/** M6: all five PAYOUTS_* settings or none; half a provider would pay without hearing back, or listen without paying. */
function loadPayouts(env: Record<string, string | undefined>): AppConfig['payouts'] {
  const given = PAYOUT_SETTINGS.filter((k) => (env[k] ?? '') !== '');
  if (given.length === 0) return null;
  const missing = PAYOUT_SETTINGS.filter((k) => !given.includes(k));
  if (missing.length) throw new ConfigError(`The payouts provider needs all five PAYOUTS_* settings (or none, for the recording provider): ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`);
  const url = env.PAYOUTS_API_URL!;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // reported below
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.search || parsed.hash) {
    throw new ConfigError(`PAYOUTS_API_URL=${url} is not an http(s) address such as https://api.razorpay.com.`);
  }
  for (const k of ['PAYOUTS_KEY_ID', 'PAYOUTS_KEY_SECRET', 'PAYOUTS_WEBHOOK_SECRET'] as const) {
    if (/\s/.test(env[k]!)) throw new ConfigError(`${k} contains white space (copied with a space or a line break?).`);
  }
  if (env.PAYOUTS_KEY_ID!.includes(':')) throw new ConfigError('PAYOUTS_KEY_ID cannot contain ":" (it is the user name of Basic auth).');
  if (!/^[0-9A-Za-z]{6,34}$/.test(env.PAYOUTS_ACCOUNT_NUMBER!)) {
    throw new ConfigError('PAYOUTS_ACCOUNT_NUMBER must be the business account the payouts leave from: 6 to 34 letters or digits.');
  }
  return {
    apiUrl: url, keyId: env.PAYOUTS_KEY_ID!, keySecret: env.PAYOUTS_KEY_SECRET!, accountNumber: env.PAYOUTS_ACCOUNT_NUMBER!, webhookSecret: env.PAYOUTS_WEBHOOK_SECRET!,
  };
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT=${env.PORT} is not a port number.`);
  // pnpm runs scripts inside the package folder; relative paths mean the folder the user ran from.
  const base = env.INIT_CWD ?? process.cwd();
  const dataDir = env.DATA_DIR ? path.resolve(base, env.DATA_DIR) : path.join(REPO_ROOT, '.data');
  const ttl = parseDuration(env.TOKEN_TTL ?? '12h');
  if (ttl === null) throw new ConfigError(`TOKEN_TTL=${env.TOKEN_TTL} is not a duration such as 30m or 12h.`);
  const receiptTtl = parseDuration(env.RECEIPT_LINK_TTL ?? '7d');
  if (receiptTtl === null || receiptTtl <= 0) throw new ConfigError(`RECEIPT_LINK_TTL=${env.RECEIPT_LINK_TTL} is not a duration such as 7d or 48h.`);
  const demo = env.DEMO_DATA;
  if (demo !== undefined && !['0', '1', 'false', 'true', ''].includes(demo)) throw new ConfigError('DEMO_DATA must be 0 or 1.');
  if (env.ADMIN_PASSWORD !== undefined && env.ADMIN_PASSWORD.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD needs at least 8 characters.');
  }
  let policy: PolicySettings;
  try {
    policy = loadPolicySettings(env);
  } catch (e) {
    if (e instanceof PolicyConfigError) throw new ConfigError(e.message);
    throw e;
  }
  const senderKind = env.MESSAGE_SENDER ?? (env.MESSAGE_WEBHOOK_URL ? 'webhook' : 'record');
  if (senderKind !== 'record' && senderKind !== 'webhook') throw new ConfigError('MESSAGE_SENDER must be record or webhook.');
  if (senderKind === 'webhook' && !/^https?:\/\//.test(env.MESSAGE_WEBHOOK_URL ?? '')) {
    throw new ConfigError('MESSAGE_SENDER=webhook needs MESSAGE_WEBHOOK_URL (http or https).');
  }
  const retryBase = parseDuration(env.MESSAGE_RETRY_BASE ?? '30s');
  if (retryBase === null) throw new ConfigError(`MESSAGE_RETRY_BASE=${env.MESSAGE_RETRY_BASE} is not a duration such as 30s.`);
  const maxAttempts = Number(env.MESSAGE_MAX_ATTEMPTS ?? 5);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new ConfigError('MESSAGE_MAX_ATTEMPTS must be a whole number of at least 1.');
  const workers = Number(env.WORKER_CONCURRENCY ?? 8);
  if (!Number.isInteger(workers) || workers < 0) throw new ConfigError('WORKER_CONCURRENCY must be 0 or more.');
  const payouts = loadPayouts(env);
  const payLease = parseDuration(env.PAYOUTS_JOB_LEASE ?? '2m');
  if (payLease === null) throw new ConfigError(`PAYOUTS_JOB_LEASE=${env.PAYOUTS_JOB_LEASE} is not a duration such as 2m.`);
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    adminEmail: (env.ADMIN_EMAIL ?? 'admin@cxloop.local').trim().toLowerCase(),
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demoData: demo === '0' || demo === 'false' ? 'off' : demo === '1' || demo === 'true' ? 'on' : 'auto',
    tokenTtlSeconds: Math.round(ttl / 1000),
    tokenSecret: env.TOKEN_SECRET || undefined,
    receiptLinkTtlMs: receiptTtl,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    adminDist: env.ADMIN_DIST ? path.resolve(base, env.ADMIN_DIST) : path.join(REPO_ROOT, 'packages/admin/dist'),
    policy,
    sender: senderKind === 'webhook' ? { kind: 'webhook', url: env.MESSAGE_WEBHOOK_URL!, secret: env.MESSAGE_WEBHOOK_SECRET || undefined } : { kind: 'record' },
    retry: { maxAttempts, baseDelayMs: retryBase },
    links: {
      googleReview: env.GOOGLE_REVIEW_URL ?? DEFAULT_LINKS.googleReview,
      playStore: env.PLAY_STORE_URL ?? DEFAULT_LINKS.playStore,
      appStore: env.APP_STORE_URL ?? DEFAULT_LINKS.appStore,
      businessProfile: env.BUSINESS_PROFILE_URL ?? DEFAULT_LINKS.businessProfile,
      supportPhone: env.SUPPORT_PHONE ?? DEFAULT_LINKS.supportPhone,
      supportWhatsapp: env.SUPPORT_WHATSAPP_URL ?? DEFAULT_LINKS.supportWhatsapp,
    },
    workerConcurrency: workers,
    payouts,
    payJobLeaseMs: payLease,
  };
}
