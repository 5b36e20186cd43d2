import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OfferAction } from '@tsunagu/shared';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { OfferSummaryFieldsFragment } from '../../../gql/graphql';
import { ConfirmOfferMutation, WithdrawOfferMutation } from '../graphql/offers.operations';

interface OfferActionsProps {
  offer: OfferSummaryFieldsFragment;
  onDone: (message: string) => void;
}

/** The municipality confirms an accepted offer; it (or the broker prefecture) withdraws a live one. Both ask first. */
export function OfferActions({ offer, onDone }: OfferActionsProps) {
  const { t } = useTranslation();
  const [confirm, confirming] = useMutation(ConfirmOfferMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawOfferMutation);
  const [error, setError] = useState<unknown>(null);
  const allowed = offer.allowedActions;
  if (!allowed.includes(OfferAction.CONFIRM) && !allowed.includes(OfferAction.WITHDRAW)) return null;

  const run = (mutate: () => Promise<unknown>, message: string) => {
    setError(null);
    mutate().then(
      () => onDone(message),
      (caught: unknown) => setError(caught),
    );
  };
  const name = offer.supporter.name;
  return (
    <div className="offer-actions">
      <div className="form-actions">
        {allowed.includes(OfferAction.CONFIRM) && (
          <ConfirmButton
            label={t('offers.confirm.button')}
            question={t('offers.confirm.question', { name })}
            confirmLabel={t('offers.confirm.button')}
            busy={confirming.loading}
            onConfirm={() => run(() => confirm({ variables: { id: offer.id } }), t('offers.confirm.done', { name }))}
          />
        )}
        {allowed.includes(OfferAction.WITHDRAW) && (
          <ConfirmButton
            label={t('offers.withdraw.button')}
            question={t('offers.withdraw.question')}
            confirmLabel={t('offers.withdraw.button')}
            busy={withdrawing.loading}
            variant="tertiary"
            onConfirm={() => run(() => withdraw({ variables: { id: offer.id } }), t('offers.withdraw.done'))}
          />
        )}
      </div>
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}
