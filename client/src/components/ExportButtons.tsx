import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';
import { downloadFile, type DownloadParams } from './download';

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
