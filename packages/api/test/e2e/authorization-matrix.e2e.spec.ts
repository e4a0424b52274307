// S1, S2: every operation of the schema × every role and every API-key scope, generated from
// the schema itself, checked against the access table. A new operation without a rule fails.
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiScope, Role } from '../../src/common/enums.js';
import { decideAccess, OPERATION_ACCESS } from '../../src/modules/access/access.policy.js';
import type { Principal } from '../../src/modules/access/principal.js';
import { buildAppSchema } from '../../src/schema.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

const SCALARS: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000', String: 'x', Int: 1, Float: 1, Boolean: false, DateTime: '2026-01-01T00:00:00Z',
  JSONObject: {},
};

function sample(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [sample(t.ofType)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isScalarType(t)) return SCALARS[t.name] ?? 'x';
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) if (isNonNullType(f.type)) out[f.name] = sample(f.type);
    return out;
  }
  return null;
}

function document(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const vars = field.args.map((a, i) => `$a${i}: ${a.type.toString()}`);
  const args = field.args.map((a, i) => `${a.name}: $a${i}`);
  const selection = isObjectType(getNamedType(field.type)) ? '{ __typename }' : '';
  const variables = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type)).map((a) => [`a${field.args.indexOf(a)}`, sample(a.type)]));
  return {
    query: `${kind}${vars.length ? `(${vars.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`,
    variables,
  };
}

let t: TestApp;
const tokens = new Map<string, { token: string; principal: Principal }>();
beforeAll(async () => {
  t = await initTestApp();
  for (const role of Object.values(Role)) {
    const u = await t.userWith(role);
    tokens.set(`role ${role}`, { token: u.token, principal: { kind: 'USER', id: u.id, email: u.email, name: 'T', roles: [role] } });
  }
  for (const scope of Object.values(ApiScope)) {
    const r = await t.gql(`mutation($s: [ApiScope!]!) { createApiKey(name: "matrix", scopes: $s) { secret apiKey { id } } }`, { s: [scope] }, t.adminToken);
    tokens.set(`scope ${scope}`, { token: r.data.createApiKey.secret, principal: { kind: 'API_KEY', id: r.data.createApiKey.apiKey.id, name: 'matrix', scopes: [scope] } });
  }
});
afterAll(() => t.close());

describe('authorization matrix', () => {
  it('every operation × every role and scope is allowed or refused exactly as the access table says', async () => {
    const schema = await buildAppSchema();
    const ops = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
    ];
    const mismatches: string[] = [];
    let checked = 0;
    for (const [kind, field] of ops) {
      expect(OPERATION_ACCESS[field.name], `access rule for ${field.name}`).toBeDefined();
      if (field.name === 'login') continue;
      const doc = document(kind, field);
      for (const [who, { token, principal }] of [['anonymous', { token: null, principal: null }] as const, ...tokens]) {
        const expected = decideAccess(field.name, principal as Principal | null).allowed;
        const r = await t.gql(doc.query, doc.variables, token);
        const e = r.errors?.[0];
        if (r.status === 400) {
          mismatches.push(`${field.name}: the generated request was invalid: ${e?.message}`);
          continue;
        }
        const denied = e?.extensions?.details?.operation === field.name;
        if (denied === expected) mismatches.push(`${field.name} as ${who}: expected ${expected ? 'allowed' : 'refused'}, got ${JSON.stringify(e ?? 'data')}`);
        if (!expected && !['FORBIDDEN', 'UNAUTHENTICATED'].includes(e?.extensions?.code)) mismatches.push(`${field.name} as ${who}: refused with ${e?.extensions?.code}`);
        if (e?.extensions?.code === 'INTERNAL_SERVER_ERROR') mismatches.push(`${field.name} as ${who}: internal error ${e.message}`);
        checked++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  }, 120_000);
});
