import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { OfferParty, OfferStatus } from '@tsunagu/shared';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { CheckboxGroup } from '../../../components/form-fields';
import { RmosQuery } from '../../rmos/graphql/rmos.operations';
import { CreateEngagementFromOfferMutation } from '../graphql/engagement-from-offer.operations';

interface EngagementFromOfferProps {
  offer: { id: string; status: OfferStatus; party?: OfferParty | null; engagementId?: string | null; supporter: { name: string } };
}

/**
 * On a confirmed offer: a link to the engagement it began, or (for the municipality) the form that
 * begins it — with the request's RMOs, or the ones chosen here (a municipality-wide request names none).
 */
export function EngagementFromOffer({ offer }: EngagementFromOfferProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const municipality = offer.status === OfferStatus.CONFIRMED && !offer.engagementId && offer.party === OfferParty.MUNICIPALITY;
  const rmos = useQuery(RmosQuery, { skip: !municipality });
  const [create, creating] = useMutation(CreateEngagementFromOfferMutation);
  const [rmoIds, setRmoIds] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  if (offer.status !== OfferStatus.CONFIRMED) return null;
  if (offer.engagementId) {
    return (
      <p>
        <Link to={`/engagements/${offer.engagementId}`}>{t('engagements.fromOffer.open')}</Link>
      </p>
    );
  }
  if (!municipality) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    create({ variables: { input: { offerId: offer.id, rmoIds: rmoIds.length ? rmoIds : null } } }).then(
      (result) => {
        const id = result.data?.createEngagementFromOffer.id;
        if (id) void navigate(`/engagements/${id}`);
      },
      (caught: unknown) => setError(caught),
    );
  };
  return (
    <form className="offer-actions" onSubmit={submit}>
      <h3>{t('engagements.fromOffer.heading')}</h3>
      <p className="field-hint">{t('engagements.fromOffer.lead', { name: offer.supporter.name })}</p>
      {(rmos.data?.rmos.length ?? 0) > 0 && (
        <CheckboxGroup<string>
          id="engagement-rmos"
          name="rmoIds"
          legend={t('engagements.fromOffer.rmos')}
          hint={t('engagements.fromOffer.rmosHint')}
          compact
          options={(rmos.data?.rmos ?? []).map((rmo) => ({ value: rmo.id, label: rmo.name }))}
          selected={rmoIds}
          onChange={setRmoIds}
        />
      )}
      <button type="submit" className="button" disabled={creating.loading}>
        {t('engagements.fromOffer.button')}
      </button>
      {error !== null && <ErrorMessage error={error} />}
    </form>
  );
}
