// Logging a call (completeCallTask) from the queue: shown when the task's availableActions offer COMPLETE.
import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import { Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useRecordContext, type GetListResult } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { actionsOf } from '../common/actions';
import { useDomainAction } from '../common/useDomainAction';
import { humanize } from '../schema';

export function CompleteCallTaskButton() {
  const record = useRecordContext();
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const complete = useDomainAction('completeCallTask', {
    inForm: true,
    success: 'Call logged',
    // The list shows OPEN tasks by default, so a refetch would drop the row the agent just
    // finished; write the server's answer into the cached rows instead, so it stays, showing DONE.
    refresh: false,
    onSuccess: (task) => {
      setOpen(false);
      queryClient.setQueriesData<GetListResult>({ queryKey: ['CallTask', 'getList'] }, (list) =>
        list && { ...list, data: list.data.map((row) => (String(row.id) === String(task.id) ? { ...row, ...task } : row)) },
      );
    },
  });
  // The API offers COMPLETE while the task is open, to those who may complete it.
  if (!record || !actionsOf(record).find('COMPLETE')) return null;
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
        error={complete.error}
        onClose={() => setOpen(false)}
        onConfirm={(v) => complete.mutate({ id: String(record.id), outcome: v.outcome.trim() })}
      />
    </>
  );
}
