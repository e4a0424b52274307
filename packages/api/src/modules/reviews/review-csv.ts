// RV1 for marketing's spreadsheets: a CSV of reviews read into the same rows importReviews
// takes, with every problem reported per row (row 1 is the header, as a spreadsheet shows it).
import { parse } from 'csv-parse/sync';
import type { Refusal } from '../../common/decision.js';
import { ReviewSource } from '../../common/enums.js';
import { MAX_REVIEWS_PER_IMPORT, validateReview, type CleanReview, type RawReview } from './review-import.policy.js';

export interface RowError {
  row: number;
  /** null when the problem is the row as a whole (e.g. its number of fields). */
  field: string | null;
  message: string;
}

type Column = keyof RawReview;
/** The columns as a template spells them, in order, with what each takes (for the admin's help and template). */
export const CSV_COLUMNS: { name: Column; required: boolean; description: string }[] = [
  { name: 'source', required: true, description: `Where the review was posted: ${Object.values(ReviewSource).join(', ')} (also "Google", "Play Store", "App Store").` },
  { name: 'externalId', required: true, description: "The review's id on its platform (1 to 255 characters); with source it identifies the review, so a re-import changes nothing." },
  { name: 'authorName', required: true, description: "The reviewer's name as the platform shows it (at most 200 characters)." },
  { name: 'rating', required: true, description: 'Stars, a whole number from 1 to 5.' },
  { name: 'text', required: true, description: 'The review, 1 to 5,000 characters; put text containing commas in double quotes.' },
  { name: 'postedAt', required: true, description: 'When it was posted: 2026-11-20 or 2026-11-20T14:30 (India time), or with an offset; not in the future.' },
  { name: 'orderId', required: false, description: 'The CX Loop order id the review is about, if known.' },
  { name: 'consentNote', required: false, description: "How and when the customer agreed to public use (required for source INTERNAL)." },
];

// A header is matched ignoring case, spaces and punctuation ("Author name", "posted_at").
const COLUMNS: Record<string, Column> = Object.fromEntries(CSV_COLUMNS.map((c) => [c.name.toLowerCase(), c.name]));
const REQUIRED: Column[] = CSV_COLUMNS.filter((c) => c.required).map((c) => c.name);

/** The header row importReviewsCsv reads, as a file to fill in. */
export const csvTemplate = () => `${CSV_COLUMNS.map((c) => c.name).join(',')}\r\n`;

// Spreadsheets are typed by people: "Play Store", "google", "GMB" all mean a known source.
const SOURCE_ALIASES: Record<string, ReviewSource> = {
  GOOGLE: ReviewSource.GOOGLE_BUSINESS, GMB: ReviewSource.GOOGLE_BUSINESS, GBP: ReviewSource.GOOGLE_BUSINESS,
  GOOGLE_MY_BUSINESS: ReviewSource.GOOGLE_BUSINESS, GOOGLE_BUSINESS_PROFILE: ReviewSource.GOOGLE_BUSINESS,
  PLAYSTORE: ReviewSource.PLAY_STORE, GOOGLE_PLAY: ReviewSource.PLAY_STORE, APPSTORE: ReviewSource.APP_STORE,
};

