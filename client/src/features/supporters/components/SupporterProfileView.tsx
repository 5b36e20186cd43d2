import { useTranslation } from 'react-i18next';
import {
  FRAMEWORK_LABELS,
  STEP_LABELS,
  SUPPORTER_KIND_LABELS,
  VERIFICATION_STATUS_LABELS,
  VerificationStatus,
  labelOf,
} from '@tsunagu/shared';
import { Fact } from '../../../components/Fact';
import type { SupporterDetailQuery } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { usePrefectures } from '../../reference/hooks/use-prefectures';
import { describeServiceArea } from '../service-area';
import { AvailabilityBadge } from './AvailabilityBadge';
import { SupportTypeBadges } from './SupportTypeBadges';
import { SupporterCases } from '../../engagements/components/SupporterCases';
import { TrackRecordSection } from './TrackRecordSection';
import { VerifiedMark } from './VerifiedMark';
import { formatDate } from '../../../i18n/format';

type SupporterProfile = NonNullable<SupporterDetailQuery['supporter']>;

/** Only http(s) links are rendered as links; anything else is shown as text. */
function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Every public field of a profile, labelled; contact details only for signed-in public-sector staff. */
export function SupporterProfileView({ supporter }: { supporter: SupporterProfile }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const prefectures = usePrefectures();
  const area = describeServiceArea(supporter.serviceArea, prefectures.nameOf, locale);
  const notProvided = <span className="fact__empty">{t('detail.notProvided')}</span>;

  return (
    <article className="profile" aria-labelledby="page-heading">
      <header className="profile__header">
        <p className="profile__kind">
          {labelOf(SUPPORTER_KIND_LABELS, supporter.kind, locale)}
          {supporter.verificationStatus === VerificationStatus.VERIFIED && <VerifiedMark />}
        </p>
        <h1 id="page-heading" className="profile__name">
          {supporter.name}
        </h1>
        <p className="profile__kana" lang="ja">
          {supporter.kana}
        </p>
        <p className="profile__summary">{supporter.summary}</p>
      </header>

      <section className="profile__section" aria-labelledby="about-heading">
        <h2 id="about-heading">{t('detail.description')}</h2>
        {supporter.description ? <p className="profile__description">{supporter.description}</p> : <p>{notProvided}</p>}
      </section>

      <section className="profile__section" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t('detail.factsHeading')}</h2>
        <dl className="facts">
          <Fact label={t('detail.kind')}>{labelOf(SUPPORTER_KIND_LABELS, supporter.kind, locale)}</Fact>
          <Fact label={t('detail.supportTypes')}>
            <SupportTypeBadges supportTypes={supporter.supportTypes} />
          </Fact>
          <Fact label={t('detail.serviceArea')}>
            {area.length > 0 ? (
              <ul className="plain-list">
                {area.map((entry) => (
                  <li key={entry}>{entry}</li>
                ))}
              </ul>
            ) : (
              !supporter.remoteAvailable && notProvided
            )}
            {supporter.remoteAvailable && (
              <p className="fact__note">
                <span className="badge badge--remote">{t('supporter.remote')}</span> {t('detail.remoteYes')}
              </p>
            )}
          </Fact>
          <Fact label={t('detail.availability')}>
            <AvailabilityBadge availability={supporter.availability} confirmedAt={supporter.availabilityConfirmedAt} isStale={supporter.isStale} />
            <span className="fact__note">
              {t('detail.confirmedOn')}:{' '}
              <time dateTime={supporter.availabilityConfirmedAt}>
                {formatDate(supporter.availabilityConfirmedAt, locale)}
              </time>
            </span>
          </Fact>
          <Fact label={t('detail.steps')}>
            {supporter.steps.length > 0 ? (
              <ol className="step-list">
                {supporter.steps.map((step) => (
                  <li key={step}>{labelOf(STEP_LABELS, step, locale)}</li>
                ))}
              </ol>
            ) : (
              notProvided
            )}
          </Fact>
          <Fact label={t('detail.frameworks')}>
            {supporter.frameworks.length > 0 ? (
              <ul className="plain-list">
                {supporter.frameworks.map((framework) => (
                  <li key={framework}>{labelOf(FRAMEWORK_LABELS, framework, locale)}</li>
                ))}
              </ul>
            ) : (
              notProvided
            )}
          </Fact>
          <Fact label={t('detail.fees')}>{supporter.feeNotes ? <span className="preserve-lines">{supporter.feeNotes}</span> : notProvided}</Fact>
          <Fact label={t('detail.capacity')}>
            {t('detail.capacityValue', { capacity: supporter.capacity, load: supporter.currentLoad })}
          </Fact>
          <Fact label={t('detail.yearsActive')}>
            {supporter.yearsActive !== null ? t('detail.yearsValue', { count: supporter.yearsActive }) : notProvided}
          </Fact>
          <Fact label={t('detail.website')}>
            {supporter.website && isWebUrl(supporter.website) ? (
              <a href={supporter.website} target="_blank" rel="noopener noreferrer">
                {supporter.website}
                <span className="visually-hidden">{t('detail.opensInNewTab')}</span>
              </a>
            ) : (
              (supporter.website ?? notProvided)
            )}
          </Fact>
          <Fact label={t('detail.verification')}>
            {labelOf(VERIFICATION_STATUS_LABELS, supporter.verificationStatus, locale)}
          </Fact>
          <Fact label={t('detail.updatedOn')}>
            <time dateTime={supporter.updatedAt}>{formatDate(supporter.updatedAt, locale)}</time>
          </Fact>
        </dl>
      </section>

      <TrackRecordSection places={supporter.trackRecord} />
      <SupporterCases supporterId={supporter.id} />

      <section className="profile__section contact" aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t('detail.contactHeading')}</h2>
        {supporter.contact ? (
          <dl className="facts">
            <Fact label={t('detail.email')}>
              {supporter.contact.email ? <a href={`mailto:${supporter.contact.email}`}>{supporter.contact.email}</a> : notProvided}
            </Fact>
            <Fact label={t('detail.phone')}>
              {supporter.contact.phone ? <a href={`tel:${supporter.contact.phone}`}>{supporter.contact.phone}</a> : notProvided}
            </Fact>
          </dl>
        ) : (
          <p className="contact__signed-out">{t('detail.contactSignedOut')}</p>
        )}
      </section>
    </article>
  );
}
