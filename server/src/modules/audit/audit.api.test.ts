import { createRoleActors, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';

const AUDIT_LOG = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id occurredAt actorEmail actorOrganizationId action entityType entityId before after } }
  }
}`;

interface AuditLogResult {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; occurredAt: string; action: string; entityType: string; entityId: string | null; actorOrganizationId: string | null } }[];
}

describe('audit log', () => {
  let app: TestApp;
  let actors: Record<ActorName, Actor>;
  const ORG_A = '11111111-1111-4111-8111-111111111111';
  const ORG_B = '22222222-2222-4222-8222-222222222222';

  const auditLog = async (variables: Record<string, unknown> = {}): Promise<AuditLogResult> => {
    const res = await app.graphql<{ auditLog: AuditLogResult }>(AUDIT_LOG, { first: 100, ...variables }, { cookie: actors.operator.cookie });
    expect(res.errors).toBeUndefined();
    return res.data!.auditLog;
  };
  const actions = (result: AuditLogResult) => result.edges.map((e) => e.node.action);

  beforeAll(async () => {
    app = await startTestApp();
    actors = await createRoleActors(app);
    await app.dataSource.query(
      `INSERT INTO organization (id, kind, name, prefecture_code, municipality_code)
       VALUES ($1, 'RMO', '岩船地域まちづくり協議会', '15', '152129'), ($2, 'INTERMEDIARY', '支援室B', NULL, NULL)`,
      [ORG_A, ORG_B],
    );
    // Fixed times (an INSERT may set occurred_at; only UPDATE and DELETE are refused). Two share a time to test the id tie-break.
    const rows: [string, string, string, string, string][] = [
      ['2026-01-01T09:00:00Z', ORG_A, 'createSupporterProfile', 'SupporterProfile', 'p1'],
      ['2026-01-02T09:00:00Z', ORG_A, 'updateSupporterProfile', 'SupporterProfile', 'p1'],
      ['2026-01-02T09:00:00Z', ORG_B, 'verifySupporterProfile', 'SupporterProfile', 'p1'],
      ['2026-01-03T09:00:00Z', ORG_B, 'inviteMember', 'Invitation', 'i1'],
      ['2026-01-04T09:00:00Z', ORG_A, 'archiveSupporterProfile', 'SupporterProfile', 'p2'],
    ];
    for (const [occurredAt, organizationId, action, entityType, entityId] of rows) {
      await app.dataSource.query(
        `INSERT INTO audit_entry (occurred_at, actor_organization_id, actor_email, action, entity_type, entity_id, before, after)
         VALUES ($1, $2, 'someone@example.jp', $3, $4, $5, '{"v": 1}', '{"v": 2}')`,
        [occurredAt, organizationId, action, entityType, entityId],
      );
    }
  });
  afterAll(() => app.close());

  it('lists entries newest first, with the before and after values', async () => {
    const result = await auditLog();
    expect(actions(result)).toEqual([
      'archiveSupporterProfile',
      'inviteMember',
      'verifySupporterProfile',
      'updateSupporterProfile',
      'createSupporterProfile',
    ]);
    expect(result.edges[0].node).toMatchObject({ entityType: 'SupporterProfile', entityId: 'p2', before: { v: 1 }, after: { v: 2 } });
  });

  it("resolves each entry's actor organization with one SQL statement for the whole page", async () => {
    const withOrganization = AUDIT_LOG.replace('actorOrganizationId', 'actorOrganizationId actorOrganization { id kind name }');
    const plain = await app.graphql(AUDIT_LOG, { first: 100 }, { cookie: actors.operator.cookie });
    const res = await app.graphql<{ auditLog: { edges: { node: { action: string; actorOrganization: unknown } }[] } }>(
      withOrganization,
      { first: 100 },
      { cookie: actors.operator.cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.auditLog.edges.map((e) => [e.node.action, e.node.actorOrganization])).toEqual([
      ['archiveSupporterProfile', { id: ORG_A, kind: 'RMO', name: '岩船地域まちづくり協議会' }],
      ['inviteMember', { id: ORG_B, kind: 'INTERMEDIARY', name: '支援室B' }],
      ['verifySupporterProfile', { id: ORG_B, kind: 'INTERMEDIARY', name: '支援室B' }],
      ['updateSupporterProfile', { id: ORG_A, kind: 'RMO', name: '岩船地域まちづくり協議会' }],
      ['createSupporterProfile', { id: ORG_A, kind: 'RMO', name: '岩船地域まちづくり協議会' }],
    ]);
    expect(res.extensions?.queryStats?.sqlStatements).toBe(plain.extensions!.queryStats!.sqlStatements + 1);
  });

  it('gives a null actor organization to entries without one', async () => {
    await app.dataSource.query(
      `INSERT INTO audit_entry (occurred_at, action, entity_type, entity_id) VALUES ('2025-12-31T09:00:00Z', 'registerIntermediary', 'Organization', 'o1')`,
    );
    const res = await app.graphql<{ auditLog: { edges: { node: { actorOrganization: unknown } }[] } }>(
      `{ auditLog(filter: { entityId: "o1" }) { edges { node { actorOrganization { name } } } } }`,
      {},
      { cookie: actors.operator.cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.auditLog.edges).toEqual([{ node: { actorOrganization: null } }]);
  });

  it.each([
    ['actor organization', { organizationId: ORG_B }, ['inviteMember', 'verifySupporterProfile']],
    ['entity', { entityType: 'SupporterProfile', entityId: 'p1' }, ['verifySupporterProfile', 'updateSupporterProfile', 'createSupporterProfile']],
    ['from (inclusive) and to (exclusive)', { from: '2026-01-02T09:00:00Z', to: '2026-01-04T09:00:00Z' }, ['inviteMember', 'verifySupporterProfile', 'updateSupporterProfile']],
    ['organization and date together', { organizationId: ORG_A, from: '2026-01-02T00:00:00Z' }, ['archiveSupporterProfile', 'updateSupporterProfile']],
  ])('filters by %s', async (_criterion, filter, expected) => {
    expect(actions(await auditLog({ filter }))).toEqual(expected);
  });

  it('pages through every entry exactly once, also across equal timestamps', async () => {
    const all = await auditLog();
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const page: AuditLogResult = await auditLog({ first: 2, after });
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
  });

  it.each([
    ['to before from', { filter: { from: '2026-01-03T00:00:00Z', to: '2026-01-02T00:00:00Z' } }, 'to'],
    ['a malformed organization id', { filter: { organizationId: 'not-an-id' } }, 'organizationId'],
    ['a forged cursor', { after: 'not-a-cursor' }, 'after'],
  ])('refuses %s with BAD_USER_INPUT', async (_case, variables, field) => {
    const res = await app.graphql(AUDIT_LOG, variables, { cookie: actors.operator.cookie });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['niigataPrefecture', 'FORBIDDEN'],
    ['murakamiCity', 'FORBIDDEN'],
    ['murakamiRmo', 'FORBIDDEN'],
    ['ownerIntermediary', 'FORBIDDEN'],
  ] as const)('is refused to %s with %s', async (actor, code) => {
    const res = await app.graphql(AUDIT_LOG, {}, { cookie: actors[actor].cookie });
    expect(res.errors?.[0].extensions?.code).toBe(code);
    expect(res.data).toBeNull();
  });

  it('names each entry’s target (a user, an organization, a profile, a page) with one statement per kind, and folds sign-ins away on request', async () => {
    await app.dataSource.query(
      `INSERT INTO audit_entry (occurred_at, action, entity_type, entity_id) VALUES
         ('2025-06-01T09:00:00Z', 'signIn', 'User', $1), ('2025-06-01T09:01:00Z', 'signOut', 'User', $1),
         ('2025-06-01T09:02:00Z', 'updateSitePage', 'SitePage', 'PRIVACY'), ('2025-06-01T09:03:00Z', 'removeMember', 'Organization', $2),
         ('2025-06-01T09:04:00Z', 'archiveSupporterProfile', 'SupporterProfile', '00000000-0000-4000-8000-000000000000')`,
      [actors.murakamiCity.userId, ORG_A],
    );
    const QUERY = `query ($filter: AuditLogFilter) { auditLog(filter: $filter, first: 100) { edges { node { action entityId targetName } } } }`;
    const window = { from: '2025-06-01T00:00:00Z', to: '2025-06-02T00:00:00Z' };
    const all = await app.graphql<{ auditLog: { edges: { node: { action: string; targetName: string | null } }[] } }>(QUERY, { filter: window }, { cookie: actors.operator.cookie });
    expect(all.data!.auditLog.edges.map((e) => [e.node.action, e.node.targetName])).toEqual([
      ['archiveSupporterProfile', null],
      ['removeMember', '岩船地域まちづくり協議会'],
      ['updateSitePage', 'プライバシーポリシー'],
      ['signOut', 'murakamicity（murakamicity@roles.example.jp）'],
      ['signIn', 'murakamicity（murakamicity@roles.example.jp）'],
    ]);
    const folded = await app.graphql<{ auditLog: { edges: { node: { action: string } }[] } }>(QUERY, { filter: { ...window, hideSessionEvents: true } }, { cookie: actors.operator.cookie });
    expect(folded.data!.auditLog.edges.map((e) => e.node.action)).toEqual(['archiveSupporterProfile', 'removeMember', 'updateSitePage']);
  });

  describe('append-only table', () => {
    it.each([
      ['UPDATE', `UPDATE audit_entry SET action = 'forged'`],
      ['DELETE', 'DELETE FROM audit_entry'],
      ['TRUNCATE', 'TRUNCATE audit_entry'],
    ])('refuses %s, even from the table owner, and keeps every entry', async (_statement, sql) => {
      const before: unknown[] = await app.dataSource.query('SELECT * FROM audit_entry ORDER BY id');
      await expect(app.dataSource.query(sql)).rejects.toThrow(/append-only/);
      expect(await app.dataSource.query('SELECT * FROM audit_entry ORDER BY id')).toEqual(before);
    });
  });
});
