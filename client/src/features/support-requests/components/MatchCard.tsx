import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MATCH_FACTOR_LABELS, labelOf } from '@tsunagu/shared';
import type { MatchesForRequestQuery } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { useMatchExplanation } from '../match-explanation';
import { MatchFlags } from './MatchFlags';

export type SupporterMatch = MatchesForRequestQuery['matchesForRequest'][number];

interface MatchCardProps {
  match: SupporterMatch;
  rank: number;
  compared: boolean;
  /** Set when adding this match to the comparison was refused (three are already chosen). */
  compareRefused: string | null;
  onCompareChange: (compared: boolean) => void;
}

/** One ranked supporter: the score out of 100 and, factor by factor, how it was earned and why. */
export function MatchCard({ match, rank, compared, compareRefused, onCompareChange }: MatchCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const explain = useMatchExplanation();
  const { supporter } = match;
  const headingId = `match-${supporter.id}`;

  return (
    <article className="match" aria-labelledby={headingId}>
      <header className="match__header">
        <div>
          <p className="match__rank">{t('matches.rank', { rank })}</p>
          <h3 id={headingId} className="match__name">
            <Link to={`/supporters/${supporter.id}`}>{supporter.name}</Link>
          </h3>
          <MatchFlags flags={match.flags} />
        </div>
        <p className="match__score">
          <span className="match__points">{match.score}</span>
          <span className="match__max">{t('matches.outOf')}</span>
        </p>
      </header>
      <p className="match__summary">{supporter.summary}</p>
      <table className="data-table data-table--compact match__reasons">
        <caption className="visually-hidden">{t('matches.breakdownCaption', { name: supporter.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matches.factor')}</th>
            <th scope="col">{t('matches.points')}</th>
            <th scope="col">{t('matches.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {match.reasons.map((reason) => (
            <tr key={reason.factor}>
              <th scope="row">{labelOf(MATCH_FACTOR_LABELS, reason.factor, locale)}</th>
              <td className="nowrap">{t('matches.pointsOf', { points: reason.points, weight: reason.weight })}</td>
              <td>{explain(reason.explanation)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="match__compare">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={compared}
            aria-describedby={compareRefused ? `${headingId}-refused` : undefined}
            onChange={(event) => onCompareChange(event.target.checked)}
          />
          <span>
            {t('matches.compare')}
            <span className="visually-hidden">{t('matches.compareWhom', { name: supporter.name })}</span>
          </span>
        </label>
        {compareRefused && (
          <p id={`${headingId}-refused`} className="field-error" role="alert">
            {compareRefused}
          </p>
        )}
      </div>
    </article>
  );
}
