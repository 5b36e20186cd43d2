import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SupporterCasesQuery } from '../graphql/supporter-cases.operations';

/** A supporter's published cases, as evidence on its page (asked for separately: the first load stays small). */
export function SupporterCases({ supporterId }: { supporterId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(SupporterCasesQuery, { variables: { id: supporterId } });
  const cases = data?.supporter?.caseStudies ?? [];
  const ojt = (data?.supporter?.trackRecord ?? []).reduce((sum, place) => sum + place.ojt, 0);
  if (cases.length === 0 && ojt === 0) return null;
  return (
    <section className="profile__section" aria-labelledby="cases-heading">
      <h2 id="cases-heading">{t('cases.evidenceHeading')}</h2>
      {ojt > 0 && <p>{t('cases.ojtCount', { count: ojt })}</p>}
      <ul>
        {cases.map((c) => (
          <li key={c.id}>
            <Link to={`/cases/${c.id}`}>{c.title}</Link>
            {c.fictional && <span className="badge badge--fictional">{t('cases.fictional')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
