import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  IMPORT_LIMITS,
  ImportFileReason,
  ImportCellReason,
  ImportNoticeReason,
  ImportRowStatus,
  IMPORT_FIELDS,
  ImportKind,
  OPTIMIZATION_STATE_LABELS,
  OptimizationState,
  REQUIRED_IMPORT_FIELDS,
  RMO_ACTIVITY_LABELS,
  RMO_CHALLENGE_LABELS,
  RMO_LEGAL_FORM_LABELS,
  RmoActivity,
  RmoChallenge,
  RmoLegalForm,
  IMPORT_FIELD_LABELS,
  ImportField,
  SUPPORTER_KIND_LABELS,
  SUPPORT_TYPE_LABELS,
  SupportType,
  SupporterKind,
  isEnumValue,
  labelOf,
  type Locale,
} from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { graphQLErrorsOf, paramsOf } from '../../components/describe-error';
import { uploadFile } from '../../components/page-tools';
import { CommitImportMutation, ImportBatchQuery, ImportPreviewQuery } from '../../features/imports/graphql/imports.operations';
import type { ImportBatchQuery as ImportBatchData, ImportPreviewQuery as ImportPreviewData } from '../../gql/graphql';
import { useLocale } from '../../i18n';

type PreviewRow = ImportPreviewData['importPreview']['rows'][number];

/** Where each kind of file is uploaded, and where its records are found afterwards. */
const UPLOAD_PATHS: Readonly<Record<ImportKind, string>> = { SUPPORTER_ROSTER: '/import/supporter-roster', RMO_LIST: '/import/rmo-list' };
const RESULT_PATHS: Readonly<Record<ImportKind, string>> = { SUPPORTER_ROSTER: '/', RMO_LIST: '/rmos' };

/** The label of a code a notice names, whichever list it comes from. */
function valueLabel(reason: ImportNoticeReason, value: string, locale: Locale): string {
  switch (reason) {
    case ImportNoticeReason.SUPPORT_TYPE_GUESSED:
      return isEnumValue(SupportType, value) ? labelOf(SUPPORT_TYPE_LABELS, value, locale) : value;
    case ImportNoticeReason.KIND_GUESSED:
    case ImportNoticeReason.KIND_DEFAULTED:
      return isEnumValue(SupporterKind, value) ? labelOf(SUPPORTER_KIND_LABELS, value, locale) : value;
    case ImportNoticeReason.ACTIVITY_GUESSED:
      return isEnumValue(RmoActivity, value) ? labelOf(RMO_ACTIVITY_LABELS, value, locale) : value;
    case ImportNoticeReason.CHALLENGE_GUESSED:
      return isEnumValue(RmoChallenge, value) ? labelOf(RMO_CHALLENGE_LABELS, value, locale) : value;
    case ImportNoticeReason.KEPT_AS_OTHER:
      return isEnumValue(RmoActivity, value) ? labelOf(RMO_ACTIVITY_LABELS, value, locale) : value;
    case ImportNoticeReason.LEGAL_FORM_GUESSED:
    case ImportNoticeReason.LEGAL_FORM_DEFAULTED:
      return isEnumValue(RmoLegalForm, value) ? labelOf(RMO_LEGAL_FORM_LABELS, value, locale) : value;
    case ImportNoticeReason.OPTIMIZATION_STATE_DEFAULTED:
      return isEnumValue(OptimizationState, value) ? labelOf(OPTIMIZATION_STATE_LABELS, value, locale) : value;
  }
}

/** A refused upload or mapping in words: the file reasons are the import page's own, the rest as anywhere. */
function ImportError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const extensions = graphQLErrorsOf(error)[0]?.extensions;
  const reason = extensions?.reason;
  if (!isEnumValue(ImportFileReason, reason)) return <ErrorMessage error={error} />;
  return (
    <div className="error-message" role="alert">
      <p>{t(`imports.fileReasons.${reason}`, paramsOf(extensions?.params))}</p>
    </div>
  );
}

