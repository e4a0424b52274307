// "Assign to me" (takeEscalation), on the escalation page and on each row of the queue. It shows
// only when the API offers ASSIGN_TO_ME: whether this person may take this escalation (their
// team's, nobody else's unless they may reassign) is the API's decision (decideTake), not ours.
// On a list row it takes the escalation without opening it (DomainActionButton stops the click).
import PanToolIcon from '@mui/icons-material/PanTool';
import { useTranslate } from 'react-admin';
import { DomainActionButton } from '../common/DomainActionButton';

export function AssignToMeButton({ size = 'medium' }: { size?: 'small' | 'medium' }) {
  const translate = useTranslate();
  return (
    <DomainActionButton
      action="ASSIGN_TO_ME"
      method="takeEscalation"
      label={translate('cx.escalations.assign_to_me')}
      icon={<PanToolIcon />}
      size={size}
      variant="text"
      success={translate('cx.escalations.assigned_to_you')}
      toVariables={(_, r) => ({ escalationId: String(r.id), expectedVersion: r.version as number | undefined })}
    />
  );
}
