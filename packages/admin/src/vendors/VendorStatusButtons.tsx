// Hold / reinstate with a reason (SOP_RULES V3): the buttons the API lists in
// Vendor.availableActions for this user (HOLD, REINSTATE).
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import { Stack } from '@mui/material';
import { required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { actionsOf } from '../common/actions';
import { DomainActionButton, type ActionValues } from '../common/DomainActionButton';

const reasonOf = (v: ActionValues, record: { id: unknown; version?: number }) => ({
  vendorId: String(record.id),
  reason: String(v.reason).trim(),
  expectedVersion: record.version,
});

export function VendorStatusButtons() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record || actionsOf(record).list.length === 0) return null;
  return (
    <Stack direction="row" spacing={1}>
      <DomainActionButton
        action="HOLD"
        method="holdVendor"
        label={translate('cx.vendors.hold.label')}
        icon={<PauseCircleIcon />}
        variant="outlined"
        color="warning"
        title={translate('cx.vendors.hold.title', { name: record.name })}
        description={translate('cx.vendors.hold.description')}
        danger
        success={translate('cx.vendors.hold.success')}
        toVariables={reasonOf}
      >
        <TextInput source="reason" label="cx.vendors.reason" multiline minRows={3} validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="REINSTATE"
        method="reinstateVendor"
        label={translate('cx.vendors.reinstate.label')}
        icon={<PlayCircleIcon />}
        variant="contained"
        color="success"
        title={translate('cx.vendors.reinstate.title', { name: record.name })}
        description={translate('cx.vendors.reinstate.description')}
        success={translate('cx.vendors.reinstate.success')}
        toVariables={reasonOf}
      >
        <TextInput source="reason" label="cx.vendors.reason" multiline minRows={3} validate={required()} fullWidth />
      </DomainActionButton>
    </Stack>
  );
}
