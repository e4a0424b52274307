// Logging a call (completeCallTask) from the queue: shown when the task's availableActions offer COMPLETE.
import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import { useQueryClient } from '@tanstack/react-query';
import { required, TextInput, useRecordContext, useTranslate, type GetListResult } from 'react-admin';
import { DomainActionButton } from '../common/DomainActionButton';
import { humanize } from '../schema';

export function CompleteCallTaskButton() {
  const record = useRecordContext();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <DomainActionButton
      action="COMPLETE"
      method="completeCallTask"
      label={translate('cx.call_tasks.complete.label')}
      icon={<PhoneForwardedIcon />}
      size="small"
      title={translate('cx.call_tasks.complete.title', { name: record.order?.customer?.name ?? translate('cx.call_tasks.complete.the_customer') })}
      description={translate('cx.call_tasks.complete.description', { reasons: (record.reasons as string[]).map(humanize).join(', ') })}
      confirmLabel={translate('cx.call_tasks.complete.confirm')}
      success={translate('cx.call_tasks.complete.success')}
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
      <TextInput source="outcome" label="resources.CallTask.fields.outcome" multiline minRows={3} validate={required()} fullWidth />
    </DomainActionButton>
  );
}
