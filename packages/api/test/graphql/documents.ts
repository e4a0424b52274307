// GraphQL documents the e2e tests send, kept apart from the assertions.
export const ORDER_FIELDS = `
  id externalRef status deviceCategory deviceModel quotedPrice finalPrice completedAt
  customer { id name phone email corporate completedOrders }
  vendor { id name status }
  feedbackRequests { id } feedback { id } escalations { id } callTasks { id }
`;

export const CREATE_ORDER = `mutation($input: CreateOrderInput!) { createOrder(input: $input) { ${ORDER_FIELDS} } }`;
export const ASSIGN_VENDOR = `mutation($o: ID!, $v: ID!) { assignVendor(orderId: $o, vendorId: $v) { ${ORDER_FIELDS} } }`;
export const ADVANCE_ORDER = `mutation($o: ID!, $s: OrderStatus!, $p: Int) { advanceOrder(orderId: $o, status: $s, finalPrice: $p) { ${ORDER_FIELDS} } }`;
export const COMPLETE_ORDER = `mutation($o: ID!, $ref: String!) { completeOrder(orderId: $o, paymentReference: $ref) { ${ORDER_FIELDS} } }`;
export const CANCELLATION_FIELDS = `id status cancellationReason cancellationNote cancelledAt nextStatuses availableActions { action enabled reason }`;
export const CANCEL_ORDER = `mutation($o: ID!, $r: CancellationReason!, $n: String, $c: ID) { cancelOrder(orderId: $o, reason: $r, note: $n, caseId: $c) { ${CANCELLATION_FIELDS} } }`;
export const ORDER_CANCELLATION = `query($id: ID!) { order(id: $id) { ${CANCELLATION_FIELDS} timeline { action actorLabel rule data } } }`;
export const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} nextStatuses timeline { action actorLabel rule data } } }`;

export const CREATE_VENDOR = `mutation($name: String!, $city: String) { createVendor(name: $name, city: $city) { id name city status statusReason } }`;
export const HOLD_VENDOR = `mutation($v: ID!, $r: String!) { holdVendor(vendorId: $v, reason: $r) { id status statusReason actions { kind reason automatic by { email } } } }`;
export const REINSTATE_VENDOR = `mutation($v: ID!, $r: String!) { reinstateVendor(vendorId: $v, reason: $r) { id status statusReason actions { kind reason automatic by { email } } } }`;
export const VENDOR = `query($id: ID!) { vendor(id: $id) { id name status scorecard { ordersCompleted ratingsCount avgOverall complaintsLast30Days slaViolationsLast30Days compositeScore topPerformer } actions { kind reason } } }`;

export const CREATE_API_KEY = `mutation($n: String!, $s: [ApiScope!]!) { createApiKey(name: $n, scopes: $s) { secret apiKey { id name scopes createdAt revokedAt } } }`;
export const ME = `{ me { id email name roles } }`;

export const ORDER_LOOP = `query($id: ID!) { order(id: $id) {
  id status
  feedbackRequests { id touchpoint status createdAt link messages { id kind channel scheduledFor status sentAt body } }
  feedback { id touchpoint rating route escalation { id } }
  escalations { id status team category firstContactDueAt firstContactAt slaBreached }
  callTasks { id reasons status dueAt }
  messages { id kind channel status scheduledFor sentAt body }
  timeline { action rule data }
} }`;

export const SUBMIT_FEEDBACK = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) {
  id touchpoint rating comment route createdAt vendorBehaviour
  order { id }
  escalation { id status team firstContactDueAt slaBreached }
} }`;

export const ESCALATION = `query($id: ID!) { escalation(id: $id) {
  id status category team createdAt firstContactDueAt firstContactAt slaBreached resolution resolvedAt
  assignee { email } interactions { channel summary by { email } } order { id } feedback { rating }
} }`;
export const LOG_CONTACT = `mutation($id: ID!, $c: Channel!, $s: String!) { logEscalationContact(escalationId: $id, channel: $c, summary: $s) { id status firstContactAt slaBreached interactions { summary } } }`;
export const CATEGORIZE = `mutation($id: ID!, $c: EscalationCategory!) { categorizeEscalation(escalationId: $id, category: $c) { id status category team } }`;
export const RESOLVE = `mutation($id: ID!, $r: String!) { resolveEscalation(escalationId: $id, resolution: $r) { id status resolution resolvedAt } }`;
