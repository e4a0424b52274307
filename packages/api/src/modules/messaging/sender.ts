// How a message leaves CX Loop. The outbox row is written first; a sender delivers it when due.
export interface OutgoingMessage {
  id: string;
  kind: string;
  channel: string;
  recipient: string;
  body: string;
  orderId: string | null;
}

export type SendResult = { ok: true } | { ok: false; error: string; retryable: boolean };

export interface MessageSender {
  readonly name: string;
  send(message: OutgoingMessage): Promise<SendResult>;
}

/** The default: nothing leaves the machine; the outbox row marked SENT is the record of what would be sent. */
export class RecordingSender implements MessageSender {
  readonly name = 'record';
  async send(): Promise<SendResult> {
    return { ok: true };
  }
}

/**
 * Posts each message as JSON to a provider's webhook (a WhatsApp / SMS gateway). 2xx is
 * delivered; 5xx, 429 and network errors are retried with backoff; other 4xx fail at once.
 */
export class WebhookSender implements MessageSender {
  readonly name = 'webhook';
  constructor(
    private readonly url: string,
    private readonly timeoutMs = 10_000,
    private readonly secret?: string,
  ) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    try {
      const res = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': message.id,
          ...(this.secret ? { authorization: `Bearer ${this.secret}` } : {}),
        },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (res.ok) return { ok: true };
      const retryable = res.status >= 500 || res.status === 429 || res.status === 408;
      return { ok: false, error: `provider answered HTTP ${res.status}`, retryable };
    } catch (e) {
      return { ok: false, error: `provider unreachable: ${(e as Error).message}`, retryable: true };
    }
  }
}
