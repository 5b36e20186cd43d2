import type { DataSource } from 'typeorm';
import { FundingRoute, MembershipRole, OrganizationKind, RequestFormat, Step, SupportPhase, SupportRequestStatus, SupportType } from '@tsunagu/shared';
import { hashPassword } from '../modules/account/credentials';
import { Organization } from '../modules/account/organization.entity';
import { User } from '../modules/account/user.entity';
import { SupportRequest } from '../modules/support-request/support-request.entity';

/** The municipality account the matching scenario signs in as (bench database only). */
export const BENCH_EMAIL = 'bench-municipality@bench.example.jp';
export const BENCH_PASSWORD = 'tsunagu-bench-only-password';

const ORGANIZATION = { kind: OrganizationKind.MUNICIPALITY, name: '（ベンチ）村上市', prefectureCode: '15', municipalityCode: '152129' };
const TITLE = '（ベンチ）山北地区のあり方検討会の進行と地域課題の見える化';

/** What the matching scenario asks for: the demo's 山北地区 request. */
export const BENCH_REQUEST_TYPES: readonly SupportType[] = [SupportType.DIALOGUE_FACILITATION, SupportType.ISSUE_VISUALIZATION];

export interface BenchRequest {
  requestId: string;
  userId: string;
}

/**
 * The bench's municipality organization, its user and one OPEN request of 村上市, created if
 * missing (rerunning reuses them; seed-scale's TRUNCATE of supporters leaves them alone). Written
 * directly: the bench database has no viewer to go through the services with, and needs no audit.
 */
export async function ensureBenchRequest(dataSource: DataSource): Promise<BenchRequest> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('tsunagu:bench-request'))`);
    const organizations = manager.getRepository(Organization);
    const organization =
      (await organizations.findOneBy({ kind: ORGANIZATION.kind, name: ORGANIZATION.name })) ??
      (await organizations.save(organizations.create(ORGANIZATION)));
    const users = manager.getRepository(User);
    const user =
      (await users.findOneBy({ email: BENCH_EMAIL })) ??
      (await users.save(
        users.create({
          organizationId: organization.id,
          email: BENCH_EMAIL,
          displayName: 'ベンチ 村上市担当',
          passwordHash: await hashPassword(BENCH_PASSWORD),
          membershipRole: MembershipRole.OWNER,
          removedAt: null,
        }),
      ));
    const requests = manager.getRepository(SupportRequest);
    const existing = await requests.findOneBy({ authorOrganizationId: organization.id, title: TITLE, status: SupportRequestStatus.OPEN });
    if (existing) return { requestId: existing.id, userId: user.id };
    const now = new Date();
    const request = await requests.save(
      requests.create({
        status: SupportRequestStatus.OPEN,
        prefectureCode: ORGANIZATION.prefectureCode,
        municipalityCode: ORGANIZATION.municipalityCode,
        authorOrganizationId: organization.id,
        createdByUserId: user.id,
        title: TITLE,
        background: 'ベンチマーク用の依頼です。',
        supportTypes: [...BENCH_REQUEST_TYPES],
        step: Step.REFLECTION,
        phase: SupportPhase.AWARENESS,
        desiredStart: '2027-04',
        durationMonths: 12,
        format: RequestFormat.IN_PERSON,
        fundingRoute: FundingRoute.MUNICIPAL_BUDGET,
        budgetMinYen: null,
        budgetMaxYen: 500_000,
        rmoAgreementConfirmed: true,
        published: true,
        submittedAt: now,
        openedAt: now,
      }),
    );
    return { requestId: request.id, userId: user.id };
  });
}
