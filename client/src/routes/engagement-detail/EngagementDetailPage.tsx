import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  ACTIVITY_KIND_LABELS,
  ActivityKind,
  CASE_STATUS_LABELS,
  ENGAGEMENT_CHECKLIST,
  ENGAGEMENT_END_REASON_LABELS,
  ENGAGEMENT_ORIGIN_LABELS,
  ENGAGEMENT_PARTY_LABELS,
  ENGAGEMENT_STATUS_LABELS,
  EngagementAction,
  EngagementEndReason,
  EngagementStatus,
  PopulationBand,
  REVIEW_CRITERION_LABELS,
  REVIEW_PART_LABELS,
  ReviewCriterion,
  ReviewPart,
  RmoAreaUnit,
  STEPS_IN_ORDER,
  STEP_HELP,
  STEP_LABELS,
  TRAINEE_STATUS_LABELS,
  checklistOf,
  enumValues,
  japanDate,
  labelOf,
} from '@tsunagu/shared';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Fact } from '../../components/Fact';
import { StatusMessage } from '../../components/StatusMessage';
import { errorCodeOf } from '../../components/describe-error';
import { SelectField, TextAreaField, TextField } from '../../components/form-fields';
import {
  AddEngagementActivityMutation,
  AddEngagementTraineeMutation,
  AdvanceEngagementStepMutation,
  BeginEngagementReviewMutation,
  CreateCaseStudyMutation,
  EndEngagementEarlyMutation,
  EngagementQuery,
  MyOrganizationProfilesQuery,
  RespondToTraineeInvitationMutation,
  SetEngagementCheckMutation,
  StartEngagementMutation,
  WriteEngagementReviewMutation,
} from '../../features/engagements/graphql/engagements.operations';
import { CaseForm, type CaseValues } from '../../features/engagements/components/CaseForm';
import type { EngagementQuery as EngagementQueryData } from '../../gql/graphql';
import { useLocale } from '../../i18n';

type EngagementData = NonNullable<EngagementQueryData['engagement']>;
type Done = (message: string) => void;

/**
 * `/engagements/:id`: one engagement as its parties (and its prefecture) see it — the five steps with
 * their dates and help, the survey's checklist, the activity log, OJT trainees, the review, and the
 * case it can become; the buttons the lifecycle allows the viewer now.
 */
