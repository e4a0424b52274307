// Hold / reinstate with a reason (SOP_RULES V3): the buttons the API lists in
// Vendor.availableActions for this user (HOLD, REINSTATE).
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import { Stack } from '@mui/material';
import { required, TextInput, useRecordContext } from 'react-admin';
import { actionsOf } from '../common/actions';
import { DomainActionButton, type ActionValues } from '../common/DomainActionButton';

const reasonOf = (v: ActionValues, record: { id: unknown; version?: number }) => ({
  vendorId: String(record.id),
  reason: String(v.reason).trim(),
  expectedVersion: record.version,
});

export function VendorStatusButtons() {
  const record = useRecordContext();
  if (!record || actionsOf(record).list.length === 0) return null;
  return (
    <Stack direction="row" spacing={1}>
      <DomainActionButton
        action="HOLD"
        method="holdVendor"
        label="Put on hold"
        icon={<PauseCircleIcon />}
        variant="outlined"
        color="warning"
        title={`Put ${record.name} on hold`}
        description="A vendor on hold gets no new orders. The reason is kept in its history."
        danger
        success="Vendor on hold: no new orders go to it"
        toVariables={reasonOf}
      >
        <TextInput source="reason" label="Reason" multiline minRows={3} validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="REINSTATE"
        method="reinstateVendor"
        label="Reinstate"
        icon={<PlayCircleIcon />}
        variant="contained"
        color="success"
        title={`Reinstate ${record.name}`}
        description="The vendor can take orders again. Say what changed."
        success="Vendor reinstated"
        toVariables={reasonOf}
      >
        <TextInput source="reason" label="Reason" multiline minRows={3} validate={required()} fullWidth />
      </DomainActionButton>
    </Stack>
  );
}
