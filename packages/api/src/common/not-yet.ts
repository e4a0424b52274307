import { DomainError } from './errors.js';

/**
 * A contract operation whose capability is scheduled but not built yet. It refuses clearly and
 * changes nothing, instead of pretending to work.
 */
export class NotYetAvailableError extends DomainError {
  constructor(operation: string) {
    super('FORBIDDEN', `${operation} is part of the public contract but is not available on this server yet.`, {
      details: { notYetAvailable: operation },
    });
  }
}
