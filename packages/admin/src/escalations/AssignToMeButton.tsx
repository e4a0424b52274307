// "Assign to me" (takeEscalation), on the escalation page and on each row of the queue. It shows
// only when the API offers ASSIGN_TO_ME: whether this person may take this escalation (their
// team's, nobody else's unless they may reassign) is the API's decision (decideTake), not ours.
import PanToolIcon from '@mui/icons-material/PanTool';
import { Button } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { actionsOf } from '../common/actions';
import { useDomainAction } from '../common/useDomainAction';

export function AssignToMeButton({ size = 'medium' }: { size?: 'small' | 'medium' }) {
  const record = useRecordContext();
  const take = useDomainAction('takeEscalation', { success: 'Assigned to you' });
  if (!record || !actionsOf(record).find('ASSIGN_TO_ME')) return null;
  return (
    <Button
      size={size}
      variant="text"
      startIcon={<PanToolIcon />}
      disabled={take.isPending}
      // On a list row: take it without opening the escalation.
      onClick={(event) => {
        event.stopPropagation();
        take.mutate({ escalationId: String(record.id), expectedVersion: record.version as number | undefined });
      }}
    >
      Assign to me
    </Button>
  );
}
