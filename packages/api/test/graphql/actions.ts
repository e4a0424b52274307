// GraphQL documents for the availableActions tests: what each record offers its caller.
export const ACTIONS = 'availableActions { action enabled reason }';

export const ORDER_ACTIONS = `query($id: ID!) { order(id: $id) { id status nextStatuses ${ACTIONS} } }`;
export const ESCALATION_ACTIONS = `query($id: ID!) { escalation(id: $id) { id status ${ACTIONS} order { id ${ACTIONS} } } }`;
export const VENDOR_ACTIONS = `query($id: ID!) { vendor(id: $id) { id status ${ACTIONS} } }`;
export const REVIEW_ACTIONS = `query($id: ID!) { review(id: $id) {
  id status ${ACTIONS}
  checks { passed }
  checkDetails { check passed overridable hint }
  defaultCreative { displayName excerpt maxExcerptLength }
  publications { displayName excerpt }
} }`;
export const HOLD_VENDOR_ACTIONS = `mutation($v: ID!, $r: String!) { holdVendor(vendorId: $v, reason: $r) { id status ${ACTIONS} } }`;
export const CREATE_ORDER_ACTIONS = `mutation($input: CreateOrderInput!) { createOrder(input: $input) { id status ${ACTIONS} } }`;
