// CSV writing for the exports: RFC 4180 quoting, and a guard against spreadsheet formula
// injection (CWE-1236).
//
// A spreadsheet runs a cell as a formula when it starts with = + - @ (or a tab or CR it skips).
// It also splits cells itself: one set to a semicolon-delimited locale reads `a;=cmd` as `a`
// and `=cmd`, ignoring this file's quotes, and a line break can start a new row. So every
// part of a cell that follows a , ; tab or line break is a cell start too, and each such part
// that would start a formula gets an apostrophe (shown as text, not run). Plain numbers
// (-5, -0.25) stay as they are.
const SEPARATORS = /([,;\t\r\n])/;
const FORMULA_START = /^ *[=+\-@]/;
const PLAIN_NUMBER = /^ *-?\d+(\.\d+)?$/;

/** The text with every part that could start a formula made inert (a leading apostrophe). */
export function defuseFormulas(s: string): string {
  const parts = s.split(SEPARATORS); // separators kept, at the odd indexes
  for (let i = 0; i < parts.length; i += 2) {
    if (FORMULA_START.test(parts[i]) && !PLAIN_NUMBER.test(parts[i])) parts[i] = `'${parts[i]}`;
  }
  const out = parts.join('');
  return /^[\t\r]/.test(out) ? `'${out}` : out;
}

export function csvCell(value: unknown): string {
  if (value == null) return '';
  const s = defuseFormulas(value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join('|') : String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (values: unknown[]) => `${values.map(csvCell).join(',')}\r\n`;
