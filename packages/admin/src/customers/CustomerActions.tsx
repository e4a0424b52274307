// The customer's privacy actions, as the API offers them (Customer.availableActions): stop or
// resume messages, download everything held about them (JSON), erase their personal data.
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import DownloadIcon from '@mui/icons-material/Download';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import NotificationsOffIcon from '@mui/icons-material/NotificationsOff';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { actionsOf } from '../common/actions';
import { useDomainAction } from '../common/useDomainAction';

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
  const [open, setOpen] = useState<null | 'optOut' | 'erase'>(null);
  const close = () => setOpen(null);
  const optOut = useDomainAction('setMessagingOptOut', { success: 'Messages stopped: nothing scheduled will be sent', onSuccess: close });
  const optIn = useDomainAction('setMessagingOptOut', { success: 'Messages resumed' });
  const exportData = useDomainAction('exportCustomerData', {
    success: 'Customer data downloaded',
    refresh: false,
    onSuccess: (json) => download(`customer-${String(record?.id)}.json`, json),
  });
  const erase = useDomainAction('eraseCustomer', { success: 'Personal data erased', onSuccess: close });
  if (!record) return null;
  const customerId = String(record.id);
  const actions = actionsOf(record);

  return (
    <>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap sx={{ mb: 1 }}>
        {actions.find('OPT_OUT') && (
          <Button variant="outlined" startIcon={<NotificationsOffIcon />} onClick={() => setOpen('optOut')}>
            Opt out of messages
          </Button>
        )}
        {actions.find('OPT_IN') && (
          <Button variant="outlined" startIcon={<NotificationsActiveIcon />} disabled={optIn.isPending} onClick={() => optIn.mutate({ customerId, optOut: false })}>
            Resume messages
          </Button>
        )}
        {actions.find('EXPORT') && (
          <Button variant="text" startIcon={<DownloadIcon />} disabled={exportData.isPending} onClick={() => exportData.mutate({ customerId })}>
            {exportData.isPending ? 'Exporting…' : 'Export data'}
          </Button>
        )}
        {actions.find('ERASE') && (
          <Button variant="text" color="error" startIcon={<DeleteForeverIcon />} onClick={() => setOpen('erase')}>
            Erase
          </Button>
        )}
      </Stack>
      <ActionDialog
        open={open === 'optOut'}
        title="Stop messages to this customer"
        description="The customer asked for no more messages: every scheduled request, reminder and invite for them is cancelled."
        fields={[]}
        confirmLabel="Opt out"
        pending={optOut.isPending}
        onClose={close}
        onConfirm={() => optOut.mutate({ customerId, optOut: true })}
      />
      <ActionDialog
        open={open === 'erase'}
        title={`Erase ${String(record.name ?? 'this customer')}'s personal data`}
        description="Their name, phone and e-mail are removed from every order, answer, message and note. Ratings and counts stay. This cannot be undone."
        fields={[{ name: 'reason', label: 'Reason (e.g. the customer’s request and its date)', kind: 'multiline', required: true }]}
        confirmLabel="Erase for good"
        danger
        pending={erase.isPending}
        onClose={close}
        onConfirm={(v) => erase.mutate({ customerId, reason: v.reason.trim() })}
      />
    </>
  );
}
