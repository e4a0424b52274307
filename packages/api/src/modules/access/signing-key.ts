// The server's HMAC key for the tokens it signs (sign-in tokens, customers' rating links): set
// by TOKEN_SECRET, or generated once and kept in the database so every process shares it.
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppSetting } from './app-setting.entity.js';

export class SigningKey {
  private secret?: Uint8Array;

  constructor(private readonly configured?: string) {}

  /** Loads (or creates once) the key. Called at start-up, before any request. */
  async init(em: EntityManager): Promise<void> {
    if (this.configured) {
      this.secret = new TextEncoder().encode(this.configured);
      return;
    }
    await em.getConnection().execute(
      `insert into app_setting (key, value) values ('token_secret', ?) on conflict (key) do nothing`,
      [randomBytes(48).toString('base64url')],
    );
    const row = await em.fork().findOneOrFail(AppSetting, { key: 'token_secret' });
    this.secret = new TextEncoder().encode(row.value);
  }

  get bytes(): Uint8Array {
    if (!this.secret) throw new Error('SigningKey.init() was not called');
    return this.secret;
  }
}
