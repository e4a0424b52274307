// Hold / reinstate with a reason (SOP_RULES V3). Reinstating a DEACTIVATED vendor needs ADMIN;
// the API enforces it, the button only hides for others.
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { usePermissions, useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useCan } from '../common/usePermission';
import { useDomainAction } from '../common/useDomainAction';

export function VendorStatusButtons() {
  const record = useRecordContext();
  const [open, setOpen] = useState<null | 'hold' | 'reinstate'>(null);
  const close = () => setOpen(null);
  const mayHold = useCan('holdVendor');
  const { permissions } = usePermissions<string[]>();
  const hold = useDomainAction('holdVendor', { success: 'Vendor on hold: no new orders go to it', onSuccess: close });
  const reinstate = useDomainAction('reinstateVendor', { success: 'Vendor reinstated', onSuccess: close });
  if (!record || !mayHold) return null;
  const vendorId = String(record.id);
  const mayReinstate = record.status === 'ON_HOLD' || (record.status === 'DEACTIVATED' && permissions?.includes('ADMIN'));
  return (
    <Stack direction="row" spacing={1}>
      {record.status === 'ACTIVE' && (
        <Button variant="outlined" color="warning" startIcon={<PauseCircleIcon />} onClick={() => setOpen('hold')}>
          Put on hold
        </Button>
      )}
      {mayReinstate && (
        <Button variant="contained" color="success" startIcon={<PlayCircleIcon />} onClick={() => setOpen('reinstate')}>
          Reinstate
        </Button>
      )}
      <ActionDialog
        open={open === 'hold'}
        title={`Put ${record.name} on hold`}
        description="A vendor on hold gets no new orders. The reason is kept in its history."
        fields={[{ name: 'reason', label: 'Reason', kind: 'multiline' }]}
        confirmLabel="Put on hold"
        danger
        pending={hold.isPending}
        onClose={close}
        onConfirm={(v) => hold.mutate({ vendorId, reason: v.reason.trim() })}
      />
      <ActionDialog
        open={open === 'reinstate'}
        title={`Reinstate ${record.name}`}
        description="The vendor can take orders again. Say what changed."
        fields={[{ name: 'reason', label: 'Reason', kind: 'multiline' }]}
        confirmLabel="Reinstate"
        pending={reinstate.isPending}
        onClose={close}
        onConfirm={(v) => reinstate.mutate({ vendorId, reason: v.reason.trim() })}
      />
    </Stack>
  );
}
