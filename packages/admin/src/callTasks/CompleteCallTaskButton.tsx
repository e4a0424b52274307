import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useCan } from '../common/usePermission';
import { useDomainAction } from '../common/useDomainAction';
import { humanize } from '../schema';

export function CompleteCallTaskButton() {
  const record = useRecordContext();
  const [open, setOpen] = useState(false);
  const may = useCan('completeCallTask');
  const complete = useDomainAction('completeCallTask', { success: 'Call logged', onSuccess: () => setOpen(false) });
  if (!record || record.status !== 'OPEN' || !may) return null;
  return (
    <>
      <Button
        size="small"
        startIcon={<PhoneForwardedIcon />}
        onClick={(e) => {
          // The row itself is clickable; the button must not also navigate.
          e.stopPropagation();
          setOpen(true);
        }}
      >
        Complete
      </Button>
      <ActionDialog
        open={open}
        title={`Call ${record.order?.customer?.name ?? 'the customer'}`}
        description={`Reasons: ${(record.reasons as string[]).map(humanize).join(', ')}. Note what came out of the call.`}
        fields={[{ name: 'outcome', label: 'Outcome', kind: 'multiline' }]}
        confirmLabel="Mark done"
        pending={complete.isPending}
        onClose={() => setOpen(false)}
        onConfirm={(v) => complete.mutate({ id: String(record.id), outcome: v.outcome.trim() })}
      />
    </>
  );
}
