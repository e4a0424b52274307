// What the API offers on a record (Order, Escalation, Vendor, Review: availableActions), from
// the same policy that decides each mutation. Buttons render from it: an action that is not
// listed has no button; a listed one that is blocked keeps its button, disabled, with the API's
// reason as its tooltip and accessible description (ActionButton).
export interface AvailableAction {
  action: string;
  enabled: boolean;
  reason?: string | null;
}

/** The sparse field to ask for on a record whose buttons render from availableActions. */
export const AVAILABLE_ACTIONS = { availableActions: ['action', 'enabled', 'reason'] };

export function actionsOf(record: { [field: string]: unknown } | undefined) {
  const list = (record?.availableActions as AvailableAction[] | undefined) ?? [];
  return {
    list,
    find: (action: string) => list.find((a) => a.action === action),
  };
}
