import { OrganizationKind } from '@tsunagu/shared';
import { TEST_PASSWORD, createAccount, sessionCookieFrom } from '../fixtures/account-fixtures';
import { MURAKAMI, NIIGATA } from '../fixtures/role-fixtures';
import { supportRequestInput } from '../fixtures/request-fixtures';
import { insertSupporter } from '../fixtures/supporter-fixtures';
import { startTestApp, type TestApp } from '../test-app';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { user { id } } }`;
const ME = `query Me { me { user { email } } }`;
const SIGN_OUT = `mutation SignOut { signOut }`;
const CREATE_REQUEST = `mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }`;
const SUBMIT = `mutation ($id: ID!) { submitSupportRequest(id: $id) { status } }`;
const MATCHES = `query Matches($id: ID!) { matchesForRequest(requestId: $id) { score supporter { id name } } }`;
const ARCHIVE = `mutation Archive($id: ID!) { archiveSupporterProfile(id: $id) { id } }`;
const LIMITS = { perAccount: 3, perAddress: 50, windowMinutes: 15 };

interface Answer<T> {
  status: number;
  servedBy: number;
  data?: T | null;
  errors?: { extensions?: Record<string, unknown> }[];
  setCookie: string[];
}

/**
 * Two app instances (each with its own pool, caches and in-memory matching catalogue) on one
 * database behind a round-robin proxy: what one instance learns, the other must honour at once.
 */
describe('two replicas behind a round-robin proxy', () => {
  let a: TestApp;
  let b: TestApp;
  let proxy: RoundRobinProxy;
  const officer = 'officer@replicas.example.jp';
  const ownerEmail = 'owner@replicas.example.jp';

  const viaProxy = async <T>(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<Answer<T>> => {
    const res = await fetch(`${proxy.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, servedBy: Number(res.headers.get('x-served-by')), setCookie: res.headers.getSetCookie(), ...((await res.json()) as object) };
  };
  const signIn = (email: string, password: string) => viaProxy<{ signIn: { user: { id: string } } }>(SIGN_IN, { email, password });

  beforeAll(async () => {
    a = await startTestApp({ signInLimits: LIMITS });
    b = await startTestApp({ signInLimits: LIMITS }, { databaseUrl: a.databaseUrl });
    proxy = await startRoundRobinProxy([a.url, b.url]);
    await createAccount(a.dataSource, { kind: OrganizationKind.MUNICIPALITY, organizationName: '村上市', prefectureCode: NIIGATA, municipalityCode: MURAKAMI, email: officer });
  });
  afterAll(async () => {
    await proxy.close();
    await b.close();
    await a.close();
  });
  beforeEach(() => a.dataSource.query('DELETE FROM sign_in_failure'));

  it('a session started on one instance is recognised, and ended, on the other', async () => {
    const signedIn = await signIn(officer, TEST_PASSWORD);
    expect(signedIn.errors).toBeUndefined();
    const cookie = sessionCookieFrom(signedIn.setCookie)!;
    const seenBy = new Set<number>([signedIn.servedBy]);
    for (let i = 0; i < 2; i += 1) {
      const me = await viaProxy<{ me: { user: { email: string } } | null }>(ME, {}, cookie);
      expect(me.data?.me?.user.email).toBe(officer);
      seenBy.add(me.servedBy);
    }
    expect([...seenBy].sort()).toEqual([0, 1]);
    expect((await viaProxy(SIGN_OUT, {}, cookie)).errors).toBeUndefined();
    const afterSignOut = [await viaProxy<{ me: unknown }>(ME, {}, cookie), await viaProxy<{ me: unknown }>(ME, {}, cookie)];
    expect(afterSignOut.map((me) => me.servedBy).sort()).toEqual([0, 1]);
    for (const me of afterSignOut) expect(me.data?.me).toBeNull();
  });

  it('sign-in limits count across instances: guesses spread over both still stop at the limit', async () => {
    const served = new Set<number>();
    for (let i = 0; i < LIMITS.perAccount; i += 1) {
      const res = await signIn(officer, `wrong guess ${i}`);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      served.add(res.servedBy);
    }
    expect(served.size).toBe(2);
    for (let i = 0; i < 2; i += 1) {
      const refused = await signIn(officer, TEST_PASSWORD);
      expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    }
    // Fired at once across both instances, the guesses still get no more password checks than the limit.
    await a.dataSource.query('DELETE FROM sign_in_failure');
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(officer, `burst ${i}`)));
    expect(burst.filter((res) => res.errors?.[0].extensions?.code === 'UNAUTHENTICATED')).toHaveLength(LIMITS.perAccount);
  });

  it("the matching catalogue stays fresh: a profile archived through one instance leaves the other's ranking at once", async () => {
    const { organization } = await createAccount(a.dataSource, { kind: OrganizationKind.INTERMEDIARY, organizationName: '支援室R', email: ownerEmail });
    const [kept, archived] = await Promise.all(
      ['残る支援室', 'アーカイブされる支援室'].map((name) =>
        insertSupporter(a.dataSource, { name, ownerOrganizationId: organization.id, municipalities: [[NIIGATA, MURAKAMI]], supportTypes: ['RESTRUCTURING'] as never }),
      ),
    );
    const officerCookie = sessionCookieFrom((await signIn(officer, TEST_PASSWORD)).setCookie)!;
    const created = await viaProxy<{ createSupportRequest: { id: string } }>(CREATE_REQUEST, { input: supportRequestInput({ supportTypes: ['RESTRUCTURING'] }) }, officerCookie);
    const requestId = created.data!.createSupportRequest.id;
    expect((await viaProxy(SUBMIT, { id: requestId }, officerCookie)).errors).toBeUndefined();

    // Both instances have loaded the catalogue and rank both profiles.
    const rankings = [await viaProxy<{ matchesForRequest: { supporter: { id: string } }[] }>(MATCHES, { id: requestId }, officerCookie)];
    rankings.push(await viaProxy<{ matchesForRequest: { supporter: { id: string } }[] }>(MATCHES, { id: requestId }, officerCookie));
    expect(rankings.map((r) => r.servedBy).sort()).toEqual([0, 1]);
    for (const ranking of rankings) expect(ranking.data!.matchesForRequest.map((m) => m.supporter.id).sort()).toEqual([kept.id, archived.id].sort());

    const ownerCookie = sessionCookieFrom((await signIn(ownerEmail, TEST_PASSWORD)).setCookie)!;
    const archivedBy = await viaProxy(ARCHIVE, { id: archived.id }, ownerCookie);
    expect(archivedBy.errors).toBeUndefined();
    // The next two rankings come from both instances, the one that did not archive included.
    for (let i = 0; i < 2; i += 1) {
      const after = await viaProxy<{ matchesForRequest: { supporter: { id: string } }[] }>(MATCHES, { id: requestId }, officerCookie);
      expect(after.data!.matchesForRequest.map((m) => m.supporter.id)).toEqual([kept.id]);
    }
  });
});
