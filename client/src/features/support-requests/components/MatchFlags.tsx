import { useTranslation } from 'react-i18next';
import { MATCH_FLAG_LABELS, labelOf, type MatchFlag } from '@tsunagu/shared';
import { useLocale } from '../../../i18n';

/** 「県の確認前のプロフィール」「受付状況の更新が古い」: warnings beside a match, which still ranks. */
export function MatchFlags({ flags }: { flags: readonly MatchFlag[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (flags.length === 0) return null;
  return (
    <ul className="status-list" aria-label={t('matches.flagsLabel')}>
      {flags.map((flag) => (
        <li key={flag} className="stale-mark">
          {labelOf(MATCH_FLAG_LABELS, flag, locale)}
        </li>
      ))}
    </ul>
  );
}
