import { useTranslation } from 'react-i18next';
import type { SupporterDetailQuery } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/use-viewer';

type TrackRecordPlace = NonNullable<SupporterDetailQuery['supporter']>['trackRecord'][number];

/**
 * 「紹介・協働の実績」: how many introductions and engagements a supporter has had, by place. The server
 * decides how fine the places are (per municipality when signed in, per prefecture otherwise) and
 * never says which request, RMO or date.
 */
export function TrackRecordSection({ places }: { places: readonly TrackRecordPlace[] }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const placeName = (place: TrackRecordPlace) =>
    place.municipality ? `${place.prefecture.name} ${place.municipality.name}` : viewer ? t('trackRecord.prefectureWide', { prefecture: place.prefecture.name }) : place.prefecture.name;
  return (
    <section className="profile__section" aria-labelledby="track-record-heading">
      <h2 id="track-record-heading">{t('trackRecord.heading')}</h2>
      <p className="field-hint">{viewer ? t('trackRecord.lead') : t('trackRecord.leadPublic')}</p>
      {places.length === 0 ? (
        <p>{t('trackRecord.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table data-table--compact track-record">
            <caption className="visually-hidden">{t('trackRecord.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trackRecord.place')}</th>
                <th scope="col">{t('trackRecord.introductions')}</th>
                <th scope="col">{t('trackRecord.engagements')}</th>
                {viewer && <th scope="col">{t('trackRecord.latestYear')}</th>}
              </tr>
            </thead>
            <tbody>
              {places.map((place) => (
                <tr key={`${place.prefecture.name}-${place.municipality?.name ?? ''}`}>
                  <th scope="row">{placeName(place)}</th>
                  <td>{place.introductions}</td>
                  <td>{place.engagements}</td>
                  {viewer && <td>{place.latestYear ? t('trackRecord.year', { year: place.latestYear }) : '—'}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
