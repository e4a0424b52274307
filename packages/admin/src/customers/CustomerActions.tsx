// The customer's privacy actions, as the API offers them (Customer.availableActions): stop or
// resume messages, download everything held about them (JSON), erase their personal data.
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import DownloadIcon from '@mui/icons-material/Download';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import NotificationsOffIcon from '@mui/icons-material/NotificationsOff';
import { Stack } from '@mui/material';
import { required, TextInput, useRecordContext } from 'react-admin';
import { DomainActionButton } from '../common/DomainActionButton';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

export function CustomerActions() {
  const record = useRecordContext();
  if (!record) return null;
  const customerId = String(record.id);
  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap sx={{ mb: 1 }}>
      <DomainActionButton
        action="OPT_OUT"
        method="setMessagingOptOut"
        label="Opt out of messages"
        icon={<NotificationsOffIcon />}
        variant="outlined"
        confirm
        title="Stop messages to this customer"
        description="The customer asked for no more messages: every scheduled request, reminder and invite for them is cancelled."
        confirmLabel="Opt out"
        success="Messages stopped: nothing scheduled will be sent"
        toVariables={() => ({ customerId, optOut: true })}
      />
      <DomainActionButton
        action="OPT_IN"
        method="setMessagingOptOut"
        label="Resume messages"
        icon={<NotificationsActiveIcon />}
        variant="outlined"
        success="Messages resumed"
        toVariables={() => ({ customerId, optOut: false })}
      />
      <DomainActionButton
        action="EXPORT"
        method="exportCustomerData"
        label="Export data"
        pendingLabel="Exporting…"
        icon={<DownloadIcon />}
        variant="text"
        success="Customer data downloaded"
        refresh={false}
        onSuccess={(json) => download(`customer-${customerId}.json`, json)}
        toVariables={() => ({ customerId })}
      />
      <DomainActionButton
        action="ERASE"
        method="eraseCustomer"
        label="Erase"
        icon={<DeleteForeverIcon />}
        variant="text"
        color="error"
        title={`Erase ${String(record.name ?? 'this customer')}'s personal data`}
        description="Their name, phone and e-mail are removed from every order, answer, message and note. Ratings and counts stay. This cannot be undone."
        confirmLabel="Erase for good"
        danger
        success="Personal data erased"
        toVariables={(v) => ({ customerId, reason: String(v.reason).trim() })}
      >
        <TextInput source="reason" label="Reason (e.g. the customer’s request and its date)" multiline minRows={3} validate={required()} fullWidth />
      </DomainActionButton>
    </Stack>
  );
}
