// The API's schema, bundled at build time from the repo's generated schema.graphql so the data
// provider needs no network introspection (which may later be restricted to signed-in users).
import { buildSchema, introspectionFromSchema, isEnumType } from 'graphql';
import sdl from '../../../schema.graphql?raw';

export const schema = buildSchema(sdl);

export const introspection = introspectionFromSchema(schema).__schema;

/** SelectInput choices for a GraphQL enum, so filters stay in step with the API. */
export function enumChoices(enumName: string): { id: string; name: string }[] {
  const type = schema.getType(enumName);
  if (!isEnumType(type)) throw new Error(`${enumName} is not an enum in schema.graphql`);
  return type.getValues().map((v) => ({ id: v.name, name: humanize(v.name) }));
}

/** PICKUP_SCHEDULED → "Pickup scheduled". */
export const humanize = (value: string): string =>
  value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
