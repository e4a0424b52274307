// Hold / reinstate with a reason (SOP_RULES V3): the buttons the API lists in
// Vendor.availableActions for this user (HOLD, REINSTATE).
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import { Stack } from '@mui/material';
import { useState } from 'react';
import { useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { ActionButton } from '../common/ActionButton';
import { actionsOf } from '../common/actions';
import { useDomainAction } from '../common/useDomainAction';

export function VendorStatusButtons() {
  const record = useRecordContext();
  const [open, setOpen] = useState<null | 'hold' | 'reinstate'>(null);
  const close = () => setOpen(null);
  const hold = useDomainAction('holdVendor', { inForm: true, success: 'Vendor on hold: no new orders go to it', onSuccess: close });
  const reinstate = useDomainAction('reinstateVendor', { inForm: true, success: 'Vendor reinstated', onSuccess: close });
  const actions = actionsOf(record);
  const holdAction = actions.find('HOLD');
  const reinstateAction = actions.find('REINSTATE');
  if (!record || actions.list.length === 0) return null;
  const vendorId = String(record.id);
  return (
    <Stack direction="row" spacing={1}>
      {holdAction && (
        <ActionButton available={holdAction} variant="outlined" color="warning" startIcon={<PauseCircleIcon />} onClick={() => setOpen('hold')}>
          Put on hold
        </ActionButton>
      )}
      {reinstateAction && (
        <ActionButton available={reinstateAction} variant="contained" color="success" startIcon={<PlayCircleIcon />} onClick={() => setOpen('reinstate')}>
          Reinstate
        </ActionButton>
      )}
      <ActionDialog
        open={open === 'hold'}
        title={`Put ${record.name} on hold`}
        description="A vendor on hold gets no new orders. The reason is kept in its history."
        fields={[{ name: 'reason', label: 'Reason', kind: 'multiline' }]}
        confirmLabel="Put on hold"
        danger
        pending={hold.isPending}
        error={hold.error}
        onClose={close}
        onConfirm={(v) => hold.mutate({ vendorId, reason: v.reason.trim(), expectedVersion: record.version })}
      />
      <ActionDialog
        open={open === 'reinstate'}
        title={`Reinstate ${record.name}`}
        description="The vendor can take orders again. Say what changed."
        fields={[{ name: 'reason', label: 'Reason', kind: 'multiline' }]}
        confirmLabel="Reinstate"
        pending={reinstate.isPending}
        error={reinstate.error}
        onClose={close}
        onConfirm={(v) => reinstate.mutate({ vendorId, reason: v.reason.trim(), expectedVersion: record.version })}
      />
    </Stack>
  );
}