/**
 * A prefecture's supporter roster (`/verification?import=roster`) or a municipality's RMO list
 * (`/rmos?import=list`): an xlsx or CSV file → mapping → preview with per-cell errors → one transaction.
 * Shown inside those pages (no route of its own, so the first load carries nothing of it).
 */
export default function ImportPage({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [batchId, setBatchId] = useState<string | null>(null);
  const [columns, setColumns] = useState<(ImportField | null)[]>([]);
  const [importDuplicates, setImportDuplicates] = useState<number[]>([]);
  const [mappingProblem, setMappingProblem] = useState<string | null>(null);
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const client = useApolloClient();
  const [info, setInfo] = useState<ImportBatchData['importBatch'] | null>(null);
  const [preview, setPreview] = useState<{ data?: ImportPreviewData['importPreview']; error?: unknown; loading: boolean }>({ loading: false });
  const [commit, committed] = useMutation(CommitImportMutation);

  const upload = async (sheet: string | null, event?: FormEvent) => {
    event?.preventDefault();
    if (!file) {
      setUploadError(null);
      setMappingProblem(t('imports.chooseFile'));
      return;
    }
    setMappingProblem(null);
    setUploading(true);
    setUploadError(null);
    try {
      const { id } = await uploadFile(UPLOAD_PATHS[kind], file, sheet ? { sheet } : {});
      const { data } = await client.query({ query: ImportBatchQuery, variables: { id }, fetchPolicy: 'network-only' });
      if (!data) return;
      setBatchId(id);
      setInfo(data.importBatch);
      setColumns(data.importBatch.suggestedColumns.map((field) => (field && isEnumValue(ImportField, field) ? field : null)));
      setImportDuplicates([]);
    } catch (error) {
      setUploadError(error);
    } finally {
      setUploading(false);
    }
  };

  const check = async () => {
    if (!batchId) return;
    const missing = REQUIRED_IMPORT_FIELDS[kind].filter((field) => !columns.includes(field));
    if (missing.length > 0) {
      setMappingProblem(t('imports.mappingMissing', { fields: missing.map((field) => labelOf(IMPORT_FIELD_LABELS, field, locale)).join(t('imports.listSeparator')) }));
      return;
    }
    setMappingProblem(null);
    setPreview({ loading: true });
    try {
      const { data } = await client.query({ query: ImportPreviewQuery, variables: { batchId, columns }, fetchPolicy: 'network-only' });
      setPreview({ loading: false, data: data?.importPreview });
    } catch (error) {
      setPreview({ loading: false, error });
      return;
    }
    previewHeadingRef.current?.focus();
  };

  const doCommit = async () => {
    if (!batchId) return;
    await commit({ variables: { input: { batchId, columns, importDuplicateRows: importDuplicates } } }).catch(() => undefined);
    resultRef.current?.focus();
  };

  const headerOf = (column: number) => (column >= 0 ? info?.headers[column] || t('imports.columnN', { n: column + 1 }) : '');
  const cellMessage = (reason: string, params: unknown) => {
    const p = paramsOf(params);
    return isEnumValue(ImportCellReason, reason) ? t(`imports.cellReasons.${reason}`, p) : t('errors.badUserInput');
  };
  const noticeMessage = (reason: string, text: string, value: string) =>
    isEnumValue(ImportNoticeReason, reason) ? t(`imports.noticeReasons.${reason}`, { text, value: valueLabel(reason, value, locale) }) : '';
  const result = committed.data?.commitImport;
  const previewData = preview.data;
  const toImport = previewData ? previewData.validCount + importDuplicates.length : 0;

  return (
    <div className="page import-page">
      <DocumentTitle page={t(`imports.kinds.${kind}.title`)} />
      <h1>{t(`imports.kinds.${kind}.title`)}</h1>
      <p className="lead">{t(`imports.kinds.${kind}.lead`, { rows: IMPORT_LIMITS.maxRows.toLocaleString(), megabytes: IMPORT_LIMITS.maxBytes / 1024 / 1024 })}</p>

      <section className="profile__section" aria-labelledby="import-file-heading">
        <h2 id="import-file-heading">{t('imports.fileHeading')}</h2>
        <form className="form-card" noValidate onSubmit={(event) => void upload(null, event)}>
          <div className="field">
            <label htmlFor={fileId} className="field__label">
              {t(`imports.kinds.${kind}.fileLabel`)}
            </label>
            <p id={`${fileId}-hint`} className="field__hint">
              {t('imports.fileHint')}
            </p>
            <input
              id={fileId}
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`${fileId}-hint`}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={uploading} aria-busy={uploading}>
              {t('imports.upload')}
            </button>
          </div>
        </form>
        {uploadError !== null && <ImportError error={uploadError} />}
      </section>

      {info && (
        <section className="profile__section" aria-labelledby="import-mapping-heading">
          <h2 id="import-mapping-heading">{t('imports.mappingHeading')}</h2>
          <p>
            {t('imports.fileSummary', {
              name: info.fileName,
              rows: info.rowCount,
              format: info.format === 'xlsx' ? 'Excel（xlsx）' : `CSV（${info.encoding === 'shift_jis' ? 'Shift_JIS' : 'UTF-8'}）`,
            })}
          </p>
          {info.sheetNames.length > 1 && (
            <div className="field">
              <label htmlFor="import-sheet" className="field__label">
                {t('imports.sheet')}
              </label>
              <select id="import-sheet" value={info.sheet ?? ''} onChange={(event) => void upload(event.target.value)}>
                {info.sheetNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <p>{t('imports.mappingLead')}</p>
          <div className="table-scroll">
            <table className="data-table import-mapping">
              <caption className="visually-hidden">{t('imports.mappingCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('imports.column')}</th>
                  <th scope="col">{t('imports.sample')}</th>
                  <th scope="col">{t('imports.field')}</th>
                </tr>
              </thead>
              <tbody>
                {info.headers.map((header, column) => (
                  <tr key={column}>
                    <th scope="row">{header || t('imports.columnN', { n: column + 1 })}</th>
                    <td className="import-mapping__sample">{info.sampleRows.slice(0, 2).map((row) => row[column]).filter(Boolean).join(' / ')}</td>
                    <td>
                      <select
                        aria-label={t('imports.fieldFor', { column: header || t('imports.columnN', { n: column + 1 }) })}
                        value={columns[column] ?? ''}
                        onChange={(event) => {
                          const value = event.target.value;
                          setColumns((current) => {
                            const next = Array.from({ length: info.headers.length }, (_, i) => current[i] ?? null);
                            // One column per field: choosing a field elsewhere frees it here.
                            if (isEnumValue(ImportField, value)) for (let i = 0; i < next.length; i++) if (next[i] === value) next[i] = null;
                            next[column] = isEnumValue(ImportField, value) ? value : null;
                            return next;
                          });
                        }}
                      >
                        <option value="">{t('imports.notImported')}</option>
                        {IMPORT_FIELDS[kind].map((field) => (
                          <option key={field} value={field}>
                            {labelOf(IMPORT_FIELD_LABELS, field, locale)}
                            {REQUIRED_IMPORT_FIELDS[kind].includes(field) ? t('imports.requiredSuffix') : ''}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {mappingProblem && (
            <p className="field-error" role="alert">
              {mappingProblem}
            </p>
          )}
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={() => void check()} disabled={preview.loading} aria-busy={preview.loading}>
              {t('imports.check')}
            </button>
          </div>
          {preview.error !== undefined && <ImportError error={preview.error} />}
        </section>
      )}
      {!info && mappingProblem && (
        <p className="field-error" role="alert">
          {mappingProblem}
        </p>
      )}

      {previewData && info && (
        <section className="profile__section" aria-labelledby="import-preview-heading">
          <h2 id="import-preview-heading" ref={previewHeadingRef} tabIndex={-1}>
            {t('imports.previewHeading')}
          </h2>
          <ul className="import-counts">
            <li>{t('imports.counts.total', { count: previewData.totalCount })}</li>
            <li>{t('imports.counts.valid', { count: previewData.validCount })}</li>
            <li>{t('imports.counts.invalid', { count: previewData.invalidCount })}</li>
            <li>{t('imports.counts.duplicate', { count: previewData.duplicateCount })}</li>
          </ul>
          {previewData.rows.length > 0 && (
            <div className="table-scroll">
              <table className="data-table import-preview">
                <caption>{t('imports.previewCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('imports.row')}</th>
                    <th scope="col">{t('imports.name')}</th>
                    <th scope="col">{t('imports.status')}</th>
                    <th scope="col">{t('imports.details')}</th>
                  </tr>
                </thead>
                <tbody>
                  {previewData.rows.map((row: PreviewRow) => (
                    <tr key={row.rowNumber} className={`import-preview__row import-preview__row--${row.status.toLowerCase()}`}>
                      <th scope="row">{t('imports.rowN', { n: row.rowNumber })}</th>
                      <td>{row.name}</td>
                      <td>{t(`imports.rowStatus.${row.status}`)}</td>
                      <td>
                        <ul className="import-preview__details">
                          {row.problems.map((problem, i) => (
                            <li key={`p${i}`} className="import-preview__problem">
                              <strong>{headerOf(problem.column) || labelOf(IMPORT_FIELD_LABELS, problem.field, locale)}</strong>: {cellMessage(problem.reason, problem.params)}
                            </li>
                          ))}
                          {row.notices.map((notice, i) => (
                            <li key={`n${i}`} className="import-preview__notice">
                              <strong>{headerOf(notice.column) || labelOf(IMPORT_FIELD_LABELS, notice.field, locale)}</strong>: {noticeMessage(notice.reason, notice.text, notice.value)}
                            </li>
                          ))}
                          {row.status === ImportRowStatus.DUPLICATE && (
                            <li>
                              {t('imports.duplicateOf')}{' '}
                              {row.duplicateOfId && <Link to={kind === ImportKind.RMO_LIST ? `/rmos/${row.duplicateOfId}/edit` : `/supporters/${row.duplicateOfId}`}>{row.duplicateOfName}</Link>}
                              <label className="checkbox import-preview__choice">
                                <input
                                  type="checkbox"
                                  checked={importDuplicates.includes(row.rowNumber)}
                                  onChange={(event) =>
                                    setImportDuplicates((rows) => (event.target.checked ? [...rows, row.rowNumber] : rows.filter((n) => n !== row.rowNumber)))
                                  }
                                />{' '}
                                {t('imports.importAnyway', { n: row.rowNumber })}
                              </label>
                            </li>
                          )}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p>{t(`imports.kinds.${kind}.commitLead`)}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={toImport === 0 || committed.loading || Boolean(result) || Boolean(info.committedAt)}
              aria-busy={committed.loading}
              onClick={() => void doCommit()}
            >
              {t('imports.commit', { count: toImport })}
            </button>
          </div>
          {committed.loading && <StatusMessage>{t('imports.committing', { count: toImport })}</StatusMessage>}
          {committed.error && <ImportError error={committed.error} />}
          <div ref={resultRef} tabIndex={-1}>
            {result && (
              <div className="notice notice--success" role="status">
                <p>{t(`imports.kinds.${kind}.done`, { created: result.created, invited: result.invitationsSent, skipped: result.skippedInvalid + result.skippedDuplicates })}</p>
                <p>
                  <Link to={RESULT_PATHS[kind]}>{t(`imports.kinds.${kind}.next`)}</Link>
                </p>
              </div>
            )}
          </div>
        </section>
      )}
    </div>
  );
}

