import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';
import { seirekiDate, warekiDate } from '@tsunagu/shared';

/**
 * The tools a page offers on its content: Excel and CSV downloads, uploads of files to import, and
 * printing. One module, so the pages that use them load one small chunk.
 */

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

/** The server's GraphQL-shaped refusal as the error describeError words; else a plain error. */
function errorOfBody(body: unknown, status: number): Error {
  if (body && typeof body === 'object' && 'errors' in body && Array.isArray(body.errors)) return new CombinedGraphQLErrors({ errors: body.errors });
  return new Error(`HTTP ${status}`);
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
  if (!response.ok) throw errorOfBody(await response.json().catch(() => null), response.status);
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

/**
 * Uploads a file as the request body (its name URL-encoded in X-Upload-File-Name) and returns the
 * server's JSON; a refusal throws the server's GraphQL-shaped error, like downloadFile.
 */
export async function uploadFile(path: string, file: File, params: DownloadParams = {}): Promise<{ id: string }> {
  const response = await fetch(downloadUrl(path, params), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream', 'x-upload-file-name': encodeURIComponent(file.name) },
    body: file,
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorOfBody(body, response.status);
  if (!body || typeof body !== 'object' || !('id' in body) || typeof body.id !== 'string') throw new Error('Unexpected upload answer');
  return { id: body.id };
}

interface ExportButtonsProps {
  /** The export's name on the server: /export/<name>.xlsx|csv. */
  name: string;
  params?: DownloadParams;
  /** What is downloaded, e.g. 「検索結果」. */
  label: string;
}

type Format = 'xlsx' | 'csv' | 'csv-sjis';

/** Excel and CSV (UTF-8 or Shift_JIS) downloads of what the page shows; hidden in print. */
export function ExportButtons({ name, params = {}, label }: ExportButtonsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<unknown>(null);
  const labelId = useId();
  const download = async (format: Format) => {
    setBusy(format);
    setError(null);
    try {
      await downloadFile(`/export/${name}.${format === 'xlsx' ? 'xlsx' : 'csv'}`, { ...params, encoding: format === 'csv-sjis' ? 'shift_jis' : null });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons no-print">
      <div role="group" aria-labelledby={labelId} className="export-buttons__group">
        <span id={labelId} className="export-buttons__label">
          {t('exports.download', { what: label })}
        </span>
        {(['xlsx', 'csv', 'csv-sjis'] as const).map((format) => (
          <button key={format} type="button" className="button button--secondary button--small" disabled={busy !== null} aria-busy={busy === format} onClick={() => void download(format)}>
            {t(`exports.formats.${format}`)}
          </button>
        ))}
      </div>
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}

/**
 * Prints the page on A4 (print styles in global.css hide the navigation and buttons); the button is
 * never printed, the date of printing is (西暦 and 和暦, as a 決裁 attachment is dated).
 */
export function PrintButton() {
  const { t } = useTranslation();
  const now = new Date();
  return (
    <>
      <div className="page-tools no-print">
        <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
          {t('print.button')}
        </button>
        <span className="page-tools__hint">{t('print.hint')}</span>
      </div>
      <p className="print-only print-date">{t('print.printedAt', { date: `${seirekiDate(now)}（${warekiDate(now)}）` })}</p>
    </>
  );
}
