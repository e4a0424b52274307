// Security headers (helmet) for every response, and the Content-Security-Policy of each kind of
// page: the API's answers (JSON, CSV) load nothing, the admin panel loads only itself, and the
// rating page has nothing but its own inline style.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

type Directives = Record<string, string[]>;

/** What no page here may do, whatever it loads: be framed, change its base URL, embed plugins. */
const EVERY_PAGE: Directives = {
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
};

/** JSON and CSV answers (and their errors): nothing to load, nowhere to post. */
const API: Directives = { 'default-src': ["'none'"], 'form-action': ["'none'"], ...EVERY_PAGE };

/**
 * The admin panel (Vite build of react-admin): one module script and its chunks from the same
 * origin, GraphQL over fetch to the same origin. No inline or evaluated script: the build has
 * none (index.html carries only `<script type="module" src="./assets/…">`).
 *
 * style-src needs 'unsafe-inline': MUI's emotion writes <style> elements at run time. A nonce
 * would mean rendering index.html per request and handing the nonce to emotion's cache, for a
 * small gain: with scripts locked to 'self', injected CSS cannot run code (the residual risk is
 * CSS reading attribute values, and React escapes what it renders). The data: image is the
 * empty favicon in index.html.
 */
const PANEL: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'form-action': ["'self'"],
  ...EVERY_PAGE,
};

const policy = (directives: Directives): RequestHandler =>
  helmet.contentSecurityPolicy({ useDefaults: false, directives }) as unknown as RequestHandler;

/**
 * Every response's headers, with the API's CSP. The panel and the rating page replace the CSP
 * with their own (`panelContentSecurityPolicy`, `ratingPageContentSecurityPolicy`).
 *
 * - X-Frame-Options DENY alongside frame-ancestors 'none', for browsers that predate CSP 2.
 * - Referrer-Policy no-referrer: the rating page's URL carries its token, and the links it shows
 *   lead to Google; no other page needs to tell anyone where a visitor came from.
 * - Strict-Transport-Security as helmet sends it (a year, subdomains): browsers ignore it on a
 *   plain-HTTP answer (RFC 6797 §8.1), so it changes nothing on localhost or in development, and
 *   behind a TLS proxy it keeps every later visit on HTTPS. upgrade-insecure-requests is left
 *   out: served over plain HTTP (a LAN address, no proxy) it would send the panel's own script
 *   requests to https:// and the panel would not load.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: API },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  }) as unknown as RequestHandler;
}

export const panelContentSecurityPolicy = (): RequestHandler => policy(PANEL);

/** The rating page: its inline <style>, allowed by hash, is all it has; the form posts to itself. */
export const ratingPageContentSecurityPolicy = (styleHash: string): RequestHandler =>
  policy({ 'default-src': ["'none'"], 'style-src': [`'${styleHash}'`], 'form-action': ["'self'"], ...EVERY_PAGE });
