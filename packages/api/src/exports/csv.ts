// CSV writing for the exports: RFC 4180 quoting, and a guard against spreadsheet formula
// injection (a cell starting with = + - @ is prefixed with an apostrophe).
export function csvCell(value: unknown): string {
  if (value == null) return '';
  let s = value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join('|') : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (values: unknown[]) => `${values.map(csvCell).join(',')}\r\n`;
