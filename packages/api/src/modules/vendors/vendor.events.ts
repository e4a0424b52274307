// What the vendors module publishes (common/events.ts); escalations subscribe in src/services.ts.
import type { VendorActionKind } from '../../common/enums.js';
import type { Vendor } from './vendor.entity.js';

export interface VendorEvents {
  /**
   * V2: a complaint took the vendor over the hold or deactivation threshold and it was held or
   * deactivated automatically (recorded and audited); `notice` is what VENDOR_OPS is told.
   */
  VendorThresholdCrossed: { vendor: Vendor; kind: VendorActionKind; notice: string; escalationId: string; orderId: string; at: Date };
}
