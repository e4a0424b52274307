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

/** A record's offered actions: any record (RaRecord), or a typed one that carries them (a publication). */
export function actionsOf(record: { [field: string]: unknown } | { availableActions?: readonly AvailableAction[] | null } | undefined) {
  const list = (record as { availableActions?: AvailableAction[] | null } | undefined)?.availableActions ?? [];
  return {
    list,
    find: (action: string) => list.find((a) => a.action === action),
  };
}
