// M7: the receipt documents the receipts e2e test sends.
export const RECEIPT_FIELDS = 'number amount paidAt paymentReference url order { id externalRef status }';
export const RECEIPT = `query($o: ID!) { receipt(orderId: $o) { ${RECEIPT_FIELDS} } }`;
export const RESEND_RECEIPT = `mutation($o: ID!, $c: Channel!) { resendReceipt(orderId: $o, channel: $c) { ${RECEIPT_FIELDS} } }`;
export const ORDER_REF = `query($id: ID!) { order(id: $id) { id externalRef customer { id } timeline { action rule data } } }`;
export const OPT_OUT = `mutation($c: ID!) { setMessagingOptOut(customerId: $c, optOut: true) { id messagingOptOut } }`;
