import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBERSHIP_ROLE_LABELS, labelOf } from '@tsunagu/shared';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { StatusMessage } from '../../../components/StatusMessage';
import { useFocusOnMount } from '../../../components/use-focus-on-mount';
import type { OrganizationMembersQuery as OrganizationMembersResult } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import type { Viewer } from '../../auth/hooks/use-viewer';
import { OrganizationMembersQuery, RemoveMemberMutation } from '../graphql/organization.operations';
import { intlLocaleOf } from '../../../i18n/format';

type Member = OrganizationMembersResult['organizationMembers'][number];

/** Members of the viewer's organization; its owner may remove the others (after confirming). */
export function MemberList({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, loading, error, refetch } = useQuery(OrganizationMembersQuery);
  const [removeMember, removal] = useMutation(RemoveMemberMutation, { refetchQueries: [OrganizationMembersQuery], awaitRefetchQueries: true });
  const [confirming, setConfirming] = useState<Member | null>(null);
  const [notice, setNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dateFormat = new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'medium' });

  const handleRemove = async (member: Member) => {
    setNotice('');
    try {
      await removeMember({ variables: { userId: member.id } });
      setConfirming(null);
      setNotice(t('organization.removed', { name: member.displayName }));
      headingRef.current?.focus();
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <section aria-labelledby="members-heading" className="section-card">
      <h2 id="members-heading" ref={headingRef} tabIndex={-1}>
        {t('organization.membersHeading')}
      </h2>
      <StatusMessage visuallyHidden={!notice}>{notice}</StatusMessage>
      {error ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <StatusMessage>{t('organization.membersLoading')}</StatusMessage>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('organization.membersCaption', { organization: viewer.organization.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organization.memberName')}</th>
                <th scope="col">{t('auth.email')}</th>
                <th scope="col">{t('organization.memberRole')}</th>
                <th scope="col">{t('organization.memberSince')}</th>
                {viewer.isOwner && (
                  <th scope="col">
                    <span className="visually-hidden">{t('organization.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {(data?.organizationMembers ?? []).map((member) => {
                const isSelf = member.id === viewer.user.id;
                return (
                  <tr key={member.id}>
                    <th scope="row">
                      {member.displayName}
                      {isSelf && <span className="table-note">{t('organization.you')}</span>}
                    </th>
                    <td className="break-anywhere">{member.email}</td>
                    <td>{labelOf(MEMBERSHIP_ROLE_LABELS, member.membershipRole, locale)}</td>
                    <td>
                      <time dateTime={member.createdAt}>{dateFormat.format(new Date(member.createdAt))}</time>
                    </td>
                    {viewer.isOwner && (
                      <td>
                        {!isSelf && (
                          <button
                            type="button"
                            className="button button--tertiary button--danger-text"
                            onClick={() => {
                              removal.reset();
                              setConfirming(member);
                            }}
                          >
                            {t('organization.remove')}
                            <span className="visually-hidden">: {member.displayName}</span>
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {confirming && (
        <RemoveConfirmation
          member={confirming}
          busy={removal.loading}
          error={removal.error}
          onConfirm={() => void handleRemove(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}

interface RemoveConfirmationProps {
  member: Member;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

function RemoveConfirmation({ member, busy, error, onConfirm, onCancel }: RemoveConfirmationProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Focus the question when it appears, so it is read and the buttons follow.
  useFocusOnMount(ref);
  return (
    <div ref={ref} className="confirm-box" role="group" aria-labelledby="remove-confirm-text" tabIndex={-1}>
      <p id="remove-confirm-text">{t('organization.removeConfirm', { name: member.displayName, email: member.email })}</p>
      <div className="form-actions">
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
          {t('organization.removeConfirmButton')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
      {error !== undefined && error !== null && <ErrorMessage error={error} />}
    </div>
  );
}