export function parseSource(value: string): ReviewSource | null {
  const key = value.trim().toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');
  if ((Object.values(ReviewSource) as string[]).includes(key)) return key as ReviewSource;
  return SOURCE_ALIASES[key] ?? null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const IST_OFFSET_MINUTES = 330;

/** ISO 8601 date or date-time; without an offset it is India time (Asia/Kolkata has no DST). */
export function parsePostedAt(value: string): Date | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, hh = '00', mi = '00', ss = '00', frac, zone] = m;
  const ms = frac ? Math.round(Number(frac) * 1000) : 0;
  const wall = new Date(Date.UTC(+y, +mo - 1, +d, +hh, +mi, +ss, ms));
  // Date.UTC rolls 30 February over into March; a real calendar date survives the round trip.
  if (wall.getUTCFullYear() !== +y || wall.getUTCMonth() !== +mo - 1 || wall.getUTCDate() !== +d) return null;
  if (+hh > 23 || +mi > 59 || +ss > 59) return null;
  let offset = IST_OFFSET_MINUTES;
  if (zone && zone.toUpperCase() === 'Z') offset = 0;
  else if (zone) {
    const digits = zone.replace(':', '');
    offset = (digits[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return new Date(wall.getTime() - offset * 60_000);
}

const badCsv = (message: string): Refusal => ({ ok: false, code: 'BAD_USER_INPUT', field: 'csv', message });

/** One row of the file as written (cells by column), for a preview before anything is imported. */
export interface CsvRow {
  row: number;
  cells: Partial<Record<Column, string>>;
}

export type CsvParseResult = { ok: true; rows: { row: number; review: CleanReview }[]; errors: RowError[]; all: CsvRow[] } | Refusal;

/**
 * A file that cannot be read as a review table at all is refused (field `csv`); problems in
 * single rows are collected, every one of them, so marketing can fix the sheet in one go.
 */
export function parseReviewsCsv(csv: string, now: Date): CsvParseResult {
  let records: string[][];
  try {
    // Any line ending, even mixed: a template saved with CRLF and rows added in another editor.
    records = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return badCsv(`The file is not valid CSV${line ? ` (near line ${line})` : ''}: ${(e as Error).message.replace(/^[^:]*:\s*/, '')}`);
  }
  const header = records[0];
  if (!header || header.every((h) => !h.trim())) return badCsv(`The file is empty. Its first row must name the columns: ${REQUIRED.join(', ')}, and optionally orderId, consentNote.`);
  // Own keys only: a header named "constructor" is an unknown column, not Object's.
  const columns = header.map((h) => {
    const name = h.toLowerCase().replace(/[^a-z0-9]/g, '');
    return Object.hasOwn(COLUMNS, name) ? COLUMNS[name] : null;
  });
  const unknown = header.filter((h, i) => !columns[i] && h.trim());
  if (unknown.length) return badCsv(`Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((h) => `"${h}"`).join(', ')}. The columns are ${Object.values(COLUMNS).join(', ')}.`);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) return badCsv(`The header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`);
  const twice = columns.filter((c, i) => c && columns.indexOf(c) !== i);
  if (twice.length) return badCsv(`The column ${twice[0]} appears twice.`);

  const body = records.map((fields, i) => ({ row: i + 1, fields })).slice(1).filter((r) => r.fields.some((f) => f.trim()));
  if (body.length === 0) return badCsv('The file has a header but no reviews.');
  if (body.length > MAX_REVIEWS_PER_IMPORT) return badCsv(`At most ${MAX_REVIEWS_PER_IMPORT} reviews per file; this one has ${body.length}. Split it.`);

  const rows: { row: number; review: CleanReview }[] = [];
  const errors: RowError[] = [];
  const all: CsvRow[] = body.map(({ row, fields }) => ({
    row,
    cells: Object.fromEntries(columns.flatMap((c, i) => (c && i < fields.length ? [[c, fields[i]]] : []))),
  }));
  for (const { row, fields } of body) {
    if (fields.length !== header.length) {
      errors.push({ row, field: null, message: `This row has ${fields.length} fields but the header has ${header.length}; put text containing commas in double quotes.` });
      continue;
    }
    const cell = (c: Column) => {
      const i = columns.indexOf(c);
      return i < 0 ? '' : fields[i];
    };
    const rowErrors: RowError[] = [];
    const source = parseSource(cell('source'));
    if (!source) rowErrors.push({ row, field: 'source', message: `"${cell('source')}" is not a review source; use one of ${Object.values(ReviewSource).join(', ')}.` });
    const ratingText = cell('rating').trim();
    const rating = /^\d+(\.0+)?$/.test(ratingText) ? Number(ratingText) : NaN;
    if (Number.isNaN(rating)) rowErrors.push({ row, field: 'rating', message: `"${ratingText}" is not a whole number from 1 to 5.` });
    const postedAt = parsePostedAt(cell('postedAt'));
    if (!postedAt) rowErrors.push({ row, field: 'postedAt', message: `"${cell('postedAt')}" is not a date: write it as 2026-11-20 or 2026-11-20T14:30 (India time) or with an offset.` });
    const raw: RawReview = {
      source: source ?? ReviewSource.WEBSITE,
      externalId: cell('externalId'),
      authorName: cell('authorName'),
      rating: Number.isNaN(rating) ? 1 : rating,
      text: cell('text'),
      postedAt: postedAt ?? now,
      orderId: cell('orderId'),
      consentNote: cell('consentNote'),
    };
    // Placeholders stand in for cells already reported, so each problem is reported once.
    const checked = validateReview(raw, now);
    if (!checked.ok) {
      const reported = new Set(rowErrors.map((e) => e.field));
      for (const e of checked.errors) if (!reported.has(e.field)) rowErrors.push({ row, field: e.field, message: e.message });
    }
    const position = (e: RowError) => columns.indexOf(e.field as Column);
    if (rowErrors.length) errors.push(...rowErrors.sort((a, b) => position(a) - position(b)));
    else if (checked.ok) rows.push({ row, review: checked.value });
  }
  return { ok: true, rows, errors, all };
}

export interface CsvRowOutcome {
  row: number;
  outcome: 'CREATE' | 'DUPLICATE' | 'INVALID';
  source: string;
  externalId: string;
  authorName: string;
  rating: string;
  text: string;
  postedAt: string;
  errors: RowError[];
}

/** Every row of the file as written, with what importing it does: its own errors, or whether it is already known. */
export function csvRowOutcomes(all: CsvRow[], errors: RowError[], duplicateRows: ReadonlySet<number>): CsvRowOutcome[] {
  return all.map(({ row, cells }) => {
    const own = errors.filter((e) => e.row === row);
    return {
      row,
      outcome: own.length ? 'INVALID' : duplicateRows.has(row) ? 'DUPLICATE' : 'CREATE',
      source: cells.source ?? '',
      externalId: cells.externalId ?? '',
      authorName: cells.authorName ?? '',
      rating: cells.rating ?? '',
      text: cells.text ?? '',
      postedAt: cells.postedAt ?? '',
      errors: own,
    };
  });
}
