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
export const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} nextStatuses timeline { action actorLabel rule data } } }`;

export const CREATE_VENDOR = `mutation($name: String!, $city: String) { createVendor(name: $name, city: $city) { id name city status statusReason } }`;
export const HOLD_VENDOR = `mutation($v: ID!, $r: String!) { holdVendor(vendorId: $v, reason: $r) { id status statusReason actions { kind reason automatic by { email } } } }`;
export const REINSTATE_VENDOR = `mutation($v: ID!, $r: String!) { reinstateVendor(vendorId: $v, reason: $r) { id status statusReason actions { kind reason automatic by { email } } } }`;
export const VENDOR = `query($id: ID!) { vendor(id: $id) { id name status scorecard { ordersCompleted ratingsCount avgOverall complaintsLast30Days slaViolationsLast30Days compositeScore topPerformer } actions { kind reason } } }`;

export const CREATE_API_KEY = `mutation($n: String!, $s: [ApiScope!]!) { createApiKey(name: $n, scopes: $s) { secret apiKey { id name scopes createdAt revokedAt } } }`;
export const ME = `{ me { id email name roles } }`;
