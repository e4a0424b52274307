// The button of one of the API's availableActions: enabled when the API says the action would
// go through now; a blocked one stays visible but disabled, with the API's reason, so nobody
// clicks a step only to be refused. A disabled button gets no pointer events and no keyboard
// focus, so the tooltip hangs on a focusable span around it; the reason is also the button's
// accessible description (aria-describedby), which screen readers announce with it.
import { Button, Tooltip, type ButtonProps } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import type { AvailableAction } from './actions';

// Read by screen readers, not drawn (the tooltip shows it to sighted people).
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  margin: -1,
  padding: 0,
  border: 0,
} as const;

// `available`, not `action`: MUI's Button already has an `action` prop (a ref to its actions).
export function ActionButton({ available: action, disabled, ...props }: ButtonProps & { available: AvailableAction }) {
  const reasonId = useId();
  const translate = useTranslate();
  if (action.enabled) return <Button {...props} disabled={disabled} />;
  const reason = action.reason ?? translate('cx.actions.not_possible');
  return (
    <Tooltip title={reason} describeChild>
      <span tabIndex={0} data-blocked-action={action.action} style={{ display: 'inline-flex' }}>
        <Button {...props} disabled aria-describedby={reasonId} />
        <span id={reasonId} style={visuallyHidden}>
          {reason}
        </span>
      </span>
    </Tooltip>
  );
}
