import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals mail content (which may carry a reset or invitation link) with AES-256-GCM while it waits
 * in the database: a copy of the database alone reveals no usable token.
 * Layout: 12-byte IV ‖ 16-byte tag ‖ ciphertext.
 */
export class MailSeal {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The mail encryption key must be 32 bytes');
  }

  seal<T>(content: T): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(content), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
  }

  /** Throws if the content was altered or sealed with another key. */
  open<T>(sealed: Buffer): T {
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, IV_BYTES));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as T;
  }
}
