import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  DIGEST_HOUR_JST,
  NOTIFICATION_DELIVERY_LABELS,
  NOTIFICATION_KIND_LABELS,
  NotificationDelivery,
  enumValues,
  labelOf,
  type NotificationKind,
} from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { describeError } from '../../components/describe-error';
import { RadioGroup } from '../../components/form-fields';
import {
  NotificationPreferencesQuery,
  UpdateNotificationPreferencesMutation,
} from '../../features/notifications/graphql/notifications.operations';
import { useLocale } from '../../i18n';

type Choices = Partial<Record<NotificationKind, NotificationDelivery>>;

/** `/notifications/settings` (通知の設定): per kind of event, mail at once, in the daily digest, or the inbox only. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error, refetch } = useQuery(NotificationPreferencesQuery, { fetchPolicy: 'cache-and-network' });
  const [save, { loading: saving }] = useMutation(UpdateNotificationPreferencesMutation, {
    // The answer is the whole list: it becomes what the page shows (and the form's new starting point).
    update: (cache, { data: saved }) => {
      if (saved) cache.writeQuery({ query: NotificationPreferencesQuery, data: { __typename: 'Query', notificationPreferences: saved.updateNotificationPreferences } });
    },
  });
  const [choices, setChoices] = useState<Choices>({});
  const [notice, setNotice] = useState('');
  const preferences = data?.notificationPreferences;

  // The stored choices become the form's starting point (and again after saving).
  useEffect(() => {
    if (preferences) setChoices(Object.fromEntries(preferences.map((p) => [p.kind, p.delivery])));
  }, [preferences]);

  const changed = (preferences ?? []).filter((p) => choices[p.kind] !== undefined && choices[p.kind] !== p.delivery);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setNotice('');
    try {
      await save({ variables: { preferences: changed.map((p) => ({ kind: p.kind, delivery: choices[p.kind]! })) } });
      setNotice(t('notificationSettings.saved'));
    } catch (caught) {
      setNotice(`${t('notificationSettings.saveFailed')} ${describeError(caught, t)}`);
    }
  };

  const options = (defaultDelivery: NotificationDelivery) =>
    enumValues(NotificationDelivery).map((delivery) => ({
      value: delivery,
      label: `${labelOf(NOTIFICATION_DELIVERY_LABELS, delivery, locale)}${delivery === defaultDelivery ? t('notificationSettings.recommended') : ''}`,
    }));

  return (
    <div className="page page--narrow">
      <DocumentTitle page={t('notificationSettings.title')} />
      <h1>{t('notificationSettings.title')}</h1>
      <p className="lead">{t('notificationSettings.lead', { hour: DIGEST_HOUR_JST })}</p>
      <p>
        <Link to="/notifications">{t('notificationSettings.backToInbox')}</Link>
      </p>

      {error && !preferences ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !preferences ? (
        <StatusMessage>{t('notificationSettings.loading')}</StatusMessage>
      ) : preferences.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('notificationSettings.noneForRole')}</p>
        </div>
      ) : (
        <form className="form-card notification-settings" onSubmit={(event) => void submit(event)} noValidate>
          <UnsavedChangesGuard when={changed.length > 0 && !saving} />
          {preferences.map((preference) => (
            <div key={preference.kind} className="notification-settings__kind">
              <RadioGroup
                id={`notification-${preference.kind}`}
                name={preference.kind}
                legend={labelOf(NOTIFICATION_KIND_LABELS, preference.kind, locale)}
                options={options(preference.defaultDelivery)}
                value={choices[preference.kind] ?? preference.delivery}
                onChange={(delivery) => setChoices((current) => ({ ...current, [preference.kind]: delivery }))}
              />
            </div>
          ))}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={saving || changed.length === 0}>
              {saving ? t('notificationSettings.saving') : t('notificationSettings.save')}
            </button>
          </div>
        </form>
      )}
      <StatusMessage>{notice}</StatusMessage>
    </div>
  );
}
