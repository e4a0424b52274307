// A case's steps (K3–K6) as buttons, only those the API lists in SupportCase.availableActions; a
// step it blocks for now (resolve before the first response) stays, disabled, with its reason.
// Reply and Note take the person to the reply box; the others open their dialog. Each step sends
// the version the page has (expectedVersion), so it never silently undoes someone else's change.
// data-case-action names each button for the page's keyboard shortcuts (useCaseShortcuts).
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EditNoteIcon from '@mui/icons-material/EditNote';
import PanToolIcon from '@mui/icons-material/PanTool';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import ReplayIcon from '@mui/icons-material/Replay';
import ReplyIcon from '@mui/icons-material/Reply';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { Stack } from '@mui/material';
import { DateTimeInput, required, SelectInput, TextInput, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { actionsOf } from '../common/actions';
import { DomainActionButton } from '../common/DomainActionButton';
import { enumChoices } from '../schema';

const ids = (record: RaRecord) => ({ caseId: String(record.id), expectedVersion: record.version as number | undefined });
const text = (v: unknown) => String(v ?? '').trim();

/** K4: the two statuses a case is parked in. */
const PARK_STATUSES = enumChoices('CaseStatus').filter((c) => c.id === 'PENDING_CUSTOMER' || c.id === 'PENDING_INTERNAL');
/** K5: the teams a case is handed to. */
/** Every team but the one the case is with: CX only as the hand-back of a routed team (K5; the API decides). */
const escalationTeams = (team: string, backToCx: string) =>
  enumChoices('Team').filter((c) => c.id !== team).map((c) => (c.id === 'CX' ? { ...c, name: backToCx } : c));

/** "Assign to me" (takeCase): shown when the API offers ASSIGN_TO_ME, on the page and on each list row. */
export function TakeCaseButton({ size = 'medium' }: { size?: 'small' | 'medium' }) {
  const translate = useTranslate();
  return (
    <DomainActionButton
      action="ASSIGN_TO_ME"
      method="takeCase"
      label={translate('cx.cases.assign_to_me')}
      icon={<PanToolIcon />}
      size={size}
      variant="text"
      success={translate('cx.cases.assigned_to_you')}
      toVariables={(_, r) => ids(r)}
      data-case-action="ASSIGN_TO_ME"
    />
  );
}

/**
 * The people the API says can work this case (its team's roles), from the page's record (passed
 * in: inside the dialog's form the record context is the form's own values).
 */
function AssigneeInput({ source, users }: { source: string; users: { id: string; name: string }[] }) {
  return (
    <SelectInput
      source={source}
      label="cx.cases.assign.agent"
      choices={users.map((u) => ({ id: String(u.id), name: u.name }))}
      emptyText="cx.cases.assign.nobody"
      fullWidth
    />
  );
}

export function CaseActions({ onReply }: { onReply: (mode: 'reply' | 'note') => void }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const actions = actionsOf(record);
  const reply = actions.find('REPLY');
  const note = actions.find('NOTE');
  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="case-actions">
      {reply && (
        <ActionButton available={reply} variant="contained" startIcon={<ReplyIcon />} onClick={() => onReply('reply')} data-case-action="REPLY">
          {translate('cx.cases.reply.label')}
        </ActionButton>
      )}
      {note && (
        <ActionButton available={note} variant="outlined" startIcon={<EditNoteIcon />} onClick={() => onReply('note')} data-case-action="NOTE">
          {translate('cx.cases.note.label')}
        </ActionButton>
      )}
      <DomainActionButton
        action="PARK"
        method="parkCase"
        label={translate('cx.cases.park.label')}
        icon={<PauseCircleIcon />}
        variant="outlined"
        title={translate('cx.cases.park.title')}
        description={translate('cx.cases.park.description')}
        defaultValues={{ status: 'PENDING_CUSTOMER' }}
        success={translate('cx.cases.park.success')}
        toVariables={(v, r) => ({
          ...ids(r),
          status: String(v.status),
          reason: text(v.reason),
          until: v.until ? new Date(v.until).toISOString() : null,
        })}
        data-case-action="PARK"
      >
        <SelectInput source="status" label="cx.cases.park.status" choices={PARK_STATUSES} validate={required()} fullWidth />
        <TextInput source="reason" label="cx.cases.park.reason" multiline minRows={2} validate={required()} fullWidth />
        <DateTimeInput source="until" label="cx.cases.park.until" helperText="cx.cases.park.until_help" fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="ESCALATE"
        method="escalateCase"
        label={translate('cx.cases.escalate.label')}
        icon={<TrendingUpIcon />}
        variant="outlined"
        title={translate('cx.cases.escalate.title')}
        description={translate('cx.cases.escalate.description')}
        success={translate('cx.cases.escalate.success')}
        toVariables={(v, r) => ({ ...ids(r), team: String(v.team), reason: text(v.reason) })}
        data-case-action="ESCALATE"
      >
        <SelectInput source="team" label="cx.cases.escalate.team" choices={escalationTeams(String(record.team), translate('cx.cases.escalate.back_to_cx'))} validate={required()} fullWidth />
        <TextInput source="reason" label="cx.cases.escalate.reason" multiline minRows={2} validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="RESOLVE"
        method="resolveCase"
        label={translate('cx.cases.resolve.label')}
        icon={<CheckCircleIcon />}
        variant="outlined"
        color="success"
        title={translate('cx.cases.resolve.title')}
        description={translate('cx.cases.resolve.description')}
        success={translate('cx.cases.resolve.success')}
        toVariables={(v, r) => ({ ...ids(r), resolution: text(v.resolution) })}
        data-case-action="RESOLVE"
      >
        <TextInput source="resolution" label="cx.cases.resolve.resolution" multiline minRows={3} validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="REOPEN"
        method="reopenCase"
        label={translate('cx.cases.reopen.label')}
        icon={<ReplayIcon />}
        variant="outlined"
        title={translate('cx.cases.reopen.title')}
        description={translate('cx.cases.reopen.description')}
        success={translate('cx.cases.reopen.success')}
        toVariables={(v, r) => ({ ...ids(r), reason: text(v.reason) })}
        data-case-action="REOPEN"
      >
        <TextInput source="reason" label="cx.cases.reopen.reason" multiline minRows={2} validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="ASSIGN"
        method="assignCase"
        label={translate('cx.cases.assign.label')}
        icon={<AssignmentIndIcon />}
        variant="text"
        title={translate('cx.cases.assign.title')}
        defaultValues={(r) => ({ userId: r.assignee?.id ?? '' })}
        success={translate('cx.cases.assign.success')}
        toVariables={(v, r) => ({ ...ids(r), userId: v.userId ? String(v.userId) : null })}
        data-case-action="ASSIGN"
      >
        <AssigneeInput source="userId" users={record.assignableUsers ?? []} />
      </DomainActionButton>
      <TakeCaseButton />
    </Stack>
  );
}
