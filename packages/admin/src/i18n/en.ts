// Every word of the panel in English: react-admin's own messages (ra-language-english) with the
// ones that read badly here replaced, the resources' names and fields, the panel's words (cx.*),
// the SOP rules by the ids the server records (rules.*) and the timeline's sentences (events.*).
// A second language is a sibling file with the same keys (i18n/index.ts lists the locales).
//
// Plurals are polyglot's: "one |||| many" chosen by %{smart_count}.
import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';

const ra = englishMessages.ra;

/** A resource's singular and plural, its "new" page and button, and its toasts. */
const resource = (one: string, many: string, fields: Record<string, string> = {}) => ({
  name: `${one} |||| ${many}`,
  fields,
  page: { create: `New ${one.toLowerCase()}` },
  action: { create: `New ${one.toLowerCase()}` },
  notifications: {
    created: `${one} created`,
    updated: `${one} saved |||| %{smart_count} ${many.toLowerCase()} saved`,
    deleted: `${one} deleted |||| %{smart_count} ${many.toLowerCase()} deleted`,
  },
});

export const en = {
  ...englishMessages,
  ra: {
    ...ra,
    action: { ...ra.action, back: 'Go back', create: 'New', update_application: 'Reload the panel' },
    page: {
      ...ra.page,
      // Per resource: resources.<Name>.page.create ("New user"); this is the fallback.
      create: 'New %{name}',
      // "User Asha Agent", "Vendor QuickFix Mobiles": the singular, then the record's name.
      edit: '%{name} %{recordRepresentation}',
      show: '%{name} %{recordRepresentation}',
      not_found: 'Page not found',
      access_denied: 'No access',
      empty: 'No %{name} yet',
    },
    message: {
      ...ra.message,
      not_found: 'This address is not a page of the panel: check the link, or go back',
      access_denied: 'Your role does not give access to this page. Ask an admin if you need it.',
      error: 'Something went wrong on this page. Reload it, and tell the tech team if it happens again.',
      invalid_form: 'Some fields need attention: see the messages under them',
    },
    navigation: {
      ...ra.navigation,
      no_results: 'No %{name} found',
      no_filtered_results: 'No %{name} match the filters',
    },
    auth: { ...ra.auth, email: 'E-mail', logout: 'Sign out', user_menu: 'Your account', auth_check_error: 'Sign in to continue' },
    notification: {
      ...ra.notification,
      // Per resource: resources.<Name>.notifications.created ("User created"); these are fallbacks.
      created: 'Created',
      updated: 'Saved |||| %{smart_count} saved',
      deleted: 'Deleted |||| %{smart_count} deleted',
      // A record the API does not return: missing, or outside what the caller's role may read (S2).
      item_doesnt_exist: 'Not found, or your role cannot open it',
      bad_item: 'This record cannot be shown',
      not_authorized: 'Your role does not allow this',
      http_error: 'Cannot reach the CX Loop API. Check your connection and try again.',
      data_provider_error: 'The request failed. Try again.',
      logged_out: 'Your session has ended. Sign in again.',
    },
    validation: { ...ra.validation, email: 'Must be a valid e-mail address' },
  },

  resources: {
    Order: resource('Order', 'Orders', {
      externalRef: 'Ref', status: 'Status', deviceModel: 'Device', deviceCategory: 'Device type', quotedPrice: 'Quoted', finalPrice: 'Final',
      paymentReference: 'Payment reference', pincode: 'Pincode', createdAt: 'Created', completedAt: 'Completed', q: 'Search',
    }),
    Customer: resource('Customer', 'Customers', {
      name: 'Name', phone: 'Phone', email: 'E-mail', corporate: 'Corporate', hasWhatsapp: 'WhatsApp', messagingOptOut: 'Opted out of messages',
      completedOrders: 'Completed orders', createdAt: 'Customer since', erasedAt: 'Erased', orders: 'Orders',
      touchpoint: 'Touchpoint', rating: 'Rating', comment: 'Comment', team: 'Team', category: 'Category', status: 'Status',
    }),
    // The vendor list is the scorecard list.
    Vendor: {
      ...resource('Vendor', 'Vendor scorecards', {
        name: 'Name', city: 'City', status: 'Status', compositeScore: 'Score', avgOverall: 'Overall', ratingsCount: 'Ratings', ordersCompleted: 'Orders',
      }),
      notifications: { created: 'Vendor created', updated: 'Vendor saved |||| %{smart_count} vendors saved', deleted: 'Vendor deleted |||| %{smart_count} vendors deleted' },
    },
    Escalation: resource('Escalation', 'Escalations', {
      status: 'Status', team: 'Team', category: 'Category', createdAt: 'Opened', firstContactDueAt: 'First contact', assignee: 'Assignee',
    }),
    CallTask: resource('Call task', 'Call tasks', { dueAt: 'Due', status: 'Status', reasons: 'Reasons', reason: 'Reason', outcome: 'Outcome' }),
    Review: resource('Review', 'Reviews', {
      authorName: 'Author', source: 'Source', rating: 'Rating', text: 'Review', status: 'Status', postedAt: 'Posted', sentimentScore: 'Sentiment',
    }),
    User: resource('User', 'Users', { email: 'E-mail', name: 'Name', roles: 'Roles', role: 'Role', active: 'Active', password: 'Password', lastLoginAt: 'Last sign-in' }),
    ApiKey: resource('API key', 'API keys', { name: 'Name', scopes: 'Scopes', createdAt: 'Created', lastUsedAt: 'Last used', revokedAt: 'Revoked' }),
    Alert: resource('Alert', 'Alerts', { kind: 'Kind', team: 'Team', text: 'Alert', createdAt: 'When' }),
  },

  cx: {
    none: '—',
    never: 'Never',
    app: { name: 'CX Loop' },
    login: { intro: 'Sign in to the admin panel.' },
    menu: { testimonials: "What's live", change_password: 'Change password' },
    actions: { not_possible: 'Not possible now.' },
    conflict: { reload: 'Reload', reloading: 'Reloading…' },
    edit: { not_saved: 'The change was not saved.' },
    export: {
      exporting: 'Exporting…',
      exporting_short: 'Exporting',
      title: 'Download every row that matches the filters, as CSV',
      downloaded: 'Downloaded %{name}.',
      failed: 'The export failed. Try again.',
    },
    review_gating: {
      show: 'Why it matters',
      hide: 'Hide',
      EVERYONE: {
        title: 'Public review invites: everyone (EVERYONE)',
        text:
          'Every customer gets a neutral invite to review us publicly, whatever their rating (1–2 star customers after their escalation). ' +
          "This follows Google's review policy and consumer-review rules against selective solicitation.",
      },
      SOP_4_AND_5: {
        title: 'Public review invites: only 4–5 star customers (SOP_4_AND_5)',
        text:
          "Only customers who rated 4–5 stars are invited to review us publicly. Google's review policy and consumer-review rules treat this as " +
          'selective solicitation of positive reviews (review gating). To invite everyone neutrally, set POLICY_PUBLIC_REVIEW_INVITES=EVERYONE on the API.',
      },
    },
    customer: {
      completed_orders: '%{smart_count} completed order |||| %{smart_count} completed orders',
      corporate: 'corporate',
    },
    sla: {
      breached: 'SLA breached',
      left: '%{duration} left',
      overdue: 'Overdue %{duration}',
      contacted: 'Contacted',
      contacted_after: 'Contacted after %{duration}',
    },
    escalations: {
      assign_to_me: 'Assign to me',
      assigned_to_you: 'Assigned to you',
      agent: 'Agent',
      nobody: 'Nobody (unassign)',
      log_contact: {
        label: 'Log contact',
        title: 'Log contact with the customer',
        description: 'Record how you reached the customer and what was said. The first contact stops the SLA clock.',
        success: 'Contact logged',
        channel: 'Channel',
        summary: 'Summary',
      },
      categorize: {
        label: 'Categorize',
        title: 'Categorize the escalation',
        description: 'Vendor issues go to Vendor ops, payment to Finance, tech to Tech; pricing and miscommunication stay with CX.',
        confirm: 'Save category',
        success: 'Category saved',
      },
      resolve: {
        label: 'Resolve',
        title: 'Resolve the escalation',
        description: 'The customer then gets an updated-rating request, and a follow-up call task is created.',
        success: 'Resolved: the customer is asked for an updated rating',
        resolution: 'Resolution',
      },
      assign: { label: 'Assign', title: 'Assign the escalation', success: 'Assignee saved' },
      due_within: 'First contact due within (min)',
      views: { label: 'Saved views', all: 'All', mine: 'Mine', unassigned: 'Unassigned', due_soon: 'Due soon', breached: 'Breached' },
      stars: '%{rating} stars',
      no_rating: 'No rating',
      unassigned: 'Unassigned',
      empty: {
        title: 'No escalations yet',
        text: 'A 1–2 star rating opens one automatically, due for first contact within 15 minutes. Nothing to do until then.',
      },
      no_match: { title: 'Nothing matches', text: 'No escalation matches these filters. Clear them to see the whole queue.' },
      order_customer: 'Order · customer',
      rating: 'Rating',
      team_category: 'Team · category',
      show_title: 'Escalation · order %{ref}',
      not_categorized: 'Not categorized',
      customer: 'Customer',
      order: 'Order',
      vendor: 'Vendor',
      no_comment: '(no comment)',
      resolution_at: 'Resolution (%{when})',
      contacts: 'Contacts with the customer',
      no_contacts: 'Nobody has contacted the customer yet. Call or message them, then use “Log contact”.',
      system: 'system',
      order_history: 'Order history',
    },
    no_access: {
      title: 'No access',
      text: 'Your role does not include %{page}. Ask an admin if you need it.',
    },
    timeline: {
      tab: 'Timeline (%{smart_count})',
      empty: 'Nothing has happened to this order yet.',
      when: 'When',
      what: 'What happened',
      rule: 'SOP rule %{id}: %{name}',
      rule_unknown: 'SOP rule %{id}',
      // The system's own label (the API's SYSTEM actor), so its sentences read "CX Loop opened…".
      system: 'CX Loop',
      someone: 'Someone',
      stars: '%{smart_count}★',
      messages: '%{smart_count} message |||| %{smart_count} messages',
      field: '%{name}: %{value}',
    },
  },

  /** The SOP rules (shared/SOP_RULES.md) by the id the server records on an event or an error. */
  rules: {
    ORDER_INVALID_TRANSITION: 'Orders move one lifecycle step at a time (or are cancelled or returned)',
    ORDER_NEEDS_VENDOR: 'Completing an order needs an assigned vendor',
    VENDOR_NOT_ACTIVE: 'Only active vendors take orders',
    F1: 'Completion asks the customer for feedback: request, reminder, final follow-up',
    F2: "The customer's answer cancels the remaining reminders",
    F3: 'Feedback only once the order has reached the touchpoint',
    F4: 'One feedback per order and touchpoint',
    F5: 'Ratings 1 to 5; comments up to 2,000 characters',
    F6: 'Pickup and new-vendor questions',
    FEEDBACK_NOT_ELIGIBLE: 'Feedback only once the order has reached the touchpoint',
    FEEDBACK_ALREADY_SUBMITTED: 'One feedback per order and touchpoint',
    R1: '1–2 stars: escalate to CX',
    R2: '3 stars: ask for details',
    R3: '4 stars: invite a public review',
    R4: '5 stars: send to the app stores',
    R5: 'Review-gating switch: who is invited to review publicly',
    E1: 'First contact within the SLA',
    E2: 'The category routes the escalation to a team',
    E3: 'Resolving asks the customer for an updated rating',
    E4: 'The updated rating closes the escalation',
    ESCALATION_NOT_CONTACTED: 'Resolving needs a first contact',
    ESCALATION_NEEDS_CATEGORY: 'Resolving needs a category',
    ESCALATION_CLOSED: 'A closed escalation does not change',
    C1: 'Manual call for high-value, corporate and repeat customers',
    C2: 'Manual call after a resolved complaint',
    V1: 'Vendor complaints and SLA violations',
    V2: 'Automatic hold and deactivation after repeated complaints',
    V3: 'Holding and reinstating a vendor need a reason',
    V4: 'Vendor scorecard',
    RV1: 'Review import',
    RV2: 'Shortlist checks',
    RV3: 'Shortlisting despite a failed check needs a reason',
    RV4: 'Publishing needs a shortlisted review',
    RV5: 'Nothing is deleted: rejections, takedowns and replies are kept',
    REVIEW_CRITERIA_NOT_MET: 'Shortlisting needs every check to pass',
    REVIEW_NOT_SHORTLISTED: 'Publishing needs a shortlisted review',
    A1: 'Weekly analytics',
    S1: 'Everything needs credentials',
    S2: 'What each role and API key may do',
    S3: 'Passwords and keys are stored only as hashes',
    K1: 'Support case intake',
    K2: 'Support case SLA clocks',
    K3: 'Replies go to the customer; notes stay internal',
    K4: 'Parking a case stops its clocks',
    K5: 'Escalating a case to a team',
    K6: 'Resolving a case needs a first response',
    K7: 'Changed details on a placed order',
    K8: 'Reply templates',
    M1: 'Goodwill after a vendor no-show',
    M2: 'Refunds and their approval limit',
    M3: 'Maker-checker approval',
    M4: 'Fraud score',
    M5: 'Vendor recovery and payment reversal',
    M6: 'Payouts are paid once',
    M7: 'Payment receipt',
  },

  /**
   * One sentence per audit event the API records (AuditEvent.action), with the event's data.
   * %{actor} is who did it; enum values arrive humanized, mid-sentence ("pickup scheduled").
   */
  events: {
    ORDER_CREATED: '%{actor} placed order %{ref}, quoted %{price}',
    ORDER_CREATED_not_applied: "%{actor} placed order %{ref}, quoted %{price}; the customer's %{fields} on file were kept",
    ORDER_STATUS_CHANGED: '%{actor} moved the order from %{from} to %{to}',
    ORDER_STATUS_CHANGED_price: '%{actor} moved the order from %{from} to %{to}, final price %{price}',
    ORDER_COMPLETED: '%{actor} recorded payment %{reference}: the order is completed',
    ORDER_COMPLETED_amount: '%{actor} recorded payment %{reference} of %{amount}: the order is completed',
    VENDOR_ASSIGNED: '%{actor} assigned vendor %{vendor}',
    VENDOR_REPLACED: '%{actor} replaced the vendor with %{vendor}',
    FEEDBACK_REQUEST_OPENED: '%{actor} asked the customer for feedback (%{touchpoint}): %{messages} scheduled, open until %{until}',
    FEEDBACK_REQUEST_RESPONDED: 'The customer answered the feedback request',
    FEEDBACK_REQUEST_RESPONDED_cancelled: 'The customer answered the feedback request; %{messages} no longer needed were cancelled',
    FEEDBACK_REQUEST_EXPIRED: 'The feedback request expired unanswered',
    FEEDBACK_REQUEST_CANCELLED: 'The feedback request was cancelled',
    FEEDBACK_REQUEST_CANCELLED_cancelled: 'The feedback request was cancelled, with %{messages} still scheduled',
    FEEDBACK_SUBMITTED: '%{actor} rated %{rating} (%{touchpoint}): %{route}',
    FEEDBACK_DETAILS_ADDED: '%{actor} added details to their feedback (%{smart_count} character) |||| %{actor} added details to their feedback (%{smart_count} characters)',
    CALL_TASK_CREATED: '%{actor} created a call task (%{reasons}), due %{due}',
    CALL_TASK_DONE: '%{actor} completed the call task: “%{outcome}”',
    ESCALATION_OPENED: '%{actor} opened an escalation after a %{rating} rating; first contact due %{due} (within %{sla})',
    ESCALATION_SLA_BREACHED: 'First contact was due %{due} and had not happened: SLA breached',
    ESCALATION_CONTACT_LOGGED: '%{actor} logged a contact by %{channel}',
    ESCALATION_CONTACT_LOGGED_first_in_time: '%{actor} made the first contact, by %{channel}, within the SLA',
    ESCALATION_CONTACT_LOGGED_first_late: '%{actor} made the first contact, by %{channel}, after the SLA',
    ESCALATION_CATEGORIZED: '%{actor} categorized the escalation as %{category}, for team %{team}',
    ESCALATION_RESOLVED: '%{actor} resolved the escalation: “%{resolution}”',
    ESCALATION_CLOSED: 'The customer re-rated %{rating}: the escalation is closed',
    ESCALATION_ASSIGNED: '%{actor} assigned the escalation to %{assignee}',
    ESCALATION_ASSIGNED_self: '%{actor} took the escalation',
    ESCALATION_ASSIGNED_none: '%{actor} unassigned the escalation',
    VENDOR_HOLD: '%{actor} put the vendor on hold: %{reason}',
    VENDOR_HOLD_automatic: 'The vendor went on hold automatically after %{smart_count} complaint |||| The vendor went on hold automatically after %{smart_count} complaints',
    VENDOR_DEACTIVATE: '%{actor} deactivated the vendor: %{reason}',
    VENDOR_DEACTIVATE_automatic: 'The vendor was deactivated automatically after %{smart_count} complaint |||| The vendor was deactivated automatically after %{smart_count} complaints',
    VENDOR_REINSTATE: '%{actor} reinstated the vendor: %{reason}',
    VENDOR_CREATED: '%{actor} added vendor %{name}',
    VENDOR_UPDATED: '%{actor} updated vendor %{name}',
    REVIEW_IMPORTED: '%{actor} imported a %{rating} review from %{source}',
    REVIEW_CHECKS_CHANGED: "The review's checks changed: %{why}",
    REVIEW_SHORTLISTED: '%{actor} shortlisted the review',
    REVIEW_SHORTLISTED_override: '%{actor} shortlisted the review despite %{checks}: %{reason}',
    REVIEW_REJECTED: '%{actor} rejected the review: %{reason}',
    REVIEW_PUBLISHED: '%{actor} published the review on %{platforms} as “%{displayName}”',
    REVIEW_UNPUBLISHED: '%{actor} took the review down from %{platforms}: %{reason}',
    REVIEW_REPLIED: '%{actor} replied: “%{reply}”',
    REVIEW_ORDER_CONFIRMED: '%{actor} confirmed that the review is about order %{ref}',
    CUSTOMER_OPTED_OUT: '%{actor} opted the customer out of messages (%{messages} cancelled)',
    CUSTOMER_OPTED_IN: '%{actor} opted the customer back in to messages',
    CUSTOMER_DATA_EXPORTED: "%{actor} exported the customer's data",
    CUSTOMER_ERASED: "%{actor} erased the customer's personal data: %{reason}",
    API_KEY_CREATED: '%{actor} created API key %{name} (%{scopes})',
    API_KEY_REVOKED: '%{actor} revoked the API key',
    USER_CREATED: '%{actor} created the account %{email} (%{roles})',
    USER_UPDATED: '%{actor} updated the account',
    PASSWORD_SET: '%{actor} set a new password',
    /** An action this panel has no sentence for yet: what it is called, and its details. */
    unknown: '%{actor}: %{action}',
  },
  /** Mid-sentence words for the events' enum values, where "humanize" reads wrong. */
  routes: {
    ESCALATE: 'escalated to CX',
    ASK_DETAILS: 'asked for details',
    ASK_PUBLIC_REVIEW: 'invited to a public review',
    REDIRECT_TO_STORE: 'sent to the app stores',
  },
} satisfies TranslationMessages;

export type Messages = typeof en;
