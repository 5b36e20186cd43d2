import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';

/** Fetches a download and hands it to the browser under the server's file name. */
async function download(path: string): Promise<void> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Download failed: HTTP ${response.status}`);
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : 'sufficiency.xlsx';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Excel download of the dashboard's tables and printing (both hidden in print). */
export function DashboardTools({ exportParams }: { exportParams: Record<string, string> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const onExport = async () => {
    setBusy(true);
    setError(null);
    try {
      await download(`/export/sufficiency.xlsx?${new URLSearchParams(exportParams).toString()}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="suff-tools no-print">
      <button type="button" className="button button--secondary button--small" disabled={busy} aria-busy={busy} onClick={() => void onExport()}>
        {busy ? t('sufficiency.exporting') : t('sufficiency.export')}
      </button>
      <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
        {t('sufficiency.print')}
      </button>
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}