export function EngagementDetailPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState('');
  const { data, error, refetch } = useQuery(EngagementQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const engagement = data?.engagement;

  const handleDone: Done = (message) => {
    setDone(message);
    void refetch();
    headingRef.current?.focus();
  };

  if (!engagement) {
    if (error) {
      const notFound = errorCodeOf(error) === 'NOT_FOUND';
      return (
        <div className="page">
          <DocumentTitle page={notFound ? t('engagements.notFoundTitle') : t('errors.internal')} />
          {notFound ? (
            <>
              <h1>{t('engagements.notFoundTitle')}</h1>
              <p>{t('engagements.notFoundBody')}</p>
            </>
          ) : (
            <ErrorMessage error={error} onRetry={() => void refetch()} />
          )}
        </div>
      );
    }
    return (
      <div className="page">
        <StatusMessage>{t('engagements.loading')}</StatusMessage>
      </div>
    );
  }

  const open = [EngagementStatus.PLANNED, EngagementStatus.ACTIVE, EngagementStatus.IN_REVIEW].includes(engagement.status);
  return (
    <div className="page engagement-page">
      <DocumentTitle page={engagement.title} />
      <p>
        <Link to="/engagements">{t('engagements.backToList')}</Link>
      </p>
      <header className="request-header">
        <ul className="badge-list">
          <li>
            <span className="badge">{labelOf(ENGAGEMENT_STATUS_LABELS, engagement.status, locale)}</span>
          </li>
          {engagement.stale && (
            <li>
              <span className="badge badge--warning">{t('engagements.stale')}</span>
            </li>
          )}
        </ul>
        <h1 ref={headingRef} tabIndex={-1}>
          {engagement.title}
        </h1>
        <p className="request-header__meta">
          {engagement.prefecture.name} {engagement.municipality.name} ・ {t('engagements.supporter')}:{' '}
          <Link to={`/supporters/${engagement.supporter.id}`}>{engagement.supporter.name}</Link>
        </p>
      </header>
      <StatusMessage visuallyHidden={!done}>{done}</StatusMessage>

      <section className="profile__section" aria-labelledby="engagement-summary-heading">
        <h2 id="engagement-summary-heading">{t('engagements.status')}</h2>
        <dl className="facts">
          <Fact label={t('engagements.currentStep')}>{labelOf(STEP_LABELS, engagement.currentStep, locale)}</Fact>
          <Fact label={t('engagements.rmos')}>{engagement.rmoNames.join('、')}</Fact>
          <Fact label={t('engagements.origin')}>{labelOf(ENGAGEMENT_ORIGIN_LABELS, engagement.origin, locale)}</Fact>
          {engagement.requestAims && (
            <Fact label={t('engagements.aims')}>
              <span className="preserve-lines">{engagement.requestAims}</span>
            </Fact>
          )}
          {engagement.endReason && (
            <Fact label={t('engagements.actions.endReason')}>
              {labelOf(ENGAGEMENT_END_REASON_LABELS, engagement.endReason, locale)}
              {engagement.endComment ? `（${engagement.endComment}）` : ''}
            </Fact>
          )}
        </dl>
        {!engagement.holdsPlace && <p className="field-hint">{t('engagements.holdsPlaceNo')}</p>}
        <EngagementActions engagement={engagement} onDone={handleDone} />
      </section>

      <StepsSection engagement={engagement} />
      <ChecklistSection engagement={engagement} onDone={handleDone} />
      <ActivitySection engagement={engagement} open={open} onDone={handleDone} />
      <TraineeSection engagement={engagement} open={open} onDone={handleDone} />
      <ReviewSection engagement={engagement} onDone={handleDone} />
      {engagement.status === EngagementStatus.COMPLETED && <CaseSection engagement={engagement} onDone={handleDone} />}
    </div>
  );
}

