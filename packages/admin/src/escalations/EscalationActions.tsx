// The SOP 001 §7 steps as buttons: log first contact, categorize (routes to a team), assign,
// resolve; only those the API lists in Escalation.availableActions. A step the API blocks for now
// (resolve before E3's contact and category) is disabled, with the API's reason (ActionButton).
// Each step sends the version the page has, so it never silently undoes someone else's change.
// Who has the escalation is on the page (Assignee); these are only the steps.
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import CategoryIcon from '@mui/icons-material/Category';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import { Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { required, SelectInput, TextInput, useDataProvider, useRecordContext, type RaRecord } from 'react-admin';
import { DomainActionButton } from '../common/DomainActionButton';
import type { CxDataProvider } from '../dataProvider';
import { enumChoices } from '../schema';
import { AssignToMeButton } from './AssignToMeButton';

const ids = (record: RaRecord) => ({ escalationId: String(record.id), expectedVersion: record.version as number | undefined });

/** The people who work this escalation's team, from the API (it knows the team rules); asked for when the dialog opens. */
function AssigneeInput({ source, escalationId }: { source: string; escalationId: string }) {
  const dataProvider = useDataProvider<CxDataProvider>();
  const { data: users, isPending } = useQuery({
    queryKey: ['assignableUsers', escalationId],
    queryFn: () => dataProvider.assignableUsers({ escalationId }),
  });
  return (
    <SelectInput
      source={source}
      label="Agent"
      choices={(users ?? []).map((u) => ({ id: String(u.id), name: u.name }))}
      isPending={isPending}
      emptyText="Nobody (unassign)"
      fullWidth
    />
  );
}

export function EscalationActions() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
      <DomainActionButton
        action="LOG_CONTACT"
        method="logEscalationContact"
        label="Log contact"
        icon={<PhoneInTalkIcon />}
        variant="contained"
        title="Log contact with the customer"
        description="Record how you reached the customer and what was said. The first contact stops the SLA clock."
        defaultValues={{ channel: 'CALL' }}
        success="Contact logged"
        toVariables={(v, r) => ({ ...ids(r), channel: String(v.channel), summary: String(v.summary).trim() })}
      >
        <SelectInput source="channel" label="Channel" choices={enumChoices('Channel')} validate={required()} fullWidth />
        <TextInput source="summary" label="Summary" multiline minRows={3} validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="CATEGORIZE"
        method="categorizeEscalation"
        label="Categorize"
        icon={<CategoryIcon />}
        variant="outlined"
        title="Categorize the escalation"
        description="Vendor issues go to Vendor ops, payment to Finance, tech to Tech; pricing and miscommunication stay with CX."
        confirmLabel="Save category"
        defaultValues={(r) => ({ category: r.category ?? '' })}
        success="Category saved"
        toVariables={(v, r) => ({ ...ids(r), category: String(v.category) })}
      >
        <SelectInput source="category" label="Category" choices={enumChoices('EscalationCategory')} validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="RESOLVE"
        method="resolveEscalation"
        label="Resolve"
        icon={<CheckCircleIcon />}
        variant="outlined"
        color="success"
        title="Resolve the escalation"
        description="The customer then gets an updated-rating request, and a follow-up call task is created."
        success="Resolved: the customer is asked for an updated rating"
        toVariables={(v, r) => ({ ...ids(r), resolution: String(v.resolution).trim() })}
      >
        <TextInput source="resolution" label="Resolution" multiline minRows={3} validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="ASSIGN"
        method="assignEscalation"
        label="Assign"
        icon={<AssignmentIndIcon />}
        variant="text"
        title="Assign the escalation"
        defaultValues={(r) => ({ userId: r.assignee?.id ?? '' })}
        success="Assignee saved"
        toVariables={(v, r) => ({ ...ids(r), userId: v.userId ? String(v.userId) : null })}
      >
        <AssigneeInput source="userId" escalationId={String(record.id)} />
      </DomainActionButton>
      <AssignToMeButton />
    </Stack>
  );
}
