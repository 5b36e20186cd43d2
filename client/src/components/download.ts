import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Query parameters of a download: repeated for lists, left out when empty. */
export type DownloadParams = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/** The address of a server download with its parameters. */
export function downloadUrl(path: string, params: DownloadParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, item);
    else search.append(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The file name the server gave (its RFC 5987 `filename*`), else the address's last segment. */
function fileNameOf(response: Response, path: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name falls back to the path's.
    }
  }
  return path.split('/').at(-1) ?? 'download';
}

/**
 * Fetches a server download with the session cookie and saves it under the server's file name.
 * A refusal throws the server's GraphQL-shaped error, which describeError words like any other.
 */
export async function downloadFile(path: string, params: DownloadParams = {}): Promise<void> {
  const response = await fetch(downloadUrl(path, params), { credentials: 'same-origin' });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    if (body && typeof body === 'object' && 'errors' in body && Array.isArray(body.errors)) {
      throw new CombinedGraphQLErrors({ errors: body.errors });
    }
    throw new Error(`Download failed with HTTP ${response.status}`);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response, path);
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob asynchronously after click(); revoke once it has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
