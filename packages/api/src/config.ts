// Start-up configuration from the environment. Anything malformed stops start-up with a message
// that names the variable.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDuration } from './common/duration.js';
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
  adminDist: string;
  policy: PolicySettings;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT=${env.PORT} is not a port number.`);
  // pnpm runs scripts inside the package folder; relative paths mean the folder the user ran from.
  const base = env.INIT_CWD ?? process.cwd();
  const dataDir = env.DATA_DIR ? path.resolve(base, env.DATA_DIR) : path.join(REPO_ROOT, '.data');
  const ttl = parseDuration(env.TOKEN_TTL ?? '12h');
  if (ttl === null) throw new ConfigError(`TOKEN_TTL=${env.TOKEN_TTL} is not a duration such as 30m or 12h.`);
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
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    adminEmail: (env.ADMIN_EMAIL ?? 'admin@cxloop.local').trim().toLowerCase(),
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demoData: demo === '0' || demo === 'false' ? 'off' : demo === '1' || demo === 'true' ? 'on' : 'auto',
    tokenTtlSeconds: Math.round(ttl / 1000),
    tokenSecret: env.TOKEN_SECRET || undefined,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    adminDist: env.ADMIN_DIST ? path.resolve(base, env.ADMIN_DIST) : path.join(REPO_ROOT, 'packages/admin/dist'),
    policy,
  };
}