function EngagementActions({ engagement, onDone }: { engagement: EngagementData; onDone: Done }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [start, starting] = useMutation(StartEngagementMutation);
  const [advance, advancing] = useMutation(AdvanceEngagementStepMutation);
  const [review, reviewing] = useMutation(BeginEngagementReviewMutation);
  const [end, ending] = useMutation(EndEngagementEarlyMutation);
  const [reason, setReason] = useState<EngagementEndReason>(EngagementEndReason.FUNDING_ENDED);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const allowed = engagement.allowedActions;
  const run = (mutate: () => Promise<unknown>, message: string) => {
    setError(null);
    mutate().then(
      () => onDone(message),
      (caught: unknown) => setError(caught),
    );
  };
  if (allowed.length === 0) return null;
  return (
    <div className="offer-actions">
      <div className="form-actions">
        {allowed.includes(EngagementAction.START) && (
          <button type="button" className="button" disabled={starting.loading} onClick={() => run(() => start({ variables: { id: engagement.id } }), t('engagements.actions.startDone'))}>
            {t('engagements.actions.start')}
          </button>
        )}
        {engagement.mayAdvanceStep && (
          <ConfirmButton
            key={engagement.currentStep}
            label={t('engagements.actions.advance')}
            question={t('engagements.actions.advanceQuestion')}
            confirmLabel={t('engagements.actions.advance')}
            busy={advancing.loading}
            onConfirm={() => run(() => advance({ variables: { id: engagement.id } }), t('engagements.actions.advanceDone'))}
          />
        )}
        {allowed.includes(EngagementAction.BEGIN_REVIEW) && (
          <ConfirmButton
            label={t('engagements.actions.review')}
            question={t('engagements.actions.reviewQuestion')}
            confirmLabel={t('engagements.actions.review')}
            busy={reviewing.loading}
            onConfirm={() => run(() => review({ variables: { id: engagement.id } }), t('engagements.actions.reviewDone'))}
          />
        )}
      </div>
      {allowed.includes(EngagementAction.END_EARLY) && (
        <details className="offer-respond-inline">
          <summary>{t('engagements.actions.endEarly')}</summary>
          <SelectField id="end-reason" label={t('engagements.actions.endReason')} value={reason} onChange={(e) => setReason(e.target.value as EngagementEndReason)}>
            {enumValues(EngagementEndReason).map((value) => (
              <option key={value} value={value}>
                {labelOf(ENGAGEMENT_END_REASON_LABELS, value, locale)}
              </option>
            ))}
          </SelectField>
          <TextAreaField id="end-comment" label={t('engagements.actions.endComment')} value={comment} onChange={(e) => setComment(e.target.value)} rows={2} />
          <button
            type="button"
            className="button button--secondary"
            disabled={ending.loading}
            onClick={() => run(() => end({ variables: { input: { engagementId: engagement.id, reason, comment: comment || null } } }), t('engagements.actions.endDone'))}
          >
            {t('engagements.actions.endEarly')}
          </button>
        </details>
      )}
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}

function StepsSection({ engagement }: { engagement: EngagementData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="profile__section" aria-labelledby="steps-heading">
      <h2 id="steps-heading">{t('engagements.steps.heading')}</h2>
      <ol className="step-list">
        {STEPS_IN_ORDER.map((step, index) => {
          const record = engagement.steps.find((s) => s.step === step);
          const current = step === engagement.currentStep;
          return (
            <li key={step} className={`step-list__item${current ? ' step-list__item--current' : ''}`} aria-current={current ? 'step' : undefined}>
              <p className="step-list__name">
                {index + 1}. {labelOf(STEP_LABELS, step, locale)}
                {current && <span className="badge">{t('engagements.steps.current')}</span>}
              </p>
              <p className="table-note">
                {record
                  ? [t('engagements.steps.started', { date: record.startedOn }), record.endedOn ? t('engagements.steps.ended', { date: record.endedOn }) : ''].filter(Boolean).join(' ・ ')
                  : t('engagements.steps.notYet')}
              </p>
              <details>
                <summary>{t('engagements.steps.help')}</summary>
                <p>{labelOf(STEP_HELP, step, locale)}</p>
                <ul>
                  {checklistOf(step).map((item) => (
                    <li key={item.code}>
                      {labelOf(ENGAGEMENT_PARTY_LABELS, item.party, locale)}: {item.label[locale]}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function ChecklistSection({ engagement, onDone }: { engagement: EngagementData; onDone: Done }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [setCheck] = useMutation(SetEngagementCheckMutation);
  const [error, setError] = useState<unknown>(null);
  const items = (current: boolean) =>
    engagement.checklist
      .filter((item) => (item.step === engagement.currentStep) === current)
      .map((item) => {
        const label = ENGAGEMENT_CHECKLIST.find((c) => c.code === item.code)?.label[locale] ?? item.code;
        const id = `check-${item.code}`;
        return (
          <li key={item.code} className="checkbox-item">
            <input
              id={id}
              type="checkbox"
              checked={item.done}
              disabled={!item.mayTick}
              onChange={(e) => {
                setError(null);
                setCheck({ variables: { engagementId: engagement.id, itemCode: item.code, done: e.target.checked } }).then(
                  () => onDone(t('engagements.checklist.done')),
                  (caught: unknown) => setError(caught),
                );
              }}
            />
            <label htmlFor={id}>
              <strong>{labelOf(ENGAGEMENT_PARTY_LABELS, item.party, locale)}</strong>: {label}
              {current ? '' : `（${labelOf(STEP_LABELS, item.step, locale)}）`}
            </label>
          </li>
        );
      });
  return (
    <section className="profile__section" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('engagements.checklist.heading')}</h2>
      <p className="field-hint">{t('engagements.checklist.lead')}</p>
      <h3>
        {t('engagements.checklist.current')}: {labelOf(STEP_LABELS, engagement.currentStep, locale)}
      </h3>
      <ul className="checkbox-list">{items(true)}</ul>
      <details>
        <summary>{t('engagements.checklist.others')}</summary>
        <ul className="checkbox-list">{items(false)}</ul>
      </details>
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}

function ActivitySection({ engagement, open, onDone }: { engagement: EngagementData; open: boolean; onDone: Done }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [add, adding] = useMutation(AddEngagementActivityMutation);
  const [kind, setKind] = useState<ActivityKind>(ActivityKind.ARIKATA_MEETING);
  const [heldOn, setHeldOn] = useState(japanDate(new Date()));
  const [participants, setParticipants] = useState('');
  const [notes, setNotes] = useState('');
  const [links, setLinks] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input = {
      engagementId: engagement.id,
      kind,
      heldOn,
      participants: participants.trim() ? Number(participants) : null,
      notes,
      links: links.split('\n').map((l) => l.trim()).filter(Boolean),
    };
    add({ variables: { input } }).then(
      () => {
        setNotes('');
        setLinks('');
        setParticipants('');
        onDone(t('engagements.activities.saved'));
      },
      (caught: unknown) => setError(caught),
    );
  };
  return (
    <section className="profile__section" aria-labelledby="activities-heading">
      <h2 id="activities-heading">{t('engagements.activities.heading')}</h2>
      {engagement.activities.length === 0 ? (
        <p>{t('engagements.activities.empty')}</p>
      ) : (
        <ul className="activity-list">
          {engagement.activities.map((a) => (
            <li key={a.id} className="activity-list__item">
              <p>
                <strong>{labelOf(ACTIVITY_KIND_LABELS, a.kind, locale)}</strong> <time dateTime={a.heldOn}>{a.heldOn}</time>
                {a.participants !== null && a.participants !== undefined && ` ・ ${t('engagements.activities.people', { count: a.participants })}`}
                {' ・ '}
                {t('engagements.activities.atStep', { step: labelOf(STEP_LABELS, a.step, locale) })}
              </p>
              {a.notes && <p className="preserve-lines">{a.notes}</p>}
              {a.links.length > 0 && (
                <ul>
                  {a.links.map((link) => (
                    <li key={link}>
                      <a href={link} rel="noopener noreferrer nofollow" target="_blank">
                        {link}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              <p className="table-note">{t('engagements.activities.by', { author: a.author })}</p>
            </li>
          ))}
        </ul>
      )}
      {open && engagement.party && (
        <details className="offer-respond-inline">
          <summary>{t('engagements.activities.add')}</summary>
          <form onSubmit={submit} noValidate>
            <SelectField id="activity-kind" label={t('engagements.activities.kind')} value={kind} onChange={(e) => setKind(e.target.value as ActivityKind)}>
              {enumValues(ActivityKind).map((value) => (
                <option key={value} value={value}>
                  {labelOf(ACTIVITY_KIND_LABELS, value, locale)}
                </option>
              ))}
            </SelectField>
            <TextField id="activity-date" type="date" label={t('engagements.activities.heldOn')} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} required />
            <TextField id="activity-participants" inputMode="numeric" label={t('engagements.activities.participants')} value={participants} onChange={(e) => setParticipants(e.target.value)} />
            <TextAreaField id="activity-notes" label={t('engagements.activities.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} maxChars={2000} />
            <TextAreaField id="activity-links" label={t('engagements.activities.links')} value={links} onChange={(e) => setLinks(e.target.value)} rows={2} />
            <button type="submit" className="button" disabled={adding.loading}>
              {t('engagements.activities.save')}
            </button>
            {error !== null && <ErrorMessage error={error} />}
          </form>
        </details>
      )}
    </section>
  );
}

function TraineeSection({ engagement, open, onDone }: { engagement: EngagementData; open: boolean; onDone: Done }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const lead = engagement.party === 'SUPPORTER';
  const profiles = useQuery(MyOrganizationProfilesQuery, { skip: !lead || !open });
  const [add, adding] = useMutation(AddEngagementTraineeMutation);
  const [respond] = useMutation(RespondToTraineeInvitationMutation);
  const [own, setOwn] = useState('');
  const [other, setOther] = useState('');
  const [error, setError] = useState<unknown>(null);
  const candidates = (profiles.data?.mySupporterProfiles ?? []).filter((p) => p.id !== engagement.supporter.id && !engagement.trainees.some((tr) => tr.supporter.id === p.id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    // A profile address (…/supporters/<id>) or the bare id.
    const supporterId = own || other.trim().split('/').filter(Boolean).at(-1) || '';
    add({ variables: { engagementId: engagement.id, supporterId } }).then(
      () => {
        setOwn('');
        setOther('');
        onDone(t('engagements.trainees.saved'));
      },
      (caught: unknown) => setError(caught),
    );
  };
  const answer = (supporterId: string, accept: boolean) => {
    setError(null);
    respond({ variables: { engagementId: engagement.id, supporterId, accept } }).then(
      () => onDone(t('engagements.trainees.answered')),
      (caught: unknown) => setError(caught),
    );
  };
  return (
    <section className="profile__section" aria-labelledby="trainees-heading">
      <h2 id="trainees-heading">{t('engagements.trainees.heading')}</h2>
      <p className="field-hint">{t('engagements.trainees.lead')}</p>
      {engagement.trainees.length === 0 ? (
        <p>{t('engagements.trainees.empty')}</p>
      ) : (
        <ul className="activity-list">
          {engagement.trainees.map((trainee) => (
            <li key={trainee.supporter.id} className="activity-list__item">
              <Link to={`/supporters/${trainee.supporter.id}`}>{trainee.supporter.name}</Link> ・ {labelOf(TRAINEE_STATUS_LABELS, trainee.status, locale)}
              {trainee.mayRespond && (
                <div className="form-actions">
                  <button type="button" className="button" onClick={() => answer(trainee.supporter.id, true)}>
                    {t('engagements.trainees.accept')}
                  </button>
                  <button type="button" className="button button--tertiary" onClick={() => answer(trainee.supporter.id, false)}>
                    {t('engagements.trainees.decline')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {lead && open && (
        <details className="offer-respond-inline">
          <summary>{t('engagements.trainees.add')}</summary>
          <form onSubmit={submit} noValidate>
            <SelectField id="trainee-own" label={t('engagements.trainees.own')} value={own} onChange={(e) => setOwn(e.target.value)}>
              <option value="">{t('engagements.trainees.ownNone')}</option>
              {candidates.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
            <TextField id="trainee-other" label={t('engagements.trainees.otherId')} hint={t('engagements.trainees.otherHint')} value={other} onChange={(e) => setOther(e.target.value)} />
            <button type="submit" className="button" disabled={adding.loading || (!own && !other.trim())}>
              {t('engagements.trainees.save')}
            </button>
          </form>
        </details>
      )}
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}

function ReviewSection({ engagement, onDone }: { engagement: EngagementData; onDone: Done }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [write, writing] = useMutation(WriteEngagementReviewMutation);
  const mine = engagement.myReviewPart;
  const existing = engagement.review.find((r) => r.part === mine);
  const [changes, setChanges] = useState(existing?.changes ?? '');
  const [lessons, setLessons] = useState(existing?.lessons ?? '');
  const [ratings, setRatings] = useState<Record<string, number>>(() => Object.fromEntries((existing?.ratings ?? []).map((r) => [r.criterion, r.score])));
  const [error, setError] = useState<unknown>(null);
  const inReview = engagement.status === EngagementStatus.IN_REVIEW;
  if (!inReview && engagement.review.length === 0) return null;
  const rated = mine === ReviewPart.MUNICIPALITY_RMO;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input = {
      engagementId: engagement.id,
      changes,
      lessons,
      ratings: rated ? enumValues(ReviewCriterion).filter((c) => ratings[c]).map((criterion) => ({ criterion, score: ratings[criterion] })) : [],
    };
    write({ variables: { input } }).then(
      () => onDone(t('engagements.review.saved')),
      (caught: unknown) => setError(caught),
    );
  };
  return (
    <section className="profile__section" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('engagements.review.heading')}</h2>
      <p className="field-hint">{t('engagements.review.lead')}</p>
      {enumValues(ReviewPart).map((part) => {
        const written = engagement.review.find((r) => r.part === part);
        return (
          <div key={part} className="review-part">
            <h3>{labelOf(REVIEW_PART_LABELS, part, locale)}</h3>
            {written ? (
              <>
                <p className="preserve-lines">{written.changes}</p>
                {written.lessons && <p className="preserve-lines">{written.lessons}</p>}
                {written.ratings.length > 0 && (
                  <dl className="facts">
                    {written.ratings.map((r) => (
                      <Fact key={r.criterion} label={labelOf(REVIEW_CRITERION_LABELS, r.criterion, locale)}>
                        {t('engagements.review.ratingValue', { score: r.score })}
                      </Fact>
                    ))}
                  </dl>
                )}
                <p className="table-note">{t('engagements.review.by', { author: written.author })}</p>
              </>
            ) : (
              <p>{t('engagements.review.notYet')}</p>
            )}
          </div>
        );
      })}
      {inReview && mine && (
        <form onSubmit={submit} noValidate className="review-form">
          <TextAreaField
            id="review-changes"
            label={rated ? t('engagements.review.changesMunicipality') : t('engagements.review.changesSupporter')}
            value={changes}
            onChange={(e) => setChanges(e.target.value)}
            rows={4}
            required
            maxChars={3000}
          />
          <TextAreaField id="review-lessons" label={t('engagements.review.lessons')} value={lessons} onChange={(e) => setLessons(e.target.value)} rows={3} maxChars={3000} />
          {rated && (
            <fieldset className="fieldset">
              <legend>{t('engagements.review.ratings')}</legend>
              {enumValues(ReviewCriterion).map((criterion) => (
                <SelectField
                  key={criterion}
                  id={`rating-${criterion}`}
                  label={labelOf(REVIEW_CRITERION_LABELS, criterion, locale)}
                  value={ratings[criterion] ? String(ratings[criterion]) : ''}
                  onChange={(e) => setRatings({ ...ratings, [criterion]: Number(e.target.value) })}
                  required
                >
                  <option value="">—</option>
                  {[1, 2, 3, 4, 5].map((score) => (
                    <option key={score} value={score}>
                      {score}
                    </option>
                  ))}
                </SelectField>
              ))}
            </fieldset>
          )}
          <button type="submit" className="button" disabled={writing.loading}>
            {t('engagements.review.save')}
          </button>
          {error !== null && <ErrorMessage error={error} />}
        </form>
      )}
    </section>
  );
}

function CaseSection({ engagement, onDone }: { engagement: EngagementData; onDone: Done }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [create, creating] = useMutation(CreateCaseStudyMutation);
  const [error, setError] = useState<unknown>(null);
  const manager = engagement.party === 'MUNICIPALITY' || engagement.party === 'SUPPORTER';
  if (engagement.caseStudy) {
    return (
      <section className="profile__section" aria-labelledby="case-heading">
        <h2 id="case-heading">{t('engagements.case.heading')}</h2>
        <p>{t('engagements.case.existing', { title: engagement.caseStudy.title, status: labelOf(CASE_STATUS_LABELS, engagement.caseStudy.status, locale) })}</p>
        <Link to={`/cases/${engagement.caseStudy.id}`}>{t('engagements.case.open')}</Link>
      </section>
    );
  }
  if (!manager) return null;
  const initial: CaseValues = {
    title: engagement.title,
    summary: '',
    process: '',
    outcomes: '',
    lessons: '',
    hideRmoName: true,
    hidePeople: true,
    populationBand: PopulationBand.FROM_10K_TO_50K,
    rmoAreaUnit: RmoAreaUnit.ELEMENTARY_SCHOOL_DISTRICT,
  };
  return (
    <section className="profile__section" aria-labelledby="case-heading">
      <h2 id="case-heading">{t('engagements.case.heading')}</h2>
      <p className="field-hint">{t('engagements.case.lead')}</p>
      <CaseForm
        initial={initial}
        submitLabel={t('engagements.case.save')}
        busy={creating.loading}
        error={error}
        onSubmit={(values) => {
          setError(null);
          create({ variables: { input: { engagementId: engagement.id, ...values } } }).then(
            () => onDone(t('engagements.case.saved')),
            (caught: unknown) => setError(caught),
          );
        }}
      />
    </section>
  );
}
