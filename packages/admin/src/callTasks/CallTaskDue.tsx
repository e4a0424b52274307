// A call task's due time, in red with an "Overdue" chip when the API says the task is overdue
// (CallTask.overdue: still open after its due time, by the server's clock).
import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { WhenField } from '../common/fields';

export function CallTaskDue() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.overdue) return <WhenField source="dueAt" />;
  return (
    <Stack direction="row" spacing={1} alignItems="center" data-testid="call-task-overdue">
      <WhenField source="dueAt" sx={{ color: 'error.main', fontWeight: 600 }} />
      <Chip size="small" color="error" label={translate('cx.call_tasks.overdue')} />
    </Stack>
  );
}
