// The SOP 001 §7 steps as buttons: log first contact, categorize (routes to a team), assign,
// resolve. Each calls its own mutation; the API refuses out-of-order steps with a rule.
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import CategoryIcon from '@mui/icons-material/Category';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useGetIdentity, useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useCan } from '../common/usePermission';
import { useDomainAction } from '../common/useDomainAction';
import { enumChoices } from '../schema';

type Open = null | 'contact' | 'categorize' | 'resolve' | 'assign';

const FINISHED = ['RESOLVED', 'CLOSED'];

export function EscalationActions() {
  const record = useRecordContext();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const { identity } = useGetIdentity();
  const mayWork = useCan('logEscalationContact');
  const mayAssign = useCan('assignEscalation');
  const dataProvider = useDataProvider();
  // The people who work this escalation's team, from the API (it knows the team rules).
  const { data: users } = useQuery({
    queryKey: ['assignableUsers', record?.id],
    queryFn: () => dataProvider.assignableUsers({ escalationId: String(record!.id) }) as Promise<{ id: string; name: string }[]>,
    enabled: Boolean(record) && open === 'assign',
  });

  const contact = useDomainAction('logEscalationContact', { success: 'Contact logged', onSuccess: close });
  const categorize = useDomainAction('categorizeEscalation', { success: 'Category saved', onSuccess: close });
  const resolve = useDomainAction('resolveEscalation', {
    success: 'Resolved: the customer is asked for an updated rating',
    onSuccess: close,
  });
  const assign = useDomainAction('assignEscalation', { success: 'Assignee saved', onSuccess: close });

  if (!record) return null;
  const escalationId = String(record.id);
  const finished = FINISHED.includes(record.status);

  return (
    <>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        {mayWork && (
          <>
            <Button variant="contained" startIcon={<PhoneInTalkIcon />} disabled={finished} onClick={() => setOpen('contact')}>
              Log contact
            </Button>
            <Button variant="outlined" startIcon={<CategoryIcon />} disabled={finished} onClick={() => setOpen('categorize')}>
              Categorize
            </Button>
            <Button variant="outlined" color="success" startIcon={<CheckCircleIcon />} disabled={finished} onClick={() => setOpen('resolve')}>
              Resolve
            </Button>
          </>
        )}
        {mayAssign && !finished && (
          <Button variant="text" startIcon={<AssignmentIndIcon />} onClick={() => setOpen('assign')}>
            Assign
          </Button>
        )}
        {!mayAssign && mayWork && !finished && record.assignee?.id !== identity?.id && (
          <Button variant="text" startIcon={<AssignmentIndIcon />} disabled title="Only a CX lead (or the team's lead role) assigns escalations">
            {record.assignee ? `Assigned to ${record.assignee.name}` : 'Unassigned'}
          </Button>
        )}
      </Stack>

      <ActionDialog
        open={open === 'contact'}
        title="Log contact with the customer"
        description="Record how you reached the customer and what was said. The first contact stops the SLA clock."
        fields={[
          { name: 'channel', label: 'Channel', kind: 'select', choices: enumChoices('Channel'), initial: 'CALL' },
          { name: 'summary', label: 'Summary', kind: 'multiline' },
        ]}
        confirmLabel="Log contact"
        pending={contact.isPending}
        onClose={close}
        onConfirm={(v) => contact.mutate({ escalationId, channel: v.channel, summary: v.summary.trim() })}
      />
      <ActionDialog
        open={open === 'categorize'}
        title="Categorize the escalation"
        description="Vendor issues go to Vendor ops, payment to Finance, tech to Tech; pricing and miscommunication stay with CX."
        fields={[{ name: 'category', label: 'Category', kind: 'select', choices: enumChoices('EscalationCategory'), initial: record.category ?? '' }]}
        confirmLabel="Save category"
        pending={categorize.isPending}
        onClose={close}
        onConfirm={(v) => categorize.mutate({ escalationId, category: v.category })}
      />
      <ActionDialog
        open={open === 'resolve'}
        title="Resolve the escalation"
        description="The customer then gets an updated-rating request, and a follow-up call task is created."
        fields={[{ name: 'resolution', label: 'Resolution', kind: 'multiline' }]}
        confirmLabel="Resolve"
        pending={resolve.isPending}
        onClose={close}
        onConfirm={(v) => resolve.mutate({ escalationId, resolution: v.resolution.trim() })}
      />
      <ActionDialog
        open={open === 'assign'}
        title="Assign the escalation"
        fields={[
          {
            name: 'userId',
            label: 'Agent',
            kind: 'select',
            choices: [{ id: 'none', name: 'Nobody (unassign)' }, ...(users ?? []).map((u) => ({ id: String(u.id), name: u.name }))],
            initial: record.assignee?.id ?? 'none',
          },
        ]}
        confirmLabel="Assign"
        pending={assign.isPending}
        onClose={close}
        onConfirm={(v) => assign.mutate({ escalationId, userId: v.userId === 'none' ? null : v.userId })}
      />
    </>
  );
}
