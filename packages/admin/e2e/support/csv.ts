// RFC 4180 CSV as records keyed by the header row (quoted cells may hold commas, quotes, line
// breaks), read with csv-parse, the reader the API's review import uses.
import { parse } from 'csv-parse/sync';

export function csvRecords(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true }) as Record<string, string>[];
}
