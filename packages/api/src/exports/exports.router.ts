// Streamed CSV downloads of feedback, escalations and reviews, with the same filters and
// access rules as their lists. Rows are read in keyset-paged batches and written as they come,
// so a year of data never sits in memory.
import express, { type Router } from 'express';
import { coerceInputValue, type GraphQLInputType, type GraphQLSchema } from 'graphql';
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

/** The list's `filter` argument type in the schema: an export's filter is read as that input. */
function filterTypeOf(schema: GraphQLSchema, operation: string): GraphQLInputType {
  const arg = schema.getQueryType()?.getFields()[operation]?.args.find((a) => a.name === 'filter');
  if (!arg) throw new Error(`The export of ${operation} needs that list's filter argument in the schema.`);
  return arg.type;
}

/** Where in the filter a coercion error points: `rating[1]`, `createdFrom`, or the filter itself. */
function fieldAt(path: readonly (string | number)[], message: string): string {
  const unknown = /^Field "([^"]+)" is not defined by type/.exec(message)?.[1];
  const parts = unknown ? [...path, unknown] : path;
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || 'filter';
}

export function exportsRouter(deps: { orm: MikroORM; services: Services; specs: Record<string, ExportSpec>; schema: GraphQLSchema; hideSchemaDetails?: boolean }): Router {
  const router = express.Router();
  const filterTypes = new Map(Object.entries(deps.specs).map(([kind, spec]) => [kind, filterTypeOf(deps.schema, spec.operation)]));
  const badFilter = (res: express.Response, field: string, message: string) =>
    void res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }] });
  router.get('/:kind.csv', async (req, res, next) => {
    // Own keys only: /exports/constructor.csv names no export.
    const kind = req.params.kind;
    const spec = Object.hasOwn(deps.specs, kind) ? deps.specs[kind] : undefined;
    if (!spec) return void res.status(404).json({ errors: [{ message: `No export named ${kind}.`, extensions: { code: 'NOT_FOUND' } }] });
    const em = deps.orm.em.fork();
    try {
      const principal = await deps.services.access.authenticate(em, req.headers.authorization);
      const access = decideAccess(spec.operation, principal);
      if (!access.allowed) return void res.status(access.code === 'UNAUTHENTICATED' ? 401 : 403).json({ errors: [{ message: access.message, extensions: { code: access.code } }] });
      let filter: Record<string, unknown> | null = null;
      if (req.query.filter !== undefined && req.query.filter !== '') {
        if (typeof req.query.filter !== 'string') return badFilter(res, 'filter', 'Give filter once, as JSON, as in the list query.');
        let json: unknown;
        try {
          json = JSON.parse(req.query.filter);
        } catch {
          return badFilter(res, 'filter', 'filter must be JSON, as in the list query.');
        }
        // The list's own input type decides, as it does for the list: types, enum values, dates
        // and unknown keys are refused here with the field, and what passes is the list's value
        // (dates as dates), never raw JSON handed to the query builder.
        const errors: { field: string; message: string }[] = [];
        const value = coerceInputValue(json, filterTypes.get(kind)!, (path, _invalid, error) => errors.push({ field: fieldAt(path, error.message), message: error.message }), deps.hideSchemaDetails);
        if (errors.length) return badFilter(res, errors[0].field, `The filter is not valid at "${errors[0].field}": ${errors[0].message}`);
        filter = (value ?? null) as Record<string, unknown> | null;
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
