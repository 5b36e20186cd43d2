import { ConfigError, loadConfig } from '../../config';
import { startSmtpTestServer, type SmtpTestServer } from '../../../test/smtp-test-server';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { composeMail } from './mail-content';

describe('DEV_MAILBOX with SMTP_URL (end-to-end tests read both)', () => {
  let smtp: SmtpTestServer;
  let app: TestApp;

  beforeAll(async () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    smtp = await startSmtpTestServer();
    app = await startTestApp({ smtpUrl: smtp.url, devMailbox: true });
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
    jest.restoreAllMocks();
  });

  it('delivers through the mail server and keeps a copy in the development mailbox', async () => {
    await app.services.mail.send(app.dataSource.manager, composeMail('TEST', 'copy@example.jp', '【つなぐ】写しの確認', { paragraphs: ['本文です。'] }));
    await app.services.jobs.runUntilIdle();
    expect(smtp.received.map((m) => [m.to, m.subject])).toEqual([[['copy@example.jp'], '【つなぐ】写しの確認']]);
    const copies = await app.services.devMailbox!.messages({ recipient: 'copy@example.jp' });
    expect(copies.map((m) => m.subject)).toEqual(['【つなぐ】写しの確認']);
  });

  it('is refused in production, and cannot be turned off without a mail server', () => {
    const production = { NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40), SMTP_URL: 'smtp://mail.example.jp:587' };
    expect(() => loadConfig({ ...production, DEV_MAILBOX: 'true' })).toThrow(ConfigError);
    expect(loadConfig(production).devMailbox).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).devMailbox).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test', SMTP_URL: 'smtp://127.0.0.1:2525' }).devMailbox).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'test', DEV_MAILBOX: 'false' })).toThrow(/DEV_MAILBOX/);
  });
});
