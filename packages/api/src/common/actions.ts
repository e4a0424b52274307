// STYLE "Actions": what a record offers its caller now, decided by the same pure policy as the
// mutation it stands for. Each module's policy exports availableActions(snapshot, principal,
// settings); the admin renders its buttons from the answer and holds no rule of its own.

export interface AvailableAction<A extends string = string> {
  action: A;
  /** false: the action is offered, but an SOP rule blocks it until something else is done. */
  enabled: boolean;
  /** Why it is blocked, in plain words with the rule id; null when enabled. */
  reason: string | null;
}

export const offer = <A extends string>(action: A): AvailableAction<A> => ({ action, enabled: true, reason: null });

export const blocked = <A extends string>(action: A, reason: string): AvailableAction<A> => ({ action, enabled: false, reason });
