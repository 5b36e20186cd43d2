import type { DataSource, EntityManager } from 'typeorm';
import { MembershipRole, OrganizationKind } from '@tsunagu/shared';
import type { AppConfig } from '../../config';
import { hashPassword } from '../../modules/account/credentials';
import { Organization } from '../../modules/account/organization.entity';
import { User } from '../../modules/account/user.entity';
import { CASE_STUDY_NAMES } from './demo-data';
import { DEMO_OWN_RMO_NAME, seedDemoRequests, type DemoRequestAuthors } from './demo-requests';
import { seedDemoOffers, type DemoOfferActors } from './demo-offers';

/** The password of every demo account (README lists the accounts). */
export const DEMO_PASSWORD = 'tsunagu-demo-2026';

const NIIGATA = '15';
const MURAKAMI = '152129';
/** The 村上市 accounts that write the demo support requests. */
export const MURAKAMI_CITY_EMAIL = 'murakami-city@demo.example.jp';
export const MURAKAMI_RMO_EMAIL = 'murakami-rmo@demo.example.jp';

type PlaceOrganization = Pick<Organization, 'kind' | 'name' | 'prefectureCode' | 'municipalityCode'>;

/** Accounts of a fixed organization; the two supporter accounts get theirs from the demo profiles. */
export const DEMO_ACCOUNTS: readonly { email: string; displayName: string; organization: PlaceOrganization }[] = [
  {
    email: 'operator@demo.example.jp',
    displayName: 'デモ 運営担当',
    organization: { kind: OrganizationKind.OPERATOR, name: 'つなぐ運営事務局', prefectureCode: null, municipalityCode: null },
  },
  {
    email: 'niigata-pref@demo.example.jp',
    displayName: 'デモ 新潟県担当',
    organization: { kind: OrganizationKind.PREFECTURE, name: '新潟県', prefectureCode: NIIGATA, municipalityCode: null },
  },
  {
    email: MURAKAMI_CITY_EMAIL,
    displayName: 'デモ 村上市担当',
    organization: { kind: OrganizationKind.MUNICIPALITY, name: '村上市', prefectureCode: NIIGATA, municipalityCode: MURAKAMI },
  },
  {
    email: MURAKAMI_RMO_EMAIL,
    displayName: 'デモ 地区事務局',
    organization: {
      kind: OrganizationKind.RMO,
      // The same name as the demo RMO record linked to it.
      name: DEMO_OWN_RMO_NAME,
      prefectureCode: NIIGATA,
      municipalityCode: MURAKAMI,
    },
  },
];

/** Each owns one demo profile serving 新潟県, in this order. */
export const DEMO_SUPPORTER_EMAILS: readonly string[] = ['supporter1@demo.example.jp', 'supporter2@demo.example.jp'];

/** Demo accounts exist only on demo databases, never in production whatever SEED_DEMO_DATA says. */
export function shouldSeedDemoAccounts(config: Pick<AppConfig, 'seedDemoData' | 'nodeEnv'>): boolean {
  return config.seedDemoData && config.nodeEnv !== 'production';
}

/** The organization of this kind and name, created if missing. */
async function findOrCreateOrganization(manager: EntityManager, organization: PlaceOrganization): Promise<Organization> {
  const organizations = manager.getRepository(Organization);
  const existing = await organizations.findOne({ where: { kind: organization.kind, name: organization.name }, order: { createdAt: 'ASC' } });
  return existing ?? organizations.save(organizations.create(organization));
}

/**
 * Unowned invented profiles serving 新潟県, first by name (byte order, so any collation picks the
 * same ones); the report's real case-study organizations are never handed to a demo account.
 */
async function unownedNiigataProfiles(manager: EntityManager, count: number): Promise<{ id: string; name: string }[]> {
  return manager.query(
    `SELECT p.id, p.name FROM supporter_profile p
      WHERE p.owner_organization_id IS NULL AND p.archived_at IS NULL AND p.name <> ALL($1::text[])
        AND EXISTS (SELECT 1 FROM supporter_service_area a WHERE a.supporter_id = p.id AND a.prefecture_code = $2)
      ORDER BY p.name COLLATE "C", p.id
      LIMIT $3`,
    [CASE_STUDY_NAMES, NIIGATA, count],
  );
}

/** Who writes the demo requests; null if either account is missing (and so cannot own them). */
async function requestAuthors(manager: EntityManager): Promise<DemoRequestAuthors | null> {
  const users = await manager.getRepository(User).find({ where: [{ email: MURAKAMI_CITY_EMAIL }, { email: MURAKAMI_RMO_EMAIL }] });
  const city = users.find((u) => u.email === MURAKAMI_CITY_EMAIL);
  const rmo = users.find((u) => u.email === MURAKAMI_RMO_EMAIL);
  if (!city || !rmo) return null;
  return {
    municipality: { organizationId: city.organizationId, userId: city.id },
    rmo: { organizationId: rmo.organizationId, userId: rmo.id },
  };
}

