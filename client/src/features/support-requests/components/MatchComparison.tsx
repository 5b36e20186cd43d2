import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AVAILABILITY_LABELS, MATCH_FACTORS, MATCH_FACTOR_LABELS, MATCH_WEIGHTS, labelOf } from '@tsunagu/shared';
import { useLocale } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import type { SupporterMatch } from './MatchCard';
import { useMatchExplanation } from '../match-explanation';
import { MatchFlags } from './MatchFlags';

/** How many candidates fit side by side. */
export const COMPARISON_MAX = 3;

interface MatchComparisonProps {
  matches: readonly SupporterMatch[];
  headingRef?: Ref<HTMLHeadingElement>;
  onRemove: (supporterId: string) => void;
}

/**
 * Chosen candidates side by side: rows are the total, the terms a choice turns on (fees, capacity,
 * free places, availability and when it was last confirmed) and the factors; columns the
 * candidates; cells points and reasons.
 */
export function MatchComparison({ matches, headingRef, onRemove }: MatchComparisonProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const explain = useMatchExplanation();

  return (
    <section className="section-card comparison" aria-labelledby="comparison-heading">
      <h3 id="comparison-heading" ref={headingRef} tabIndex={-1}>
        {t('matches.comparisonHeading', { count: matches.length, max: COMPARISON_MAX })}
      </h3>
      {matches.length < 2 && <p className="field-hint">{t('matches.comparisonHint', { max: COMPARISON_MAX })}</p>}
      {matches.length > 0 && (
        <div className="table-scroll">
          <table className="data-table comparison__table">
            <caption className="visually-hidden">{t('matches.comparisonCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matches.factor')}</th>
                {matches.map((match) => (
                  <th key={match.supporter.id} scope="col">
                    <Link to={`/supporters/${match.supporter.id}`}>{match.supporter.name}</Link>
                    <button
                      type="button"
                      className="button button--tertiary table-note"
                      aria-label={t('matches.removeFromComparisonLabel', { name: match.supporter.name })}
                      onClick={() => onRemove(match.supporter.id)}
                    >
                      {t('matches.removeFromComparison')}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('matches.total')}</th>
                {matches.map((match) => (
                  <td key={match.supporter.id}>
                    <strong>{t('matches.pointsOf', { points: match.score, weight: 100 })}</strong>
                    <MatchFlags flags={match.flags} />
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('matchFacts.feeNotes')}</th>
                {matches.map((match) => (
                  <td key={match.supporter.id} className="comparison__fees">
                    {match.supporter.feeNotes ? <span className="preserve-lines">{match.supporter.feeNotes}</span> : t('matchFacts.noFeeNotes')}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('matchFacts.capacity')}</th>
                {matches.map((match) => (
                  <td key={match.supporter.id}>{t('matchFacts.places', { count: match.supporter.capacity })}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('matchFacts.freePlaces')}</th>
                {matches.map((match) => (
                  <td key={match.supporter.id}>
                    <strong>{t('matchFacts.places', { count: Math.max(0, match.supporter.capacity - match.supporter.currentLoad) })}</strong>
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('matchFacts.availability')}</th>
                {matches.map((match) => (
                  <td key={match.supporter.id}>{labelOf(AVAILABILITY_LABELS, match.supporter.availability, locale)}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('matchFacts.confirmedAt')}</th>
                {matches.map((match) => (
                  <td key={match.supporter.id}>
                    <time dateTime={match.supporter.availabilityConfirmedAt}>{formatDate(match.supporter.availabilityConfirmedAt, locale)}</time>
                  </td>
                ))}
              </tr>
              {MATCH_FACTORS.map((factor) => (
                <tr key={factor}>
                  <th scope="row">
                    {labelOf(MATCH_FACTOR_LABELS, factor, locale)}
                    <span className="table-note">{t('matches.weight', { weight: MATCH_WEIGHTS[factor] })}</span>
                  </th>
                  {matches.map((match) => {
                    const reason = match.reasons.find((candidate) => candidate.factor === factor);
                    return (
                      <td key={match.supporter.id}>
                        {reason ? (
                          <>
                            <strong>{t('matches.pointsOf', { points: reason.points, weight: reason.weight })}</strong>
                            <span className="table-note match__explanation">{explain(reason.explanation)}</span>
                          </>
                        ) : (
                          t('matches.noReason')
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
