import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  POPULATION_BAND_LABELS,
  PopulationBand,
  REGION_LABELS,
  RMO_AREA_UNIT_LABELS,
  Region,
  RmoAreaUnit,
  STEP_LABELS,
  SUPPORT_TYPE_LABELS,
  Step,
  SupportType,
  enumValues,
  isEnumValue,
  labelOf,
} from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { SelectField, TextField } from '../../components/form-fields';
import { CaseStudiesQuery } from '../../features/engagements/graphql/engagements.operations';
import { usePrefectures } from '../../features/reference/hooks/use-prefectures';
import type { CaseSummaryFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';

/** One published case in a list, marked 架空 when it is demo data. */
export function CaseCard({ item }: { item: CaseSummaryFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="card">
      <ul className="badge-list">
        {item.fictional && (
          <li>
            <span className="badge badge--fictional" title={t('cases.fictionalNote')}>
              {t('cases.fictional')}
            </span>
          </li>
        )}
        {item.supportTypes.map((type) => (
          <li key={type}>
            <span className="badge badge--support-type">{labelOf(SUPPORT_TYPE_LABELS, type, locale)}</span>
          </li>
        ))}
      </ul>
      <h3 className="card__title">
        <Link to={`/cases/${item.id}`}>{item.title}</Link>
      </h3>
      <p className="table-note">
        {item.prefecture.name} {item.municipality.name} ・ {labelOf(POPULATION_BAND_LABELS, item.populationBand, locale)} ・ {labelOf(RMO_AREA_UNIT_LABELS, item.rmoAreaUnit, locale)}
      </p>
      <p>{item.summary}</p>
    </li>
  );
}

const pick = <E extends Record<string, string>>(e: E, value: string | null): E[keyof E] | null => (isEnumValue(e, value) ? value : null);

/** `/cases`: the case library, open to everyone — search by type, step, region, population, RMO area and Japanese words. */
export function CasesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const applied = {
    supportType: pick(SupportType, params.get('type')),
    step: pick(Step, params.get('step')),
    region: pick(Region, params.get('region')),
    prefecture: /^\d{2}$/.test(params.get('prefecture') ?? '') ? params.get('prefecture') : null,
    populationBand: pick(PopulationBand, params.get('population')),
    areaUnit: pick(RmoAreaUnit, params.get('area')),
    text: params.get('q') ?? '',
  };
  const [form, setForm] = useState(applied);
  const prefectures = usePrefectures();
  const search = {
    supportTypes: applied.supportType ? [applied.supportType] : null,
    steps: applied.step ? [applied.step] : null,
    regions: applied.region ? [applied.region] : null,
    prefectureCodes: applied.prefecture ? [applied.prefecture] : null,
    populationBands: applied.populationBand ? [applied.populationBand] : null,
    areaUnits: applied.areaUnit ? [applied.areaUnit] : null,
    text: applied.text.trim() || null,
  };
  const { data, error, refetch } = useQuery(CaseStudiesQuery, { variables: { search }, fetchPolicy: 'cache-and-network' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (form.supportType) next.set('type', form.supportType);
    if (form.step) next.set('step', form.step);
    if (form.region) next.set('region', form.region);
    if (form.prefecture) next.set('prefecture', form.prefecture);
    if (form.populationBand) next.set('population', form.populationBand);
    if (form.areaUnit) next.set('area', form.areaUnit);
    if (form.text.trim()) next.set('q', form.text.trim());
    setParams(next);
  };
  const select = <E extends Record<string, string>>(id: string, label: string, e: E, labels: Readonly<Record<E[keyof E], { ja: string; en: string }>>, key: keyof typeof form) => (
    <SelectField id={id} label={label} value={(form[key] as string | null) ?? ''} onChange={(ev) => setForm({ ...form, [key]: ev.target.value || null })}>
      <option value="">{t('cases.any')}</option>
      {enumValues(e).map((value) => (
        <option key={value} value={value}>
          {labelOf(labels, value as E[keyof E], locale)}
        </option>
      ))}
    </SelectField>
  );
  const edges = data?.caseStudies.edges ?? [];
  return (
    <div className="page">
      <DocumentTitle page={t('cases.title')} />
      <h1>{t('cases.title')}</h1>
      <p>{t('cases.lead')}</p>
      <form className="case-search" role="search" onSubmit={submit}>
        <div className="case-search__text">
          <TextField id="case-text" type="search" label={t('cases.text')} hint={t('cases.textHint')} value={form.text} onChange={(e) => setForm({ ...form, text: e.target.value })} />
        </div>
        {select('case-type', t('cases.supportType'), SupportType, SUPPORT_TYPE_LABELS, 'supportType')}
        {select('case-step', t('cases.step'), Step, STEP_LABELS, 'step')}
        {select('case-region', t('cases.region'), Region, REGION_LABELS, 'region')}
        <SelectField id="case-prefecture" label={t('cases.prefecture')} value={form.prefecture ?? ''} onChange={(ev) => setForm({ ...form, prefecture: ev.target.value || null })}>
          <option value="">{t('cases.any')}</option>
          {prefectures.byRegion.flatMap((group) =>
            group.prefectures.map((p) => (
              <option key={p.code} value={p.code}>
                {prefectures.nameOf(p.code)}
              </option>
            )),
          )}
        </SelectField>
        {select('case-population', t('cases.populationBand'), PopulationBand, POPULATION_BAND_LABELS, 'populationBand')}
        {select('case-area', t('cases.areaUnit'), RmoAreaUnit, RMO_AREA_UNIT_LABELS, 'areaUnit')}
        <div>
          <button type="submit" className="button">
            {t('cases.search')}
          </button>
        </div>
      </form>
      {error ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <StatusMessage>{t('cases.loading')}</StatusMessage>
      ) : (
        <section aria-labelledby="case-results-heading">
          <h2 id="case-results-heading" aria-live="polite">
            {t('cases.count', { count: data.caseStudies.totalCount })}
          </h2>
          {edges.length === 0 ? (
            <p>{t('cases.empty')}</p>
          ) : (
            <ul className="card-list">
              {edges.map(({ node }) => (
                <CaseCard key={node.id} item={node} />
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
