// The admin panel's files. Vite names every script and style sheet after its content hash, so
// those never change under their name: a browser keeps them a year and never asks again, and a
// release is picked up through index.html, which is always revalidated. Each one is sent as the
// brotli or gzip copy the build wrote beside it (vite.config.ts), when the browser accepts it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

/** `name-<hash>.ext`, as Vite writes assets/: safe to cache for good. */
const HASHED = /^\/assets\/[\w.-]+-[\w-]{8,}\.(js|css|svg|woff2?|png|json)$/;
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json' };

/**
 * The encodings a request accepts, by name (q=0 refuses one). Not Express's acceptsEncodings: among
 * equally weighted ones it follows the header's order, and browsers list gzip before br; here the
 * server's order (brotli first, ENCODINGS) decides.
 */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) out.add(name);
  }
  return out;
}

export function panelAssets(dist: string): Router {
  const router = express.Router();
  const root = path.resolve(dist);

  // A precompressed copy, when one exists and the browser takes it.
  const compressed: RequestHandler = (req, res, next) => {
    if (!HASHED.test(req.path)) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    const file = path.join(root, req.path);
    if (!file.startsWith(root + path.sep)) return next();
    const type = TYPES[path.extname(file)];
    for (const e of ENCODINGS) {
      if (!type || !accepted.has(e.name) || !existsSync(file + e.suffix)) continue;
      res.setHeader('Content-Encoding', e.name);
      return res.sendFile(file + e.suffix, { maxAge: '365d', immutable: true, lastModified: false, headers: { 'Content-Type': type } });
    }
    next();
  };

  router.use(compressed);
  router.use(
    express.static(root, {
      index: 'index.html',
      setHeaders(res, file) {
        const rel = `/${path.relative(root, file).split(path.sep).join('/')}`;
        // Hashed assets are the same bytes for ever; everything else (index.html) is asked again each time.
        res.setHeader('Cache-Control', HASHED.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache');
        if (HASHED.test(rel)) res.setHeader('Vary', 'Accept-Encoding');
      },
    }),
  );
  return router;
}
