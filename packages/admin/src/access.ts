// What the menu and the buttons may offer, read from the operations the API's access table
// allows the signed-in user (User.allowedOperations, fetched at sign-in). No rule is repeated
// here: the API decides, the panel only asks which operations it may call.
const READ_OPERATION = {
  Order: 'allOrders',
  Customer: 'allCustomers',
  Vendor: 'allVendors',
  Escalation: 'allEscalations',
  SupportCase: 'allSupportCases',
  // Cases and escalations together (the CX desk's inbox).
  InboxItem: 'allInboxItems',
  CallTask: 'allCallTasks',
  Review: 'allReviews',
  User: 'allUsers',
  ApiKey: 'allApiKeys',
  Alert: 'allAlerts',
  // The finance queue: CX reads it, FINANCE decides (approveMoney below).
  MoneyRequest: 'allMoneyRequests',
} as const;

// Actions on one order, escalation, vendor or review come with the record (availableActions),
// decided for its state too; these are the ones that are not about one record's state.
const ACTION_OPERATION = {
  createVendor: 'createVendor',
  // A vendor's name and city (the edit page); its status has its own actions (availableActions).
  updateVendor: 'updateVendor',
  completeCallTask: 'completeCallTask',
  // New case (K1); what may be done with an open case comes with it (SupportCase.availableActions).
  openCase: 'openCase',
  // Bulk Assign on the case list (one case's Assign comes with it, as ASSIGN).
  assignCase: 'assignCase',
  assignWork: 'assignWork',
  importReviewsCsv: 'importReviewsCsv',
  // Which reviews have suggestions comes with the review (Review.suggestedOrders).
  confirmReviewOrder: 'confirmReviewOrder',
  // Whoever may publish testimonials is told which public-review invite mode is in force (R5).
  publishReview: 'publishReview',
  // Deactivate / reactivate a user (updateUser's active flag), set a user's password, one's own.
  updateUser: 'updateUser',
  resetUserPassword: 'resetUserPassword',
  changePassword: 'changePassword',
  // M7: a completed order's receipt (Open PDF) and sending it again.
  receipt: 'receipt',
  resendReceipt: 'resendReceipt',
  // Money (M1–M6): a request has no availableActions; Approve and Reject show on a PROPOSED one to
  // whoever may call them, and the API refuses the proposer (MONEY_SELF_APPROVAL) with its reason.
  proposeMoney: 'proposeMoney',
  approveMoney: 'approveMoney',
  rejectMoney: 'rejectMoney',
  // A read, not a resource: an order's or a vendor's ledger (the order and vendor pages).
  ledger: 'ledger',
} as const;

export type Resource = keyof typeof READ_OPERATION;
export type Action = keyof typeof ACTION_OPERATION;

/** Whether a route's first segment names one of the panel's resources (readable or not). */
export const isResource = (name: string): name is Resource => Object.hasOwn(READ_OPERATION, name);

export const canRead = (permissions: readonly string[] | undefined, resource: Resource) => !!permissions?.includes(READ_OPERATION[resource]);

export const can = (permissions: readonly string[] | undefined, action: Action) => !!permissions?.includes(ACTION_OPERATION[action]);
