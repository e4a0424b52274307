// Domain events (STYLE "Side effects", after Vendure's event bus, trimmed to what one
// transaction per mutation needs): a module publishes what happened and other modules react,
// with no import back up. Handlers run synchronously in the publishing transaction: one after
// another in subscription order, each awaited, all with the publisher's EntityManager. An error
// in a handler reaches the publisher, so the whole mutation rolls back. No I/O, no timers.
import type { EntityManager } from '@mikro-orm/postgresql';

/** An event of a map of event name → payload: the payload with its name as `type`. */
export type DomainEvent<Events, K extends keyof Events = keyof Events> = { [N in K]: { type: N } & Events[N] }[K];

export type EventHandler<Events, K extends keyof Events> = (em: EntityManager, event: DomainEvent<Events, K>) => Promise<void>;

/** What a service is given: it can publish its own module's events and nothing else. */
export interface EventPublisher<Events> {
  publish(em: EntityManager, event: DomainEvent<Events>): Promise<void>;
}

/** The dispatcher: one per service container, subscriptions made once at start-up (src/services.ts). */
export class EventBus<Events> implements EventPublisher<Events> {
  private readonly handlers = new Map<keyof Events, EventHandler<Events, never>[]>();

  subscribe<K extends keyof Events>(type: K, handler: EventHandler<Events, K>): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler as EventHandler<Events, never>]);
  }

  async publish(em: EntityManager, event: DomainEvent<Events>): Promise<void> {
    for (const handler of this.handlers.get(event.type) ?? []) await handler(em, event as never);
  }
}
