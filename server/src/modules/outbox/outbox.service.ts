import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config';
import { OutboxMessage } from './outbox-message.entity';

export interface OutgoingMail {
  kind: string;
  recipient: string;
  subject: string;
  body: string;
}

/** Queues mail in outbox_message; a sender process delivers it later. */
export class OutboxService {
  constructor(
    private readonly nodeEnv: AppConfig['nodeEnv'],
    private readonly log: (message: string) => void = (message) => console.log(message),
  ) {}

  /**
   * Queues a mail inside the caller's transaction. `link` is the secret link the mail carries:
   * printed in development and test so people can follow it without a mail server, never in production.
   */
  async enqueue(manager: EntityManager, mail: OutgoingMail, link: string): Promise<void> {
    await manager.getRepository(OutboxMessage).insert({ ...mail, sentAt: null });
    if (this.nodeEnv === 'development' || this.nodeEnv === 'test') {
      this.log(`[outbox] ${mail.kind} for ${mail.recipient}: ${link}`);
    }
  }
}
