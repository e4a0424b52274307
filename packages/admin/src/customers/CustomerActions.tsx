// The customer's privacy actions, as the API offers them (Customer.availableActions): stop or
// resume messages, download everything held about them (JSON), erase their personal data.
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import DownloadIcon from '@mui/icons-material/Download';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import NotificationsOffIcon from '@mui/icons-material/NotificationsOff';
import { Stack } from '@mui/material';
import { required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { DomainActionButton } from '../common/DomainActionButton';
import { saveBlob } from '../common/serverExport';

export function CustomerActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const customerId = String(record.id);
  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap sx={{ mb: 1 }}>
      <DomainActionButton
        action="OPT_OUT"
        method="setMessagingOptOut"
        label={translate('cx.customers.opt_out.label')}
        icon={<NotificationsOffIcon />}
        variant="outlined"
        confirm
        title={translate('cx.customers.opt_out.title')}
        description={translate('cx.customers.opt_out.description')}
        confirmLabel={translate('cx.customers.opt_out.confirm')}
        success={translate('cx.customers.opt_out.success')}
        toVariables={() => ({ customerId, optOut: true })}
      />
      <DomainActionButton
        action="OPT_IN"
        method="setMessagingOptOut"
        label={translate('cx.customers.opt_in.label')}
        icon={<NotificationsActiveIcon />}
        variant="outlined"
        success={translate('cx.customers.opt_in.success')}
        toVariables={() => ({ customerId, optOut: false })}
      />
      <DomainActionButton
        action="EXPORT"
        method="exportCustomerData"
        label={translate('cx.customers.export.label')}
        pendingLabel={translate('cx.customers.export.pending')}
        icon={<DownloadIcon />}
        variant="text"
        success={translate('cx.customers.export.success')}
        refresh={false}
        onSuccess={(json) => saveBlob(`customer-${customerId}.json`, new Blob([json], { type: 'application/json' }))}
        toVariables={() => ({ customerId })}
      />
      <DomainActionButton
        action="ERASE"
        method="eraseCustomer"
        label={translate('cx.customers.erase.label')}
        icon={<DeleteForeverIcon />}
        variant="text"
        color="error"
        title={translate('cx.customers.erase.title', { name: String(record.name ?? translate('cx.customers.erase.this_customer')) })}
        description={translate('cx.customers.erase.description')}
        confirmLabel={translate('cx.customers.erase.confirm')}
        danger
        success={translate('cx.customers.erase.success')}
        toVariables={(v) => ({ customerId, reason: String(v.reason).trim() })}
      >
        <TextInput source="reason" label="cx.customers.erase.reason" multiline minRows={3} validate={required()} fullWidth />
      </DomainActionButton>
    </Stack>
  );
}
