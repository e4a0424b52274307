// Streamed CSV downloads of feedback, escalations and reviews, with the same filters and
// access rules as their lists. Rows are read in keyset-paged batches and written as they come,
// so a year of data never sits in memory.
import express, { type Router } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DomainError } from '../common/errors.js';
import { decideAccess } from '../modules/access/access.policy.js';
import type { Services } from '../services.js';
import { csvRow } from './csv.js';

const BATCH = 1000;

export interface ExportSpec {
  /** The list operation whose access rule and filters the export shares. */
  operation: string;
  columns: string[];
  /** One batch after the cursor (createdAt, id) in ascending order, as rows of cells. */
  batch(em: EntityManager, filter: Record<string, unknown> | null, after: { at: Date; id: string } | null, limit: number, services: Services, principal: Parameters<typeof decideAccess>[1]): Promise<{ cursor: { at: Date; id: string }; cells: unknown[] }[]>;
}

export function exportsRouter(deps: { orm: MikroORM; services: Services; specs: Record<string, ExportSpec> }): Router {
  const router = express.Router();
  router.get('/:kind.csv', async (req, res, next) => {
    const spec = deps.specs[req.params.kind];
    if (!spec) return void res.status(404).json({ errors: [{ message: `No export named ${req.params.kind}.`, extensions: { code: 'NOT_FOUND' } }] });
    const em = deps.orm.em.fork();
    try {
      const principal = await deps.services.access.authenticate(em, req.headers.authorization);
      const access = decideAccess(spec.operation, principal);
      if (!access.allowed) return void res.status(access.code === 'UNAUTHENTICATED' ? 401 : 403).json({ errors: [{ message: access.message, extensions: { code: access.code } }] });
      let filter: Record<string, unknown> | null = null;
      if (typeof req.query.filter === 'string' && req.query.filter) {
        try {
          filter = JSON.parse(req.query.filter);
        } catch {
          return void res.status(400).json({ errors: [{ message: 'filter must be JSON, as in the list query.', extensions: { code: 'BAD_USER_INPUT', field: 'filter' } }] });
        }
      }
      // The first batch runs before any byte is sent, so a bad filter still gets a clean error.
      let rows = await spec.batch(em, filter, null, BATCH, deps.services, principal);
      res.status(200).type('text/csv; charset=utf-8').attachment(`${req.params.kind}-${new Date().toISOString().slice(0, 10)}.csv`);
      res.write(csvRow(spec.columns));
      while (rows.length) {
        let chunk = '';
        for (const r of rows) chunk += csvRow(r.cells);
        if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
        if (rows.length < BATCH) break;
        em.clear();
        rows = await spec.batch(em, filter, rows.at(-1)!.cursor, BATCH, deps.services, principal);
      }
      res.end();
    } catch (e) {
      if (res.headersSent) return void res.destroy(e as Error);
      if (e instanceof DomainError) {
        const status = e.code === 'UNAUTHENTICATED' ? 401 : e.code === 'FORBIDDEN' ? 403 : 400;
        return void res.status(status).json({ errors: [{ message: e.message, extensions: { code: e.code, ...(e.extra.field ? { field: e.extra.field } : {}) } }] });
      }
      next(e);
    }
  });
  return router;
}
