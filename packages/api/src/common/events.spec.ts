import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { EventBus } from './events.js';

interface TestEvents {
  Happened: { n: number };
  Other: { text: string };
}

const em = { name: 'the transaction' } as unknown as EntityManager;

describe('EventBus', () => {
  it('runs the handlers one after another, in subscription order, each awaited, with the publisher\'s em', async () => {
    const bus = new EventBus<TestEvents>();
    const seen: string[] = [];
    bus.subscribe('Happened', async (tem, e) => {
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      seen.push(`first ${e.n} ${tem === em}`);
    });
    bus.subscribe('Happened', async (_tem, e) => {
      seen.push(`second ${e.n}`);
    });
    bus.subscribe('Other', async () => {
      seen.push('other');
    });
    await bus.publish(em, { type: 'Happened', n: 1 });
    expect(seen).toEqual(['first 1 true', 'second 1']);
  });

  it('gives a handler\'s error to the publisher and runs no handler after it', async () => {
    const bus = new EventBus<TestEvents>();
    const seen: string[] = [];
    bus.subscribe('Other', async () => {
      throw new Error('refused');
    });
    bus.subscribe('Other', async () => {
      seen.push('after');
    });
    await expect(bus.publish(em, { type: 'Other', text: 'x' })).rejects.toThrow('refused');
    expect(seen).toEqual([]);
  });

  it('does nothing for an event nobody subscribed to', async () => {
    await expect(new EventBus<TestEvents>().publish(em, { type: 'Happened', n: 2 })).resolves.toBeUndefined();
  });
});
