// The service container: one instance of each module's service, wired with the clock and the
// policy settings, shared by every request.
import type { Clock } from './common/clock.js';
import type { PolicySettings } from './common/policy-settings.js';
import { AccessService, type AccessSettings } from './modules/access/access.service.js';
import { EscalationService } from './modules/escalations/escalation.service.js';
import { OrderService } from './modules/orders/order.service.js';
import { VendorService } from './modules/vendors/vendor.service.js';

export interface Services {
  access: AccessService;
  orders: OrderService;
  escalations: EscalationService;
  vendors: VendorService;
}

export function createServices(deps: { clock: Clock; policy: PolicySettings; access: AccessSettings }): Services {
  const { clock } = deps;
  return {
    access: new AccessService(clock, deps.access),
    orders: new OrderService(clock),
    escalations: new EscalationService(clock),
    vendors: new VendorService(clock),
  };
}
