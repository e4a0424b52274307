// Streamed CSV downloads of the panel's lists (specs.ts), with the same filters and access
// rules as the lists. Rows are read in keyset-paged batches and written as they come,
// so a year of data never sits in memory.
import express, { type Router } from 'express';
import { coerceInputValue, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DomainError } from '../common/errors.js';
import type { Lean } from '../common/lean.js';
import type { List } from '../common/list.js';
import type { Principal } from '../modules/access/principal.js';
import { decideAccess } from '../modules/access/access.policy.js';
import type { Services } from '../services.js';
import { csvRow } from './csv.js';

const BATCH = 1000;

export interface ExportSpec {
  /** The list operation whose access rule and filters the export shares. */
  operation: string;
  columns: string[];
  /**
   * The operation's own arguments the export reads from the query string instead of a list's
   * ?filter= (`?from=…&to=…&groupBy=TEAM` for caseAnalytics), each coerced with its GraphQL
   * type; `batches` then gets them as one object in place of the filter.
   */
  args?: string[];
  /**
   * The rows as cells, `size` at a time in the list's keyset order. `filter` is the value
   * coerceInputValue read with the list's own GraphQL filter type (filterTypeOf below).
   */
  batches(em: EntityManager, services: Services, principal: Principal | null, filter: unknown, size: number): AsyncGenerator<unknown[][]>;
}

/** What a row's cells may depend on besides the row: the caller decides what is masked (S2). */
export interface CellContext {
  services: Services;
  principal: Principal | null;
}

/**
 * An export of a list (common/list.ts): its filter, scope and keyset, and the cells of a row.
 * `load` turns a batch of the list's rows into what the cells read, for figures the list's
 * query does not carry (a customer's completed orders, a vendor's scorecard); it may drop rows
 * by a filter only those figures answer (a scorecard's minComposite).
 */
interface ExportOf<E extends { id: string }, F, R> {
  operation: string;
  columns: string[];
  list: (services: Services) => List<E, F>;
  load?: (em: EntityManager, services: Services, rows: Lean<E>[], filter: F | null) => Promise<R[]>;
  cells: (row: R, ctx: CellContext) => unknown[];
}
export function exportOf<E extends { id: string }, F>(spec: ExportOf<E, F, Lean<E>> & { load?: undefined }): ExportSpec;
export function exportOf<E extends { id: string }, F, R>(spec: ExportOf<E, F, R> & { load: NonNullable<ExportOf<E, F, R>['load']> }): ExportSpec;
export function exportOf<E extends { id: string }, F, R>(spec: ExportOf<E, F, R>): ExportSpec {
  return {
    operation: spec.operation,
    columns: spec.columns,
    async *batches(em, services, principal, filter, size) {
      const list = spec.list(services);
      // The router coerced the filter with this list's GraphQL filter input (F's own type), so
      // it is an F (or null); this is where that validated value gets its TypeScript type.
      const value = filter as F | null;
      let after: Lean<E> | null = null;
      const ctx: CellContext = { services, principal };
      for (;;) {
        const rows = await list.batch(em, principal, value, after, size);
        // Without `load`, R is Lean<E> (the first overload): the rows are what the cells read.
        const loaded = spec.load ? await spec.load(em, services, rows, value) : (rows as unknown as R[]);
        yield loaded.map((row) => spec.cells(row, ctx));
        // The list's batch decides where the export ends, whatever `load` dropped.
        if (rows.length < size) return;
        after = rows.at(-1)!;
      }
    },
  };
}

/** The list's `filter` argument type in the schema: an export's filter is read as that input. */
function filterTypeOf(schema: GraphQLSchema, operation: string): GraphQLInputType {
  const arg = schema.getQueryType()?.getFields()[operation]?.args.find((a) => a.name === 'filter');
  if (!arg) throw new Error(`The export of ${operation} needs that list's filter argument in the schema.`);
  return arg.type;
}

/** The types of the operation's arguments an export reads (ExportSpec.args). */
function argTypesOf(schema: GraphQLSchema, operation: string, names: string[]): Map<string, GraphQLInputType> {
  const args = schema.getQueryType()?.getFields()[operation]?.args ?? [];
  return new Map(names.map((name) => {
    const arg = args.find((a) => a.name === name);
    if (!arg) throw new Error(`The export of ${operation} reads its argument ${name}, which the schema does not have.`);
    return [name, arg.type];
  }));
}

/** Where in the filter a coercion error points: `rating[1]`, `createdFrom`, or the filter itself. */
function fieldAt(path: readonly (string | number)[], message: string): string {
  const unknown = /^Field "([^"]+)" is not defined by type/.exec(message)?.[1];
  const parts = unknown ? [...path, unknown] : path;
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || 'filter';
}

export function exportsRouter(deps: { orm: MikroORM; services: Services; specs: Record<string, ExportSpec>; schema: GraphQLSchema; hideSchemaDetails?: boolean }): Router {
  const router = express.Router();
  const filterTypes = new Map(Object.entries(deps.specs).filter(([, spec]) => !spec.args).map(([kind, spec]) => [kind, filterTypeOf(deps.schema, spec.operation)]));
  const argTypes = new Map(Object.entries(deps.specs).filter(([, spec]) => spec.args).map(([kind, spec]) => [kind, argTypesOf(deps.schema, spec.operation, spec.args!)]));
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
      const types = argTypes.get(kind);
      if (types) {
        // As GraphQL reads them: a missing required argument, a malformed date or an unknown enum
        // value is refused with the argument's name.
        filter = {};
        for (const [name, type] of types) {
          const raw = req.query[name];
          if (raw !== undefined && typeof raw !== 'string') return badFilter(res, name, `Give ${name} once.`);
          const errors: string[] = [];
          const value = coerceInputValue(raw === undefined || raw === '' ? null : raw, type, (_path, _invalid, error) => errors.push(error.message), deps.hideSchemaDetails);
          if (errors.length) return badFilter(res, name, `${name} is not valid: ${errors[0]}`);
          filter[name] = value;
        }
      } else if (req.query.filter !== undefined && req.query.filter !== '') {
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
      const batches = spec.batches(em, deps.services, principal, filter, BATCH);
      let batch = await batches.next();
      res.status(200).type('text/csv; charset=utf-8').attachment(`${req.params.kind}-${new Date().toISOString().slice(0, 10)}.csv`);
      res.write(csvRow(spec.columns));
      for (; !batch.done; batch = await batches.next()) {
        let chunk = '';
        for (const cells of batch.value) chunk += csvRow(cells);
        if (chunk && !res.write(chunk)) await new Promise((r) => res.once('drain', r));
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
