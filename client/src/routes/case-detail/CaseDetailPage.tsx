import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  CASE_ACTION_LABELS,
  CASE_STATUS_LABELS,
  CaseStatus,
  POPULATION_BAND_LABELS,
  RMO_AREA_UNIT_LABELS,
  STEP_LABELS,
  SUPPORT_TYPE_LABELS,
  labelOf,
} from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Fact } from '../../components/Fact';
import { StatusMessage } from '../../components/StatusMessage';
import { errorCodeOf } from '../../components/describe-error';
import { CaseForm } from '../../features/engagements/components/CaseForm';
import { CaseStudyQuery, MoveCaseStudyMutation, UpdateCaseStudyMutation } from '../../features/engagements/graphql/engagements.operations';
import { useLocale } from '../../i18n';
import { formatDate } from '../../i18n/format';

/** `/cases/:id`: a case as anyone reads it once published; its parties see a draft with the actions the lifecycle allows them. */
export function CaseDetailPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  const { data, error, refetch } = useQuery(CaseStudyQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [move, moving] = useMutation(MoveCaseStudyMutation);
  const [update, updating] = useMutation(UpdateCaseStudyMutation);
  const [editError, setEditError] = useState<unknown>(null);
  const item = data?.caseStudy;

  if (!item) {
    if (error) {
      const notFound = errorCodeOf(error) === 'NOT_FOUND';
      return (
        <div className="page">
          <DocumentTitle page={notFound ? t('cases.notFoundTitle') : t('errors.internal')} />
          {notFound ? (
            <>
              <h1>{t('cases.notFoundTitle')}</h1>
              <p>{t('cases.notFoundBody')}</p>
              <Link to="/cases">{t('cases.backToList')}</Link>
            </>
          ) : (
            <ErrorMessage error={error} onRetry={() => void refetch()} />
          )}
        </div>
      );
    }
    return (
      <div className="page">
        <StatusMessage>{t('cases.loading')}</StatusMessage>
      </div>
    );
  }

  const section = (key: 'summary' | 'process' | 'outcomes' | 'lessons') =>
    item[key] ? (
      <section className="profile__section" aria-labelledby={`case-${key}`}>
        <h2 id={`case-${key}`}>{t(`cases.${key}`)}</h2>
        <p className="preserve-lines">{item[key]}</p>
      </section>
    ) : null;

  return (
    <div className="page">
      <DocumentTitle page={item.title} />
      <p>
        <Link to="/cases">{t('cases.backToList')}</Link>
      </p>
      <header className="request-header">
        <ul className="badge-list">
          {item.fictional && (
            <li>
              <span className="badge badge--fictional" title={t('cases.fictionalNote')}>
                {t('cases.fictional')}
              </span>
            </li>
          )}
          {item.status !== CaseStatus.PUBLISHED && (
            <li>
              <span className="badge">{labelOf(CASE_STATUS_LABELS, item.status, locale)}</span>
            </li>
          )}
          {item.supportTypes.map((type) => (
            <li key={type}>
              <span className="badge badge--support-type">{labelOf(SUPPORT_TYPE_LABELS, type, locale)}</span>
            </li>
          ))}
        </ul>
        <h1 ref={headingRef} tabIndex={-1}>
          {item.title}
        </h1>
        <p className="request-header__meta">
          {item.prefecture.name} {item.municipality.name}
        </p>
      </header>
      <StatusMessage visuallyHidden={!done}>{done}</StatusMessage>
      {item.allowedActions.length > 0 && (
        <div className="form-actions">
          {item.allowedActions.map((action) => (
            <button
              key={action}
              type="button"
              className="button"
              disabled={moving.loading}
              onClick={() => {
                setActionError(null);
                move({ variables: { id: item.id, action } }).then(
                  () => {
                    setDone(t('cases.actionDone'));
                    void refetch();
                    headingRef.current?.focus();
                  },
                  (caught: unknown) => setActionError(caught),
                );
              }}
            >
              {labelOf(CASE_ACTION_LABELS, action, locale)}
            </button>
          ))}
        </div>
      )}
      {actionError !== null && <ErrorMessage error={actionError} />}
      {item.mayEdit && (
        <details className="offer-respond-inline record-engagement">
          <summary>{t('cases.edit')}</summary>
          <CaseForm
            initial={{
              title: item.title,
              summary: item.summary,
              process: item.process,
              outcomes: item.outcomes,
              lessons: item.lessons,
              hideRmoName: item.hideRmoName,
              hidePeople: item.hidePeople,
              populationBand: item.populationBand,
              rmoAreaUnit: item.rmoAreaUnit,
            }}
            submitLabel={t('cases.save')}
            busy={updating.loading}
            error={editError}
            onSubmit={(values) => {
              setEditError(null);
              update({ variables: { id: item.id, input: values } }).then(
                () => {
                  setDone(t('cases.actionDone'));
                  void refetch();
                  headingRef.current?.focus();
                },
                (caught: unknown) => setEditError(caught),
              );
            }}
          />
        </details>
      )}
      <section className="profile__section" aria-labelledby="case-facts">
        <h2 id="case-facts" className="visually-hidden">
          {t('cases.facts')}
        </h2>
        <dl className="facts">
        <Fact label={t('cases.rmo')}>{item.rmoNames.length ? item.rmoNames.join('、') : t('cases.rmoHidden')}</Fact>
        <Fact label={t('cases.supporter')}>
          <Link to={`/supporters/${item.supporter.id}`}>{item.supporter.name}</Link>
        </Fact>
        <Fact label={t('cases.steps')}>{item.steps.map((s) => labelOf(STEP_LABELS, s, locale)).join(' → ')}</Fact>
        <Fact label={t('cases.populationBand')}>{labelOf(POPULATION_BAND_LABELS, item.populationBand, locale)}</Fact>
        <Fact label={t('cases.areaUnit')}>{labelOf(RMO_AREA_UNIT_LABELS, item.rmoAreaUnit, locale)}</Fact>
        {item.draftedBy && <Fact label={t('cases.draftedBy')}>{item.draftedBy}</Fact>}
        {item.publishedAt && (
          <Fact label={t('cases.publishedAt')}>
            <time dateTime={item.publishedAt}>{formatDate(item.publishedAt, locale)}</time>
          </Fact>
        )}
        </dl>
        {item.engagementId && (
          <p>
            <Link to={`/engagements/${item.engagementId}`}>{t('cases.engagement')}</Link>
          </p>
        )}
      </section>
      {section('summary')}
      {section('process')}
      {section('outcomes')}
      {section('lessons')}
    </div>
  );
}
