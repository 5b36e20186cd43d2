import { NetworkStatus } from '@apollo/client';
import { ExportButtons } from '../../components/page-tools';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LIMITS, ORGANIZATION_KIND_LABELS } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadMore } from '../../components/LoadMore';
import { StatusMessage } from '../../components/StatusMessage';
import { useLoadMore } from '../../components/use-load-more';
import { SelectField, TextField } from '../../components/form-fields';
import { AuditChanges } from '../../features/audit/components/AuditChanges';
import { AuditLogQuery, AuditOrganizationsQuery } from '../../features/audit/graphql/audit.operations';
import type { AuditLogFilter } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { intlLocaleOf } from '../../i18n/format';

/** Entity types the server records (the filter also takes any other by URL). */
const ENTITY_TYPES = ['SupporterProfile', 'SupportRequest', 'Rmo', 'User', 'Organization', 'Invitation', 'SitePage'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface AuditFilterState {
  org: string;
  entity: string;
  /** One entry's target (with `entity`), e.g. a support request: its whole history. */
  id: string;
  from: string;
  to: string;
  /** '1' shows sign-ins and sign-outs, which are folded away by default. */
  sessions: string;
}

const EMPTY_FILTER: AuditFilterState = { org: '', entity: '', id: '', from: '', to: '', sessions: '' };

/** Local midnight of a yyyy-mm-dd date, `days` later, as an instant. */
function startOfDay(date: string, days = 0): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day + days).toISOString();
}

/** The server filter of the URL's: dates are whole local days, `to` included. */
function toAuditFilter(state: AuditFilterState): AuditLogFilter {
  return {
    organizationId: UUID.test(state.org) ? state.org : null,
    entityType: state.entity || null,
    entityId: state.entity && state.id ? state.id : null,
    hideSessionEvents: state.sessions !== '1',
    from: DATE.test(state.from) ? startOfDay(state.from) : null,
    to: DATE.test(state.to) ? startOfDay(state.to, 1) : null,
  };
}

