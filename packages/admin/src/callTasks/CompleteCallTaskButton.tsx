// Logging a call (completeCallTask) from the queue: shown when the task's availableActions offer COMPLETE.
import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import { useQueryClient } from '@tanstack/react-query';
import { required, TextInput, useRecordContext, type GetListResult } from 'react-admin';
import { DomainActionButton } from '../common/DomainActionButton';
import { humanize } from '../schema';

export function CompleteCallTaskButton() {
  const record = useRecordContext();
  const queryClient = useQueryClient();
  if (!record) return null;
  return (
    <DomainActionButton
      action="COMPLETE"
      method="completeCallTask"
      label="Complete"
      icon={<PhoneForwardedIcon />}
      size="small"
      title={`Call ${record.order?.customer?.name ?? 'the customer'}`}
      description={`Reasons: ${(record.reasons as string[]).map(humanize).join(', ')}. Note what came out of the call.`}
      confirmLabel="Mark done"
      success="Call logged"
      // The list shows OPEN tasks by default, so a refetch would drop the row the agent just
      // finished; write the server's answer into the cached rows instead, so it stays, showing DONE.
      refresh={false}
      onSuccess={(task) =>
        queryClient.setQueriesData<GetListResult>({ queryKey: ['CallTask', 'getList'] }, (list) =>
          list && { ...list, data: list.data.map((row) => (String(row.id) === String(task.id) ? { ...row, ...task } : row)) },
        )
      }
      toVariables={(v) => ({ id: String(record.id), outcome: String(v.outcome).trim() })}
    >
      <TextInput source="outcome" label="Outcome" multiline minRows={3} validate={required()} fullWidth />
    </DomainActionButton>
  );
}
