import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SUPPORTER_KIND_LABELS, VerificationStatus, labelOf } from '@tsunagu/shared';
import type { SupporterCardFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { describeServiceArea, type PrefectureNameOf } from '../service-area';
import { AvailabilityBadge } from './AvailabilityBadge';
import { SupportTypeBadges } from './SupportTypeBadges';
import { VerifiedMark } from './VerifiedMark';

// More places than this are summarised as 「ほか N地域」 to keep cards scannable.
const AREA_ENTRIES_ON_CARD = 3;

/** Where the detail page's 「検索結果に戻る」 link should lead. */
export interface DetailLinkState {
  searchUrl: string;
}

interface SupporterCardProps {
  supporter: SupporterCardFieldsFragment;
  prefectureNameOf: PrefectureNameOf;
  searchUrl: string;
  /** The prefecture being searched, listed first in the area text. */
  searchedPrefectureCode: string | null;
  /** How near it is to the searched area (「村上市を対応地域に含む」), and whether that is in the area itself. */
  locality?: { text: string; serves: boolean } | null;
  nameLinkRef?: Ref<HTMLAnchorElement>;
}

export function SupporterCard({ supporter, prefectureNameOf, searchUrl, searchedPrefectureCode, locality, nameLinkRef }: SupporterCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const area = describeServiceArea(supporter.serviceArea, prefectureNameOf, locale, searchedPrefectureCode);
  const hiddenAreaCount = area.length - AREA_ENTRIES_ON_CARD;
  const areaText = [
    area.slice(0, AREA_ENTRIES_ON_CARD).join(locale === 'ja' ? '、' : '; '),
    hiddenAreaCount > 0 ? t('supporter.areaMore', { count: hiddenAreaCount }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const linkState: DetailLinkState = { searchUrl };

  return (
    <article className="supporter-card" aria-labelledby={`supporter-${supporter.id}`}>
      {locality && <p className={`supporter-card__locality${locality.serves ? ' supporter-card__locality--serves' : ''}`}>{locality.text}</p>}
      <div className="supporter-card__header">
        <h3 className="supporter-card__name" id={`supporter-${supporter.id}`}>
          <Link to={`/supporters/${supporter.id}`} state={linkState} ref={nameLinkRef}>
            {supporter.name}
          </Link>
        </h3>
        <p className="supporter-card__kind">
          {labelOf(SUPPORTER_KIND_LABELS, supporter.kind, locale)}
          {supporter.verificationStatus === VerificationStatus.VERIFIED && <VerifiedMark />}
        </p>
      </div>
      <p className="supporter-card__summary">{supporter.summary}</p>
      <SupportTypeBadges supportTypes={supporter.supportTypes} />
      <dl className="supporter-card__facts">
        <div>
          <dt>{t('supporter.areaLabel')}</dt>
          <dd className="supporter-card__area">
            {areaText || (!supporter.serviceArea.remoteAvailable && t('supporter.areaNone'))}
            {supporter.serviceArea.remoteAvailable && <span className="badge badge--remote">{t('supporter.remote')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('supporter.availabilityLabel')}</dt>
          <dd>
            <AvailabilityBadge availability={supporter.availability} confirmedAt={supporter.availabilityConfirmedAt} isStale={supporter.isStale} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