/** `/admin/audit`: who changed what and when, with before and after (operators only). */
export function AuditLogPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const applied: AuditFilterState = {
    org: searchParams.get('org') ?? '',
    entity: searchParams.get('entity') ?? '',
    id: searchParams.get('id') ?? '',
    from: searchParams.get('from') ?? '',
    to: searchParams.get('to') ?? '',
    sessions: searchParams.get('sessions') ?? '',
  };
  const appliedKey = searchParams.toString();
  const [draft, setDraft] = useState<AuditFilterState>(applied);
  const [draftOfKey, setDraftOfKey] = useState(appliedKey);

  // The URL changed from outside (Back, a row's organization link): show its filter in the form.
  if (draftOfKey !== appliedKey) {
    setDraftOfKey(appliedKey);
    setDraft(applied);
  }

  const { data, previousData, networkStatus, error, fetchMore, refetch } = useQuery(AuditLogQuery, {
    variables: { filter: toAuditFilter(applied), first: LIMITS.pageSizeDefault },
    notifyOnNetworkStatusChange: true,
  });
  const organizations = useQuery(AuditOrganizationsQuery);
  const organizationOptions = organizations.data?.organizations ?? [];
  const connection = (data ?? previousData)?.auditLog;
  const edges = connection?.edges ?? [];
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const timeFormat = new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'medium', timeStyle: 'medium' });
  const actions: Record<string, string> = t('audit.actions', { returnObjects: true });
  const entityTypes: Record<string, string> = t('audit.entityTypes', { returnObjects: true });

  const apply = (state: AuditFilterState) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(state)) if (value.trim()) params.set(key, value.trim());
    setSearchParams(params);
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };

  const paging = useLoadMore<HTMLTableRowElement>(edges.length, data?.auditLog.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));

  return (
    <div className="page">
      <DocumentTitle page={t('audit.title')} />
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.lead')}</p>
      <ExportButtons name="audit-log" params={{ ...toAuditFilter(applied) }} label={t('audit.exportLabel')} />

      <form className="filter-bar" role="search" aria-label={t('audit.filterLabel')} onSubmit={handleSubmit} noValidate>
        <SelectField
          id="audit-org"
          label={t('audit.organization')}
          hint={t('audit.organizationHint')}
          value={draft.org}
          error={organizations.error ? t('audit.organizationsLoadFailed') : undefined}
          onChange={(event) => setDraft({ ...draft, org: event.target.value })}
        >
          <option value="">{t('audit.allOrganizations')}</option>
          {organizationOptions.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {t('audit.organizationOption', { name: organization.name, kind: ORGANIZATION_KIND_LABELS[organization.kind][locale] })}
            </option>
          ))}
          {draft.org && !organizationOptions.some((organization) => organization.id === draft.org) && <option value={draft.org}>{draft.org}</option>}
        </SelectField>
        <SelectField id="audit-entity" label={t('audit.entityType')} value={draft.entity} onChange={(event) => setDraft({ ...draft, entity: event.target.value })}>
          <option value="">{t('audit.allEntityTypes')}</option>
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {entityTypes[type] ?? type}
            </option>
          ))}
          {draft.entity && !(ENTITY_TYPES as readonly string[]).includes(draft.entity) && <option value={draft.entity}>{draft.entity}</option>}
        </SelectField>
        <TextField id="audit-from" label={t('audit.from')} type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
        <TextField id="audit-to" label={t('audit.to')} type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
        <label className="checkbox filter-bar__checkbox">
          <input
            id="audit-sessions"
            type="checkbox"
            checked={draft.sessions === '1'}
            onChange={(event) => setDraft({ ...draft, sessions: event.target.checked ? '1' : '' })}
          />
          <span>{t('audit.showSessions')}</span>
        </label>
        <div className="filter-bar__actions">
          <button type="submit" className="button button--primary">
            {t('audit.apply')}
          </button>
          {appliedKey && (
            <button type="button" className="button button--tertiary" onClick={() => apply(EMPTY_FILTER)}>
              {t('search.clearFilters')}
            </button>
          )}
        </div>
      </form>

      <section aria-labelledby="audit-results-heading" aria-busy={networkStatus !== NetworkStatus.ready}>
        <h2 id="audit-results-heading" className="visually-hidden">
          {t('audit.resultsHeading')}
        </h2>
        <StatusMessage>{error ? '' : connection ? t('audit.shown', { count: edges.length }) : t('audit.loading')}</StatusMessage>
        {error ? (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        ) : connection && edges.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">{t('audit.empty')}</p>
          </div>
        ) : (
          <div className="table-scroll">
            <table className="data-table audit-table">
              <caption className="visually-hidden">{t('audit.resultsHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.occurredAt')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.entity')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {edges.map(({ node }, index) => (
                  <tr key={node.id} ref={paging.refAt(index)} tabIndex={paging.isFirstNew(index) ? -1 : undefined}>
                    <td className="nowrap">
                      <time dateTime={node.occurredAt}>{timeFormat.format(new Date(node.occurredAt))}</time>
                    </td>
                    <th scope="row">{actions[node.action] ?? node.action}</th>
                    <td className="break-anywhere">
                      {node.targetName ? <span className="audit-target">{node.targetName}</span> : null}
                      <span className="table-note">{entityTypes[node.entityType] ?? node.entityType}</span>
                      {node.entityId && !node.targetName && <span className="table-note code">{node.entityId}</span>}
                      {node.entityId && !(applied.entity === node.entityType && applied.id === node.entityId) && (
                        <button
                          type="button"
                          className="button button--tertiary table-note"
                          onClick={() => apply({ ...applied, entity: node.entityType, id: node.entityId ?? '' })}
                        >
                          {t('audit.filterByTarget')}
                          <span className="visually-hidden">: {node.targetName ?? node.entityId}</span>
                        </button>
                      )}
                    </td>
                    <td className="break-anywhere">
                      {node.actorEmail ?? t('audit.noActor')}
                      {node.actorOrganization && <span className="table-note">{node.actorOrganization.name}</span>}
                      {node.actorOrganizationId && (
                        <button
                          type="button"
                          className="button button--tertiary table-note"
                          onClick={() => apply({ ...applied, org: node.actorOrganizationId ?? '' })}
                        >
                          {t('audit.filterByOrganization')}
                          <span className="visually-hidden">: {node.actorOrganization?.name ?? node.actorOrganizationId}</span>
                        </button>
                      )}
                    </td>
                    <td>
                      <AuditChanges before={node.before} after={node.after} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {!error && (
          <LoadMore
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            isLoading={isLoadingMore}
            onLoadMore={paging.loadMore}
          />
        )}
      </section>
    </div>
  );
}