/** 新潟県's account and the supporter2@ organization with its profile, for the demo offers; null if missing. */
async function offerActors(manager: EntityManager, authors: DemoRequestAuthors): Promise<DemoOfferActors | null> {
  const [prefecture]: { id: string; organization_id: string }[] = await manager.query(`SELECT id, organization_id FROM app_user WHERE email = $1`, [
    DEMO_ACCOUNTS.find((a) => a.organization.kind === OrganizationKind.PREFECTURE)!.email,
  ]);
  const [supporter]: { organization_id: string; profile_id: string; support_types: DemoOfferActors['supporter']['supportTypes'] }[] = await manager.query(
    `SELECT u.organization_id, p.id AS profile_id, p.support_types FROM app_user u
       JOIN supporter_profile p ON p.owner_organization_id = u.organization_id AND p.archived_at IS NULL
      WHERE u.email = $1 ORDER BY p.created_at, p.id LIMIT 1`,
    [DEMO_SUPPORTER_EMAILS[1]],
  );
  if (!prefecture || !supporter) return null;
  return {
    municipality: authors.municipality,
    prefecture: { organizationId: prefecture.organization_id, userId: prefecture.id },
    supporter: { organizationId: supporter.organization_id, profileId: supporter.profile_id, supportTypes: supporter.support_types },
  };
}

/** The demo accounts missing so far, created; returns what was made, for the log. */
async function createMissingAccounts(manager: EntityManager, log: (message: string) => void): Promise<string[]> {
  const users = manager.getRepository(User);
  const allEmails = [...DEMO_ACCOUNTS.map((a) => a.email), ...DEMO_SUPPORTER_EMAILS];
  const present = new Set((await users.find({ select: { email: true }, where: allEmails.map((email) => ({ email })) })).map((u) => u.email));
  if (allEmails.every((email) => present.has(email))) return [];

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const addUser = (organizationId: string, email: string, displayName: string) =>
    users.save(users.create({ organizationId, email, displayName, passwordHash, membershipRole: MembershipRole.OWNER, removedAt: null }));
  const made: string[] = [];
  for (const account of DEMO_ACCOUNTS.filter((a) => !present.has(a.email))) {
    const organization = await findOrCreateOrganization(manager, account.organization);
    await addUser(organization.id, account.email, account.displayName);
    made.push(account.email);
  }
  const missingSupporters = DEMO_SUPPORTER_EMAILS.filter((email) => !present.has(email));
  const profiles = await unownedNiigataProfiles(manager, missingSupporters.length);
  if (profiles.length < missingSupporters.length) {
    log('Demo accounts: not enough unowned demo profiles serving 新潟県; some supporter accounts were not created.');
  }
  for (const [i, profile] of profiles.entries()) {
    const organization = await manager
      .getRepository(Organization)
      .save(manager.getRepository(Organization).create({ kind: OrganizationKind.INTERMEDIARY, name: profile.name, prefectureCode: null, municipalityCode: null }));
    await manager.query('UPDATE supporter_profile SET owner_organization_id = $1 WHERE id = $2', [organization.id, profile.id]);
    await addUser(organization.id, missingSupporters[i], `デモ 支援者${DEMO_SUPPORTER_EMAILS.indexOf(missingSupporters[i]) + 1}`);
    made.push(`${missingSupporters[i]} (${profile.name})`);
  }
  return made;
}

/**
 * Creates the missing demo accounts (password DEMO_PASSWORD), each the owner of its organization,
 * then the demo RMO records and support requests of 村上市 (seedDemoRequests) and their
 * introductions and offers (seedDemoOffers), all in one transaction. Idempotent: existing accounts, records and requests are left alone. Run after the
 * demo supporters are loaded.
 */
export async function seedDemoAccounts(dataSource: DataSource, log: (message: string) => void, now = new Date()): Promise<void> {
  const { accounts, requests } = await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('tsunagu:demo-accounts'))`);
    const accounts = await createMissingAccounts(manager, log);
    const authors = await requestAuthors(manager);
    if (!authors) return { accounts, requests: [] };
    const requests = await seedDemoRequests(manager, authors, now);
    const actors = await offerActors(manager, authors);
    return { accounts, requests: [...requests, ...(actors ? await seedDemoOffers(manager, actors, now) : [])] };
  });
  if (accounts.length) log(`Demo accounts (password ${DEMO_PASSWORD}): ${accounts.join(', ')}.`);
  if (requests.length) log(`Demo RMOs, support requests and introductions of 村上市: ${requests.join(', ')}.`);
}
