import { AdvancingClock, DAY_MS } from '../common/clock';
import { ConfigError, loadConfig } from '../config';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createRoleActors } from '../../test/fixtures/role-fixtures';
import { openRequest, ownedSupporter } from '../../test/fixtures/offer-fixtures';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40), SMTP_URL: 'smtp://mail.example.jp:587' };

describe('TEST_CLOCK', () => {
  it('is refused at start-up outside NODE_ENV=test: production and development never run a movable clock', () => {
    expect(() => loadConfig({ ...PRODUCTION, TEST_CLOCK: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...PRODUCTION, TEST_CLOCK: 'true' })).toThrow(/TEST_CLOCK/);
    expect(() => loadConfig({ NODE_ENV: 'development', TEST_CLOCK: 'true' })).toThrow(/TEST_CLOCK/);
    expect(loadConfig({ ...PRODUCTION, TEST_CLOCK: 'false' }).testClock).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', TEST_CLOCK: 'true' }).testClock).toBe(true);
  });

  it('leaves /__test/clock unknown (404) without it', async () => {
    const app = await startTestApp({}, { clock: new AdvancingClock() });
    try {
      expect((await fetch(`${app.url}/__test/clock`)).status).toBe(404);
      const post = await fetch(`${app.url}/__test/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advanceDays":30}' });
      expect(post.status).toBe(404);
    } finally {
      await app.close();
    }
  });

  describe('with NODE_ENV=test and TEST_CLOCK=true', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ testClock: true }, { clock: new AdvancingClock() });
    });
    afterAll(() => app.close());

    it('moves the clock forward on request and runs what became due: an unanswered offer expires past its deadline', async () => {
      const actors = await createRoleActors(app);
      const supporter = await ownedSupporter(app, '時計の支援室');
      const requestId = await openRequest(app, actors.murakamiCity);
      const approached = await app.graphql<{ approachSupporter: { id: string } }>(
        'mutation ($input: ApproachSupporterInput!) { approachSupporter(input: $input) { id } }',
        { input: { requestId, supporterId: supporter.profile.id, message: 'お願い' } },
        { cookie: actors.murakamiCity.cookie },
      );
      const id = approached.data!.approachSupporter.id;
      const before = (await (await fetch(`${app.url}/__test/clock`)).json()) as { now: string };

      const moved = await fetch(`${app.url}/__test/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advanceDays":16}' });
      expect(moved.status).toBe(200);
      const { now } = (await moved.json()) as { now: string };
      expect(new Date(now).getTime() - new Date(before.now).getTime()).toBeGreaterThanOrEqual(16 * DAY_MS);

      const offer = await app.graphql<{ offer: { status: string } }>('query ($id: ID!) { offer(id: $id) { status } }', { id }, { cookie: actors.murakamiCity.cookie });
      expect(offer.data!.offer.status).toBe('EXPIRED');
    });

    it('only moves forward, and by at most a year at a time', async () => {
      for (const body of ['{"advanceDays":-1}', '{"advanceDays":400}', '{"advanceDays":"soon"}']) {
        const res = await fetch(`${app.url}/__test/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        expect(res.status).toBe(400);
      }
    });
  });
});
