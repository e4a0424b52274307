// The SOP 001 §7 steps as buttons: log first contact, categorize (routes to a team), assign,
// resolve; only those the API lists in Escalation.availableActions. A step the API blocks for now
// (resolve before E3's contact and category) is disabled, with the API's reason (ActionButton).
// Each step sends the version the page loaded, so it never silently undoes someone else's change.
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import CategoryIcon from '@mui/icons-material/Category';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useGetIdentity, useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { ActionButton } from '../common/ActionButton';
import { actionsOf } from '../common/actions';
import { useDomainAction } from '../common/useDomainAction';
import { enumChoices } from '../schema';
import { AssignToMeButton } from './AssignToMeButton';

type Open = null | 'contact' | 'categorize' | 'resolve' | 'assign';

export function EscalationActions() {
  const record = useRecordContext();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider();
  // The people who work this escalation's team, from the API (it knows the team rules).
  const { data: users } = useQuery({
    queryKey: ['assignableUsers', record?.id],
    queryFn: () => dataProvider.assignableUsers({ escalationId: String(record!.id) }) as Promise<{ id: string; name: string }[]>,
    enabled: Boolean(record) && open === 'assign',
  });

  const contact = useDomainAction('logEscalationContact', { inForm: true, success: 'Contact logged', onSuccess: close });
  const categorize = useDomainAction('categorizeEscalation', { inForm: true, success: 'Category saved', onSuccess: close });
  const resolve = useDomainAction('resolveEscalation', {
    inForm: true,
    success: 'Resolved: the customer is asked for an updated rating',
    onSuccess: close,
  });
  const assign = useDomainAction('assignEscalation', { inForm: true, success: 'Assignee saved', onSuccess: close });

  if (!record) return null;
  const escalationId = String(record.id);
  const actions = actionsOf(record);
  const logContact = actions.find('LOG_CONTACT');
  const categorizeStep = actions.find('CATEGORIZE');
  const resolveStep = actions.find('RESOLVE');
  const assignStep = actions.find('ASSIGN');

  return (
    <>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        {logContact && (
          <ActionButton available={logContact} variant="contained" startIcon={<PhoneInTalkIcon />} onClick={() => setOpen('contact')}>
            Log contact
          </ActionButton>
        )}
        {categorizeStep && (
          <ActionButton available={categorizeStep} variant="outlined" startIcon={<CategoryIcon />} onClick={() => setOpen('categorize')}>
            Categorize
          </ActionButton>
        )}
        {resolveStep && (
          <ActionButton available={resolveStep} variant="outlined" color="success" startIcon={<CheckCircleIcon />} onClick={() => setOpen('resolve')}>
            Resolve
          </ActionButton>
        )}
        {assignStep && (
          <ActionButton available={assignStep} variant="text" startIcon={<AssignmentIndIcon />} onClick={() => setOpen('assign')}>
            Assign
          </ActionButton>
        )}
        <AssignToMeButton />
        {/* Someone working the escalation who may not assign it sees who has it. */}
        {!assignStep && !actions.find('ASSIGN_TO_ME') && logContact && record.assignee?.id !== identity?.id && (
          <Button variant="text" startIcon={<AssignmentIndIcon />} disabled title="You cannot change who this escalation is assigned to">
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
        error={contact.error}
        onClose={close}
        onConfirm={(v) => contact.mutate({ escalationId, channel: v.channel, summary: v.summary.trim(), expectedVersion: record.version })}
      />
      <ActionDialog
        open={open === 'categorize'}
        title="Categorize the escalation"
        description="Vendor issues go to Vendor ops, payment to Finance, tech to Tech; pricing and miscommunication stay with CX."
        fields={[{ name: 'category', label: 'Category', kind: 'select', choices: enumChoices('EscalationCategory'), initial: record.category ?? '' }]}
        confirmLabel="Save category"
        pending={categorize.isPending}
        error={categorize.error}
        onClose={close}
        onConfirm={(v) => categorize.mutate({ escalationId, category: v.category, expectedVersion: record.version })}
      />
      <ActionDialog
        open={open === 'resolve'}
        title="Resolve the escalation"
        description="The customer then gets an updated-rating request, and a follow-up call task is created."
        fields={[{ name: 'resolution', label: 'Resolution', kind: 'multiline' }]}
        confirmLabel="Resolve"
        pending={resolve.isPending}
        error={resolve.error}
        onClose={close}
        onConfirm={(v) => resolve.mutate({ escalationId, resolution: v.resolution.trim(), expectedVersion: record.version })}
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
        error={assign.error}
        onClose={close}
        onConfirm={(v) => assign.mutate({ escalationId, userId: v.userId === 'none' ? null : v.userId, expectedVersion: record.version })}
      />
    </>
  );
}
