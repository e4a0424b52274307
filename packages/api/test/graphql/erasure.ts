// GraphQL documents for the erasure tests: the privacy mutations, and every read that can show
// a customer's words or identifiers to staff.
export const EXPORT_CUSTOMER = `mutation($c: ID!) { exportCustomerData(customerId: $c) }`;
export const ERASE_CUSTOMER = `mutation($c: ID!, $r: String!) { eraseCustomer(customerId: $c, reason: $r) { id name erasedAt } }`;
export const COMPLETE_CALL_TASK = `mutation($id: ID!, $o: String!) { completeCallTask(id: $id, outcome: $o) { id status outcome } }`;

/** An order with everything hanging off it, as the admin's order page reads it. */
export const ORDER_EVERYTHING = `query($id: ID!) { order(id: $id) {
  id externalRef deviceModel paymentReference pincode
  customer { id name phone email }
  feedbackRequests { id touchpoint messages { kind body } }
  feedback { id rating comment }
  escalations { id status resolution interactions { summary } }
  callTasks { id status outcome }
  messages { kind body lastError }
  timeline { action actorLabel data }
  supportCases { subject description resolution interactions { summary } }
} }`;

export const OPEN_CASE = `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`;
export const CASE_REPLY = `mutation($id: ID!, $ch: Channel!, $b: String!) { replyToCase(caseId: $id, channel: $ch, body: $b) { id } }`;
export const CASE_NOTE = `mutation($id: ID!, $b: String!) { addCaseNote(caseId: $id, body: $b) { id } }`;
export const CASE_PARK = `mutation($id: ID!, $r: String!) { parkCase(caseId: $id, status: PENDING_CUSTOMER, reason: $r) { id } }`;
export const CASE_ESCALATE = `mutation($id: ID!, $r: String!) { escalateCase(caseId: $id, team: FINANCE, reason: $r) { id } }`;
export const CASE_RESOLVE = `mutation($id: ID!, $r: String!) { resolveCase(caseId: $id, resolution: $r) { id } }`;
export const CASE_MESSAGE = `mutation($id: ID!, $b: String!) { addCaseMessage(caseId: $id, body: $b, channel: EMAIL) { id } }`;

/** One read per list a role may have: what it cannot read comes back FORBIDDEN, the rest as data. */
export const STAFF_READS = [
  `{ allOrders(perPage: 100) { id externalRef deviceModel paymentReference customer { name phone email } } }`,
  `{ allCustomers(perPage: 100) { id name phone email } }`,
  `{ allFeedback(perPage: 100) { id rating comment } }`,
  `{ allEscalations(perPage: 100) { id resolution interactions { summary } } }`,
  `{ allCallTasks(perPage: 100) { id outcome } }`,
  `{ allAlerts(perPage: 100) { id text } }`,
  `{ allAuditEvents(perPage: 500) { action data } }`,
  `{ allReviews(perPage: 100) { authorName text reply statusReason consentNote externalId publications { displayName excerpt unpublishReason } timeline { data } } }`,
  `{ allVendors(perPage: 100) { statusReason actions { reason } } }`,
  `{ allSupportCases(perPage: 100) { subject description resolution parkReason deviceSerial customer { name phone email } interactions { summary } messages { body } } }`,
  `{ allInboxItems(perPage: 100) { title customerName } }`,
  ...['CAROUSEL_AD', 'HOMEPAGE_TRUST_BADGE', 'INSTAGRAM_FEED', 'INSTAGRAM_STORY', 'WEBSITE_TESTIMONIAL'].map(
    (p) => `{ testimonials(platform: ${p}) { displayName excerpt } }`,
  ),
];
