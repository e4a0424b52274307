import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainError } from './common/errors.js';
import type { Clock } from './common/clock.js';
import type { Loaders } from './common/loaders.js';
import type { PolicySettings } from './common/policy-settings.js';
import type { Principal } from './modules/access/principal.js';
import type { Services } from './services.js';

export interface GraphQLContext {
  requestId: string;
  em: EntityManager;
  principal: Principal | null;
  loaders: Loaders;
  services: Services;
  clock: Clock;
  policy: PolicySettings;
  /** Set when the request carried a credential that did not verify; refused on non-public operations. */
  authError?: DomainError;
}

/** The caller of an operation that needs credentials (the access guard has already checked them). */
export const principalOf = (ctx: GraphQLContext): Principal => ctx.principal as Principal;
