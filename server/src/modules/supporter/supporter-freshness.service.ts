import type { DataSource, EntityManager } from 'typeorm';
import { DAY_MS, jstDate } from '../../common/clock';
import { jobType, type JobRun } from '../../jobs/job-queue';
import { NotificationKind } from '@tsunagu/shared';
import { composeMail, type MailMessage } from '../mail/mail-content';
import type { NotificationService } from '../notification/notification.service';
import type { MailRecipient } from '../notification/notification-mails';

/** Marks profiles as their confirmation ages and mails their owners; scheduled hourly, acts on what is due at the clock's now. */
export const sweepProfileFreshness = jobType<Record<string, never>>('supporter.freshnessSweep', { maxAttempts: 3 });

/** Stages of an unconfirmed profile, in order; each is noted (and mailed) once per confirmation. */
export enum FreshnessStage {
  /** A week before the profile turns stale. */
  DUE_SOON = 'DUE_SOON',
  /** Shown as 長期間未確認 and ranked lower. */
  STALE = 'STALE',
  /** Left search until reconfirmed. */
  HIDDEN = 'HIDDEN',
}

const STAGES = [FreshnessStage.DUE_SOON, FreshnessStage.STALE, FreshnessStage.HIDDEN];
const REMINDER_LEAD_DAYS = 7;

interface DueProfile {
  id: string;
  name: string;
  confirmed_at: Date;
  owner_organization_id: string;
  /** 1-based index into STAGES of the furthest stage reached. */
  stage: number;
}

const dateFormat = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'Asia/Tokyo' });

/**
 * Reconfirmation reminders. Search and matching keep deriving staleness from the confirmation time
 * at query time (exact at every instant); this sweep records when each profile passed each stage
 * (supporter_freshness_notice, one row per profile, stage and confirmation) and mails the owning
 * organization's members once per stage and cycle. Reconfirming starts a new cycle.
 */
