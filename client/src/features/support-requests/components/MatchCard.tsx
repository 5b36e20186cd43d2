import type { ReactNode } from 'react';
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
  /** What the viewer can do with this supporter besides comparing (approach, propose), given the heading's id. */
  renderOffer?: (headingId: string) => ReactNode;
}

/** One ranked supporter: the score out of 100 and, factor by factor, how it was earned and why. */
export function MatchCard({ match, rank, compared, compareRefused, onCompareChange, renderOffer }: MatchCardProps) {
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
      {/* Explicit roles: on phones the rows are laid out as stacked grids, and some browsers drop table semantics then. */}
      <table className="data-table data-table--compact match__reasons" role="table">
        <caption className="visually-hidden">{t('matches.breakdownCaption', { name: supporter.name })}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader" className="match__factor">
              {t('matches.factor')}
            </th>
            <th scope="col" role="columnheader" className="match__reason-points">
              {t('matches.points')}
            </th>
            <th scope="col" role="columnheader">
              {t('matches.reason')}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {match.reasons.map((reason) => (
            <tr key={reason.factor} role="row">
              <th scope="row" role="rowheader" className="match__factor">
                {labelOf(MATCH_FACTOR_LABELS, reason.factor, locale)}
              </th>
              <td role="cell" className="nowrap match__reason-points">
                {t('matches.pointsOf', { points: reason.points, weight: reason.weight })}
              </td>
              <td role="cell" className="match__explanation">
                {explain(reason.explanation)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {renderOffer && <div className="match__offer">{renderOffer(headingId)}</div>}
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
