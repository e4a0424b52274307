// Export downloads the API's streamed CSV of a list (GET /exports/<kind>.csv?filter=<json>) with
// the list's current filter. react-admin's own ExportButton asks getList for 1,000 rows, which the
// API refuses (a page is at most 500), and would hold them all in the browser; the server reads
// every row in batches with the list's own filters and access rules.
import { i18nProvider } from '../i18n';
import { getToken } from '../session';

/** The export of each resource's list (the API's exports/specs.ts). */
const EXPORT_KIND: Record<string, string> = {
  Order: 'orders',
  Customer: 'customers',
  CallTask: 'call-tasks',
  Escalation: 'escalations',
  SupportCase: 'support-cases',
  Vendor: 'vendors', // the scorecard list, as the panel lists vendors
  Review: 'reviews',
  User: 'users',
  ApiKey: 'api-keys',
  Feedback: 'feedback',
  Alert: 'alerts',
  MoneyRequest: 'money-requests',
};

export const exportKindOf = (resource: string): string | undefined => (Object.hasOwn(EXPORT_KIND, resource) ? EXPORT_KIND[resource] : undefined);

/** The file name a Content-Disposition header gives (filename*= first, then filename=). */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain filename
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1]?.trim() ?? null;
}

/** The API's own refusal (`{ errors: [{ message }] }`), else the status. */
async function refusalOf(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
  const message = body?.errors?.[0]?.message;
  // Outside React: the words come from the i18nProvider itself.
  if (message) return i18nProvider.translate('cx.export.refused', { message });
  return res.status === 401 ? i18nProvider.translate('cx.export.session_ended') : i18nProvider.translate('cx.export.http_failed', { status: res.status });
}

/**
 * Fetches the CSV with the bearer token (a plain link cannot carry the Authorization header),
 * then saves it through a temporary object-URL link under the server's file name. Returns that
 * name; throws with a readable message when the server refuses.
 */
export async function downloadServerCsv(kind: string, filter: Record<string, unknown>): Promise<string> {
  return fetchCsv(kind, Object.keys(filter).length ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : '');
}

/**
 * An export that is not a list's (case-analytics): the API reads the query's own arguments from
 * the query string (`?from=…&to=…&groupBy=TEAM`) and checks them as the query does.
 */
export async function downloadServerCsvOf(kind: string, args: Record<string, string>): Promise<string> {
  return fetchCsv(kind, `?${new URLSearchParams(args).toString()}`);
}

async function fetchCsv(kind: string, query: string): Promise<string> {
  const token = getToken();
  const res = await fetch(`/exports/${kind}.csv${query}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(await refusalOf(res));
  const blob = await res.blob();
  const name = fileNameOf(res.headers.get('content-disposition')) ?? `${kind}.csv`;
  saveBlob(name, blob);
  return name;
}

/** Saves a blob as a download named `name`, through a temporary object-URL link. */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has handed the blob to the browser's download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
