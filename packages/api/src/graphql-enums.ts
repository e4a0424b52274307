// The domain's enums as GraphQL enums. Registered here, by the schema, so that common/enums.ts
// and the pure policies that use it carry no GraphQL library.
import { registerEnumType } from 'type-graphql';
import {
  AlertKind, ApiScope, CallReason, CallTaskStatus, CancellationReason, Channel, DeviceCategory, EscalationCategory, EscalationStatus,
  FeedbackRequestStatus, FeedbackRoute, MessageKind, MessageStatus, OrderStatus, PublishPlatform, ReviewSource,
  ReviewStatus, Role, SortOrder, Team, Touchpoint, VendorActionKind, VendorStatus, CaseType, CaseStatus, CasePriority, InteractionKind, WorkKind, InboxView, TimelineKind, MoneyKind, MoneyStatus,
} from './common/enums.js';

const enums = {
  Role, ApiScope, VendorStatus, VendorActionKind, DeviceCategory, OrderStatus, CancellationReason, Channel, Touchpoint, MessageKind,
  MessageStatus, FeedbackRequestStatus, FeedbackRoute, EscalationStatus, EscalationCategory, Team, CallReason,
  CallTaskStatus, ReviewSource, ReviewStatus, PublishPlatform, SortOrder, AlertKind, CaseType, CaseStatus, CasePriority, InteractionKind, WorkKind, InboxView, TimelineKind, MoneyKind, MoneyStatus,
};
for (const [name, e] of Object.entries(enums)) registerEnumType(e, { name });