export class SupporterFreshnessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly freshness: { staleAfterDays: number; hiddenAfterDays: number },
    private readonly appBaseUrl: string,
  ) {}

  /** The sweep job: notes every stage newly reached as of `run.now` and tells the owners (inbox and mail), in one transaction. */
  async sweep(run: Pick<JobRun, 'now'>): Promise<{ noted: number; notified: number }> {
    const now = run.now;
    const thresholds = this.thresholdDays();
    return this.dataSource.transaction(async (manager) => {
      // Profiles whose furthest stage reached is not noted yet for their current confirmation.
      const due: DueProfile[] = await manager.query(
        `WITH staged AS (
           SELECT p.id, p.name, p.availability_confirmed_at AS confirmed_at, p.owner_organization_id,
                  CASE WHEN p.availability_confirmed_at <= $1::timestamptz - make_interval(days => $4) THEN 3
                       WHEN p.availability_confirmed_at <= $1::timestamptz - make_interval(days => $3) THEN 2
                       ELSE 1 END AS stage
             FROM supporter_profile p
            WHERE p.archived_at IS NULL AND cardinality(p.support_types) > 0 AND p.owner_organization_id IS NOT NULL
              AND p.availability_confirmed_at <= $1::timestamptz - make_interval(days => $2))
         SELECT s.* FROM staged s
          WHERE NOT EXISTS (SELECT 1 FROM supporter_freshness_notice n
                             WHERE n.profile_id = s.id AND n.confirmed_at = s.confirmed_at AND n.stage = (CAST($5 AS text[]))[s.stage])
          ORDER BY s.confirmed_at, s.id`,
        [now, thresholds[0], thresholds[1], thresholds[2], STAGES],
      );
      let notified = 0;
      for (const profile of due) {
        // Stages passed at once (e.g. after downtime) are all noted; only the furthest is mailed.
        const inserted: { stage: FreshnessStage }[] = await manager.query(
          `INSERT INTO supporter_freshness_notice (profile_id, stage, confirmed_at, noted_at)
           SELECT $1, stage, $2, $3 FROM unnest(CAST($4 AS text[])) AS stage
           ON CONFLICT DO NOTHING RETURNING stage`,
          [profile.id, profile.confirmed_at, now, STAGES.slice(0, profile.stage)],
        );
        const furthest = STAGES[profile.stage - 1];
        if (!inserted.some((row) => row.stage === furthest)) continue;
        notified += await this.notifyOwners(manager, profile, furthest);
      }
      return { noted: due.length, notified };
    });
  }

  /** Days after confirmation at which each stage begins (DUE_SOON, STALE, HIDDEN). */
  private thresholdDays(): [number, number, number] {
    const { staleAfterDays, hiddenAfterDays } = this.freshness;
    return [Math.max(0, staleAfterDays - REMINDER_LEAD_DAYS), staleAfterDays, hiddenAfterDays];
  }

  /**
   * An inbox entry (RECONFIRMATION_DUE) for every live member of the owning organization; those who
   * want it at once (the default) get the reminder mail below instead of the generic one, so one mail each.
   */
  private async notifyOwners(manager: EntityManager, profile: DueProfile, stage: FreshnessStage): Promise<number> {
    const confirmedAt = new Date(profile.confirmed_at).getTime();
    return this.notifications.notify(manager, {
      kind: NotificationKind.RECONFIRMATION_DUE,
      organizationIds: [profile.owner_organization_id],
      link: '/my/profiles',
      params: {
        profileName: profile.name,
        stage,
        staleOn: jstDate(new Date(confirmedAt + this.freshness.staleAfterDays * DAY_MS)),
        hiddenOn: jstDate(new Date(confirmedAt + this.freshness.hiddenAfterDays * DAY_MS)),
      },
      subject: { type: 'SupporterProfile', id: profile.id },
      immediateMail: (recipient) => this.reminderMail(recipient, profile, stage),
    });
  }

  private reminderMail({ email: recipient, displayName }: MailRecipient, profile: DueProfile, stage: FreshnessStage): MailMessage {
    const confirmedAt = new Date(profile.confirmed_at).getTime();
    const staleOn = dateFormat.format(new Date(confirmedAt + this.freshness.staleAfterDays * DAY_MS));
    const hiddenOn = dateFormat.format(new Date(confirmedAt + this.freshness.hiddenAfterDays * DAY_MS));
    const confirmedOn = dateFormat.format(new Date(confirmedAt));
    const action = { label: 'プロフィールを確認する', url: `${this.appBaseUrl}/my/profiles` };
    const how = '「自分のプロフィール」で内容を見直し、変わりがなければ「受付状況を確認しました」を押してください。確認日が今日になります。';
    const greeting = `${displayName} 様`;
    switch (stage) {
      case FreshnessStage.DUE_SOON:
        return composeMail('RECONFIRMATION_DUE', recipient, `【つなぐ】掲載情報「${profile.name}」の確認をお願いします（${staleOn}まで）`, {
          greeting,
          paragraphs: [
            `掲載情報「${profile.name}」の受付状況は ${confirmedOn} に確認されたままです。`,
            `${staleOn} を過ぎると「長期間未確認」と表示され、検索やマッチングで下位に並びます。市区町村や都道府県の担当者が、いま受け付けている支援者を見つけやすくするためです。`,
            how,
          ],
          action,
          notes: [`確認がないまま ${hiddenOn} を過ぎると、検索に表示されなくなります。`],
        });
      case FreshnessStage.STALE:
        return composeMail('PROFILE_STALE', recipient, `【つなぐ】掲載情報「${profile.name}」の確認期限が過ぎました`, {
          greeting,
          paragraphs: [
            `掲載情報「${profile.name}」は ${confirmedOn} から受付状況が確認されておらず、「長期間未確認」と表示されています。検索やマッチングでは下位に並びます。`,
            how,
          ],
          action,
          notes: [`確認がないまま ${hiddenOn} を過ぎると、検索に表示されなくなります。`],
        });
      case FreshnessStage.HIDDEN:
        return composeMail('PROFILE_HIDDEN', recipient, `【つなぐ】掲載情報「${profile.name}」が検索に表示されなくなりました`, {
          greeting,
          paragraphs: [
            `掲載情報「${profile.name}」は ${confirmedOn} から受付状況が確認されていないため、検索に表示されなくなりました。`,
            `${how} 確認するとすぐに検索に戻ります。`,
          ],
          action,
        });
    }
  }
}
