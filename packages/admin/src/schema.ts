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

const ACRONYMS = new Set(['CX', 'SLA', 'SMS', 'API', 'SOP', 'UPI', 'IST']);
/** Values whose names are spelled their own way (brands, platforms). */
const NAMES: Record<string, string> = {
  WHATSAPP: 'WhatsApp', EMAIL: 'E-mail', GOOGLE_BUSINESS: 'Google Business Profile', PLAY_STORE: 'Play Store', APP_STORE: 'App Store',
  INSTAGRAM_FEED: 'Instagram feed', INSTAGRAM_STORY: 'Instagram story',
};

/** PICKUP_SCHEDULED → "Pickup scheduled"; CX stays "CX", VENDOR_OPS → "Vendor ops", WHATSAPP → "WhatsApp". */
export const humanize = (value: string): string =>
  NAMES[value] ??
  value
    .split('_')
    .map((w, i) => (ACRONYMS.has(w) ? w : i === 0 ? w.charAt(0) + w.slice(1).toLowerCase() : w.toLowerCase()))
    .join(' ');

/** humanize for the middle of a sentence: "moved to pickup scheduled", "by WhatsApp", "for team CX". */
export const humanizeMid = (value: string): string => {
  const text = humanize(value);
  const first = text.split(' ')[0];
  // Brand names and acronyms keep their capitals.
  return NAMES[value] !== undefined || ACRONYMS.has(first) ? text : text.charAt(0).toLowerCase() + text.slice(1);
};

/** Whether the API (as of the bundled schema.graphql) offers a root query, e.g. vendorTrend. */
export const hasQuery = (name: string): boolean => !!schema.getQueryType()?.getFields()[name];

/** Whether the API offers a mutation (features that arrived after this panel was built). */
export const hasMutation = (name: string): boolean => !!schema.getMutationType()?.getFields()[name];
